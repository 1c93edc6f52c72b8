"""In-process fake of the Scenario training API, for tests and demos.

    from scenario_train.testing import MockScenarioAPI

    with MockScenarioAPI() as api:
        ...  # point a client at api.base_url with (api.api_key, api.api_secret)

With pytest, the `scenario_mock` fixture gives a started `MockScenarioAPI` per test; the
`@pytest.mark.scenario_mock(...)` marker passes it constructor options.
"""

from .._sender import set_testing
from ._mock import DEFAULT_API_KEY, DEFAULT_API_SECRET, MockScenarioAPI
from ._recording import RecordedRequest

__all__ = ["DEFAULT_API_KEY", "DEFAULT_API_SECRET", "MockScenarioAPI", "RecordedRequest", "set_testing"]

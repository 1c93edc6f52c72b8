"""The `scenario_mock` pytest fixture, as a downstream test suite gets it from the plugin."""

from __future__ import annotations

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI

pytest_plugins = ["pytester"]


def test_the_fixture_is_a_started_mock_of_its_own(scenario_mock: MockScenarioAPI) -> None:
    assert scenario_mock.requests == []
    assert httpx.get(f"{scenario_mock.base_url}/models/m1", auth=("demo-key", "demo-secret")).status_code == 200


@pytest.mark.scenario_mock(api_key="k", api_secret="s", polls_per_step=0)
def test_the_marker_passes_options(scenario_mock: MockScenarioAPI) -> None:
    assert (scenario_mock.api_key, scenario_mock.api_secret) == ("k", "s")


def test_a_downstream_suite_gets_a_fresh_mock_per_test_stopped_after_it(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import httpx
        import pytest

        urls = []

        @pytest.mark.parametrize("run", [1, 2])
        def test_uses_the_mock(scenario_mock, run):
            urls.append(scenario_mock.base_url)
            auth = (scenario_mock.api_key, scenario_mock.api_secret)
            assert httpx.put(f"{scenario_mock.base_url}/models/m/train", auth=auth).status_code == 200

        def test_the_mocks_are_gone():
            assert len(set(urls)) == 2
            for url in urls:
                with pytest.raises(httpx.ConnectError):
                    httpx.get(f"{url}/models/m")
        """
    )

    pytester.runpytest_inprocess("-p", "no:cacheprovider", "-p", "no:asyncio").assert_outcomes(passed=3)

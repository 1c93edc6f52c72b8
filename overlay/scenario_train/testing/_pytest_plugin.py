"""pytest plugin: the `scenario_mock` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._mock import MockScenarioAPI


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "scenario_mock(**options): MockScenarioAPI options for the scenario_mock fixture,"
        " e.g. polls_per_step=0 or jwt='token'",
    )


@pytest.fixture
def scenario_mock(request: pytest.FixtureRequest) -> Iterator[MockScenarioAPI]:
    """A started `MockScenarioAPI`, stopped after the test.

    Options for its constructor come from the test's `@pytest.mark.scenario_mock(...)` marker.
    """
    marker = request.node.get_closest_marker("scenario_mock")
    with MockScenarioAPI(**(marker.kwargs if marker else {})) as api:
        yield api

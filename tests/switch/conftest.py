"""Fixtures of the switch tests: each test runs once with the vendor's SDK and once with ours, on a mock of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from switch_support import ENV_VARS, JWT, SDK, SDKS

from scenario_train.testing import MockScenarioAPI, set_testing


@pytest.fixture(params=SDKS)
def sdk(request: pytest.FixtureRequest) -> SDK:
    """The module a user imports: `scenario_sdk` (the vendor's 2.4.0), then `scenario_train`."""
    module: SDK = request.param
    return module


@pytest.fixture
def mock() -> Iterator[MockScenarioAPI]:
    """A started mock of the API that moves a training only when told (`advance`, `finish`); it also takes `JWT`."""
    with MockScenarioAPI(polls_per_step=0, jwt=JWT) as api:
        yield api


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No SCENARIO_* variable of the developer's leaks in; our retries do not sleep (the vendor's do)."""
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    set_testing(True)
    yield
    set_testing(False)

"""Fixtures of the switch tests: each test runs once with the vendor's SDK and once with ours, on a mock of its own."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from scenario_train.testing import MockScenarioAPI, set_testing
from tests.support.switch import JWT, SDK, SDKS


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
def _no_retry_sleeps() -> Iterator[None]:
    """Our retries do not sleep (the vendor's do); tests/conftest.py clears the SCENARIO_* variables."""
    set_testing(True)
    yield
    set_testing(False)

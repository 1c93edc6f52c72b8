"""Fixtures of the mock's tests: an httpx client of the `scenario_mock` fixture's mock."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.mock import loopback_client


@pytest.fixture
def client(scenario_mock: MockScenarioAPI) -> Iterator[httpx.Client]:
    with loopback_client(scenario_mock) as client:
        yield client

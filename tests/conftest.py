"""What every test shares: hypothesis runs the same examples on every machine, with no deadline and no cache,
and no SCENARIO_* variable of the developer's reaches a test."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from tests.support.env import scenario_variables

# A shared, noisy machine: an example's run time says nothing, and CI must see what a developer saw.
settings.register_profile("scenario-train", derandomize=True, deadline=None, database=None)
settings.load_profile("scenario-train")


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own SCENARIO_* variables (credentials, base URL, headers, log level) must not leak in."""
    for name in scenario_variables(os.environ):
        monkeypatch.delenv(name)

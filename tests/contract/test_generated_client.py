"""The generated low-level client ships in the wheel too: it must have a timeout and hide its token."""

from __future__ import annotations

import math

import pytest

from scenario_train_api.client import AuthenticatedClient, Client

TOKEN = "jwt-secret-value-0123456789"
BASE_URL = "http://127.0.0.1:9"


@pytest.mark.parametrize("authenticated", [False, True], ids=["Client", "AuthenticatedClient"])
def test_the_default_timeout_bounds_every_phase(authenticated: bool) -> None:
    client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN) if authenticated else Client(base_url=BASE_URL)
    phases = client.get_httpx_client().timeout.as_dict()
    assert set(phases) == {"connect", "read", "write", "pool"}
    bounds = {phase: value for phase, value in phases.items() if value is not None}
    assert bounds == phases
    assert all(math.isfinite(value) and value > 0 for value in bounds.values())
    assert bounds["connect"] <= bounds["read"]


def test_the_token_is_not_in_the_repr() -> None:
    client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN)
    assert TOKEN not in repr(client)
    assert TOKEN not in str(client)
    assert client.get_httpx_client().headers["Authorization"] == f"Bearer {TOKEN}"

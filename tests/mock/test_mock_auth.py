"""Credentials are checked like the service does, and the secret never comes back out."""

from __future__ import annotations

import base64

import pytest

from scenario_train.testing import DEFAULT_API_KEY, DEFAULT_API_SECRET, MockScenarioAPI
from tests.support.mock import loopback_client, valid_error

JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtb2NrIn0.c2lnbmF0dXJl"


def basic(key: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:{secret}".encode()).decode()


def status_with(api: MockScenarioAPI, authorization: str | None) -> int:
    headers = {} if authorization is None else {"Authorization": authorization}
    with loopback_client(api, auth=None) as client:
        response = client.get("/models/m1", headers=headers)
    if response.status_code == 401:
        assert valid_error(response) == "Invalid credentials"
    return response.status_code


def test_the_demo_credentials_are_the_defaults(scenario_mock: MockScenarioAPI) -> None:
    assert (scenario_mock.api_key, scenario_mock.api_secret, scenario_mock.jwt) == (
        DEFAULT_API_KEY,
        DEFAULT_API_SECRET,
        None,
    )
    assert status_with(scenario_mock, basic(DEFAULT_API_KEY, DEFAULT_API_SECRET)) == 200


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "",
        basic(DEFAULT_API_KEY, "wrong"),
        basic("wrong", DEFAULT_API_SECRET),
        basic(DEFAULT_API_KEY, DEFAULT_API_SECRET + "x"),
        basic(DEFAULT_API_KEY, ""),
        "Basic " + base64.b64encode(DEFAULT_API_KEY.encode()).decode(),
        "Basic not-base64!",
        f"Bearer {DEFAULT_API_SECRET}",
        f"Token {DEFAULT_API_KEY}:{DEFAULT_API_SECRET}",
    ],
)
def test_anything_else_is_401(scenario_mock: MockScenarioAPI, authorization: str | None) -> None:
    assert status_with(scenario_mock, authorization) == 401


@pytest.mark.scenario_mock(api_key="key-1", api_secret="s3cr3t", jwt=JWT)
@pytest.mark.parametrize(
    ("authorization", "status"),
    [
        (basic("key-1", "s3cr3t"), 200),
        (f"Bearer {JWT}", 200),
        (f"bearer {JWT}", 200),
        (f"Bearer {JWT}x", 401),
        (basic(DEFAULT_API_KEY, DEFAULT_API_SECRET), 401),
        (basic("key-1", JWT), 401),
    ],
)
def test_configured_credentials_and_bearer_token(
    scenario_mock: MockScenarioAPI, authorization: str, status: int
) -> None:
    assert status_with(scenario_mock, authorization) == status


def test_refused_credentials_change_nothing(scenario_mock: MockScenarioAPI) -> None:
    with loopback_client(scenario_mock, auth=("demo-key", "wrong")) as client:
        assert client.put("/models/m1/train").status_code == 401

    assert scenario_mock.model("m1")["status"] == "new"


def test_no_secret_is_recorded_or_logged() -> None:
    lines: list[str] = []
    with MockScenarioAPI(jwt=JWT, log=lines.append) as api:
        with loopback_client(api) as client:
            client.put("/models/m1/train", json={})
            client.get("/models/m1", auth=None, headers={"Authorization": f"Bearer {JWT}"})
            client.get("/models/m1", auth=("demo-key", "guess"))
        recorded = repr(api.requests) + repr(api)

    assert len(lines) == 3
    for secret in (api.api_secret, JWT, "guess", base64.b64encode(b"demo-key:demo-secret").decode()):
        assert secret not in recorded and secret not in "".join(lines)
    assert [request.headers["authorization"] for request in api.requests] == [
        "Basic [redacted]",
        "Bearer [redacted]",
        "Basic [redacted]",
    ]
    assert [request.api_key for request in api.requests] == ["demo-key", None, "demo-key"]


def test_a_401_names_no_credential(scenario_mock: MockScenarioAPI) -> None:
    with loopback_client(scenario_mock, auth=("someone", "hunter2")) as client:
        response = client.get("/models/m1")

    assert response.status_code == 401
    assert "someone" not in response.text and "hunter2" not in response.text

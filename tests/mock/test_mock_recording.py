"""The mock records every request it receives: method, path, query, headers, body and answer."""

from __future__ import annotations

import httpx

from scenario_train.testing import MockScenarioAPI, RecordedRequest
from tests.support.mock import loopback_client


def test_requests_are_recorded_in_order(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    client.put(
        "/models/m1/train",
        params={"projectId": "p1", "originalAssets": "true"},
        json={"parameters": {"seed": 1}},
        headers={"X-Trace": "abc"},
    )
    client.get("/models/m1")
    client.post("/models/m1/train/action", content=b"{oops")

    trigger, read, action = scenario_mock.requests

    assert (trigger.method, trigger.path, trigger.query) == (
        "PUT",
        "/v1/models/m1/train",
        {"projectId": "p1", "originalAssets": "true"},
    )
    assert trigger.body == {"parameters": {"seed": 1}}
    assert trigger.headers["x-trace"] == "abc" and trigger.headers["content-type"] == "application/json"
    assert (trigger.api_key, trigger.status) == ("demo-key", 200)
    assert (read.method, read.path, read.query, read.body, read.status) == ("GET", "/v1/models/m1", {}, None, 200)
    assert (action.method, action.body, action.status) == ("POST", None, 400)


def test_refused_and_unrouted_requests_are_recorded_too(scenario_mock: MockScenarioAPI) -> None:
    with loopback_client(scenario_mock, auth=None) as anonymous:
        anonymous.get("/models/m1")
        anonymous.get("/nowhere")

    assert [(request.path, request.status, request.api_key) for request in scenario_mock.requests] == [
        ("/v1/models/m1", 401, None),
        ("/v1/nowhere", 404, None),
    ]


def test_requests_is_a_snapshot(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    before = scenario_mock.requests
    client.get("/models/m1")

    assert before == [] and len(scenario_mock.requests) == 1
    assert isinstance(scenario_mock.requests[0], RecordedRequest)

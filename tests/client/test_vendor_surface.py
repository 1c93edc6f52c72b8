"""The vendor SDK's escape hatches, by its names: injected httpx clients, default and extra headers, query and
body, raw responses, copies, `is_closed`, `api_key`, `bearer_auth`.

Every test talks to a real loopback server, with `Scenario` and with `AsyncScenario`.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from scenario_train import (
    APITimeoutError,
    AsyncScenario,
    DryRunEstimate,
    ModelResponse,
    Scenario,
    TrainModelResponse,
)
from scenario_train.testing import set_testing
from tests.support.client import (
    API_KEY,
    API_SECRET,
    BEARER_AUTHORIZATION,
    EXAMPLE,
    JWT,
    NO_TRAINING,
    Api,
    Kind,
    LoopbackServer,
    MakeApi,
    Reply,
    basic_authorization,
    deadline,
    model_answer,
)
from tests.support.wire import stalled, wire


@pytest.fixture
def fast() -> Iterator[None]:
    set_testing(True)
    yield
    set_testing(False)


# http_client= -------------------------------------------------------------------------------------------------------


def injected(kind: Kind, **options: Any) -> httpx.Client | httpx.AsyncClient:
    return httpx.Client(**options) if kind == "sync" else httpx.AsyncClient(**options)


def test_an_injected_client_carries_the_calls_with_our_credentials_and_its_own_headers(
    kind: Kind, make_api: MakeApi, server: LoopbackServer
) -> None:
    seen: list[str] = []

    def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def ahook(request: httpx.Request) -> None:
        hook(request)

    http_client = injected(
        kind, headers={"X-From-Caller": "yes"}, event_hooks={"request": [hook if kind == "sync" else ahook]}
    )
    api = make_api(server.url, http_client=http_client)

    assert api.trigger("model-1").to_dict() == EXAMPLE

    [request] = server.received
    assert seen == ["/v1/models/model-1/train"]
    assert request.headers["X-From-Caller"] == "yes"
    assert request.headers["Authorization"] == basic_authorization()


def test_our_attempt_bound_applies_to_an_injected_client_without_a_timeout(kind: Kind, make_api: MakeApi) -> None:
    with wire(stalled()) as server, deadline(8), pytest.raises(APITimeoutError):
        api = make_api(server.url, http_client=injected(kind, timeout=None), timeout=0.5, max_retries=0)
        api.retrieve("model-1")


def test_closing_the_client_closes_an_injected_http_client_as_the_vendor_does(
    kind: Kind, make_api: MakeApi, server: LoopbackServer
) -> None:
    http_client = injected(kind)
    api = make_api(server.url, http_client=http_client)

    api.run(api.client.close())

    assert http_client.is_closed
    assert api.client.is_closed()


@pytest.mark.parametrize("client_class", [Scenario, AsyncScenario])
def test_an_http_client_of_the_wrong_kind_is_refused(client_class: type[Scenario]) -> None:
    wrong: Any = httpx.AsyncClient() if client_class is Scenario else httpx.Client()
    with pytest.raises(TypeError, match="http_client"):
        client_class(api_key=API_KEY, api_secret=API_SECRET, http_client=wrong)


# Headers, query and body --------------------------------------------------------------------------------------------


def test_default_and_extra_headers_and_query_are_sent_extras_winning(
    make_api: MakeApi, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCENARIO_CUSTOM_HEADERS", "X-Env: from-env\nX-Both: env\nnot a header")
    api = make_api(server.url, default_headers={"X-Both": "ctor", "X-Ctor": "1"}, default_query={"team": "a", "x": 1})

    api.trigger(
        "model-1",
        project_id="p-1",
        extra_headers={"X-Call": "2", "X-Ctor": "call"},
        extra_query={"x": "call", "projectId": "p-2"},
    )

    [request] = server.received
    assert (request.headers["X-Env"], request.headers["X-Both"], request.headers["X-Ctor"]) == (
        "from-env",
        "ctor",
        "call",
    )
    assert request.headers["X-Call"] == "2"
    assert request.query == {"team": "a", "x": "call", "projectId": "p-2"}
    assert request.headers["Authorization"] == basic_authorization()


def test_extra_body_is_merged_into_the_top_level_of_the_body(make_api: MakeApi, server: LoopbackServer) -> None:
    api = make_api(server.url)

    api.trigger("model-1", parameters={"seed": 1}, extra_body={"note": "x"})
    api.trigger("model-1", parameters={"seed": 1}, extra_body={"parameters": {"rank": 4}})
    api.action("model-1", extra_body={"reason": "test"})

    assert [request.json for request in server.received] == [
        {"parameters": {"seed": 1}, "note": "x"},
        {"parameters": {"rank": 4}},
        {"action": "cancel", "reason": "test"},
    ]


def test_a_read_sends_no_body_even_with_extra_body(make_api: MakeApi, server: LoopbackServer) -> None:
    server.reply(Reply(json=model_answer("model-1")))

    make_api(server.url).retrieve("model-1", extra_body={"ignored": True})

    assert server.received[0].body == b""


@pytest.mark.parametrize(
    "options",
    [
        {"default_headers": {"X-Bad": "a\nb"}},
        {"default_headers": {"Bad Name": "a"}},
        {"default_headers": {"X-Bad": 3}},
        {"default_query": {1: "a"}},
    ],
)
def test_default_headers_and_query_no_request_can_carry_are_refused_at_construction(options: dict[str, Any]) -> None:
    with pytest.raises((ValueError, TypeError)):
        Scenario(api_key=API_KEY, api_secret=API_SECRET, **options)


# with_raw_response --------------------------------------------------------------------------------------------------


def raw(api: Api) -> Any:
    return api.client.models.train.with_raw_response


def raw_models(api: Api) -> Any:
    """The raw view of `models`; `Any`, since its sync and async twins give different types."""
    return api.client.models.with_raw_response


def raw_client(api: Api) -> Any:
    return api.client.with_raw_response


def parse(api: Api, response: Any) -> Any:
    return api.run(response.parse())


def test_a_raw_trigger_gives_the_answer_as_it_came_and_parses_it(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(json=EXAMPLE, headers={"x-request-id": "req-123"}))

    response = api.run(raw(api).trigger("model-1", parameters={"seed": 3}))

    assert response.status_code == 200
    assert response.headers["x-request-id"] == response.request_id == "req-123"
    assert response.method == "PUT"
    assert response.url.path == "/v1/models/model-1/train"
    assert response.retries_taken == 0
    assert json.loads(response.http_request.content) == {"parameters": {"seed": 3}}
    assert response.content == response.http_response.content
    assert api.run(response.json()) == EXAMPLE
    assert api.run(response.text()) == response.content.decode()
    result = parse(api, response)
    assert isinstance(result, TrainModelResponse)
    assert result.to_dict() == EXAMPLE


def test_raw_retrieve_action_and_dry_run(api: Api, server: LoopbackServer) -> None:
    server.reply(
        Reply(json=model_answer("model-1", "trained")),
        Reply(json=model_answer("model-1", "training-canceled")),
        Reply(status=269, json={"creativeUnitsCost": 12}),
    )

    retrieved = api.run(raw_models(api).retrieve("model-1"))
    canceled = api.run(raw_models(api).train.action("model-1", action="cancel"))
    estimate = api.run(raw(api).trigger("model-1", dry_run=True))

    assert isinstance(parse(api, retrieved), ModelResponse)
    assert parse(api, canceled).model.status == "training-canceled"
    assert estimate.status_code == 269
    assert isinstance(parse(api, estimate), DryRunEstimate)
    assert [request.method for request in server.received] == ["GET", "POST", "PUT"]


def test_retries_taken_counts_the_attempts_before_the_answer(api: Api, server: LoopbackServer, fast: None) -> None:
    server.reply(Reply(status=503), Reply(status=429), Reply(json=EXAMPLE))
    server.answer_reads(NO_TRAINING)

    response = api.run(raw(api).trigger("model-1"))

    assert response.retries_taken == 2


def test_the_client_level_raw_view_reaches_the_same_calls(api: Api, server: LoopbackServer) -> None:
    response = api.run(raw_client(api).models.train.trigger("model-1"))

    assert parse(api, response).to_dict() == EXAMPLE


def test_a_raw_call_still_raises_on_an_error_status(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(status=404, json={"message": "no such model"}))

    with pytest.raises(Exception, match="no such model"):
        api.run(raw_models(api).retrieve("model-1"))


# copy(), is_closed(), api_key, bearer_auth --------------------------------------------------------------------------


def test_copy_takes_the_constructors_options_and_shares_the_pool(api: Api, server: LoopbackServer) -> None:
    parent = api.client
    child = parent.copy(default_headers={"X-Child": "1"}, default_query={"q": "1"}, max_retries=0, timeout=5.0, jwt=JWT)
    replaced = child.with_options(set_default_headers={"X-Only": "1"}, set_default_query={})

    api.run(child.models.train.trigger("model-1"))
    api.run(replaced.models.train.trigger("model-1"))
    api.run(parent.models.train.trigger("model-1"))

    first, second, third = server.received
    assert first.headers["X-Child"] == "1" and first.query == {"q": "1"}
    assert first.headers["Authorization"] == BEARER_AUTHORIZATION
    assert second.headers["X-Only"] == "1" and second.headers["X-Child"] is None and second.query == {}
    assert third.headers["Authorization"] == basic_authorization() and third.headers["X-Child"] is None
    assert (child.max_retries, child.timeout.read, parent.max_retries) == (0, 5.0, 2)
    assert server.connections == 1


def test_copy_refuses_to_merge_and_replace_at_once(api: Api) -> None:
    with pytest.raises(ValueError, match="set_default_headers"):
        api.client.copy(default_headers={"a": "1"}, set_default_headers={"b": "2"})


def test_a_new_secret_in_a_copy_keeps_the_key(api: Api, server: LoopbackServer) -> None:
    copy = api.client.copy(api_secret="another-secret")

    api.run(copy.models.train.trigger("model-1"))

    assert server.received[0].headers["Authorization"] == basic_authorization(API_KEY, "another-secret")
    assert copy.api_key == API_KEY


@pytest.mark.parametrize("client_class", [Scenario, AsyncScenario])
def test_bearer_auth_is_the_vendors_name_for_jwt(client_class: type[Scenario]) -> None:
    client = client_class(bearer_auth=JWT)

    assert client.api_key is None
    assert JWT not in repr(client)
    assert client_class(jwt=JWT, bearer_auth=JWT).api_key is None
    with pytest.raises(ValueError, match="bearer_auth"):
        client_class(jwt=JWT, bearer_auth=JWT + "x")


def test_is_closed_tells_whether_the_client_is_closed(api: Api) -> None:
    assert api.client.is_closed() is False

    api.run(api.client.close())

    assert api.client.is_closed() is True


async def test_the_async_raw_response_is_awaited(server: LoopbackServer) -> None:
    async with AsyncScenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url) as client:
        response = await client.models.train.with_raw_response.trigger("model-1")
        result = await response.parse()
        assert isinstance(result, TrainModelResponse)
        assert await response.read() == response.content
    assert asyncio.iscoroutinefunction(type(response).parse)

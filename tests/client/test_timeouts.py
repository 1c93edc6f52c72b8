"""Timeouts (default, per client, per call) and `with_options` copies."""

from __future__ import annotations

import httpx
import pytest

from scenario_train import DEFAULT_TIMEOUT, APITimeoutError, AsyncScenario, InternalServerError, Scenario
from tests.support.client import API_KEY, API_SECRET, EXAMPLE, Api, LoopbackServer, MakeApi, Reply

SLOW = Reply(json=EXAMPLE, delay=1.5)
"""An answer that comes after 1.5 s: far later than the short timeouts (0.2 s), so that a busy machine cannot let
it arrive first, and well within the long ones."""

NOT_TIMEOUTS = [
    0,
    -1,
    0.0,
    float("nan"),
    float("inf"),
    True,
    "5",
    httpx.Timeout(None),
    httpx.Timeout(5, read=0),
    httpx.Timeout(float("nan")),
    httpx.Timeout(5, read=float("inf")),
    1e10,
    3600.5,
    httpx.Timeout(5, pool=1e6),
    10**400,
]


@pytest.mark.parametrize("client_class", [Scenario, AsyncScenario])
def test_the_default_is_60_seconds_with_5_to_connect(client_class: type[Scenario]) -> None:
    timeout = client_class(api_key=API_KEY, api_secret=API_SECRET).timeout

    assert timeout == DEFAULT_TIMEOUT
    assert (timeout.connect, timeout.read, timeout.write, timeout.pool) == (5.0, 60.0, 60.0, 60.0)


def test_the_client_timeout_applies_to_its_calls(make_api: MakeApi, server: LoopbackServer) -> None:
    server.reply(SLOW)
    api = make_api(server.url, timeout=0.2, max_retries=0)

    assert api.client.timeout.read == 0.2
    with pytest.raises(APITimeoutError):
        api.trigger("model-1")


def test_a_call_timeout_overrides_a_longer_client_timeout(make_api: MakeApi, server: LoopbackServer) -> None:
    server.reply(SLOW)
    api = make_api(server.url, max_retries=0)

    with pytest.raises(APITimeoutError):
        api.trigger("model-1", timeout=0.2)


def test_a_call_timeout_overrides_a_shorter_client_timeout(make_api: MakeApi, server: LoopbackServer) -> None:
    server.reply(SLOW)
    api = make_api(server.url, timeout=0.2, max_retries=0)

    assert api.trigger("model-1", timeout=httpx.Timeout(5.0)).to_dict() == EXAMPLE
    assert api.client.timeout.read == 0.2


@pytest.mark.parametrize("client_class", [Scenario, AsyncScenario])
@pytest.mark.parametrize("timeout", NOT_TIMEOUTS, ids=repr)
def test_a_client_timeout_that_is_not_a_positive_finite_bound_is_refused(
    client_class: type[Scenario], timeout: object
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        client_class(api_key=API_KEY, api_secret=API_SECRET, timeout=timeout)  # type: ignore[arg-type]


@pytest.mark.parametrize("client_class", [Scenario, AsyncScenario])
def test_none_means_the_default_timeout(client_class: type[Scenario]) -> None:
    client = client_class(api_key=API_KEY, api_secret=API_SECRET, timeout=None)

    assert client.timeout == DEFAULT_TIMEOUT
    assert client.with_options(timeout=None).timeout == DEFAULT_TIMEOUT


@pytest.mark.parametrize("timeout", NOT_TIMEOUTS, ids=repr)
def test_a_call_timeout_that_is_not_a_positive_finite_bound_is_refused_before_sending(
    api: Api, server: LoopbackServer, timeout: object
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        api.trigger("model-1", timeout=timeout)

    assert server.received == []


def test_with_options_makes_a_copy_on_the_same_pool(api: Api, server: LoopbackServer) -> None:
    copy = api.with_options(timeout=7.5, max_retries=0)

    assert copy.client is not api.client
    assert type(copy.client) is type(api.client)
    assert (copy.client.timeout.read, copy.client.max_retries) == (7.5, 0)
    assert (api.client.timeout, api.client.max_retries) == (DEFAULT_TIMEOUT, 2)
    assert copy.client.base_url == api.client.base_url

    api.trigger("model-1")
    copy.trigger("model-1")

    assert len(server.received) == 2
    assert server.connections == 1  # one pool, one kept-alive connection
    assert server.connections == 1  # the copy's call went over the original's kept-alive connection
    assert server.received[1].headers["Authorization"] == server.received[0].headers["Authorization"]


def test_with_options_settings_apply_to_the_copy_only(make_api: MakeApi, server: LoopbackServer) -> None:
    api = make_api(server.url)
    copy = api.with_options(timeout=0.2, max_retries=0)

    server.reply(SLOW)
    with pytest.raises(APITimeoutError):
        copy.retrieve("model-1")
    assert api.retrieve("model-1").model.id == EXAMPLE["model"]["id"]

    server.received.clear()
    server.reply(Reply(status=503, headers={"retry-after-ms": "10"}))
    with pytest.raises(InternalServerError):
        copy.retrieve("model-1")
    assert len(server.received) == 1
    with pytest.raises(InternalServerError):
        api.retrieve("model-1")
    assert len(server.received) == 1 + 3


def test_with_options_without_arguments_keeps_the_settings(api: Api) -> None:
    copy = api.with_options()

    assert (copy.client.timeout, copy.client.max_retries) == (api.client.timeout, api.client.max_retries)


@pytest.mark.parametrize(
    "options", [{"timeout": 0}, {"timeout": float("inf")}, {"max_retries": -1}, {"max_retries": 1.5}]
)
def test_with_options_refuses_bad_settings(api: Api, options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        api.with_options(**options)

"""The seams into httpx and httpcore: the public one the client's own pool is made through, and each
private access left (`_httpx_private`), held here so that a release that changes it fails a test.

Each test runs against a loopback server or a real httpx client; none mocks a transport.
"""

from __future__ import annotations

import gzip
from typing import Any

import httpcore
import httpx
import pytest

from scenario_train import AsyncScenario, Scenario, _transport
from scenario_train import _httpx_private as private
from tests.support.wire import answer, wire

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


class Recording:
    """A network backend that counts its connects and hands them to the one it wraps."""

    def __init__(self, backend: Any) -> None:
        self.backend = backend
        self.connects = 0

    def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        self.connects += 1
        return self.backend.connect_tcp(*args, **kwargs)

    async def aconnect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        self.connects += 1
        return await self.backend.connect_tcp(*args, **kwargs)


class AsyncRecording(Recording):
    async def connect_tcp(self, *args: Any, **kwargs: Any) -> Any:
        return await self.aconnect_tcp(*args, **kwargs)


def _httpx_client(client: Scenario | AsyncScenario) -> Any:
    return client._sender.client


# The private accesses: one test each ---------------------------------------------------------------------------------


def test_pools_finds_the_pool_of_httpxs_transport_and_of_each_mount() -> None:
    with httpx.Client(mounts={"http://example.test": httpx.HTTPTransport(), "http://none.test": None}) as client:
        pools = private.pools(client)
        assert len(pools) == 2 and all(isinstance(pool, httpcore.ConnectionPool) for pool in pools)


async def test_pools_finds_the_pools_behind_an_async_client_too() -> None:
    async with httpx.AsyncClient(mounts={"http://example.test": httpx.AsyncHTTPTransport()}) as client:
        pools = private.pools(client)
        assert len(pools) == 2 and all(isinstance(pool, httpcore.AsyncConnectionPool) for pool in pools)


def test_pools_answers_none_for_a_transport_without_a_pool() -> None:
    with httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200))) as client:
        assert private.pools(client) == [None]
        assert private.network_backend(None) is None


def test_a_pools_network_backend_is_found_and_replaced_and_its_next_connection_uses_the_new_one() -> None:
    with wire(answer(200, {"ok": True})) as server, httpx.Client() as client:
        (pool,) = private.pools(client)
        backend = private.network_backend(pool)
        assert isinstance(backend, httpcore.SyncBackend)
        recording = Recording(backend)
        private.set_network_backend(pool, recording)
        assert client.get(server.url).json() == {"ok": True}
        assert recording.connects == 1


async def test_an_async_pools_network_backend_is_found_and_replaced_too() -> None:
    with wire(answer(200, {"ok": True})) as server:
        async with httpx.AsyncClient() as client:
            (pool,) = private.pools(client)
            backend = private.network_backend(pool)
            assert backend is not None
            recording = AsyncRecording(backend)
            private.set_network_backend(pool, recording)
            assert (await client.get(server.url)).json() == {"ok": True}
            assert recording.connects == 1


def test_set_content_gives_a_response_a_body_that_content_text_and_json_use_as_it_is() -> None:
    body = gzip.compress(b'{"ignored": true}')
    with (
        wire(answer(200, body, {"Content-Encoding": "gzip", "Content-Type": "application/json"})) as server,
        httpx.Client() as client,
        client.stream("GET", server.url) as response,
    ):
        assert b"".join(response.iter_raw()) == body
    private.set_content(response, b'{"ok": 1}')
    assert (response.content, response.text, response.json()) == (b'{"ok": 1}', '{"ok": 1}', {"ok": 1})
    assert response.headers["content-encoding"] == "gzip"


def test_a_caller_s_own_http_client_has_its_pools_bounded_through_the_private_seam() -> None:
    with Scenario(api_key="k", api_secret="s", http_client=httpx.Client()) as client:
        (pool,) = private.pools(_httpx_client(client))
        assert isinstance(private.network_backend(pool), _transport._Backend)
        assert client._sender.bounded


def test_a_caller_s_client_with_a_custom_transport_says_it_is_not_bounded() -> None:
    custom = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    with Scenario(api_key="k", api_secret="s", http_client=custom) as client:
        assert not client._sender.bounded


async def test_an_async_caller_s_own_http_client_is_bounded_too() -> None:
    async with AsyncScenario(api_key="k", api_secret="s", http_client=httpx.AsyncClient()) as client:
        (pool,) = private.pools(_httpx_client(client))
        assert isinstance(private.network_backend(pool), _transport._AsyncBackend)

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

from scenario_train import AsyncScenario, Scenario, _deadline
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


# The public seam: the client's own pool ------------------------------------------------------------------------------


def test_the_clients_own_pool_is_made_with_the_bounding_backend_through_public_interfaces(no_proxy: None) -> None:
    with Scenario(api_key="k", api_secret="s") as client:
        transport = _httpx_client(client)._transport
        assert isinstance(transport, _deadline._Transport)
        assert isinstance(transport._pool, httpcore.ConnectionPool)
        assert isinstance(transport._pool._network_backend, _deadline._Backend)
        assert isinstance(transport._pool._network_backend._backend, httpcore.SyncBackend)


async def test_the_async_clients_own_pool_is_made_with_the_bounding_backend_too(no_proxy: None) -> None:
    async with AsyncScenario(api_key="k", api_secret="s") as client:
        transport = _httpx_client(client)._transport
        assert isinstance(transport, _deadline._AsyncTransport)
        assert isinstance(transport._pool, httpcore.AsyncConnectionPool)
        assert isinstance(transport._pool._network_backend, _deadline._AsyncBackend)
        assert isinstance(transport._pool._network_backend._backend, httpcore.AnyIOBackend)


@pytest.mark.parametrize(
    ("pool_class", "made"),
    [(httpcore.ConnectionPool, httpx.HTTPTransport), (httpcore.AsyncConnectionPool, httpx.AsyncHTTPTransport)],
)
def test_the_clients_own_pool_has_the_options_httpx_gives_its_own(pool_class: Any, made: Any) -> None:
    ours, httpxs = pool_class(**_deadline._pool_options()), made()._pool
    for option in (
        "_max_connections",
        "_max_keepalive_connections",
        "_keepalive_expiry",
        "_http1",
        "_http2",
        "_retries",
    ):
        assert getattr(ours, option) == getattr(httpxs, option), option
    assert _deadline.DEFAULT_LIMITS == httpx._config.DEFAULT_LIMITS
    assert ours._ssl_context.verify_mode == httpxs._ssl_context.verify_mode
    assert ours._ssl_context.check_hostname == httpxs._ssl_context.check_hostname
    assert ours._ssl_context.cert_store_stats() == httpxs._ssl_context.cert_store_stats()


def test_httpcores_errors_are_raised_as_the_httpx_errors_httpxs_own_transports_raise() -> None:
    from httpx._transports.default import map_httpcore_exceptions

    _deadline._load_httpcore()
    for source in _deadline._ERRORS:
        with pytest.raises(httpx.TransportError) as theirs, map_httpcore_exceptions():
            raise source("lost")
        ours = _deadline._mapped(source("lost"))
        assert (type(ours), str(ours)) == (type(theirs.value), str(theirs.value)), source
    plain = ValueError("not httpcore's")
    assert _deadline._mapped(plain) is plain


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "https_proxy", "ALL_PROXY"])
def test_a_proxy_named_in_the_environment_is_used_as_httpx_uses_it_and_still_bounded(
    no_proxy: None, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.setenv(variable, "http://127.0.0.1:9")
    with Scenario(api_key="k", api_secret="s") as client:
        httpx_client = _httpx_client(client)
        assert isinstance(httpx_client._transport, httpx.HTTPTransport)
        assert any(isinstance(mount, httpx.HTTPTransport) for mount in httpx_client._mounts.values())
        backends = [private.network_backend(pool) for pool in private.pools(httpx_client)]
        assert backends and all(isinstance(backend, _deadline._Backend) for backend in backends)


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
        assert isinstance(private.network_backend(pool), _deadline._Backend)
        assert client._sender.bounded


def test_a_caller_s_client_with_a_custom_transport_says_it_is_not_bounded() -> None:
    custom = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    with Scenario(api_key="k", api_secret="s", http_client=custom) as client:
        assert not client._sender.bounded


async def test_an_async_caller_s_own_http_client_is_bounded_too() -> None:
    async with AsyncScenario(api_key="k", api_secret="s", http_client=httpx.AsyncClient()) as client:
        (pool,) = private.pools(_httpx_client(client))
        assert isinstance(private.network_backend(pool), _deadline._AsyncBackend)

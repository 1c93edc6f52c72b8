"""A bound on each attempt as a whole, enforced where the bytes are read and written.

httpx's timeouts bound each network operation on its own: a server that sends one byte just
before each read times out can hold a call forever. Here every connect, read and write of the
connections behind a client is given no more than what is left until the deadline of the attempt
in progress, which the sender sets in a context variable for the length of the attempt. This
works for sync and async code alike, without a watchdog thread, and also cuts short a read blocked
on a connection that `close()` shuts. The name lookup before a connect is bounded too: anyio's
is cut by the connect's timeout, and a blocking one runs in a thread that is waited for only until
the deadline.

The client's own httpx client (`new_client`) sends through `_Transport`, an httpx transport over
an httpcore pool that is given the bounding network backend when it is made: public interfaces
only. Where that cannot be had (a proxy named in the environment, which httpx routes through pools
of its own, or an httpcore without public backends), and for a caller's own `http_client`
(`bound_attempts`), the backends of the pools httpx made are wrapped in place, through the private
attributes that `_httpx_private` alone touches; where a pool has none (a custom transport), the
client falls back on httpx's per-operation timeouts.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import select
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import httpx

from . import _httpx_private

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

__all__ = ["DEADLINE", "bound_attempts", "new_async_client", "new_client", "shut_down"]

DEADLINE: ContextVar[float | None] = ContextVar("scenario_train_attempt_deadline", default=None)
"""While set (a `time.monotonic()` value), network operations on bounded pools end by then."""


_EXPIRED: dict[str, type[Exception]] = {}
"""httpcore's timeout errors by phase; filled by `_load_httpcore`, as httpcore loads with the first pool."""

_ERRORS: dict[type[Exception], type[httpx.TransportError]] = {}
"""httpcore's errors and the httpx errors they are raised as, as httpx's own transports map them."""


def _load_httpcore() -> Any:
    """httpcore, imported when the first client is made (`import scenario_train` does not load it)."""
    import httpcore

    if not _ERRORS:
        _EXPIRED.update(read=httpcore.ReadTimeout, write=httpcore.WriteTimeout, connect=httpcore.ConnectTimeout)
        _ERRORS.update(
            {
                httpcore.TimeoutException: httpx.TimeoutException,
                httpcore.ConnectTimeout: httpx.ConnectTimeout,
                httpcore.ReadTimeout: httpx.ReadTimeout,
                httpcore.WriteTimeout: httpx.WriteTimeout,
                httpcore.PoolTimeout: httpx.PoolTimeout,
                httpcore.NetworkError: httpx.NetworkError,
                httpcore.ConnectError: httpx.ConnectError,
                httpcore.ReadError: httpx.ReadError,
                httpcore.WriteError: httpx.WriteError,
                httpcore.ProxyError: httpx.ProxyError,
                httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
                httpcore.ProtocolError: httpx.ProtocolError,
                httpcore.LocalProtocolError: httpx.LocalProtocolError,
                httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
            }
        )
    return httpcore


def _left(timeout: float | None, phase: str) -> float | None:
    """`timeout` cut to what is left of the attempt; raises the phase's timeout error when nothing is."""
    deadline = DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise _EXPIRED[phase]("the attempt's time ran out")
    return left if timeout is None or timeout > left else timeout


def shut_down(stream: Any) -> None:
    """Shut the socket under a stream for reading and writing, which wakes a thread blocked reading it.

    Closing alone does not: a `recv` blocked in another thread goes on waiting on a closed descriptor.
    """
    with contextlib.suppress(Exception):
        sock = stream.get_extra_info("socket")
        if isinstance(sock, socket.socket):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's, also under TLS
        elif sock is not None:
            sock.shutdown(socket.SHUT_RDWR)


def _readable(sock: Any) -> bool:
    """Whether a read would not block: data, EOF or an error waits (a closed socket counts as readable)."""
    if sock.fileno() < 0:
        return True
    if not hasattr(select, "poll"):  # pragma: no cover - Windows, which has only select
        return bool(select.select([sock], [], [], 0)[0])
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))


class _Extras:
    """A stream's `get_extra_info`, with `is_readable` answered from the socket found once.

    The pool asks each idle connection whether it is readable (closed by the server, say) every time
    it hands out a connection; under asyncio, httpcore's answer looks the socket up anew each time
    through anyio's typed attributes, which costs more than the check itself.
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        sock = stream.get_extra_info("socket")
        # A socket.socket, or under asyncio the transport's stand-in for one: both have `fileno`.
        self._socket = sock if callable(getattr(sock, "fileno", None)) else None

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._socket is not None:
            return _readable(self._socket)
        return self._stream.get_extra_info(info)


class _Stream(_Extras):
    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._stream.read(max_bytes, _left(timeout, "read"))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _left(timeout, "write"))

    def close(self) -> None:
        shut_down(self._stream)
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _left(timeout, "connect")))


class _Connecting:
    """A blocking connect run in a thread of its own, so that the caller can stop waiting for it.

    The socket module's connect cannot bound the name lookup that comes first (`getaddrinfo`
    blocks for as long as the resolver takes), so the caller waits for the thread only until the
    attempt's deadline. A connection made after the caller has gone is closed at once.
    """

    def __init__(self, connect: Callable[[], Any]) -> None:
        self._connect = connect
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._abandoned = False
        self._stream: Any = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            stream, error = self._connect(), None
        except BaseException as exc:  # handed to the caller, which raises it
            stream, error = None, exc
        with self._lock:
            self._stream, self._error = stream, error
            self._done.set()
            abandoned = self._abandoned
        if abandoned and stream is not None:
            stream.close()

    def wait(self, timeout: float) -> Any:
        """The stream, or the connect's own error; httpcore's `ConnectTimeout` if it is not done in `timeout`."""
        self._done.wait(timeout)
        with self._lock:
            if not self._done.is_set():
                self._abandoned = True
                raise _EXPIRED["connect"]("the attempt's time ran out while connecting (looking up the host's name)")
        if self._error is not None:
            raise self._error
        return self._stream


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class _Backend:
    def __init__(self, backend: Any) -> None:
        self._backend = backend

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *args: Any, **kwargs: Any) -> _Stream:
        timeout = _left(timeout, "connect")
        if timeout is None or DEADLINE.get() is None or _is_address(host):
            return _Stream(self._backend.connect_tcp(host, port, timeout, *args, **kwargs))
        connecting = _Connecting(functools.partial(self._backend.connect_tcp, host, port, timeout, *args, **kwargs))
        threading.Thread(target=connecting.run, name="scenario-train-connect", daemon=True).start()
        return _Stream(connecting.wait(timeout))

    def connect_unix_socket(self, path: str, timeout: float | None = None, *args: Any, **kwargs: Any) -> _Stream:
        timeout = _left(timeout, "connect")
        return _Stream(self._backend.connect_unix_socket(path, timeout, *args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class _AsyncStream(_Extras):
    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = await self._stream.read(max_bytes, _left(timeout, "read"))
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, _left(timeout, "write"))

    async def aclose(self) -> None:
        shut_down(self._stream)
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> _AsyncStream:
        timeout = _left(timeout, "connect")
        return _AsyncStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))


class _AsyncBackend:
    def __init__(self, backend: Any) -> None:
        self._backend = backend

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, *args: Any, **kwargs: Any
    ) -> _AsyncStream:
        timeout = _left(timeout, "connect")
        return _AsyncStream(await self._backend.connect_tcp(host, port, timeout, *args, **kwargs))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, *args: Any, **kwargs: Any
    ) -> _AsyncStream:
        timeout = _left(timeout, "connect")
        return _AsyncStream(await self._backend.connect_unix_socket(path, timeout, *args, **kwargs))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def _mapped(exc: Exception) -> Exception:
    """The httpx error that httpx's own transports raise for `exc`, or `exc` if it is not one of httpcore's."""
    mapped: type[httpx.TransportError] | None = None
    for source, target in _ERRORS.items():
        if isinstance(exc, source) and (mapped is None or issubclass(target, mapped)):
            mapped = target
    return exc if mapped is None else mapped(str(exc))


def _raise_mapped(exc: Exception) -> NoReturn:
    mapped = _mapped(exc)
    if mapped is exc:
        raise exc
    raise mapped from exc


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._stream
        except Exception as exc:
            _raise_mapped(exc)

    def close(self) -> None:
        if hasattr(self._stream, "close"):
            self._stream.close()


class _AsyncResponseStream(httpx.AsyncByteStream):
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                yield part
        except Exception as exc:
            _raise_mapped(exc)

    async def aclose(self) -> None:
        if hasattr(self._stream, "aclose"):
            await self._stream.aclose()


class _OverPool:
    """What `httpx.HTTPTransport` does without a proxy, over a pool made here: requests and answers mapped
    between httpx and httpcore (`_Transport`, `_AsyncTransport`), httpcore's errors raised as httpx's."""

    def __init__(self, pool: Any) -> None:
        httpcore = _load_httpcore()
        self._pool = pool
        self._request, self._url = httpcore.Request, httpcore.URL

    def _sent(self, request: httpx.Request) -> Any:
        url = request.url
        return self._request(
            method=request.method,
            url=self._url(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )


class _Transport(_OverPool, httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:
            answer = self._pool.handle_request(self._sent(request))
        except Exception as exc:
            _raise_mapped(exc)
        stream = _ResponseStream(answer.stream)
        return httpx.Response(answer.status, headers=answer.headers, stream=stream, extensions=answer.extensions)

    def close(self) -> None:
        self._pool.close()


class _AsyncTransport(_OverPool, httpx.AsyncBaseTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            answer = await self._pool.handle_async_request(self._sent(request))
        except Exception as exc:
            _raise_mapped(exc)
        stream = _AsyncResponseStream(answer.stream)
        return httpx.Response(answer.status, headers=answer.headers, stream=stream, extensions=answer.extensions)

    async def aclose(self) -> None:
        await self._pool.aclose()


DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
"""httpx's default limits, those of `httpx.Client()`, which httpx does not export (a test holds them equal)."""


def _pool_options() -> dict[str, Any]:
    """The options `httpx.Client()` gives the pool behind it: the same certificates, limits and HTTP/1.1 only."""
    return {
        "ssl_context": httpx.create_ssl_context(verify=True, trust_env=True),
        "max_connections": DEFAULT_LIMITS.max_connections,
        "max_keepalive_connections": DEFAULT_LIMITS.max_keepalive_connections,
        "keepalive_expiry": DEFAULT_LIMITS.keepalive_expiry,
        "http1": True,
        "http2": False,
        "retries": 0,
    }


def _proxied() -> bool:
    """Whether the environment names a proxy, which `httpx.Client()` would send through (as `_utils` reads it)."""
    proxies = urllib.request.getproxies()
    return any(proxies.get(scheme) for scheme in ("http", "https", "all"))


_HTTPClient = TypeVar("_HTTPClient", httpx.Client, httpx.AsyncClient)


def _new(client_class: type[_HTTPClient], timeout: httpx.Timeout) -> _HTTPClient:
    httpcore = _load_httpcore()
    sync = client_class is httpx.Client
    # Under asyncio, httpcore's default backend (AutoBackend, not exported) is its AnyIOBackend.
    backend = getattr(httpcore, "SyncBackend" if sync else "AnyIOBackend", None)
    if backend is None or _proxied():
        client = client_class(timeout=timeout, follow_redirects=False)
        bound_attempts(client)
        return client
    transport: Any
    if sync:
        transport = _Transport(httpcore.ConnectionPool(network_backend=_Backend(backend()), **_pool_options()))
    else:
        pool = httpcore.AsyncConnectionPool(network_backend=_AsyncBackend(backend()), **_pool_options())
        transport = _AsyncTransport(pool)
    return client_class(timeout=timeout, follow_redirects=False, transport=transport)


def new_client(timeout: httpx.Timeout) -> httpx.Client:
    """The client's own httpx client: `httpx.Client()`'s settings, each attempt bounded by `DEADLINE`."""
    return _new(httpx.Client, timeout)


def new_async_client(timeout: httpx.Timeout) -> httpx.AsyncClient:
    """The asyncio twin of `new_client`."""
    return _new(httpx.AsyncClient, timeout)


def bound_attempts(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Wrap the network backend of every pool that httpx made behind `client` (a caller's own, say) in place.

    False if a transport behind it has no pool with a backend to wrap (a custom transport, or a
    private attribute renamed upstream): its attempts are bounded by httpx's timeouts alone.
    """
    _load_httpcore()
    wrapper = _AsyncBackend if isinstance(client, httpx.AsyncClient) else _Backend
    bounded = True
    for pool in _httpx_private.pools(client):
        backend = _httpx_private.network_backend(pool)
        if backend is None:
            bounded = False
        elif not isinstance(backend, _Backend | _AsyncBackend):
            _httpx_private.set_network_backend(pool, wrapper(backend))
    return bounded

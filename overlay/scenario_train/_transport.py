"""A bound on each attempt as a whole, enforced where the bytes are read and written.

httpx's timeouts bound each network operation on its own: a server that sends one byte just
before each read times out can hold a call forever. Here every connect, read and write of the
connections behind a client is given no more than what is left until the deadline of the attempt
in progress, which the sender sets in a context variable for the length of the attempt. This
works for sync and async code alike, without a watchdog thread, and also cuts short a read blocked
on a connection that `close()` shuts. The name lookup before a connect is bounded too: anyio's
is cut by the connect's timeout, and a blocking one runs in a thread that is waited for only until
the deadline.

httpx offers no public way to give its transports a network backend, so the backend of each
httpcore pool behind the client is wrapped in place (`bound_attempts`), through the private
attributes that `_httpx_private` alone touches; where a pool has none (a custom transport), it
says so, and the client falls back on httpx's per-operation timeouts.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import select
import socket
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

import httpx

from . import _httpx_private

__all__ = ["DEADLINE", "bound_attempts", "shut_down"]

DEADLINE: ContextVar[float | None] = ContextVar("scenario_train_attempt_deadline", default=None)
"""While set (a `time.monotonic()` value), network operations on bounded pools end by then."""


_EXPIRED: dict[str, type[Exception]] = {}
"""httpcore's timeout errors by phase; filled by `bound_attempts`, as httpcore loads with the first pool."""


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


def bound_attempts(client: httpx.Client | httpx.AsyncClient) -> bool:
    """Wrap the network backend of every pool that httpx made behind `client` in place.

    False if a transport behind it has no pool with a backend to wrap (a custom transport, or a
    private attribute renamed upstream): its attempts are bounded by httpx's timeouts alone.
    """
    import httpcore

    _EXPIRED.update(read=httpcore.ReadTimeout, write=httpcore.WriteTimeout, connect=httpcore.ConnectTimeout)
    wrapper = _AsyncBackend if isinstance(client, httpx.AsyncClient) else _Backend
    bounded = True
    for pool in _httpx_private.pools(client):
        backend = _httpx_private.network_backend(pool)
        if backend is None:
            bounded = False
        elif not isinstance(backend, _Backend | _AsyncBackend):
            _httpx_private.set_network_backend(pool, wrapper(backend))
    return bounded

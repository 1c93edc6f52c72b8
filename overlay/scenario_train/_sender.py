"""What both senders share: the request built from a call, the client's lifetime, the log of an exchange.

A sender carries out the steps of calls (`_call_steps`) on a shared httpx client: the only I/O of
a call. `AsyncSender` is written once, awaited, in `_async_sender.py`, and `tools/unasync.py`
writes the blocking `Sender`, `_sync_sender.py`, from it. What differs between the two beyond
`await` is here, written once: a closing client wakes the waits of its calls, a thread's
(`_Lifetime.sleep`) or an event loop's (`_Lifetime.asleep`).

A sender belongs to one client object: copies made by `with_options` share the httpx client and
have senders of their own, so that closing a copy ends its calls without closing the pool its
parent still uses.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Generator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ._body import BodyDecoder
from ._call_steps import Call, ClientClosed, Failure, Step, steps
from ._deadline import bound_attempts
from ._logs import logger, redacted_body, redacted_headers
from ._settings import Settings

if TYPE_CHECKING:
    import asyncio

__all__ = ["SenderBase", "limit_pool_wait", "log_exchange", "longest", "read_already", "retry_pause", "set_testing"]

_testing = False


def set_testing(testing: bool) -> None:
    """Make every wait before a retry zero (`scenario_train.testing.set_testing`)."""
    global _testing
    _testing = testing


def retry_pause(seconds: float) -> float:
    """The wait before a retry: none under `set_testing`."""
    return 0.0 if _testing else max(seconds, 0.0)


def longest(timeout: httpx.Timeout) -> float:
    """The bound of one attempt as a whole: the longest of the timeout's phases."""
    phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
    return max(phase for phase in phases if phase is not None)


class _Lifetime:
    """Whether a client is closed; closing it wakes the waits of its calls, and closes its copies."""

    def __init__(self, parent: _Lifetime | None = None) -> None:
        self._closed = threading.Event()
        self._copies: weakref.WeakSet[_Lifetime] = weakref.WeakSet()
        self._waiters: set[asyncio.Future[None]] = set()
        if parent is not None:
            parent._copies.add(self)
            if parent.closed:
                self._closed.set()

    @property
    def closed(self) -> bool:
        return self._closed.is_set()

    def close(self) -> None:
        self._closed.set()
        for waiter in list(self._waiters):
            waiter.get_loop().call_soon_threadsafe(_wake, waiter)
        for copy in list(self._copies):
            copy.close()

    def sleep(self, seconds: float) -> bool:
        """Wait `seconds`; True if the client was closed meanwhile."""
        return self._closed.wait(seconds) if seconds > 0 else self.closed

    async def asleep(self, seconds: float) -> bool:
        if self.closed or seconds <= 0:
            return self.closed
        import asyncio

        waiter = asyncio.get_running_loop().create_future()
        self._waiters.add(waiter)
        try:
            await asyncio.wait_for(asyncio.shield(waiter), seconds)
        except TimeoutError:
            pass
        finally:
            self._waiters.discard(waiter)
        return self.closed


def _wake(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


class SenderBase:
    """What `Sender` and `AsyncSender` share: the httpx client, the client's lifetime, a call's steps."""

    _lifetime: _Lifetime
    bounded: bool

    def __init__(self, client: httpx.Client | httpx.AsyncClient, *, injected: bool, parent: SenderBase | None) -> None:
        self.client = client
        self.owner = parent is None
        self.injected = injected
        """The caller gave the httpx client: its own headers, cookies and query are merged into each request."""
        self._lifetime = _Lifetime(None if parent is None else parent._lifetime)
        self.bounded = parent.bounded if parent is not None else bound_attempts(client) if injected else True
        """Whether each attempt is bounded as a whole: always on the client's own pool (`_deadline.new_client`)."""

    @property
    def closed(self) -> bool:
        return self._lifetime.closed or self.client.is_closed

    def _steps(
        self, call: Call, settings: Settings, timeout: httpx.Timeout, deadline: float | None
    ) -> Generator[Step, Any, tuple[httpx.Response, int]]:
        attempt_timeout = longest(timeout)
        total = time.monotonic() + settings.policy.total(attempt_timeout)
        outer = deadline is not None and deadline < total
        return steps(
            call,
            _build(self.client, self.injected, settings, call, timeout),
            policy=settings.policy,
            attempt_timeout=attempt_timeout,
            deadline=deadline if deadline is not None and outer else total,
            outer=outer,
            home=settings.home,
        )

    def _failure(self, exc: Exception, request: httpx.Request, response: httpx.Response | None = None) -> Failure:
        """How an attempt failed; a failure caused by `close()` says so, and whether the request had gone out."""
        if self.closed:
            exc = ClientClosed(sent=response is not None or not isinstance(exc, ClientClosed | httpx.ConnectError))
        return Failure(exc, request, response)


def limit_pool_wait(request: httpx.Request, deadline: float) -> None:
    """The wait for a pooled connection, cut to the attempt's time (the other phases are cut as they run)."""
    timeouts = request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        pool, left = timeouts.get("pool"), deadline - time.monotonic()
        if pool is not None and pool > left:
            request.extensions = {**request.extensions, "timeout": {**timeouts, "pool": max(left, 0.001)}}


def read_already(response: httpx.Response) -> bytes:
    """The body httpx has read and decoded, held to the same size limit."""
    decoder = BodyDecoder(None)
    decoder.feed(response.content)
    return decoder.finish()


def log_exchange(request: httpx.Request, response: httpx.Response | None) -> None:
    """Logged once the request is sent: the client's auth has then set the headers that went out."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "Request %s %s headers=%s body=%s",
            request.method,
            request.url,
            redacted_headers(request.headers),
            _logged_body(request),
        )
        if response is not None:
            logger.debug(
                "Response %s %s: %d headers=%s",
                request.method,
                request.url,
                response.status_code,
                redacted_headers(response.headers),
            )


def _logged_body(request: httpx.Request) -> str:
    try:
        return redacted_body(request.content)
    except httpx.RequestNotRead:  # a body written beforehand, sent as a stream: an image
        return f"[{request.headers.get('Content-Length', 'a')} bytes written beforehand, not logged]"


def _build(
    client: httpx.Client | httpx.AsyncClient, injected: bool, settings: Settings, call: Call, timeout: httpx.Timeout
) -> httpx.Request:
    url = f"{settings.base_url}/{call.url.lstrip('/')}"
    params = {**settings.default_query, **call.params} if settings.default_query else call.params
    headers = settings.headers if call.headers is None else {**settings.headers, **call.headers}
    if call.content is not None:
        return _build_streamed(client, injected, call, url, params, headers, timeout)
    if injected or client.cookies:
        # The caller's client, or cookies the server set: httpx merges in its headers, cookies and query.
        return client.build_request(call.method, url, params=params, headers=headers, json=call.json, timeout=timeout)
    return httpx.Request(
        call.method,
        url,
        params=params or None,
        headers=headers,
        json=call.json,
        extensions={"timeout": timeout.as_dict()},
    )


def _build_streamed(
    client: httpx.Client | httpx.AsyncClient,
    injected: bool,
    call: Call,
    url: str,
    params: Mapping[str, Any],
    headers: Mapping[str, str],
    timeout: httpx.Timeout,
) -> httpx.Request:
    """The request of a call whose body was written beforehand: that body, as a stream httpx sends again on a retry."""
    body = call.content
    assert body is not None
    headers = {**headers, **body.headers}
    if injected or client.cookies:
        built = client.build_request(call.method, url, params=params, headers=headers, timeout=timeout)
    else:
        built = httpx.Request(
            call.method, url, params=params or None, headers=headers, extensions={"timeout": timeout.as_dict()}
        )
    # Made again around the body: httpx sets the headers of a request (its Host) only when it is given no stream.
    return httpx.Request(built.method, built.url, headers=built.headers, stream=body, extensions=built.extensions)

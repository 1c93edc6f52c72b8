"""Carrying out the steps of calls (`_call_steps`) on a shared httpx client: the only I/O of a call.

`Sender` blocks and `AsyncSender` awaits; each runs the same steps. A sender belongs to one
client object: copies made by `with_options` share the httpx client and have senders of their
own, so that closing a copy ends its calls without closing the pool its parent still uses.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Generator
from typing import TYPE_CHECKING, Any

import httpx

from ._body import BodyDecoder, BodyError
from ._call_steps import Answer, Call, Check, ClientClosed, DeadlineReached, Failure, Send, Sleep, Step, steps
from ._deadline import DEADLINE, bound_attempts
from ._errors import APIError
from ._httpx_private import set_content
from ._logs import logger, redacted_body, redacted_headers
from ._settings import Settings

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncSender", "Sender", "longest", "set_testing"]

_testing = False


def set_testing(testing: bool) -> None:
    """Make every wait before a retry zero (`scenario_train.testing.set_testing`)."""
    global _testing
    _testing = testing


def _pause(seconds: float) -> float:
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


class _SenderBase:
    _lifetime: _Lifetime
    bounded: bool

    def __init__(self, client: httpx.Client | httpx.AsyncClient, *, injected: bool, parent: _SenderBase | None) -> None:
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


class Sender(_SenderBase):
    """Carries out calls on a shared `httpx.Client`, blocking."""

    client: httpx.Client

    def __init__(self, client: httpx.Client, *, injected: bool = False, parent: Sender | None = None) -> None:
        super().__init__(client, injected=injected, parent=parent)

    def copy(self) -> Sender:
        """A sender on the same pool whose `close()` leaves the pool open."""
        return Sender(self.client, injected=self.injected, parent=self)

    def close(self) -> None:
        self._lifetime.close()
        if self.owner:
            self.client.close()

    def pause(self, seconds: float) -> None:
        """Wait `seconds`, or less if the client is closed meanwhile (its next call then says so)."""
        self._lifetime.sleep(seconds)

    def send(
        self, call: Call, *, settings: Settings, timeout: httpx.Timeout, deadline: float | None = None
    ) -> tuple[httpx.Response, int]:
        """The 2xx response, read, and the attempts it took. Else an `APIError` (`DeadlineReached` past `deadline`)."""
        flow = self._steps(call, settings, timeout, deadline)
        result: Any = None
        while True:
            try:
                step = flow.send(result)
            except StopIteration as done:
                sent: tuple[httpx.Response, int] = done.value
                return sent
            if isinstance(step, Send):
                result = self._attempt(step)
            elif isinstance(step, Sleep):
                result = ClientClosed(sent=True) if self._lifetime.sleep(_pause(step.seconds)) else None
            else:
                result = self._check(step, settings, timeout)

    def _check(
        self, step: Check, settings: Settings, timeout: httpx.Timeout
    ) -> httpx.Response | APIError | ClientClosed:
        try:
            return (self.send(step.call, settings=settings, timeout=timeout, deadline=step.deadline))[0]
        except DeadlineReached as reached:
            return reached.error
        except APIError as error:
            return ClientClosed(sent=True) if self.closed else error

    def _attempt(self, step: Send) -> Answer | Failure:
        request = step.request
        if self.closed:
            return Failure(ClientClosed(), request)
        _limit_pool_wait(request, step.deadline)
        token = DEADLINE.set(step.deadline)
        try:
            try:
                response = self.client.send(request, stream=True, follow_redirects=False)
            except httpx.RequestError as exc:
                _log_exchange(request, None)
                return self._failure(exc, request)
            except RuntimeError:  # httpx: the client has been closed
                return self._failure(ClientClosed(), request)
            _log_exchange(request, response)
            try:
                if response.is_stream_consumed:
                    # A transport that answers with its body read already (httpx.MockTransport, say).
                    content = _read_already(response)
                else:
                    decoder = BodyDecoder(response.headers.get("content-encoding"))
                    for chunk in response.iter_raw():
                        decoder.feed(chunk)
                    content = decoder.finish()
            except (httpx.RequestError, BodyError) as exc:
                return self._failure(exc, request, response)
            finally:
                response.close()
        finally:
            DEADLINE.reset(token)
        return Answer(set_content(response, content))


class AsyncSender(_SenderBase):
    """Carries out calls on a shared `httpx.AsyncClient`, awaiting."""

    client: httpx.AsyncClient

    def __init__(self, client: httpx.AsyncClient, *, injected: bool = False, parent: AsyncSender | None = None) -> None:
        super().__init__(client, injected=injected, parent=parent)

    def copy(self) -> AsyncSender:
        """A sender on the same pool whose `close()` leaves the pool open."""
        return AsyncSender(self.client, injected=self.injected, parent=self)

    async def close(self) -> None:
        self._lifetime.close()
        if self.owner:
            await self.client.aclose()

    async def pause(self, seconds: float) -> None:
        """Wait `seconds`, or less if the client is closed meanwhile (its next call then says so)."""
        await self._lifetime.asleep(seconds)

    async def send(
        self, call: Call, *, settings: Settings, timeout: httpx.Timeout, deadline: float | None = None
    ) -> tuple[httpx.Response, int]:
        """The 2xx response, read, and the attempts it took. Else an `APIError` (`DeadlineReached` past `deadline`)."""
        flow = self._steps(call, settings, timeout, deadline)
        result: Any = None
        while True:
            try:
                step = flow.send(result)
            except StopIteration as done:
                sent: tuple[httpx.Response, int] = done.value
                return sent
            if isinstance(step, Send):
                result = await self._attempt(step)
            elif isinstance(step, Sleep):
                result = ClientClosed(sent=True) if await self._lifetime.asleep(_pause(step.seconds)) else None
            else:
                result = await self._check(step, settings, timeout)

    async def _check(
        self, step: Check, settings: Settings, timeout: httpx.Timeout
    ) -> httpx.Response | APIError | ClientClosed:
        try:
            return (await self.send(step.call, settings=settings, timeout=timeout, deadline=step.deadline))[0]
        except DeadlineReached as reached:
            return reached.error
        except APIError as error:
            return ClientClosed(sent=True) if self.closed else error

    async def _attempt(self, step: Send) -> Answer | Failure:
        request = step.request
        if self.closed:
            return Failure(ClientClosed(), request)
        _limit_pool_wait(request, step.deadline)
        token = DEADLINE.set(step.deadline)
        try:
            try:
                response = await self.client.send(request, stream=True, follow_redirects=False)
            except httpx.RequestError as exc:
                _log_exchange(request, None)
                return self._failure(exc, request)
            except RuntimeError:  # httpx: the client has been closed
                return self._failure(ClientClosed(), request)
            _log_exchange(request, response)
            try:
                if response.is_stream_consumed:
                    # A transport that answers with its body read already (httpx.MockTransport, say).
                    content = _read_already(response)
                else:
                    decoder = BodyDecoder(response.headers.get("content-encoding"))
                    async for chunk in response.aiter_raw():
                        decoder.feed(chunk)
                    content = decoder.finish()
            except (httpx.RequestError, BodyError) as exc:
                return self._failure(exc, request, response)
            finally:
                await response.aclose()
        finally:
            DEADLINE.reset(token)
        return Answer(set_content(response, content))


def _limit_pool_wait(request: httpx.Request, deadline: float) -> None:
    """The wait for a pooled connection, cut to the attempt's time (the other phases are cut as they run)."""
    timeouts = request.extensions.get("timeout")
    if isinstance(timeouts, dict):
        pool, left = timeouts.get("pool"), deadline - time.monotonic()
        if pool is not None and pool > left:
            request.extensions = {**request.extensions, "timeout": {**timeouts, "pool": max(left, 0.001)}}


def _read_already(response: httpx.Response) -> bytes:
    """The body httpx has read and decoded, held to the same size limit."""
    decoder = BodyDecoder(None)
    decoder.feed(response.content)
    return decoder.finish()


def _log_exchange(request: httpx.Request, response: httpx.Response | None) -> None:
    """Logged once the request is sent: the client's auth has then set the headers that went out."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "Request %s %s headers=%s body=%s",
            request.method,
            request.url,
            redacted_headers(request.headers),
            redacted_body(request.content),
        )
        if response is not None:
            logger.debug(
                "Response %s %s: %d headers=%s",
                request.method,
                request.url,
                response.status_code,
                redacted_headers(response.headers),
            )


def _build(
    client: httpx.Client | httpx.AsyncClient, injected: bool, settings: Settings, call: Call, timeout: httpx.Timeout
) -> httpx.Request:
    url = f"{settings.base_url}/{call.url.lstrip('/')}"
    params = {**settings.default_query, **call.params} if settings.default_query else call.params
    headers = settings.headers if call.headers is None else {**settings.headers, **call.headers}
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

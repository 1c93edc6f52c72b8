"""`AsyncSender`: carries out the steps of calls (`_call_steps`) on a shared `httpx.AsyncClient`, the only
I/O of a call, and reads each answer.

Written once, awaited, in `_async_sender.py`; `tools/unasync.py` writes the blocking `Sender`,
`_sync_sender.py`, from it (`make check` fails when the two differ otherwise). What the two share
is in `_sender.py`.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from ._body import BodyDecoder, BodyError
from ._call_steps import Answer, Call, Check, ClientClosed, DeadlineReached, Failure, Send, Sleep
from ._deadline import DEADLINE
from ._errors import APIError
from ._httpx_private import set_content
from ._sender import SenderBase, limit_pool_wait, log_exchange, longest, read_already, retry_pause
from ._settings import Settings

__all__ = ["AsyncSender"]


class AsyncSender(SenderBase):
    """Carries out calls on a shared `httpx.AsyncClient`."""

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
                result = ClientClosed(sent=True) if await self._lifetime.asleep(retry_pause(step.seconds)) else None
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

    async def put_part(self, url: str, data: bytes, *, settings: Settings, timeout: httpx.Timeout) -> httpx.Response:
        """PUT one part of an upload to the URL the API returned for it, and its 2xx answer; else an `APIError`.

        Sent with none of the client's credentials, headers or query, whatever the URL's origin: the URL is
        presigned. Each attempt is bounded by `timeout` as a whole, the sending of the bytes included; the
        part is sent again as `_upload.part_pause` says (it is idempotent).
        """
        from ._upload import part_pause, part_result  # by uploads only, not on every call's path

        attempt = 0
        while True:
            attempt += 1
            request = httpx.Request("PUT", url, content=data, extensions={"timeout": timeout.as_dict()})
            result = await self._attempt(Send(request, time.monotonic() + longest(timeout)), foreign=True)
            pause = part_pause(result, attempt, settings.policy.max_retries)
            if pause is None or await self._lifetime.asleep(retry_pause(pause)):
                outcome = part_result(result, attempt)
                if isinstance(outcome, APIError):
                    raise outcome
                return outcome

    async def _attempt(self, step: Send, *, foreign: bool = False) -> Answer | Failure:
        """One request; `foreign`: to a URL the API gave, without the httpx client's own `auth`."""
        request = step.request
        if self.closed:
            return Failure(ClientClosed(), request)
        limit_pool_wait(request, step.deadline)
        token = DEADLINE.set(step.deadline)
        auth: Any = None if foreign else httpx.USE_CLIENT_DEFAULT
        try:
            try:
                response = await self.client.send(request, stream=True, follow_redirects=False, auth=auth)
            except httpx.RequestError as exc:
                log_exchange(request, None)
                return self._failure(exc, request)
            except RuntimeError:  # httpx: the client has been closed
                return self._failure(ClientClosed(), request)
            log_exchange(request, response)
            try:
                if response.is_stream_consumed:
                    # A transport that answers with its body read already (httpx.MockTransport, say).
                    content = read_already(response)
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

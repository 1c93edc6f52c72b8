"""Sending one API call: attempts, retries with the server's pacing, and the errors they end in.

The sync and async loops share everything but the waiting; what to do after each attempt is decided
by the pure functions of `_retry`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Callable
from typing import Any

import attrs
import httpx

from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    server_message,
    status_error_class,
)
from ._logs import logger, redacted_body, redacted_headers
from ._retry import RetryDecision, RetryPolicy, decide

__all__ = ["AsyncSender", "Call", "Sender", "decode_body"]


@attrs.frozen
class Call:
    """One API call: what to send, and whether sending it twice is harmless."""

    method: str
    url: str
    params: dict[str, Any]
    json: Any = None
    idempotent: bool = False


def decode_body(response: httpx.Response) -> Any:
    """The JSON body, or its text when it is not JSON, or None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


@attrs.define
class _Attempts:
    """What the attempts of one call have seen so far."""

    call: Call
    policy: RetryPolicy
    started: float
    count: int = 0
    unanswered: bool = False
    """An attempt ended without an answer: a non-idempotent call may have taken effect."""

    def no_answer(self, exc: httpx.RequestError, request: httpx.Request) -> tuple[APIError, RetryDecision]:
        _log_request(request, self.count)
        error = _transport_error(exc, request)
        return error, self.after_error(error, None, {}, None)

    def cut(self, exc: httpx.RequestError, response: httpx.Response) -> tuple[APIError, RetryDecision]:
        """The body broke off. After a success status the call happened: never send it again."""
        if response.is_success:
            raise _cut_success(response) from exc
        error = _transport_error(exc, response.request)
        return error, self.after_error(error, None, {}, None)

    def answered(self, response: httpx.Response) -> tuple[APIError, RetryDecision] | None:
        """None for a success; else the error and what to do about it."""
        _log_response(response)
        if response.is_success:
            return None
        error, body = _status_error(response)
        return error, self.after_error(error, response.status_code, response.headers, body)

    def after_error(self, error: APIError, status: int | None, headers: Any, body: Any) -> RetryDecision:
        decision = decide(
            attempt=self.count,
            status_code=status,
            headers=headers,
            body=body,
            elapsed=time.monotonic() - self.started,
            jitter=random.random(),
            now=time.time(),
            policy=self.policy,
        )
        if status is None:
            self.unanswered = True
        if decision.retry:
            logger.info(
                "%s %s: attempt %d of %d failed (%s); retrying in %.2f s",
                self.call.method.upper(),
                self.call.url,
                self.count,
                self.policy.max_retries + 1,
                "no answer" if status is None else f"status {status}",
                decision.delay,
            )
        else:
            error.attempts = self.count
            notes = []
            if self.count > 1:
                exhausted = decision.reason.startswith("gave up")
                notes.append(decision.reason if exhausted else f"{self.count} attempts; {decision.reason}")
            if self.unanswered and not self.call.idempotent and status is not None:
                notes.append("an earlier attempt got no answer and may have taken effect")
            if notes:
                error.message = f"{error.message} ({'; '.join(notes)})"
                error.args = (error.message,)
        return decision


def _log_request(request: httpx.Request, attempt: int) -> None:
    """Logged once the attempt is sent: the client's auth has then set the headers that went out."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "Request %s %s (attempt %d) headers=%s body=%s",
            request.method,
            request.url,
            attempt,
            redacted_headers(request.headers),
            redacted_body(request.content),
        )


def _log_response(response: httpx.Response) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "Response %s %s: %d headers=%s",
            response.request.method,
            response.request.url,
            response.status_code,
            redacted_headers(response.headers),
        )


def _transport_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        error = APITimeoutError(f"Request timed out ({type(exc).__name__})", request=request)
    else:
        error = APIConnectionError(f"Connection error ({type(exc).__name__}: {exc})", request=request)
    error.__cause__ = exc
    return error


def _status_error(response: httpx.Response) -> tuple[APIStatusError, Any]:
    body = decode_body(response)
    message = f"Error code: {response.status_code}"
    detail = server_message(body)
    if detail:
        message = f"{message} - {detail}"
    return status_error_class(response.status_code)(message, response=response, body=body), body


def _cut_success(response: httpx.Response) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"The server answered {response.status_code} but the connection broke while reading the body; "
        "the call succeeded (a trigger started its training)",
        response=response,
        body=None,
    )


def _base(client: httpx.Client | httpx.AsyncClient) -> str:
    return str(client.base_url).rstrip("/")


def _build(client: httpx.Client | httpx.AsyncClient, base: str, call: Call, timeout: httpx.Timeout) -> httpx.Request:
    params = call.params or None
    if client.cookies:
        return client.build_request(call.method, call.url, params=params, json=call.json, timeout=timeout)
    # The request `build_request` would make, without parsing the base URL again and merging empty
    # settings on every call: this client sets no cookies, params or headers of its own per call.
    return httpx.Request(
        call.method,
        f"{base}/{call.url.lstrip('/')}",
        params=params,
        headers=client.headers,
        json=call.json,
        extensions={"timeout": timeout.as_dict()},
    )


@attrs.frozen
class Sender:
    """Sends calls on a shared `httpx.Client`, retrying as the policy says."""

    client: httpx.Client
    sleep: Callable[[float], None] = time.sleep
    base: str = attrs.field(init=False, default=attrs.Factory(lambda sender: _base(sender.client), takes_self=True))

    def send(self, call: Call, *, timeout: httpx.Timeout, policy: RetryPolicy) -> httpx.Response:
        """The 2xx response, read. Anything else raises an `APIError`."""
        request = _build(self.client, self.base, call, timeout)
        attempts = _Attempts(call, policy, time.monotonic())
        while True:
            attempts.count += 1
            try:
                response = self.client.send(request, stream=True)
            except httpx.RequestError as exc:
                error, decision = attempts.no_answer(exc, request)
            else:
                _log_request(request, attempts.count)
                try:
                    response.read()
                except httpx.RequestError as exc:
                    response.close()
                    error, decision = attempts.cut(exc, response)
                else:
                    outcome = attempts.answered(response)
                    if outcome is None:
                        return response
                    error, decision = outcome
            if not decision.retry:
                raise error
            self.sleep(decision.delay)


@attrs.frozen
class AsyncSender:
    """Sends calls on a shared `httpx.AsyncClient`, retrying as the policy says."""

    client: httpx.AsyncClient
    sleep: Callable[[float], Any] = asyncio.sleep
    base: str = attrs.field(init=False, default=attrs.Factory(lambda sender: _base(sender.client), takes_self=True))

    async def send(self, call: Call, *, timeout: httpx.Timeout, policy: RetryPolicy) -> httpx.Response:
        """The 2xx response, read. Anything else raises an `APIError`."""
        request = _build(self.client, self.base, call, timeout)
        attempts = _Attempts(call, policy, time.monotonic())
        while True:
            attempts.count += 1
            try:
                response = await self.client.send(request, stream=True)
            except httpx.RequestError as exc:
                error, decision = attempts.no_answer(exc, request)
            else:
                _log_request(request, attempts.count)
                try:
                    await response.aread()
                except httpx.RequestError as exc:
                    await response.aclose()
                    error, decision = attempts.cut(exc, response)
                else:
                    outcome = attempts.answered(response)
                    if outcome is None:
                        return response
                    error, decision = outcome
            if not decision.retry:
                raise error
            await self.sleep(decision.delay)

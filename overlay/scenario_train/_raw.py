"""`with_raw_response`: a call's HTTP answer as it came, with `parse()` for the typed result.

The names are the vendor SDK's (`APIResponse`): `status_code`, `headers`, `http_response`,
`retries_taken`, `parse()`, `read()`, `text()`, `json()`; and, beyond it, `request_id` and
`content`. As there, an error status still raises its `APIStatusError`.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar, cast

import httpx

from ._body import decode_json
from ._errors import request_id

__all__ = ["AsyncRawResponse", "RawResponse", "as_async_raw", "as_raw"]

T = TypeVar("T")
P = ParamSpec("P")


class _Raw(Generic[T]):
    def __init__(self, response: httpx.Response, parse: Callable[[httpx.Response], T], attempts: int) -> None:
        self.http_response = response
        self.retries_taken = attempts - 1
        """How many times the request was sent again before this answer (0: the first attempt answered)."""
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def content(self) -> bytes:
        """The body, decoded from gzip or deflate; the whole of it was read within the client's limits."""
        return self.http_response.content

    @property
    def request_id(self) -> str | None:
        """The server's trace id: the `x-request-id` or `x-trace-id` header, or a `traceId` field of the body."""
        return request_id(self.http_response, None)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}]>"


class RawResponse(_Raw[T]):
    """A successful answer as it came; `parse()` gives the typed result the call would have returned."""

    def parse(self) -> T:
        """The typed result; raises `APIResponseValidationError` when the body does not match the spec."""
        return self._parse(self.http_response)

    def read(self) -> bytes:
        return self.http_response.content

    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return decode_json(self.http_response.content)

    def close(self) -> None:
        """Nothing to release: the body was read whole. For the vendor SDK's surface."""


class AsyncRawResponse(_Raw[T]):
    """`RawResponse` of `AsyncScenario`: `parse()`, `read()`, `text()` and `json()` are awaited."""

    async def parse(self) -> T:
        """The typed result; raises `APIResponseValidationError` when the body does not match the spec."""
        return self._parse(self.http_response)

    async def read(self) -> bytes:
        return self.http_response.content

    async def text(self) -> str:
        return self.http_response.text

    async def json(self) -> Any:
        return decode_json(self.http_response.content)

    async def close(self) -> None:
        """Nothing to release: the body was read whole. For the vendor SDK's surface."""


def as_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """A method of a resource made in raw mode, typed as what it returns then."""
    return cast(Callable[P, RawResponse[T]], method)


def as_async_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[AsyncRawResponse[T]]]:
    return cast(Callable[P, Awaitable[AsyncRawResponse[T]]], method)

"""`AsyncScenario`'s own code: its connection pool, its calls, `copy()`, `close()`, `with_raw_response`.

Written once, awaited, in `_async_client.py`; `tools/unasync.py` writes `Scenario`'s, `_sync_client.py`,
from it (`make check` fails when the two differ otherwise). What the two clients share (their
settings, and the properties that show them) is in `_client.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from ._async_sender import AsyncSender
from ._call_steps import Call
from ._client import KEEP, ClientBase
from ._deadline import new_async_client
from ._settings import Settings

if TYPE_CHECKING:  # the resources load with the first client made, not with the client's module
    from ._async_operations import AsyncRootOperations, AsyncRootWithRawResponse
else:
    AsyncRootOperations = AsyncRootWithRawResponse = object

__all__ = ["AsyncScenario", "AsyncScenarioWithRawResponse"]


class AsyncScenario(ClientBase[httpx.AsyncClient], AsyncRootOperations):
    """Client for Scenario's training API, for asyncio: its calls are awaited.

    Credentials come from the arguments or from `SCENARIO_SDK_API_KEY` + `SCENARIO_SDK_API_SECRET`
    (HTTP Basic) or `SCENARIO_SDK_JWT` (Bearer; `bearer_auth=` is the vendor SDK's name for `jwt=`);
    the base URL from `base_url` or `SCENARIO_BASE_URL`. `http_client` is an `httpx.AsyncClient` of your
    own (proxies, certificates, transports): the client's timeouts, retries, credentials and redaction
    still apply, and `close()` closes it, as the vendor's SDK does.
    Use the client as an async context manager, or await `close()`, to release its connections.
    """

    def _open(self, settings: Settings, http_client: Any) -> None:
        if http_client is None:
            self._init(settings, AsyncSender(new_async_client(settings.timeout)))
        elif isinstance(http_client, httpx.AsyncClient):
            self._init(settings, AsyncSender(http_client, injected=True))
        else:
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")

    def _init(self, settings: Settings, sender: AsyncSender) -> None:
        self._settings = settings
        self._sender = sender
        from ._async_operations import attach_resources

        attach_resources(self)

    async def _send(
        self, call: Call, timeout: float | httpx.Timeout | None, deadline: float | None = None
    ) -> tuple[httpx.Response, int]:
        timeout = self._settings.call_timeout(timeout)
        return await self._sender.send(call, settings=self._settings, timeout=timeout, deadline=deadline)

    async def _send_part(self, url: str, data: bytes, timeout: float | httpx.Timeout | None) -> httpx.Response:
        """PUT an upload's part to the URL the API returned, without credentials (`AsyncSender.put_part`)."""
        timeout = self._settings.call_timeout(timeout)
        return await self._sender.put_part(url, data, settings=self._settings, timeout=timeout)

    def copy(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        jwt: str | None = None,
        bearer_auth: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = KEEP,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        set_default_query: Mapping[str, Any] | None = None,
    ) -> AsyncScenario:
        """A client with these settings in place of this one's, on this one's connection pool.

        The vendor SDK's `copy`: `default_headers`/`default_query` are added to this client's,
        `set_default_headers`/`set_default_query` replace them. Closing the copy ends its own calls
        and leaves the pool open; closing this client closes the pool, and ends the copy's calls too.
        With `http_client`, the copy uses (and closes) that one instead.
        """
        settings = self._copied_settings(
            api_key=api_key,
            api_secret=api_secret,
            jwt=jwt,
            bearer_auth=bearer_auth,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )
        copy = object.__new__(AsyncScenario)
        if http_client is None:
            copy._init(settings, self._sender.copy())
        else:
            copy._open(settings, http_client)
        return copy

    with_options = copy

    @functools.cached_property
    def with_raw_response(self) -> AsyncScenarioWithRawResponse:
        """`client.with_raw_response.models...`: the calls, returning each answer as it came."""
        return AsyncScenarioWithRawResponse(self)

    def is_closed(self) -> bool:
        """Whether this client, or the one it was copied from, was closed: its calls would raise."""
        return self._sender.closed

    async def close(self) -> None:
        """End this client's calls, those in flight included, and close its connection pool.

        Calls made afterwards raise `APIConnectionError`. A copy closes only itself.
        """
        await self._sender.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class AsyncScenarioWithRawResponse(AsyncRootWithRawResponse):
    """`client.with_raw_response` of `AsyncScenario`: `client.with_raw_response.models...`."""

    def __init__(self, client: AsyncScenario) -> None:
        from ._async_operations import attach_raw_views

        attach_raw_views(self, client)

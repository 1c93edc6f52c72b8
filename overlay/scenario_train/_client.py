"""`Scenario` and `AsyncScenario`: settings, the shared connection pool, and the resources they expose."""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from ._call_steps import Call
from ._config import DEFAULT_TIMEOUT
from ._deadline import new_async_client, new_client
from ._logs import setup_from_environment
from ._sender import AsyncSender, Sender
from ._settings import DEFAULT_MAX_RETRIES, Settings

if TYPE_CHECKING:  # the resources are imported by the first client made, not by `import scenario_train`
    from ._async_operations import AsyncModelsOperations, AsyncModelsWithRawResponse
    from ._sync_operations import ModelsOperations, ModelsWithRawResponse

__all__ = ["DEFAULT_MAX_RETRIES", "AsyncScenario", "Scenario"]

_KEEP: Any = object()
"""`copy()`'s default: keep the setting the client has (for `timeout`, whose None means the default)."""


def _one_jwt(jwt: str | None, bearer_auth: str | None) -> str | None:
    """`bearer_auth` is the vendor SDK's name for `jwt`."""
    if jwt is not None and bearer_auth is not None and jwt != bearer_auth:
        raise ValueError("give the JWT as jwt= or as bearer_auth=, not both")
    return jwt if jwt is not None else bearer_auth


HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)


class _ClientBase(Generic[HTTPClient]):
    _settings: Settings

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        jwt: str | None = None,
        bearer_auth: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        http_client: HTTPClient | None = None,
    ) -> None:
        setup_from_environment()
        settings = Settings.resolve(
            api_key=api_key,
            api_secret=api_secret,
            jwt=_one_jwt(jwt, bearer_auth),
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            environ=os.environ,
        )
        self._open(settings, http_client)

    def _open(self, settings: Settings, http_client: Any) -> None:
        raise NotImplementedError

    def _copied_settings(
        self,
        *,
        api_key: str | None,
        api_secret: str | None,
        jwt: str | None,
        bearer_auth: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        set_default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, Any] | None,
        set_default_query: Mapping[str, Any] | None,
    ) -> Settings:
        return self._settings.copy(
            credentials=(api_key, api_secret, _one_jwt(jwt, bearer_auth)),
            base_url=base_url,
            timeout=None if timeout is _KEEP else (DEFAULT_TIMEOUT if timeout is None else timeout),
            max_retries=max_retries,
            default_headers=default_headers,
            set_default_headers=set_default_headers,
            default_query=default_query,
            set_default_query=set_default_query,
        )

    @property
    def api_key(self) -> str | None:
        """The API key (the user name of HTTP Basic); None with a JWT. The secret is not offered back."""
        return self._settings.credentials.api_key

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._settings.policy.max_retries

    @property
    def default_headers(self) -> Mapping[str, str]:
        """The headers every request carries, credentials redacted."""
        return {**self._settings.headers, "Authorization": "[redacted]"}

    @property
    def default_query(self) -> Mapping[str, Any]:
        return dict(self._settings.default_query)

    def __repr__(self) -> str:
        return self._settings.describe(type(self).__name__)


class Scenario(_ClientBase[httpx.Client]):
    """Client for Scenario's training API.

    Credentials come from the arguments or from `SCENARIO_SDK_API_KEY` + `SCENARIO_SDK_API_SECRET`
    (HTTP Basic) or `SCENARIO_SDK_JWT` (Bearer; `bearer_auth=` is the vendor SDK's name for `jwt=`);
    the base URL from `base_url` or `SCENARIO_BASE_URL`. `http_client` is an `httpx.Client` of your
    own (proxies, certificates, transports): the client's timeouts, retries, credentials and redaction
    still apply, and `close()` closes it, as the vendor's SDK does. Use the client as a context
    manager, or call `close()`, to release its connections.
    """

    models: ModelsOperations

    def _open(self, settings: Settings, http_client: Any) -> None:
        if http_client is None:
            self._init(settings, Sender(new_client(settings.timeout)))
        elif isinstance(http_client, httpx.Client):
            self._init(settings, Sender(http_client, injected=True))
        else:
            raise TypeError(f"http_client must be an httpx.Client, not {type(http_client).__name__}")

    def _init(self, settings: Settings, sender: Sender) -> None:
        from ._sync_operations import ModelsOperations

        self._settings = settings
        self._sender = sender
        self.models = ModelsOperations(self)

    def _send(
        self, call: Call, timeout: float | httpx.Timeout | None, deadline: float | None = None
    ) -> tuple[httpx.Response, int]:
        timeout = self._settings.call_timeout(timeout)
        return self._sender.send(call, settings=self._settings, timeout=timeout, deadline=deadline)

    def copy(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        jwt: str | None = None,
        bearer_auth: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = _KEEP,
        http_client: httpx.Client | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        set_default_query: Mapping[str, Any] | None = None,
    ) -> Scenario:
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
        copy = object.__new__(Scenario)
        if http_client is None:
            copy._init(settings, self._sender.copy())
        else:
            copy._open(settings, http_client)
        return copy

    with_options = copy

    @functools.cached_property
    def with_raw_response(self) -> ScenarioWithRawResponse:
        """`client.with_raw_response.models...`: the calls, returning each answer as it came."""
        return ScenarioWithRawResponse(self)

    def is_closed(self) -> bool:
        """Whether this client, or the one it was copied from, was closed: its calls would raise."""
        return self._sender.closed

    def close(self) -> None:
        """End this client's calls, those in flight included, and close its connection pool.

        Calls made afterwards raise `APIConnectionError`. A copy closes only itself.
        """
        self._sender.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncScenario(_ClientBase[httpx.AsyncClient]):
    """The asyncio twin of `Scenario`: the same calls, awaited; `http_client` is an `httpx.AsyncClient`."""

    models: AsyncModelsOperations

    def _open(self, settings: Settings, http_client: Any) -> None:
        if http_client is None:
            self._init(settings, AsyncSender(new_async_client(settings.timeout)))
        elif isinstance(http_client, httpx.AsyncClient):
            self._init(settings, AsyncSender(http_client, injected=True))
        else:
            raise TypeError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")

    def _init(self, settings: Settings, sender: AsyncSender) -> None:
        from ._async_operations import AsyncModelsOperations

        self._settings = settings
        self._sender = sender
        self.models = AsyncModelsOperations(self)

    async def _send(
        self, call: Call, timeout: float | httpx.Timeout | None, deadline: float | None = None
    ) -> tuple[httpx.Response, int]:
        timeout = self._settings.call_timeout(timeout)
        return await self._sender.send(call, settings=self._settings, timeout=timeout, deadline=deadline)

    def copy(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        jwt: str | None = None,
        bearer_auth: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = _KEEP,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        set_default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        set_default_query: Mapping[str, Any] | None = None,
    ) -> AsyncScenario:
        """A client with these settings in place of this one's, on this one's connection pool; see `Scenario.copy`."""
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
        """End this client's calls, those in flight included, and close its connection pool; see `Scenario.close`."""
        await self._sender.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class ScenarioWithRawResponse:
    def __init__(self, client: Scenario) -> None:
        from ._sync_operations import ModelsWithRawResponse

        self.models: ModelsWithRawResponse = ModelsWithRawResponse(client)


class AsyncScenarioWithRawResponse:
    def __init__(self, client: AsyncScenario) -> None:
        from ._async_operations import AsyncModelsWithRawResponse

        self.models: AsyncModelsWithRawResponse = AsyncModelsWithRawResponse(client)

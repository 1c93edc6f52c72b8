"""`Scenario` and `AsyncScenario`: settings, the shared connection pool, and the resources they expose."""

from __future__ import annotations

import os
import platform
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self

import attrs
import httpx

from ._body import ACCEPT_ENCODING
from ._config import DEFAULT_TIMEOUT, Credentials, resolve_base_url, resolve_credentials
from ._flow import Call
from ._http import AsyncSender, Sender
from ._limits import check_attempt_timeout, check_retries
from ._logs import setup_from_environment
from ._resources import AsyncModels, Models
from ._retry import RetryPolicy
from ._version import __version__

__all__ = ["DEFAULT_MAX_RETRIES", "AsyncScenario", "Scenario"]

DEFAULT_MAX_RETRIES = 2
USER_AGENT = f"scenario-train/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"


@attrs.frozen
class _Settings:
    credentials: Credentials
    base_url: str
    timeout: httpx.Timeout
    policy: RetryPolicy

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | None,
        api_secret: str | None,
        jwt: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        environ: Mapping[str, str],
    ) -> _Settings:
        return cls(
            resolve_credentials(api_key, api_secret, jwt, environ),
            resolve_base_url(base_url, environ),
            DEFAULT_TIMEOUT if timeout is None else check_attempt_timeout(timeout),
            RetryPolicy(max_retries=check_retries(max_retries)),
        )

    def with_options(self, timeout: float | httpx.Timeout | None, max_retries: int | None) -> _Settings:
        policy = self.policy
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=check_retries(max_retries))
        return attrs.evolve(self, timeout=self.call_timeout(timeout), policy=policy)

    def client_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": self.credentials.auth(),
            "headers": {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING},
            "timeout": self.timeout,
            "follow_redirects": False,
        }

    def call_timeout(self, timeout: float | httpx.Timeout | None) -> httpx.Timeout:
        """A call's timeout; None means the client's."""
        return self.timeout if timeout is None else check_attempt_timeout(timeout)

    def describe(self, name: str) -> str:
        retries = self.policy.max_retries
        return f"{name}(base_url={self.base_url!r}, credentials={self.credentials!r}, max_retries={retries})"


def _origin(url: httpx.URL) -> tuple[bytes, bytes, int | None]:
    return url.raw_scheme, url.raw_host, url.port


def _strip_foreign_credentials(base_url: str) -> Callable[[httpx.Request], None]:
    """A request hook: credentials go to the configured origin only, whatever a redirect says."""
    home = _origin(httpx.URL(base_url))

    def hook(request: httpx.Request) -> None:
        if _origin(request.url) != home:
            request.headers.pop("Authorization", None)

    return hook


class _ClientBase:
    _settings: _Settings

    def __init__(
        self,
        *,
        api_key: str | None = None,
        api_secret: str | None = None,
        jwt: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
    ) -> None:
        setup_from_environment()
        settings = _Settings.resolve(
            api_key=api_key,
            api_secret=api_secret,
            jwt=jwt,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            environ=os.environ,
        )
        self._open(settings, _strip_foreign_credentials(settings.base_url))

    def _open(self, settings: _Settings, strip: Callable[[httpx.Request], None]) -> None:
        """Make the connection pool, with `strip` run on every request it sends."""
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._settings.policy.max_retries

    def __repr__(self) -> str:
        return self._settings.describe(type(self).__name__)


class Scenario(_ClientBase):
    """Client for Scenario's training API.

    Credentials come from the arguments or from `SCENARIO_SDK_API_KEY` + `SCENARIO_SDK_API_SECRET`
    (HTTP Basic) or `SCENARIO_SDK_JWT` (Bearer); the base URL from `base_url` or `SCENARIO_BASE_URL`.
    Use it as a context manager, or call `close()`, to release its connections.
    """

    models: Models

    def _open(self, settings: _Settings, strip: Callable[[httpx.Request], None]) -> None:
        client = httpx.Client(**settings.client_options(), event_hooks={"request": [strip]})
        self._init(settings, Sender(client, settings.base_url))

    def _init(self, settings: _Settings, sender: Sender) -> None:
        self._settings = settings
        self._sender = sender
        self.models = Models(self)

    def _send(self, call: Call, timeout: float | httpx.Timeout | None, deadline: float | None = None) -> httpx.Response:
        timeout = self._settings.call_timeout(timeout)
        return self._sender.send(call, timeout=timeout, policy=self._settings.policy, deadline=deadline)

    def with_options(self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None) -> Scenario:
        """A copy with other settings that shares this client's connection pool.

        Closing the copy ends its own calls and leaves the pool open; closing this client closes the
        pool, and so ends the copies' calls too.
        """
        copy = object.__new__(Scenario)
        copy._init(self._settings.with_options(timeout, max_retries), self._sender.copy())
        return copy

    def close(self) -> None:
        """End this client's calls, those in flight included, and close its connection pool.

        Calls made afterwards raise `APIConnectionError`. A copy made by `with_options` closes only itself.
        """
        self._sender.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncScenario(_ClientBase):
    """The asyncio twin of `Scenario`: the same calls, awaited."""

    models: AsyncModels

    def _open(self, settings: _Settings, strip: Callable[[httpx.Request], None]) -> None:
        async def hook(request: httpx.Request) -> None:
            strip(request)

        client = httpx.AsyncClient(**settings.client_options(), event_hooks={"request": [hook]})
        self._init(settings, AsyncSender(client, settings.base_url))

    def _init(self, settings: _Settings, sender: AsyncSender) -> None:
        self._settings = settings
        self._sender = sender
        self.models = AsyncModels(self)

    async def _send(
        self, call: Call, timeout: float | httpx.Timeout | None, deadline: float | None = None
    ) -> httpx.Response:
        timeout = self._settings.call_timeout(timeout)
        return await self._sender.send(call, timeout=timeout, policy=self._settings.policy, deadline=deadline)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> AsyncScenario:
        """A copy with other settings that shares this client's connection pool; see `Scenario.with_options`."""
        copy = object.__new__(AsyncScenario)
        copy._init(self._settings.with_options(timeout, max_retries), self._sender.copy())
        return copy

    async def close(self) -> None:
        """End this client's calls, those in flight included, and close its connection pool; see `Scenario.close`."""
        await self._sender.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

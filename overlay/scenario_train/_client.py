"""`Scenario` and `AsyncScenario`, and what they share: their settings, resolved from the arguments and the
environment, and the properties that show them.

The rest of each client (its connection pool, its calls, `copy()`, `close()`) awaits or blocks: it
is written once, awaited, in `_async_client.py`, and `tools/unasync.py` writes `Scenario`'s,
`_sync_client.py`, from it. Each client loads on first use of its name, so that a program that
only blocks loads none of the async client's modules.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._config import DEFAULT_TIMEOUT
from ._logs import setup_from_environment
from ._settings import DEFAULT_MAX_RETRIES, Settings

if TYPE_CHECKING:
    from ._async_client import AsyncScenario
    from ._sync_client import Scenario

__all__ = ["DEFAULT_MAX_RETRIES", "AsyncScenario", "Scenario"]

KEEP: Any = object()
"""`copy()`'s default: keep the setting the client has (for `timeout`, whose None means the default)."""


def _one_jwt(jwt: str | None, bearer_auth: str | None) -> str | None:
    """`bearer_auth` is the vendor SDK's name for `jwt`."""
    if jwt is not None and bearer_auth is not None and jwt != bearer_auth:
        raise ValueError("give the JWT as jwt= or as bearer_auth=, not both")
    return jwt if jwt is not None else bearer_auth


HTTPClient = TypeVar("HTTPClient", httpx.Client, httpx.AsyncClient)


class ClientBase(Generic[HTTPClient]):
    """What `Scenario` and `AsyncScenario` share: the constructor, `copy()`'s settings, and the properties."""

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
            timeout=None if timeout is KEEP else (DEFAULT_TIMEOUT if timeout is None else timeout),
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


# Hidden from type checkers, which see the names imported under TYPE_CHECKING above.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """Each client loads from its own module on first use."""
        if name == "Scenario":
            from ._sync_client import Scenario as value
        elif name == "AsyncScenario":
            from ._async_client import AsyncScenario as value
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value

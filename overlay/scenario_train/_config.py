"""Where the client's settings come from: arguments first, then the environment the vendor's SDK uses."""

from __future__ import annotations

import math
from collections.abc import Generator, Mapping
from typing import Literal

import attrs
import httpx

from ._errors import MissingCredentialsError

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "Credentials",
    "resolve_base_url",
    "resolve_credentials",
    "resolve_timeout",
]

ENV_API_KEY = "SCENARIO_SDK_API_KEY"
ENV_API_SECRET = "SCENARIO_SDK_API_SECRET"
ENV_JWT = "SCENARIO_SDK_JWT"
ENV_BASE_URL = "SCENARIO_BASE_URL"

DEFAULT_BASE_URL = "https://api.cloud.scenario.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""60 s to read, write or wait for a pooled connection; 5 s to connect."""


@attrs.frozen(repr=False)
class Credentials:
    """HTTP Basic (API key and secret) or Bearer (JWT). The secret never appears in repr or str."""

    scheme: Literal["basic", "bearer"]
    api_key: str | None
    _secret: str = attrs.field(alias="secret")

    def auth(self) -> httpx.Auth:
        if self.scheme == "basic":
            assert self.api_key is not None
            return httpx.BasicAuth(self.api_key, self._secret)
        return _BearerAuth(self._secret)

    def __repr__(self) -> str:
        key = f", api_key={self.api_key!r}" if self.api_key else ""
        return f"Credentials(scheme={self.scheme!r}{key}, secret='[redacted]')"

    __str__ = __repr__


class _BearerAuth(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request

    def __repr__(self) -> str:
        return "_BearerAuth('[redacted]')"


def resolve_credentials(
    api_key: str | None, api_secret: str | None, jwt: str | None, environ: Mapping[str, str]
) -> Credentials:
    """Arguments win over the environment; Basic wins over Bearer when both are complete, as in the vendor's SDK."""
    if api_key is None and api_secret is None and jwt is None:
        api_key, api_secret, jwt = environ.get(ENV_API_KEY), environ.get(ENV_API_SECRET), environ.get(ENV_JWT)
        where = f"the environment ({ENV_API_KEY} + {ENV_API_SECRET}, or {ENV_JWT})"
    else:
        where = "the arguments (api_key + api_secret, or jwt)"
    api_key, api_secret, jwt = api_key or None, api_secret or None, jwt or None
    if api_key and api_secret:
        return Credentials("basic", api_key, secret=api_secret)
    if jwt:
        return Credentials("bearer", None, secret=jwt)
    if api_key or api_secret:
        missing = "api_secret" if api_key else "api_key"
        raise MissingCredentialsError(
            f"Incomplete credentials in {where}: {missing} is missing. Set both {ENV_API_KEY} and "
            f"{ENV_API_SECRET}, or {ENV_JWT}, or pass api_key= and api_secret= (or jwt=)."
        )
    raise MissingCredentialsError(
        f"No credentials: set {ENV_API_KEY} and {ENV_API_SECRET} (HTTP Basic) or {ENV_JWT} (Bearer), "
        "or pass api_key= and api_secret= (or jwt=) to the client."
    )


def resolve_base_url(base_url: str | None, environ: Mapping[str, str]) -> str:
    raw = base_url or environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
    try:
        url = httpx.URL(raw)
    except httpx.InvalidURL:
        raise ValueError("base_url is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http:// or https:// URL with a host, not {raw!r}")
    if url.userinfo:
        # The URL is not echoed: its user info may hold the secret.
        raise ValueError("base_url must not contain credentials; pass api_key= and api_secret= instead")
    return str(url.copy_with(query=None, fragment=None)).rstrip("/")


def resolve_timeout(timeout: float | httpx.Timeout) -> httpx.Timeout:
    """Every phase gets a bound: there is no way to wait forever."""
    if isinstance(timeout, httpx.Timeout):
        phases = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if not all(_is_bound(phase) for phase in phases):
            raise ValueError("every phase of the timeout must be a positive, finite number of seconds")
        return timeout
    if not _is_bound(timeout):
        raise ValueError(f"timeout must be a positive, finite number of seconds, not {timeout!r}")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0))


def _is_bound(seconds: object) -> bool:
    """A positive, finite number: `inf` would wait forever (and overflows the socket timeout)."""
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        return False
    return math.isfinite(seconds) and seconds > 0

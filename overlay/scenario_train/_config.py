"""Where the client's settings come from: arguments first, then the environment the vendor's SDK uses."""

from __future__ import annotations

import base64
import unicodedata
from collections.abc import Mapping
from typing import Literal

import httpx

from ._errors import MissingCredentialsError

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "Credentials",
    "resolve_base_url",
    "resolve_credentials",
    "resolve_headers",
]

ENV_API_KEY = "SCENARIO_SDK_API_KEY"
ENV_API_SECRET = "SCENARIO_SDK_API_SECRET"
ENV_JWT = "SCENARIO_SDK_JWT"
ENV_BASE_URL = "SCENARIO_BASE_URL"
ENV_CUSTOM_HEADERS = "SCENARIO_CUSTOM_HEADERS"

DEFAULT_BASE_URL = "https://api.cloud.scenario.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
"""60 s to read, write or wait for a pooled connection; 5 s to connect."""


class Credentials:
    """HTTP Basic (API key and secret) or Bearer (JWT). The secret never appears in repr or str."""

    __slots__ = ("_secret", "api_key", "scheme")

    def __init__(self, scheme: Literal["basic", "bearer"], api_key: str | None, *, secret: str) -> None:
        self.scheme = scheme
        self.api_key = api_key
        self._secret = secret

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Credentials):
            return NotImplemented
        return (self.scheme, self.api_key, self._secret) == (other.scheme, other.api_key, other._secret)

    __hash__ = None  # type: ignore[assignment]

    @property
    def secret(self) -> str:
        return self._secret

    def authorization(self) -> str:
        """The `Authorization` header's value."""
        if self.scheme == "basic":
            pair = f"{self.api_key}:{self._secret}".encode()
            return "Basic " + base64.b64encode(pair).decode("ascii")
        return f"Bearer {self._secret}"

    def __repr__(self) -> str:
        key = f", api_key={self.api_key!r}" if self.api_key else ""
        return f"Credentials(scheme={self.scheme!r}{key}, secret='[redacted]')"

    __str__ = __repr__


def resolve_credentials(
    api_key: str | None, api_secret: str | None, jwt: str | None, environ: Mapping[str, str]
) -> Credentials:
    """Arguments win over the environment; Basic wins over Bearer when both are complete, as in the vendor's SDK.

    Surrounding whitespace is dropped (a secret read from a file keeps its newline). A value that
    cannot go into an HTTP header as it is raises `ValueError` naming where it came from, never the value.
    """
    if api_key is None and api_secret is None and jwt is None:
        names = (ENV_API_KEY, ENV_API_SECRET, ENV_JWT)
        api_key, api_secret, jwt = (environ.get(name) for name in names)
        where = f"the environment ({ENV_API_KEY} + {ENV_API_SECRET}, or {ENV_JWT})"
    else:
        names = ("api_key", "api_secret", "jwt")
        where = "the arguments (api_key + api_secret, or jwt)"
    api_key, api_secret, jwt = (
        _credential(value, name) for value, name in zip((api_key, api_secret, jwt), names, strict=True)
    )
    if api_key and api_secret:
        if ":" in api_key:
            raise ValueError(f"{names[0]} must not contain ':', which HTTP Basic uses to end the key")
        return Credentials("basic", api_key, secret=api_secret)
    if jwt:
        if not all("!" <= character <= "~" for character in jwt):
            raise ValueError(f"{names[2]} must be printable ASCII without spaces, as a Bearer token is")
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


def _credential(value: object, name: str) -> str | None:
    """The value without surrounding whitespace; None when empty. Refuses control and other invisible characters."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    value = value.strip()
    if any(unicodedata.category(character)[0] == "C" for character in value):
        raise ValueError(f"{name} contains a control or invisible character; check how it was set")
    return value or None


def resolve_base_url(base_url: str | None, environ: Mapping[str, str]) -> str:
    """The base URL without a trailing slash. A bad one raises `ValueError` without echoing it: it may hold a secret."""
    name = "base_url" if base_url is not None else ENV_BASE_URL
    given = base_url if base_url is not None else environ.get(ENV_BASE_URL)
    if given is not None and not isinstance(given, str):
        raise TypeError(f"{name} must be a string, not {type(given).__name__}")
    raw = (given or "").strip() or DEFAULT_BASE_URL
    if any(character.isspace() or unicodedata.category(character)[0] == "C" for character in raw):
        raise ValueError(f"{name} must not contain spaces or control characters")
    if "@" in raw:
        raise ValueError(f"{name} must not contain user info (user:password@); pass api_key= and api_secret=")
    if "?" in raw or "#" in raw:
        raise ValueError(f"{name} must not have a query (?) or a fragment (#)")
    try:
        url = httpx.URL(raw)
    except (httpx.InvalidURL, ValueError, TypeError):
        raise ValueError(f"{name} is not a valid URL") from None
    if url.scheme not in ("http", "https"):
        raise ValueError(f"{name} must start with http:// or https://")
    if not url.host:
        raise ValueError(f"{name} must name a host, as in https://api.cloud.scenario.com/v1")
    return str(url).rstrip("/")


def resolve_headers(default_headers: Mapping[str, str] | None, environ: Mapping[str, str]) -> dict[str, str]:
    """Headers for every request: `SCENARIO_CUSTOM_HEADERS` (`Name: value` lines), then `default_headers` over them.

    A name or value an HTTP header cannot carry raises `ValueError` naming the header, not its value.
    """
    headers: dict[str, str] = {}
    for line in environ.get(ENV_CUSTOM_HEADERS, "").split("\n"):
        name, colon, value = line.partition(":")
        if colon and name.strip():
            headers[name.strip()] = value.strip()
    headers.update(default_headers or {})
    for name, value in headers.items():
        if not isinstance(name, str) or not name or not all("!" <= character <= "~" for character in name):
            raise ValueError(f"a default header name must be printable ASCII without spaces, not {name!r}")
        if not isinstance(value, str) or any(unicodedata.category(character)[0] == "C" for character in value):
            raise ValueError(f"the value of the default header {name!r} must be text without control characters")
    return headers

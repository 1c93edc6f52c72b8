"""A client's settings, resolved once: credentials, where to send, defaults for every request, limits.

`with_options`/`copy` make new settings from old ones, as the vendor's SDK does: what is given
replaces, what is not is kept.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

import httpx

from ._body import ACCEPT_ENCODING
from ._config import (
    DEFAULT_TIMEOUT,
    Credentials,
    resolve_base_url,
    resolve_credentials,
    resolve_headers,
)
from ._limits import check_attempt_timeout, check_retries
from ._retry import RetryPolicy
from ._version import __version__

__all__ = ["DEFAULT_MAX_RETRIES", "USER_AGENT", "Settings"]

DEFAULT_MAX_RETRIES = 2
_PYTHON = ".".join(map(str, sys.version_info[:3]))
USER_AGENT = f"scenario-train/{__version__} python/{_PYTHON} httpx/{httpx.__version__}"


class Settings:
    """A client's settings; never changed once made (copies make new ones)."""

    __slots__ = (
        "base_url",
        "credentials",
        "default_headers",
        "default_query",
        "headers",
        "home",
        "policy",
        "timeout",
    )

    def __init__(
        self,
        credentials: Credentials,
        base_url: str,
        timeout: httpx.Timeout,
        policy: RetryPolicy,
        default_headers: Mapping[str, str],
        default_query: Mapping[str, Any],
    ) -> None:
        self.credentials = credentials
        self.base_url = base_url
        self.timeout = timeout
        self.policy = policy
        self.default_headers = default_headers
        """The caller's own headers for every request (`default_headers`, `SCENARIO_CUSTOM_HEADERS`)."""
        self.default_query = default_query
        self.home = httpx.URL(base_url)
        """The base URL's origin, the only one credentials go to."""
        self.headers: Mapping[str, str] = {
            "Authorization": credentials.authorization(),
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
            **default_headers,
        }
        """Every request's headers: credentials, then the client's own, then the caller's defaults."""

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
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, Any] | None,
        environ: Mapping[str, str] = os.environ,
    ) -> Settings:
        return cls(
            resolve_credentials(api_key, api_secret, jwt, environ),
            resolve_base_url(base_url, environ),
            DEFAULT_TIMEOUT if timeout is None else check_attempt_timeout(timeout),
            RetryPolicy(max_retries=check_retries(max_retries)),
            resolve_headers(default_headers, environ),
            _query(default_query),
        )

    def copy(
        self,
        *,
        credentials: tuple[str | None, str | None, str | None],
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        set_default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, Any] | None,
        set_default_query: Mapping[str, Any] | None,
    ) -> Settings:
        """These settings with what is given in place of what they had. `credentials`: key, secret, JWT."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("default_headers and set_default_headers cannot both be given")
        if default_query is not None and set_default_query is not None:
            raise ValueError("default_query and set_default_query cannot both be given")
        headers = dict(self.default_headers) if set_default_headers is None else {}
        headers.update(set_default_headers or default_headers or {})
        query = dict(self.default_query) if set_default_query is None else {}
        query.update(set_default_query or default_query or {})
        return Settings(
            self.credentials if credentials == (None, None, None) else self._credentials(*credentials),
            self.base_url if base_url is None else resolve_base_url(base_url, {}),
            self.call_timeout(timeout),
            self.policy if max_retries is None else self.policy._replace(max_retries=check_retries(max_retries)),
            resolve_headers(headers, {}),
            _query(query),
        )

    def _credentials(self, api_key: str | None, api_secret: str | None, jwt: str | None) -> Credentials:
        """New credentials, completed from the current ones: a new secret keeps the key, say."""
        if jwt is None and self.credentials.scheme == "basic" and (api_key is None or api_secret is None):
            api_key = api_key if api_key is not None else self.credentials.api_key
            api_secret = api_secret if api_secret is not None else self.credentials.secret
        return resolve_credentials(api_key, api_secret, jwt, {})

    def call_timeout(self, timeout: float | httpx.Timeout | None) -> httpx.Timeout:
        """A call's timeout; None means the client's."""
        return self.timeout if timeout is None else check_attempt_timeout(timeout)

    def describe(self, name: str) -> str:
        retries = self.policy.max_retries
        return f"{name}(base_url={self.base_url!r}, credentials={self.credentials!r}, max_retries={retries})"


def _query(query: Mapping[str, Any] | None) -> Mapping[str, Any]:
    if query is None:
        return {}
    if not all(isinstance(name, str) for name in query):
        raise TypeError("the names of default_query must be strings")
    return dict(query)

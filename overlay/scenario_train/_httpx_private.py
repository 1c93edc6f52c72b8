"""Every use of httpx's and httpcore's private attributes, and nowhere else: each is held by a test
(tests/client/test_httpx_private.py) that fails when a release of either changes it.

- A caller's own `http_client` (and the client's own, when the environment names a proxy) holds
  pools that httpx made: httpx has no public way to give them a network backend, so the backend
  of each is replaced in place (`_deadline.bound_attempts`).
- A response's body, read and decoded here within the client's limits, is handed to the response
  where `read()` keeps it: httpx has no public way to, and a new `httpx.Response` built with the
  body would decode it again by the server's `Content-Encoding`.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = ["network_backend", "pools", "set_content", "set_network_backend"]


def pools(client: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """The connection pool of each transport behind `client`, None for a transport without one."""
    transports = [client._transport, *client._mounts.values()]
    return [getattr(transport, "_pool", None) for transport in transports if transport is not None]


def network_backend(pool: Any) -> Any:
    """The network backend a pool opens its connections with, None if it has none that can be seen."""
    return getattr(pool, "_network_backend", None)


def set_network_backend(pool: Any, backend: Any) -> None:
    """Open the pool's next connections with `backend`."""
    pool._network_backend = backend


def set_content(response: httpx.Response, content: bytes) -> httpx.Response:
    """The response, holding `content` as its body: `content`, `text` and `json()` then use it as it is.

    The headers stay the server's, `Content-Encoding` included.
    """
    response._content = content
    return response

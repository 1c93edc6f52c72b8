"""The package's logger, its set-up from `SCENARIO_LOG`, and the redaction of what it must never print."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping
from typing import Any

import httpx

from . import _json

__all__ = ["logger", "redacted_body", "redacted_headers", "setup_from_environment"]

logger = logging.getLogger("scenario_train")

_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
# Training parameters can carry a third-party secret: the Weights & Biases key.
_SECRET_FIELDS = frozenset({"wandbKey", "apiSecret", "apiKey", "password", "token", "secret"})
_configured = False


def setup_from_environment(environ: Mapping[str, str] = os.environ) -> None:
    """`SCENARIO_LOG=info|debug` turns on the package's logs on stderr, as in the vendor's SDK. Done once."""
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(environ.get("SCENARIO_LOG", "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
        logger.addHandler(handler)


def redacted_headers(headers: httpx.Headers | Iterable[tuple[str, str]]) -> dict[str, str]:
    items = headers.multi_items() if isinstance(headers, httpx.Headers) else headers
    return {name: "[redacted]" if name.lower() in _SECRET_HEADERS else value for name, value in items}


def redacted_body(content: bytes) -> str:
    """A JSON body for the logs, with the values of secret-looking fields replaced."""
    if not content:
        return ""
    try:
        document = _json.loads(content)
    except ValueError:
        return "[body that is not JSON or nests too deep, not logged]"
    return json.dumps(_redact(document))


def _redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: "[redacted]" if key in _SECRET_FIELDS else _redact(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_redact(item) for item in value]
    return value

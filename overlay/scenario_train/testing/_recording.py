"""The requests the mock received, in order of arrival."""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from typing import Any

from ._auth import basic_user, redact
from ._server import Request
from ._validate import parsed_or_none


@dataclass(frozen=True, slots=True, kw_only=True)
class RecordedRequest:
    """One request as the mock received it, credentials redacted."""

    method: str
    path: str
    """The path as sent, e.g. `/v1/models/m1/train`."""
    query: dict[str, str]
    headers: dict[str, str]
    """Lower-case names; `authorization` keeps only its scheme, e.g. `Basic [redacted]`."""
    body: Any
    """The parsed JSON body; `None` when there was none or the service could not read it as JSON."""
    api_key: str | None
    """The API key sent with HTTP Basic, if any."""
    status: int | None
    """The status answered; `None` while unanswered and when the connection was dropped."""


class Recorder:
    def __init__(self) -> None:
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()

    def add(self, request: Request) -> int:
        authorization = request.headers.get("authorization")
        headers = dict(request.headers)
        if authorization is not None:
            headers["authorization"] = redact(authorization)
        recorded = RecordedRequest(
            method=request.method,
            path=request.path,
            query=dict(request.query),
            headers=headers,
            body=parsed_or_none(request.body),
            api_key=basic_user(authorization),
            status=None,
        )
        with self._lock:
            self._requests.append(recorded)
            return len(self._requests) - 1

    def answered(self, index: int, status: int | None) -> None:
        with self._lock:
            self._requests[index] = dataclasses.replace(self._requests[index], status=status)

    def snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

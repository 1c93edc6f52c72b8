"""Raw HTTP with a started mock: exact bytes out, the answer read back as a client reads it."""

from __future__ import annotations

import base64
import http.client
import json
import math
import socket
from dataclasses import dataclass
from typing import Any, NoReturn

from scenario_train.testing import DEFAULT_API_KEY, DEFAULT_API_SECRET, MockScenarioAPI
from tests.support.mock import TIMEOUT

AUTHORIZATION = "Basic " + base64.b64encode(f"{DEFAULT_API_KEY}:{DEFAULT_API_SECRET}".encode()).decode()
READ_M1 = f"GET /v1/models/m1 HTTP/1.1\r\nHost: mock\r\nAuthorization: {AUTHORIZATION}\r\n\r\n".encode()


@dataclass(frozen=True, slots=True)
class RawAnswer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    closes: bool
    """The server said it closes the connection after this answer."""

    def message(self) -> str:
        """The `message` of a JSON error body, read strictly."""
        message = strict_json(self.body)["message"]
        assert isinstance(message, str)
        return message


def connect(api: MockScenarioAPI) -> socket.socket:
    return socket.create_connection(("127.0.0.1", api.port), timeout=TIMEOUT)


def exchange(sock: socket.socket, request: bytes) -> RawAnswer:
    """Send the bytes, then read one answer."""
    sock.sendall(request)
    return read_answer(sock, head=request.startswith(b"HEAD "))


def read_answer(sock: socket.socket, *, head: bool = False) -> RawAnswer:
    """The next final answer (a `100 Continue` before it is skipped); `head`: it answers a HEAD."""
    response = http.client.HTTPResponse(sock, method="HEAD" if head else None)
    response.begin()
    body = response.read()
    return RawAnswer(response.status, response.msg, body, response.will_close)


def request(method: str, target: str, *, headers: str = "", body: bytes = b"", authorized: bool = True) -> bytes:
    """The bytes of a request, with a Content-Length for its body and the mock's credentials."""
    lines = ["Host: mock", f"Content-Length: {len(body)}"]
    if authorized:
        lines.append(f"Authorization: {AUTHORIZATION}")
    head = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{line}\r\n" for line in lines) + headers
    return head.encode() + b"\r\n" + body


def strict_json(data: bytes) -> Any:
    """JSON that a strict reader accepts: no NaN, no Infinity, no number beyond a double."""
    return json.loads(data, parse_constant=_not_json, parse_float=_finite)


def _not_json(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is beyond a double")
    return value

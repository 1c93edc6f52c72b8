"""What the public client's tests share: the documented data, a scripted loopback HTTP server, and a driver
that runs the same calls on `Scenario` or `AsyncScenario`.

The server is a real HTTP/1.1 server on 127.0.0.1 (stdlib, one thread per connection, keep-alive) that answers
whatever a test scripts, which the embedded mock does not: any body for any request, in order. It can also drop a
connection, cut a body, answer late, count connections, and record the raw request target, the headers as sent
(credentials unredacted) and the arrival time of every request.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import copy
import itertools
import json
import signal
import sys
import threading
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import FrameType
from typing import Any, Literal, TypeVar
from urllib.parse import parse_qsl, urlsplit

from scenario_train import AsyncScenario, Scenario

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE: dict[str, Any] = json.loads((ROOT / "openapi" / "examples" / "train-200.json").read_text(encoding="utf-8"))
"""The vendor's documented 200 answer of `PUT /models/{modelId}/train`."""

API_KEY = "key-4c1d0a"
API_SECRET = "api-secret-9f2e7b-never-printed"
JWT = "eyJhbGciOiJIUzI1NiJ9.jwt-payload-7b3a-never-printed.c2lnbmF0dXJl"

Kind = Literal["sync", "async"]
T = TypeVar("T")
MakeApi = Callable[..., "Api"]
"""The `make_api` fixture: `make_api(base_url, **client_options)`."""


def basic_authorization(api_key: str = API_KEY, api_secret: str = API_SECRET) -> str:
    """The `Authorization` value of HTTP Basic, computed here independently of the client."""
    return "Basic " + base64.b64encode(f"{api_key}:{api_secret}".encode()).decode()


BEARER_AUTHORIZATION = f"Bearer {JWT}"
SECRETS = (API_SECRET, JWT, basic_authorization(), basic_authorization().removeprefix("Basic "))
"""Strings that must never be printed: the secret, the JWT, and the header values made of them."""


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def train_answer(model_id: str | None = None) -> dict[str, Any]:
    """The documented 200 answer, about `model_id` when given."""
    answer = copy.deepcopy(EXAMPLE)
    if model_id is not None:
        answer["model"]["id"] = model_id
    return answer


def model_answer(model_id: str = "m-1", status: str = "training") -> dict[str, Any]:
    """An answer of `GET /models/{modelId}` (and of the train action): the documented model in `status`."""
    return {"model": {**copy.deepcopy(EXAMPLE["model"]), "id": model_id, "status": status}}


class DeadlineExceeded(AssertionError):
    """A block outlived its `deadline`."""


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fails the test when the block lasts longer than `seconds`, interrupting any sleep (SIGALRM, main thread).

    For calls that a regression would make sleep for minutes.
    """

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DeadlineExceeded(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def wait_until(condition: Callable[[], bool], seconds: float = 3.0) -> bool:
    """Whether `condition` became true within `seconds` (for what another thread does)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


@dataclass(frozen=True)
class Reply:
    """What the loopback server does with one request."""

    status: int = 200
    json: Any = None
    text: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (or dropping)."""
    drop: bool = False
    """Close the connection without answering."""
    cut: bool = False
    """Announce a longer body than the one sent, then close the connection."""

    def payload(self) -> tuple[str, bytes]:
        if self.text is not None:
            return "text/plain; charset=utf-8", self.text.encode()
        if self.json is not None:
            return "application/json", json.dumps(self.json).encode()
        return "application/json", b""


Script = Reply | Callable[["Received"], Reply]
"""A reply, or a function of the request that makes it."""


@dataclass(frozen=True)
class Received:
    """One request as the server got it."""

    method: str
    target: str
    """The raw request target of the request line: path and query, percent-encoded as sent."""
    headers: Message
    body: bytes
    arrived: float
    """`time.monotonic()` when the request was read."""
    wall: float
    """`time.time()` when the request was read."""
    port: int
    """The client's port, one per connection."""

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.target).query, keep_blank_values=True))

    @property
    def json(self) -> Any:
        return json.loads(self.body)


NO_TRAINING = Reply(json=model_answer("model-1", "new"))
"""A model read that shows no training: a trigger whose outcome was unknown may be sent again."""


class LoopbackServer:
    """A scripted HTTP/1.1 server on a free loopback port. It answers the `documented 200` until told otherwise."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host
        self.received: list[Received] = []
        self.connections = 0
        """Connections accepted so far."""
        self.open_connections = 0
        self._script: list[Script] = [Reply(json=train_answer())]
        self._cursor = 0
        self._reads: Reply | None = None
        self._lock = threading.Lock()
        self._httpd = _HTTPServer((host, 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """The base URL to give the client."""
        return f"{self.origin}/v1"

    def reply(self, *script: Script) -> None:
        """Answer the next requests with these, in order; the last one answers every request after them."""
        assert script
        with self._lock:
            self._script = list(script)
            self._cursor = 0

    def answer_reads(self, reply: Reply | None) -> None:
        """Answer every GET with `reply` (say, a model that shows no training) outside the script; None undoes it."""
        with self._lock:
            self._reads = reply

    def sent(self, method: str) -> list[Received]:
        """The requests received with this method."""
        return [request for request in self.received if request.method == method]

    def gaps(self) -> list[float]:
        """Seconds between the arrivals of consecutive requests."""
        arrivals = [request.arrived for request in self.received]
        return [later - earlier for earlier, later in itertools.pairwise(arrivals)]

    @property
    def client_ports(self) -> set[int]:
        return {request.port for request in self.received}

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def _take(self, request: Received) -> Reply:
        with self._lock:
            self.received.append(request)
            if self._reads is not None and request.method == "GET":
                return self._reads
            script = self._script[min(self._cursor, len(self._script) - 1)]
            self._cursor += 1
        return script(request) if callable(script) else script

    def _connected(self) -> None:
        with self._lock:
            self.connections += 1
            self.open_connections += 1

    def _disconnected(self) -> None:
        with self._lock:
            self.open_connections -= 1


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128
    owner: LoopbackServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (a timeout) leaves a broken pipe behind; anything else is a bug of the test server.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10.0
    disable_nagle_algorithm = True  # the headers and the body go in two writes: no 40 ms delayed-ACK stall
    server: _HTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.owner._connected()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.owner._disconnected()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Received(
            self.command, self.path, self.headers, body, time.monotonic(), time.time(), self.client_address[1]
        )
        reply = self.server.owner._take(request)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            self.close_connection = True
            return
        content_type, payload = reply.payload()
        self.send_response(reply.status)
        self.send_header("Content-Type", content_type)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload) + (100 if reply.cut else 0)))
        self.end_headers()
        self.wfile.write(payload)
        if reply.cut:
            self.close_connection = True

    do_GET = do_PUT = do_POST = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Api:
    """A `Scenario` or an `AsyncScenario`, driven with plain calls so that one test covers both.

    The async client runs on one event loop for its whole life, as it would in an application.
    """

    def __init__(self, kind: Kind, client: Scenario | AsyncScenario, runner: asyncio.Runner | None) -> None:
        self.kind = kind
        self.client = client
        self._runner = runner
        self._closed = False

    @classmethod
    def make(cls, kind: Kind, **options: Any) -> Api:
        if kind == "sync":
            return cls(kind, Scenario(**options), None)
        return cls(kind, AsyncScenario(**options), asyncio.Runner())

    def run(self, result: T | Awaitable[T]) -> T:
        """The result of a call: awaited on the client's loop when the client is async."""
        if self._runner is None:
            assert not isinstance(result, Awaitable)
            return result
        assert isinstance(result, Coroutine)
        value: T = self._runner.run(result)
        return value

    def trigger(self, model_id: str, **kwargs: Any) -> Any:
        return self.run(self.client.models.train.trigger(model_id, **kwargs))

    def retrieve(self, model_id: str, **kwargs: Any) -> Any:
        return self.run(self.client.models.retrieve(model_id, **kwargs))

    def action(self, model_id: str, **kwargs: Any) -> Any:
        return self.run(self.client.models.train.action(model_id, **kwargs))

    def wait(self, model_id: str, **kwargs: Any) -> Any:
        return self.run(self.client.models.train.wait(model_id, **kwargs))

    def with_options(self, **options: Any) -> Api:
        """The client's `with_options` copy, on the same loop."""
        return Api(self.kind, self.client.with_options(**options), self._runner)

    def close(self) -> None:
        """Closes the client (and the copies that share its pool); a second close does nothing."""
        if self._closed:
            return
        self._closed = True
        self.run(self.client.close())
        if self._runner is not None:
            self._runner.close()

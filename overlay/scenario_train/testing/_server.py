"""HTTP/1.1 plumbing: hands each request to an app callable and writes back what it answers.

A request whose head or body framing is malformed, or whose body is too large, gets a JSON error
and a closed connection; the app never sees it. Every other request reaches the app, whatever its
method, so that the app can answer 404 or 405 itself.
"""

from __future__ import annotations

import contextlib
import json
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ._body import MAX_BODY_BYTES, BodyError, body_length, read_body
from ._head import head_problem

_MAX_REQUEST_LINE = 65536
DRAIN_SECONDS = 2.0
"""How long a connection closed on an error keeps reading (and dropping) what the client still sends."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    """Lower-case names."""
    body: bytes


@dataclass(frozen=True, slots=True)
class Answer:
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, document: Any, headers: Mapping[str, str] | None = None) -> Answer:
        """`document` as JSON; ValueError for a value JSON cannot hold, such as an infinite float."""
        body = json.dumps(document, separators=(",", ":"), allow_nan=False).encode()
        return cls(status, body, {"Content-Type": "application/json; charset=utf-8"}).with_headers(headers)

    def with_headers(self, headers: Mapping[str, str] | None) -> Answer:
        """These headers added, each replacing any of the same name."""
        replaced = {name.lower() for name in headers or {}}
        kept = {name: value for name, value in self.headers.items() if name.lower() not in replaced}
        return Answer(self.status, self.body, {**kept, **(headers or {})})


App = Callable[[Request], Answer | None]
"""Answers a request; `None` closes the connection without answering."""

BodyLimit = Callable[[str, str], int]
"""The most bytes the body of a request may have, given its method and its path."""


def default_limit(method: str, path: str) -> int:
    return MAX_BODY_BYTES


def error(status: int, message: str, headers: Mapping[str, str] | None = None) -> Answer:
    return Answer.json(status, {"message": message}, headers)


def reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "scenario-train-mock"
    sys_version = ""
    # An idle keep-alive connection holds a thread; let it go after a while.
    timeout = 60
    disable_nagle_algorithm = True
    server: Server
    _unread_input = False

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, opened=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, opened=False)

    def handle(self) -> None:
        super().handle()
        if self._unread_input:
            self._drain()

    def handle_one_request(self) -> None:
        """BaseHTTPRequestHandler's, except that every method goes to `_serve`, not to a `do_` method."""
        try:
            self.raw_requestline = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            if len(self.raw_requestline) > _MAX_REQUEST_LINE:
                self.requestline = self.request_version = self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            if self.request_version == "HTTP/0.9":
                self.send_error(HTTPStatus.BAD_REQUEST, "HTTP/0.9 is not supported")
                return
            self._serve()
            self.wfile.flush()
        except TimeoutError:
            self.close_connection = True

    def handle_expect_100(self) -> bool:
        """Refuse a malformed or too large request before the client sends its body."""
        problem = self._head_problem()
        if problem is not None:
            self._refuse(*problem)
            return False
        return super().handle_expect_100()

    def _serve(self) -> None:
        problem = self._head_problem()
        if problem is not None:
            self._refuse(*problem)
            return
        try:
            limit = self._body_limit()
            body = read_body(self.rfile, body_length(self.headers, limit), limit)
            url = urlsplit(self.path)
        except BodyError as refused:
            self._refuse(refused.status, refused.message)
            return
        except ValueError:
            self._refuse(400, "Malformed request target")
            return
        request = Request(
            method=self.command,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=body,
        )
        try:
            answer = self.server.app(request)
        except Exception:
            self.close_connection = True
            self._write(error(500, "The mock failed; its traceback is on stderr"))
            raise
        if answer is None:
            self.close_connection = True
        else:
            self._write(answer)

    def _head_problem(self) -> tuple[int, str] | None:
        problem = head_problem(self.command, self.path, self.headers)
        if problem is not None:
            return 400, problem
        try:
            body_length(self.headers, self._body_limit())
        except BodyError as refused:
            return refused.status, refused.message
        return None

    def _body_limit(self) -> int:
        return self.server.body_limit(self.command, self.path.partition("?")[0])

    def _refuse(self, status: int, message: str) -> None:
        """Answer an error and close: what is left of the request cannot be told from the next one."""
        self.close_connection = True
        self._unread_input = True
        if self.request_version == "HTTP/0.9":
            # The request line could not be read, or asked for HTTP/0.9: answer with a status line.
            self.request_version = "HTTP/1.0"
        self._write(error(status, message))

    def _write(self, answer: Answer) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def _drain(self) -> None:
        """Read and drop what the client still sends, for a bounded time, then let the connection close.

        Closing a socket with unread input resets the connection, and the reset can reach the
        client before it has read the answer.
        """
        deadline = time.monotonic() + DRAIN_SECONDS
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)
            while (left := deadline - time.monotonic()) > 0:
                self.connection.settimeout(left)
                if not self.connection.recv(65536):
                    break

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Malformed HTTP found by the standard library: a JSON body like every other answer."""
        self._refuse(code, message or reason(code))

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], app: App, body_limit: BodyLimit = default_limit) -> None:
        self.app = app
        self.body_limit = body_limit
        self._connections: set[socket.socket] = set()
        self._lock = threading.Lock()
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host name, which can stall on a machine without DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def track(self, connection: socket.socket, *, opened: bool) -> None:
        with self._lock:
            if opened:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Unblock the threads that wait on idle keep-alive connections."""
        with self._lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)

"""A loopback server that answers with scripted raw bytes: for faults no well-behaved HTTP server can make.

Each connection gets a thread. The server reads one request (headers, then a `Content-Length` body),
records it, and hands the socket to the next script, which writes whatever it likes, at whatever pace:
a body trickled a byte at a time, a malformed header block, a stall, a redirect loop.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

Script = Callable[["Exchange"], None]


@dataclass
class Exchange:
    """One request, and the socket its answer goes out on."""

    method: str
    target: str
    headers: dict[str, str]
    """Lower-case names."""
    body: bytes
    sock: socket.socket
    stopping: threading.Event
    sent: int = 0
    """Bytes of the answer written so far."""
    hung_up: bool = False
    """The client closed the connection before the script was done."""

    def write(self, data: bytes) -> bool:
        """Write `data`; False once the client has gone."""
        try:
            self.sock.sendall(data)
        except OSError:
            self.hung_up = True
            return False
        self.sent += len(data)
        return True

    def trickle(self, data: bytes, every: float) -> None:
        """Write `data` a byte at a time, `every` seconds apart, until done or the client hangs up."""
        for index in range(len(data)):
            if self.stopping.wait(every if index else 0) or not self.write(data[index : index + 1]):
                return
            if self._peer_closed():
                self.hung_up = True
                return

    def stall(self, seconds: float = 30.0) -> None:
        """Say nothing until the client hangs up (or `seconds` pass)."""
        end = time.monotonic() + seconds
        while time.monotonic() < end and not self.stopping.is_set():
            if self._peer_closed(wait=0.05):
                self.hung_up = True
                return

    def _peer_closed(self, wait: float = 0.0) -> bool:
        self.sock.settimeout(wait or 0.0001)
        try:
            return self.sock.recv(1, socket.MSG_PEEK) == b""
        except (TimeoutError, BlockingIOError):
            return False
        except OSError:
            return True
        finally:
            self.sock.settimeout(None)


class WireServer:
    """A scripted raw server on a free loopback port; the last script answers every request after the others."""

    def __init__(self, *scripts: Script, host: str = "127.0.0.1") -> None:
        assert scripts
        self.exchanges: list[Exchange] = []
        self._scripts = list(scripts)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._listener = socket.create_server((host, 0))
        self._listener.settimeout(0.05)
        self.host = host
        self.port = int(self._listener.getsockname()[1])
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.origin}/v1"

    def methods(self) -> list[str]:
        return [exchange.method for exchange in self.exchanges]

    def close(self) -> None:
        """Stop, and hang up on every connection, idle keep-alive ones included."""
        self._stopping.set()
        self._acceptor.join()
        self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(5)

    def __enter__(self) -> WireServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            self._sockets.append(sock)
            self._threads.append(thread)
            thread.start()

    def _serve(self, sock: socket.socket) -> None:
        with contextlib.closing(sock):
            sock.settimeout(10)
            reader = sock.makefile("rb")
            while not self._stopping.is_set():
                exchange = self._read(reader, sock)
                if exchange is None:
                    return
                with self._lock:
                    self.exchanges.append(exchange)
                    script = self._scripts[min(len(self.exchanges), len(self._scripts)) - 1]
                sock.settimeout(None)
                script(exchange)
                if exchange.hung_up or exchange.headers.get("connection") == "close":
                    return
                sock.settimeout(10)

    def _read(self, reader: Any, sock: socket.socket) -> Exchange | None:
        try:
            line = reader.readline(65536)
            if not line:
                return None
            method, target, _ = line.decode("latin-1").split(" ", 2)
            headers: dict[str, str] = {}
            while (header := reader.readline(65536)) not in (b"\r\n", b"\n", b""):
                name, _, value = header.decode("latin-1").partition(":")
                headers[name.strip().lower()] = value.strip()
            body = reader.read(int(headers.get("content-length", "0")))
        except (OSError, ValueError):
            return None
        return Exchange(method, target, headers, body, sock, self._stopping)


# Scripts ------------------------------------------------------------------------------------------------------------


def head(status: int = 200, headers: dict[str, str] | None = None, *, length: int | None = None) -> bytes:
    """A status line and a header block, with `Content-Length: length` when given."""
    lines = [f"HTTP/1.1 {status} Scripted"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(status: int = 200, body: Any = None, headers: dict[str, str] | None = None) -> Script:
    """A well-formed answer: JSON for a value, bytes as they are."""
    payload = body if isinstance(body, bytes) else json.dumps(body).encode() if body is not None else b""
    kind = {} if isinstance(body, bytes) else {"Content-Type": "application/json"}
    data = head(status, {**kind, **(headers or {})}, length=len(payload)) + payload

    def script(exchange: Exchange) -> None:
        exchange.write(data)

    return script


def raw(data: bytes, *, close: bool = True) -> Script:
    """These bytes as they are; then hang up."""

    def script(exchange: Exchange) -> None:
        exchange.write(data)
        if close:
            exchange.hung_up = True

    return script


def trickled(data: bytes, every: float) -> Script:
    return lambda exchange: exchange.trickle(data, every)


def stalled(prefix: bytes = b"") -> Script:
    """Write `prefix` (say, the head of an answer), then say nothing more."""

    def script(exchange: Exchange) -> None:
        exchange.write(prefix)
        exchange.stall()

    return script


def by_method(**scripts: Script) -> Script:
    """One script per method, e.g. `by_method(PUT=stalled(), GET=answer(200, model))`."""
    return lambda exchange: scripts[exchange.method](exchange)


def gzip_bomb(decoded_size: int) -> bytes:
    """A gzip stream of zeros that inflates to `decoded_size` bytes, about a thousandth of that compressed."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    chunk = bytes(1 << 20)
    parts = [compressor.compress(chunk) for _ in range(decoded_size // len(chunk))]
    return b"".join([*parts, compressor.flush()])


@contextlib.contextmanager
def wire(*scripts: Script) -> Iterator[WireServer]:
    server = WireServer(*scripts)
    try:
        yield server
    finally:
        server.close()

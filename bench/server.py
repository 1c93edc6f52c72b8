"""The benchmark's server: another process on loopback, answering as the API does, so only the client is measured.

`PUT /v1/models/<id>/train` answers the documented example (or, for a model id starting with
`current`, the current-API fixture); `GET /v1/models/<id>` answers that answer's model.
"""

from __future__ import annotations

import json
import multiprocessing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DOCUMENTED = (REPO / "openapi" / "examples" / "train-200.json").read_bytes()
CURRENT = (REPO / "tests" / "contract" / "fixtures" / "current-api-200.json").read_bytes()


def trigger_answer(model_id: str) -> bytes:
    return CURRENT if model_id.startswith("current") else DOCUMENTED


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Without it, headers and body leave in two segments and every call waits for a delayed ACK.
    disable_nagle_algorithm = True

    def _answer(self, body: bytes) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:
        self._answer(trigger_answer(self.path.split("/")[3]))

    def do_GET(self) -> None:
        model = json.loads(trigger_answer(self.path.split("/")[3]))["model"]
        self._answer(json.dumps({"model": model}).encode())

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 2048


def _serve(ports: Any) -> None:
    server = _Server(("127.0.0.1", 0), _Handler)
    ports.put(server.server_address[1])
    server.serve_forever()


class BenchServer:
    """Starts the server in a process of its own; `url` is the base URL to give a client."""

    def __enter__(self) -> BenchServer:
        context = multiprocessing.get_context("spawn")
        ports = context.Queue()
        self._process = context.Process(target=_serve, args=(ports,), daemon=True)
        self._process.start()
        self.url = f"http://127.0.0.1:{ports.get(timeout=60)}/v1"
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._process.terminate()
        self._process.join(timeout=10)

"""The service's behaviour over HTTP: queued faults, then route, credentials, request and state.

Two origins share it: the API under `/v1`, and the storage the parts of an upload are sent to
(`_parts`), which checks no credentials. Both record each request and take the same faults.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from scenario_train_api.api import OPERATIONS

from ._auth import Credentials
from ._body import MAX_BODY_BYTES
from ._faults import Delay, Drop, Faults, Lose, Reply
from ._handlers import Handler, Handlers
from ._operations import Operation, operation
from ._parts import serve_part
from ._recording import Recorder
from ._server import Answer, Request, error
from ._state import Refused
from ._validate import query_values, request_body

API_PREFIX = "/v1"
READ = operation("get_model")
TRIGGER = operation("train_model")
ACT = operation("train_model_action")
IMAGE_BODY_BYTES = 9 * 1024 * 1024
"""The largest body of a call that carries an image inline, in base64: one just under the 6 MB that
`POST /assets` takes. Every other call's body may have `MAX_BODY_BYTES`."""
IMAGE_ROUTES = frozenset({"upload_asset", "add_training_image", "replace_training_image"})

Simulation = Callable[[str, dict[str, Any], Any], Any]
"""The JSON answer (HTTP 200) of an operation the mock does not simulate itself, given the first path
parameter's value, the query values by Python name and the parsed body (`MockScenarioAPI.simulate`)."""


class Service:
    """The app the HTTP servers call, once per request, from many threads."""

    def __init__(
        self,
        *,
        credentials: Credentials,
        polls_per_step: int,
        stopping: threading.Event,
        log: Callable[[str], None] | None,
        parts_origin: Callable[[], str],
    ) -> None:
        self.handlers = Handlers(polls_per_step=polls_per_step, parts_origin=parts_origin)
        self.models = self.handlers.models
        self.faults = Faults()
        self.recorder = Recorder()
        self._credentials = credentials
        self._stopping = stopping
        self._log = log
        self._operations = [operation(name) for name in OPERATIONS]
        self._simulations: dict[str, Simulation] = {}

    def simulate(self, name: str, simulation: Simulation) -> None:
        """Answer the operation `name` of the table (one the mock does not simulate itself) with `simulation`."""
        if name not in OPERATIONS:
            raise ValueError(f"no operation {name!r} in the spec")
        self._simulations[name] = simulation

    def body_limit(self, method: str, path: str) -> int:
        """The most bytes a request's body may have on the API's origin: more where it carries an image."""
        chosen = self._chosen(self._matches(path), method)
        return IMAGE_BODY_BYTES if chosen is not None and chosen[0].name in IMAGE_ROUTES else MAX_BODY_BYTES

    def __call__(self, request: Request) -> Answer | None:
        """A request to the API's origin."""
        return self._handle(request, self._serve)

    def part(self, request: Request) -> Answer | None:
        """A request to the origin of the upload parts."""
        return self._handle(request, lambda request: serve_part(self.handlers, request))

    def _handle(self, request: Request, serve: Callable[[Request], Answer]) -> Answer | None:
        index = self.recorder.add(request)
        answer = self._answer(request, serve)
        status = None if answer is None else answer.status
        self.recorder.answered(index, status)
        if self._log is not None:
            self._log(f"{request.method} {request.path} {status or 'dropped'}")
        return answer

    def _answer(self, request: Request, serve: Callable[[Request], Answer]) -> Answer | None:
        match self.faults.take(request.method, request.path):
            case Reply(answer):
                return answer
            case Drop():
                return None
            case Lose():
                serve(request)
                return None
            case Delay(seconds):
                if self._stopping.wait(seconds):
                    return None
        return serve(request)

    def _matches(self, path: str) -> list[tuple[Operation, list[str]]]:
        """The operations of the resource at `path`, each with its path parameters' raw values.

        Of the paths of the spec that `path` matches, the one with the most fixed segments is its resource:
        `.../training-images/pairs` is the pairs, whatever the method, not a training image named `pairs`.
        """
        if not path.startswith(API_PREFIX + "/"):
            return []
        tail = path[len(API_PREFIX) + 1 :]
        found = [(op, values) for op in self._operations if (values := op.path_parameters(tail)) is not None]
        most = max((op.literals for op, _ in found), default=0)
        return [(op, values) for op, values in found if op.literals == most]

    @staticmethod
    def _chosen(matches: list[tuple[Operation, list[str]]], method: str) -> tuple[Operation, list[str]] | None:
        return next((match for match in matches if match[0].method == method), None)

    def _serve(self, request: Request) -> Answer:
        matches = self._matches(request.path)
        if not matches:
            return error(404, f"Not found: {request.path}")
        chosen = self._chosen(matches, request.method)
        if chosen is None:
            methods = ", ".join(sorted({op.method for op, _ in matches}))
            return error(405, f"Method {request.method} not allowed", {"Allow": methods})
        if not self._credentials.accept(request.headers.get("authorization")):
            return error(401, "Invalid credentials")
        op, values = chosen
        try:
            path = [unquote(value) for value in values]
            return self._handler(op.name)(path, query_values(op, request.query), request_body(op, request.body))
        except Refused as refused:
            return error(refused.status, str(refused))

    def _handler(self, name: str) -> Handler:
        handler = self.handlers.by_name.get(name)
        if handler is not None:
            return handler
        simulation = self._simulations.get(name)
        if simulation is None:
            return lambda path, query, body: error(
                501, f"The mock does not simulate {name}: give it an answer with simulate()"
            )
        return lambda path, query, body: Answer.json(200, simulation(path[0] if path else "", query, body))

"""The service's behaviour over HTTP: queued faults, then route, credentials, request and model."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote
from uuid import uuid4

from scenario_train_api.api import OPERATIONS
from scenario_train_api.models import TrainAction, TrainActionRequest, TrainingParameters, TrainModelRequest

from ._answers import dry_run_answer, model_answer, train_answer
from ._auth import Credentials
from ._faults import Delay, Drop, Faults, Lose, Reply
from ._operations import Operation, operation
from ._recording import Recorder
from ._server import Answer, Request, error
from ._state import Model, Refused, cancel, poll, training_cost, trigger
from ._store import Models
from ._validate import query_values, request_body

API_PREFIX = "/v1"
READ = operation("get_model")
TRIGGER = operation("train_model")
ACT = operation("train_model_action")

_Handler = Callable[[str, dict[str, Any], Any], Answer]
"""Answers for one model id, given the query values and the parsed body."""

Simulation = Callable[[str, dict[str, Any], Any], Any]
"""The JSON answer (HTTP 200) of an operation the mock does not simulate itself, given the first path
parameter's value, the query values by Python name and the parsed body (`MockScenarioAPI.simulate`)."""


class Service:
    """The app the HTTP server calls, once per request, from many threads."""

    def __init__(
        self,
        *,
        credentials: Credentials,
        polls_per_step: int,
        stopping: threading.Event,
        log: Callable[[str], None] | None,
    ) -> None:
        self.models = Models()
        self.faults = Faults()
        self.recorder = Recorder()
        self._credentials = credentials
        self._polls_per_step = polls_per_step
        self._stopping = stopping
        self._log = log
        self._handlers: dict[str, _Handler] = {
            "get_model": self._read,
            "train_model": self._trigger,
            "train_model_action": self._act,
        }
        self._routes: list[tuple[Operation, _Handler]] = [
            (operation(name), functools.partial(self._simulated, name)) for name in OPERATIONS
        ]
        self._simulations: dict[str, Simulation] = {}

    def simulate(self, name: str, simulation: Simulation) -> None:
        """Answer the operation `name` of the table (one the mock does not simulate itself) with `simulation`."""
        if name not in OPERATIONS:
            raise ValueError(f"no operation {name!r} in the spec")
        self._simulations[name] = simulation

    def _simulated(self, name: str, first: str, query: dict[str, Any], body: Any) -> Answer:
        handler = self._handlers.get(name)
        if handler is not None:
            return handler(first, query, body)
        simulation = self._simulations.get(name)
        if simulation is None:
            return error(501, f"The mock does not simulate {name}: give it an answer with simulate()")
        return Answer.json(200, simulation(first, query, body))

    def __call__(self, request: Request) -> Answer | None:
        index = self.recorder.add(request)
        answer = self._answer(request)
        status = None if answer is None else answer.status
        self.recorder.answered(index, status)
        if self._log is not None:
            self._log(f"{request.method} {request.path} {status or 'dropped'}")
        return answer

    def _answer(self, request: Request) -> Answer | None:
        match self.faults.take(request.method, request.path):
            case Reply(answer):
                return answer
            case Drop():
                return None
            case Lose():
                self._serve(request)
                return None
            case Delay(seconds):
                if self._stopping.wait(seconds):
                    return None
        return self._serve(request)

    def _serve(self, request: Request) -> Answer:
        if not request.path.startswith(API_PREFIX + "/"):
            return error(404, f"Not found: {request.path}")
        path = request.path[len(API_PREFIX) + 1 :]
        found = [
            (op, handler, values) for op, handler in self._routes if (values := op.path_parameters(path)) is not None
        ]
        if not found:
            return error(404, f"Not found: {request.path}")
        allowed = {op.method: (op, handler, values) for op, handler, values in found}
        if request.method not in allowed:
            methods = ", ".join(sorted(allowed))
            return error(405, f"Method {request.method} not allowed", {"Allow": methods})
        if not self._credentials.accept(request.headers.get("authorization")):
            return error(401, "Invalid credentials")
        op, handler, values = allowed[request.method]
        try:
            first = unquote(values[0]) if values else ""
            return handler(first, query_values(op, request.query), request_body(op, request.body))
        except Refused as refused:
            return error(400, str(refused))

    def _read(self, model_id: str, query: dict[str, Any], body: None) -> Answer:
        model = self.models.update(model_id, lambda model, now: poll(model, self._polls_per_step, now))
        return Answer.json(200, model_answer(model))

    def _trigger(self, model_id: str, query: dict[str, Any], body: TrainModelRequest | None) -> Answer:
        parameters = body.parameters.to_dict() if body and isinstance(body.parameters, TrainingParameters) else {}
        # A null reads as "not sent", as the generated models read it.
        sent = {name: value for name, value in parameters.items() if value is not None}
        if query.get("dry_run") is not None:
            model = self.models.update(model_id, _unchanged)
            images = model.training_images or query.get("training_images_count") or 0
            return Answer.json(269, dry_run_answer(training_cost(images)))
        job_id = f"job_{uuid4().hex}"
        model = self.models.update(model_id, lambda model, now: trigger(model, sent, job_id=job_id, now=now))
        return Answer.json(200, train_answer(model))

    def _act(self, model_id: str, query: dict[str, Any], body: TrainActionRequest) -> Answer:
        if body.action != TrainAction.CANCEL:
            raise Refused(f"Invalid body: $.action: the mock performs only {TrainAction.CANCEL.value!r}")
        return Answer.json(200, model_answer(self.models.update(model_id, cancel)))


def _unchanged(model: Model, now: float) -> Model:
    return model

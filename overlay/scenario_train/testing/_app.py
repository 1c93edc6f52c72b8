"""The service's behaviour over HTTP: queued faults, then route, credentials, request and model."""

from __future__ import annotations

import threading
from collections.abc import Callable
from urllib.parse import unquote
from uuid import uuid4

from ._answers import dry_run_answer, model_answer, train_answer
from ._auth import Credentials
from ._faults import Delay, Drop, Faults, Reply
from ._recording import Recorder
from ._server import Answer, Request, error
from ._state import Model, Refused, cancel, poll, training_cost, trigger
from ._store import Models
from ._validate import flag, json_object, train_action, training_parameters, trigger_options

API_PREFIX = "/v1"

_Handler = Callable[[str, Request], Answer]


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
        self._routes: dict[str, tuple[str, _Handler]] = {
            "models/{modelId}": ("GET", self._read),
            "models/{modelId}/train": ("PUT", self._trigger),
            "models/{modelId}/train/action": ("POST", self._act),
        }

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
            case Delay(seconds):
                if self._stopping.wait(seconds):
                    return None
        return self._serve(request)

    def _serve(self, request: Request) -> Answer:
        found = self._route(request.path)
        if found is None:
            return error(404, f"Not found: {request.path}")
        (method, handler), model_id = found
        if request.method != method:
            return error(405, f"Method {request.method} not allowed", {"Allow": method})
        if not self._credentials.accept(request.headers.get("authorization")):
            return error(401, "Invalid credentials")
        try:
            return handler(model_id, request)
        except Refused as refused:
            return error(400, str(refused))

    def _route(self, path: str) -> tuple[tuple[str, _Handler], str] | None:
        if not path.startswith(API_PREFIX + "/"):
            return None
        parts = path[len(API_PREFIX) + 1 :].split("/")
        if len(parts) < 2 or parts[0] != "models" or not parts[1]:
            return None
        route = self._routes.get("/".join(("models", "{modelId}", *parts[2:])))
        return None if route is None else (route, unquote(parts[1]))

    def _read(self, model_id: str, request: Request) -> Answer:
        flag(request.query, "originalAssets")
        model = self.models.update(model_id, lambda model, now: poll(model, self._polls_per_step, now))
        return Answer.json(200, model_answer(model))

    def _trigger(self, model_id: str, request: Request) -> Answer:
        options = trigger_options(request.query)
        parameters = training_parameters(json_object(request.body, required=False))
        if options.dry_run:
            model = self.models.update(model_id, _unchanged)
            images = model.training_images or options.training_images_count or 0
            return Answer.json(269, dry_run_answer(training_cost(images)))
        job_id = f"job_{uuid4().hex}"
        model = self.models.update(model_id, lambda model, now: trigger(model, parameters, job_id=job_id, now=now))
        return Answer.json(200, train_answer(model))

    def _act(self, model_id: str, request: Request) -> Answer:
        train_action(json_object(request.body, required=True))
        return Answer.json(200, model_answer(self.models.update(model_id, cancel)))


def _unchanged(model: Model, now: float) -> Model:
    return model

"""`MockScenarioAPI`: the service in process, over real HTTP on loopback."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, Self

from . import _parts, _state
from ._app import API_PREFIX, Service
from ._auth import Credentials
from ._faults import Delay, Drop, Fault, Lose, Reply, Target
from ._recording import RecordedRequest
from ._server import Answer, Server, reason
from ._state import DEFAULT_TRAINING_IMAGES, Model, Outcome

DEFAULT_API_KEY = "demo-key"
DEFAULT_API_SECRET = "demo-secret"


class MockScenarioAPI:
    """A fake of Scenario's model-training API, served over HTTP/1.1 from a background thread.

    It answers the routes of the real service under `/v1` (`PUT /models/{modelId}/train`,
    `GET /models/{modelId}`, `POST /models/{modelId}/train/action`, and every other operation of the
    spec) with the bodies the spec describes, checks credentials the same way, and keeps one state per
    model, asset and upload. A model id it has never seen is a `new` model with three training images
    (and one pair), ready to train; `add_model()` sets how many. A model made by `POST /models` has
    none, as on the API: it refuses to train (400) until images are added (and, for an edit type,
    at least two pairs set), and until it has a `type`.

    The calls before a training, with state:
    - `POST /models` creates a `new` model with its own id (`model_...`); `PUT /models/{modelId}` sets
      its fields (`null` unsets `classSlug`, `epoch`, `thumbnail`; `type` only while `new`);
      `DELETE /models/{modelId}` deletes it softly: every call on it then answers 404, and only
      `GET /models?status=deleted` lists it, with its `deletedAt`.
    - `GET /models` lists the models the mock holds (private ones: `privacy=public` lists none, and
      the filters the vendor documents as public only are ignored), newest first by default, sorted
      by `sortBy` (`createdAt`, or `updatedAt`) and `sortDirection`, filtered by `status`,
      `collectionId`, `createdAfter` and `createdBefore` (exclusive, to the millisecond the answers
      show), `pageSize` at a time (100 by default, 1 to 500). `nextPaginationToken` is present only
      when there is a next page; a token the mock did not give is refused (400). A listed model
      carries its first three training images; a read of it, all of them.
    - Training images are assets: `POST /models/{modelId}/training-images` adds one image sent as
      `data` (a base64 data URL, with its `name`), an asset by `assetId`, or up to 10 by `assetIds`
      (more: 400 `Too many assetIds provided in a single request`); an asset already attached is
      refused with 400 `The provided assetId is already a training image of this model`, and so is
      an asset the mock does not hold. Images count in `trainingImagesNumber` and appear in
      `trainingImages`, their caption in `description` being their asset's. `PUT` and `DELETE` of
      `.../training-images/{trainingImageId}` replace and remove one (404 for an id that is not
      one), taking the pairs that name it with it; `PUT .../training-images/pairs` (this literal
      path wins over `{trainingImageId}`) replaces the pairs, each of which must name two training
      images of the model.
    - `POST /assets` makes an asset of an image (PNG, JPEG, GIF, WebP, AVIF, HEIC, TIFF or SVG, by its
      first bytes) under 6 MB (6,000,000 bytes; 413 from there); `PUT /assets/{assetId}` sets its
      `description` (the caption a training reads) and `name`.
    - `POST /uploads` (multipart, of kind `image` or `asset`; the mock refuses other kinds and imports
      from a URL, saying so, with a 400) answers a presigned URL per part, on a second origin that the
      mock serves on its own port: a `PUT` of a part's bytes there needs no credentials, and refuses
      any `Authorization` header (400) and a wrong signature (403). `POST /uploads/{uploadId}/action`
      with `complete` checks that every part came and that their sizes add up to `fileSize`; then each
      `GET /uploads/{uploadId}` moves it a step: `validating`, `validated`, then `imported` with the
      new asset's id in `entityId` (or `failed` if the file is no image).
    - `GET /jobs/{jobId}` answers a training's job, and counts as a read of its model.

        with MockScenarioAPI() as api:
            client = httpx.Client(base_url=api.base_url, auth=(api.api_key, api.api_secret))
            client.put("/models/m1/train", json={"parameters": {"seed": 1}})  # 200, "training"
            client.get("/models/m1")  # one step further along
            api.finish("m1")  # or poll until "trained"

    A training goes through the steps `pending`, `queued-for-train`, `starting-train`, then
    `running-train` at `progress` 0, 0.5 and 1, then the model is `trained`. Every
    `polls_per_step`-th `GET` of the model moves it one step before answering; with
    `polls_per_step=0` only `advance()` and `finish()` move it. The mock never shows a model
    being copied (`copying`) nor the captcha stages.

    It follows the spec through the generated client: routes, query parameters and bodies are
    read as the generated endpoints and models read them (types are checked, ranges are not, and
    a `null` parameter reads as not sent); every answer carries every field the spec declares.

    Limits. A malformed request gets a JSON `{"message": ...}` with a 4xx status (505 only for an
    HTTP version other than 1.x), never a 500:
    - a body larger than 1 MiB (9 MiB for the calls that carry an image inline, 32 MiB for a part
      of an upload), by its Content-Length or counted as its chunks arrive: 413, before more of it
      is read;
    - a body that is not JSON, nests deeper than 64 levels or holds a number beyond a double
      (`1e999`, `NaN`, `Infinity`): 400; no answer holds such a number either;
    - another method on a known path: 405 with an `Allow` header; an unknown path: 404;
    - malformed framing or header block: 400 (a request line over 64 KiB: 414; a header line over
      64 KiB or more than 100 header fields: 431), and the connection is then closed.
    A dry run estimates at most a million simulated training images.

    Faults (`fail_next()`, `drop_next()`, `lose_next()`, `delay_next()`) wait in one queue, in the
    order they were added; a request takes the first one that matches it before anything else is
    looked at, credentials included. A failed or dropped request changes no model; a lost one does.
    The parts of uploads take faults too (their paths start with `/parts/`), and are recorded.

    In the foreground, e.g. for a CLI (Ctrl-C raises `KeyboardInterrupt` out of `wait()`):

        api = MockScenarioAPI(port=8080, log=print).start()
        try:
            print(f"Serving {api.base_url}")
            api.wait()
        finally:
            api.stop()
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str = DEFAULT_API_KEY,
        api_secret: str = DEFAULT_API_SECRET,
        jwt: str | None = None,
        polls_per_step: int = 1,
        log: Callable[[str], None] | None = None,
    ) -> None:
        """Nothing listens before `start()`.

        `port=0` takes a free port. `jwt`: also accept `Authorization: Bearer <jwt>`.
        `log`: called with one line per request (method, path, status), never with credentials.
        """
        if polls_per_step < 0:
            raise ValueError(f"polls_per_step must be 0 or more, not {polls_per_step}")
        self._address = (host, port)
        self._credentials = Credentials(api_key, api_secret, jwt)
        self._stopping = threading.Event()
        self._service = Service(
            credentials=self._credentials,
            polls_per_step=polls_per_step,
            stopping=self._stopping,
            log=log,
            parts_origin=self._parts_origin,
        )
        self._server: Server | None = None
        self._parts: Server | None = None
        self._threads: list[threading.Thread] = []

    def __repr__(self) -> str:
        return f"MockScenarioAPI(host={self._address[0]!r}, port={self._address[1]}, api_key={self.api_key!r})"

    @property
    def api_key(self) -> str:
        return self._credentials.api_key

    @property
    def api_secret(self) -> str:
        return self._credentials.api_secret

    @property
    def jwt(self) -> str | None:
        return self._credentials.jwt

    @property
    def port(self) -> int:
        """The port listened on, once started."""
        if self._server is None:
            raise RuntimeError("the mock has not been started")
        return self._address[1]

    @property
    def base_url(self) -> str:
        """E.g. `http://127.0.0.1:PORT/v1`, once started."""
        return f"http://{self._address[0]}:{self.port}{API_PREFIX}"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, on either origin, in order of arrival (a copy)."""
        return self._service.recorder.snapshot()

    def _parts_origin(self) -> str:
        """Where the parts of uploads go: `http://HOST:PORT`, another port than the API's."""
        if self._parts is None:
            raise RuntimeError("the mock has not been started")
        return f"http://{self._address[0]}:{self._parts.server_port}"

    # ------------------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        """Listen and serve from a daemon thread; a mock starts once."""
        if self._server is not None or self._stopping.is_set():
            raise RuntimeError("a MockScenarioAPI can be started only once")
        self._server = Server(self._address, self._service, self._service.body_limit)
        self._address = (self._address[0], self._server.server_port)
        try:
            self._parts = Server((self._address[0], 0), self._service.part, _parts.body_limit)
        except BaseException:
            self._server.server_close()
            raise
        for server in (self._server, self._parts):
            # `stop()` waits for the loop to see the request to shut down: poll often.
            thread = threading.Thread(
                target=server.serve_forever,
                kwargs={"poll_interval": 0.01},
                name=f"scenario-mock:{server.server_port}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop listening, cut short pending delays and close open connections."""
        self._stopping.set()
        servers = [server for server in (self._server, self._parts) if server is not None]
        for server in servers if self._threads else ():
            server.shutdown()
        for server in servers:
            server.server_close()
            server.close_connections()
        for thread in self._threads:
            thread.join()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until `stop()` is called elsewhere or `timeout` passes; True once stopped."""
        return self._stopping.wait(timeout)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # --------------------------------------------------------------------------------- faults

    def fail_next(
        self,
        times: int = 1,
        *,
        status: int = 503,
        body: Mapping[str, Any] | bytes | None = None,
        headers: Mapping[str, str] | None = None,
        method: str | None = None,
        path: str | None = None,
    ) -> None:
        """Answer the next `times` matching requests with `status` instead.

        `body`: a mapping is sent as JSON, with a `message` unless it has its own
        (`fail_next(status=429, body={"remainingSeconds": 1}, headers={"Retry-After": "1"})`);
        bytes are sent as they are (`text/plain` unless `headers` say otherwise), e.g. the HTML
        page of a proxy. Any status from 200 to 599 goes, so a malformed 200 can be sent too.

        `method` (e.g. `"PUT"`) and `path`, a glob matched against the request path
        (`"*/train"` is the trigger, `"/v1/models/m1"` one model's read), narrow the requests
        that match; by default every request does.
        """
        if not 200 <= status <= 599:
            raise ValueError(f"status must be from 200 to 599, not {status}")
        if isinstance(body, bytes):
            answer = Answer(status, body, {"Content-Type": "text/plain; charset=utf-8"}).with_headers(headers)
        else:
            answer = Answer.json(status, {"message": reason(status), **(body or {})}, headers)
        self._queue(Reply(answer), times, method, path)

    def drop_next(self, times: int = 1, *, method: str | None = None, path: str | None = None) -> None:
        """Close the connection of the next `times` matching requests without answering.

        The body is read first, so the client sees a clean end of connection (with httpx,
        `httpx.RemoteProtocolError`), not a reset. `method` and `path` as in `fail_next()`.
        """
        self._queue(Drop(), times, method, path)

    def lose_next(self, times: int = 1, *, method: str | None = None, path: str | None = None) -> None:
        """Handle the next `times` matching requests as usual, then close the connection without answering.

        The call takes effect and its answer is lost on the way back: a trigger starts its training,
        and the client cannot know until it reads the model. `method` and `path` as in `fail_next()`.
        """
        self._queue(Lose(), times, method, path)

    def delay_next(self, seconds: float, times: int = 1, *, method: str | None = None, path: str | None = None) -> None:
        """Wait `seconds` before handling each of the next `times` matching requests.

        The request is then handled as usual, so it does change the model, even if the client
        gave up waiting (as a real server would). `stop()` cuts the wait short and closes the
        connection. `method` and `path` as in `fail_next()`.
        """
        if seconds < 0:
            raise ValueError(f"seconds must be 0 or more, not {seconds}")
        self._queue(Delay(seconds), times, method, path)

    def clear_faults(self) -> None:
        """Forget every fault not taken yet."""
        self._service.faults.clear()

    def _queue(self, fault: Fault, times: int, method: str | None, path: str | None) -> None:
        self._service.faults.add(fault, Target(method, path), times)

    # --------------------------------------------------------------------------------- models

    def add_model(self, model_id: str, *, training_images: int = DEFAULT_TRAINING_IMAGES) -> dict[str, Any]:
        """Create (or replace) a `new` model as the mock makes one up for an id it has never seen, with this many
        training images (and a pair, if it has one), e.g. none, which refuses to train."""
        if training_images < 0:
            raise ValueError(f"training_images must be 0 or more, not {training_images}")
        return self._change(model_id, lambda _, now: _state.new_model(model_id, now, training_images))

    def model(self, model_id: str) -> dict[str, Any]:
        """The model as `GET` answers it, without counting as a poll."""
        return self._change(model_id, lambda model, _: model)

    def advance(self, model_id: str, steps: int = 1) -> dict[str, Any]:
        """Move a training `steps` steps on; past the last one the model is `trained`.

        Raises ValueError if the model is not training.
        """
        return self._change(model_id, lambda model, now: _state.advance(model, steps, now))

    def finish(self, model_id: str, status: Outcome = "trained") -> dict[str, Any]:
        """End a training now, `trained` or `failed`. Raises ValueError if the model is not training."""
        return self._change(model_id, lambda model, now: _state.finish(model, status, now))

    def simulate(self, name: str, simulation: Callable[[str, dict[str, Any], Any], Any]) -> None:
        """Answer the spec's operation `name` (`get_model_thumbnail`), which the mock does not simulate itself.

        The mock routes every operation of the spec, and reads its query and body as the spec says;
        one it has no state for answers 501 until it is given here a function of the first path
        parameter's value, the query values (by Python name) and the parsed body, which returns the
        JSON it answers with status 200.
        """
        self._service.simulate(name, simulation)

    def _change(self, model_id: str, change: Callable[[Model, float], Model]) -> dict[str, Any]:
        handlers = self._service.handlers
        document: dict[str, Any] = handlers.model_answer(handlers.models.update(model_id, change))["model"]
        return document

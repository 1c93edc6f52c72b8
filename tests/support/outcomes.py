"""Models and training images as the API sends them, for the tests of unknown outcomes: the documented model
with the fields those tests vary (name, type, creation date, training images)."""

from __future__ import annotations

import copy
import time
from datetime import UTC, datetime
from typing import Any

from tests.support.client import EXAMPLE, LoopbackServer, Received, Reply

START = 1_800_000_000.0
"""A call's start, in seconds since the epoch (2027-01-15)."""


def iso(seconds: float) -> str:
    """A date as the API writes it."""
    moment = datetime.fromtimestamp(seconds, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def image_json(asset_id: str, name: str = "cat.png", created_at: str = "2020-01-01T00:00:00.000Z") -> dict[str, Any]:
    """A training image of a model, as `GET /models/{modelId}` lists it."""
    return {
        "id": asset_id,
        "automaticCaptioning": "a cat",
        "createdAt": created_at,
        "description": "",
        "downloadUrl": f"https://cdn.example.invalid/{asset_id}.png",
        "name": name,
    }


def model_json(
    model_id: str = "model-1",
    *,
    name: str | None = "cats",
    type_: str = "flux.1-lora",
    created_at: str = "2020-01-01T00:00:00.000Z",
    images: list[dict[str, Any]] | None = None,
    number: float | None = None,
) -> dict[str, Any]:
    """The documented model with these fields; `number` (the `trainingImagesNumber`) defaults to the images listed."""
    model: dict[str, Any] = copy.deepcopy(EXAMPLE["model"])
    model.update({"id": model_id, "type": type_, "createdAt": created_at, "status": "new"})
    if name is None:
        del model["name"]
    else:
        model["name"] = name
    listed = images or []
    model["trainingImages"] = listed
    model["trainingImagesNumber"] = len(listed) if number is None else number
    return model


ALREADY_MESSAGE = "The provided assetId is already a training image of this model"

Fault = str
"""What a scripted server does with a request that changes state instead of answering it:
`lose` (acts, then hangs up), `drop` (hangs up), `fail` (a 500, acting not), `act-then-fail` (acts, then a 500),
`gateway` (a 502, acting not), `late` (acts, but only once the model has been read `late_after` more times)."""


class TrainingImagesServer:
    """A model's training images behind a scripted loopback server (`LoopbackServer`): `GET /models/{modelId}`
    and `POST /models/{modelId}/training-images`, with a fault for each next addition.

    An asset already attached is refused with the API's 400; an image sent as `data` becomes a new asset. The
    model lists at most `listed` images (all by default), as a read that carries only the first few does.
    """

    def __init__(self, server: LoopbackServer, model_id: str = "model-1", *, listed: int | None = None) -> None:
        self.model_id = model_id
        self.images: list[dict[str, Any]] = []
        self.faults: list[Fault] = []
        self.listed = listed
        self.additions = 0
        """The requests that added something."""
        self._pending: list[tuple[int, dict[str, Any]]] = []
        server.reply(self.answer)

    def attach(self, *asset_ids: str) -> None:
        for asset_id in asset_ids:
            self.images.append(image_json(asset_id, f"{asset_id}.png", iso(time.time() - 3600)))

    def ids(self) -> list[str]:
        return [image["id"] for image in self.images]

    def answer(self, request: Received) -> Reply:
        if request.method == "GET":
            self._land()
            listed = self.images if self.listed is None else self.images[: self.listed]
            return Reply(json={"model": model_json(self.model_id, images=listed, number=len(self.images))})
        fault = self.faults.pop(0) if self.faults else None
        if fault == "drop":
            return Reply(drop=True)
        if fault == "fail":
            return Reply(500, json={"message": "Internal Server Error"})
        if fault == "gateway":
            return Reply(502, text="<html>Bad Gateway</html>")
        body = request.json
        if fault == "late":
            self._pending.append((2, body))
            return Reply(drop=True)
        refused = self._add(body)
        if refused is not None:
            return refused
        if fault == "lose":
            return Reply(drop=True)
        if fault == "act-then-fail":
            return Reply(500, json={"message": "Internal Server Error"})
        return Reply(json={"trainingImage": self.images[-1]})

    def _add(self, body: dict[str, Any]) -> Reply | None:
        ids = [body["assetId"]] if "assetId" in body else list(body.get("assetIds", []))
        if set(ids) & set(self.ids()):
            return Reply(400, json={"message": ALREADY_MESSAGE})
        self.additions += 1
        if ids:
            self.attach(*ids)
        else:
            self.images.append(image_json(f"asset-{len(self.images) + 1}", body["name"], iso(time.time())))
        return None

    def _land(self) -> None:
        """A late addition lands after the model's second read from now."""
        waiting = []
        for reads, body in self._pending:
            if reads <= 1:
                self._add(body)
            else:
                waiting.append((reads - 1, body))
        self._pending = waiting

"""What each operation of the spec does to the mock's state, and what it answers.

A handler takes the path parameters' values (decoded), the query values by Python name and the parsed
body, and returns the answer; it raises `Refused` for a 4xx (or 501) with the service's message.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Mapping
from typing import Any
from uuid import uuid4

from scenario_train_api.models import (
    AssetUpdateRequest,
    AssetUploadRequest,
    ModelCreateRequest,
    ModelUpdateRequest,
    TrainAction,
    TrainActionRequest,
    TrainingImagePair,
    TrainingImageRequest,
    TrainingParameters,
    TrainModelRequest,
    UploadAction,
    UploadActionRequest,
    UploadCreateRequest,
)

from . import _catalog, _dataset, _uploads
from ._answers import (
    cost_answer,
    dry_run_answer,
    job_answer,
    model_answer,
    models_page_answer,
    pairs_answer,
    train_answer,
    training_image_answer,
)
from ._asset_answers import asset_answer, asset_upload_answer, upload_answer
from ._assets import INLINE_IMAGE_LIMIT, Asset, decoded, image_asset, new_asset_id, updated
from ._server import Answer
from ._state import (
    Model,
    Pair,
    Refused,
    TrainingImage,
    alive,
    cancel,
    created_model,
    not_found,
    poll,
    training_cost,
    trigger,
)
from ._store import Models, Records
from ._uploads import Upload

Handler = Callable[[list[str], dict[str, Any], Any], Answer]
"""The answer of an operation, given its path parameters' values, its query values and its parsed body."""


class Handlers:
    """The operations the mock simulates, by their generated name, over the state they share."""

    def __init__(self, *, polls_per_step: int, parts_origin: Callable[[], str]) -> None:
        self.models = Models()
        self.assets: Records[Asset] = Records("Asset")
        self.uploads: Records[Upload] = Records("Upload")
        self._polls_per_step = polls_per_step
        self._parts_origin = parts_origin
        self.by_name: Mapping[str, Handler] = {
            "get_model": self._read,
            "train_model": self._trigger,
            "train_model_action": self._act,
            "create_model": self._create,
            "update_model": self._update,
            "list_models": self._list,
            "delete_model": self._delete,
            "add_training_image": self._add_image,
            "replace_training_image": self._replace_image,
            "delete_training_image": self._delete_image,
            "replace_training_image_pairs": self._replace_pairs,
            "upload_asset": self._upload_asset,
            "update_asset": self._update_asset,
            "create_upload": self._create_upload,
            "trigger_upload_action": self._act_on_upload,
            "get_upload": self._read_upload,
            "get_job": self._read_job,
        }

    def caption(self, asset_id: str) -> str:
        """The description of an asset the mock holds; "" for one it does not (the images it made up)."""
        try:
            return self.assets.get(asset_id).description
        except Refused:
            return ""

    def model_answer(self, model: Model) -> dict[str, Any]:
        return model_answer(model, self.caption)

    # --------------------------------------------------------------------------------- training

    def _read(self, path: list[str], query: dict[str, Any], body: None) -> Answer:
        model = self.models.update(path[0], lambda model, now: poll(alive(model), self._polls_per_step, now))
        return Answer.json(200, self.model_answer(model))

    def _trigger(self, path: list[str], query: dict[str, Any], body: TrainModelRequest | None) -> Answer:
        parameters = body.parameters.to_dict() if body and isinstance(body.parameters, TrainingParameters) else {}
        # A null reads as "not sent", as the generated models read it.
        sent = {name: value for name, value in parameters.items() if value is not None}
        if query.get("dry_run") is not None:
            model = self.models.update(path[0], lambda model, now: alive(model))
            images = model.training_images or query.get("training_images_count") or 0
            return Answer.json(269, dry_run_answer(training_cost(images)))
        job_id = f"job_{uuid4().hex}"
        model = self.models.update(path[0], lambda model, now: trigger(alive(model), sent, job_id=job_id, now=now))
        return Answer.json(200, train_answer(model, self.caption))

    def _act(self, path: list[str], query: dict[str, Any], body: TrainActionRequest) -> Answer:
        if body.action != TrainAction.CANCEL:
            raise Refused(f"Invalid body: $.action: the mock performs only {TrainAction.CANCEL.value!r}")
        model = self.models.update(path[0], lambda model, now: cancel(alive(model), now))
        return Answer.json(200, self.model_answer(model))

    def _read_job(self, path: list[str], query: dict[str, Any], body: None) -> Answer:
        """A training's job; reading it counts as a read of its model, which it follows."""
        (job_id,) = path
        trained = [model.id for model in self.models.all() if model.training and model.training.job_id == job_id]
        if not trained:
            raise not_found(f"Job {job_id}")
        model = self.models.update(trained[0], lambda model, now: poll(model, self._polls_per_step, now))
        return Answer.json(200, job_answer(model))

    # --------------------------------------------------------------------------------- catalogue

    def _create(self, path: list[str], query: dict[str, Any], body: ModelCreateRequest | None) -> Answer:
        # A null unsets a field: on a new model, it leaves it unset.
        fields = _catalog.checked({name: value for name, value in _sent(body).items() if value is not None})
        model_id = f"model_{uuid4().hex[:22]}"
        model = self.models.create(lambda now: created_model(model_id, now, fields))
        return Answer.json(200, self.model_answer(model))

    def _update(self, path: list[str], query: dict[str, Any], body: ModelUpdateRequest | None) -> Answer:
        fields = _sent(body)
        parameters = fields.pop("parameters", None) or {}
        model = self.models.update(path[0], lambda model, now: _catalog.update(alive(model), fields, parameters, now))
        return Answer.json(200, self.model_answer(model))

    def _delete(self, path: list[str], query: dict[str, Any], body: None) -> Answer:
        self.models.update(path[0], lambda model, now: _catalog.delete(alive(model), now))
        return Answer.json(200, {})

    def _list(self, path: list[str], query: dict[str, Any], body: None) -> Answer:
        models, token = _catalog.page(self.models.all(), query)
        return Answer.json(200, models_page_answer(models, token, self.caption))

    # --------------------------------------------------------------------------- training images

    def _add_image(self, path: list[str], query: dict[str, Any], body: TrainingImageRequest | None) -> Answer:
        fields = _sent(body)
        asset_ids = fields.get("assetIds")
        if asset_ids is not None:
            if {"assetId", "data", "name"} & set(fields):
                raise Refused("assetIds cannot be used with assetId, data or name")
            if len(asset_ids) > _dataset.MAX_ASSET_IDS:
                raise Refused(_dataset.TOO_MANY)
            if not asset_ids:
                raise Refused("Invalid body: $.assetIds: at least one asset id")
        self.models.update(path[0], lambda model, now: alive(model))
        images = [self._image(asset_id) for asset_id in asset_ids] if asset_ids is not None else [self._one(fields)]
        model = self.models.update(path[0], lambda model, now: _dataset.add_images(alive(model), images, now))
        # What a batch answers is not documented: the mock answers its first image.
        return Answer.json(200, training_image_answer(model, images[0], self.caption))

    def _replace_image(self, path: list[str], query: dict[str, Any], body: TrainingImageRequest | None) -> Answer:
        fields = _sent(body)
        if "assetIds" in fields:
            raise Refused("assetIds cannot replace one training image: send assetId or data")
        model_id, image_id = path
        self.models.update(model_id, lambda model, now: _dataset.holding(alive(model), image_id))
        image = self._one(fields)
        model = self.models.update(
            model_id, lambda model, now: _dataset.replace_image(alive(model), image_id, image, now)
        )
        return Answer.json(200, training_image_answer(model, image, self.caption))

    def _delete_image(self, path: list[str], query: dict[str, Any], body: None) -> Answer:
        model_id, image_id = path
        self.models.update(model_id, lambda model, now: _dataset.remove_image(alive(model), image_id, now))
        return Answer.json(200, {})

    def _replace_pairs(self, path: list[str], query: dict[str, Any], body: list[TrainingImagePair]) -> Answer:
        pairs = []
        for number, pair in enumerate(body):
            if not pair.source_id or not pair.target_id:
                raise Refused(f"Invalid body: $[{number}]: a pair needs its sourceId and its targetId")
            pairs.append(Pair(pair.source_id, pair.target_id, pair.instruction or ""))
        model = self.models.update(path[0], lambda model, now: _dataset.replace_pairs(alive(model), pairs, now))
        return Answer.json(200, pairs_answer(model))

    def _one(self, fields: Mapping[str, Any]) -> TrainingImage:
        """The training image one body names: an asset by `assetId` (which wins), else the image `data` as a new one."""
        if "assetId" in fields:
            return self._image(fields["assetId"])
        if "data" not in fields:
            raise Refused("One of data, assetId or assetIds is required")
        name = fields.get("name") or "image"
        data = decoded(fields["data"], "data")
        asset_id = new_asset_id()
        asset = self.assets.add(asset_id, lambda now: image_asset(asset_id, name, data, now, "data"))
        return TrainingImage(asset.id, asset.name, asset.created_at)

    def _image(self, asset_id: str) -> TrainingImage:
        try:
            asset = self.assets.get(asset_id)
        except Refused:
            raise Refused(f"Asset {asset_id} not found") from None
        return TrainingImage(asset.id, asset.name, asset.created_at)

    # ------------------------------------------------------------------------------------ assets

    def _upload_asset(self, path: list[str], query: dict[str, Any], body: AssetUploadRequest) -> Answer:
        fields = _sent(body)
        if "image" not in fields:
            raise Refused("The mock uploads images only: the body needs its image")
        data = decoded(fields["image"], "image")
        if len(data) >= INLINE_IMAGE_LIMIT:
            raise Refused(f"An image of {INLINE_IMAGE_LIMIT} bytes or more goes through /uploads", 413)
        asset_id = new_asset_id()

        def make(now: float) -> Asset:
            return image_asset(
                asset_id,
                fields["name"],
                data,
                now,
                "image",
                hidden=fields.get("hide") is True,
                parent_id=str(fields.get("parentId") or ""),
                collection_ids=tuple(fields.get("collectionIds") or ()),
            )

        return Answer.json(200, asset_upload_answer(self.assets.add(asset_id, make)))

    def _update_asset(self, path: list[str], query: dict[str, Any], body: AssetUpdateRequest | None) -> Answer:
        fields = _sent(body)
        description, name = fields.get("description"), fields.get("name")
        asset = self.assets.update(
            path[0], lambda asset, now: updated(asset, description=description, name=name, now=now)
        )
        return Answer.json(200, asset_answer(asset))

    # ----------------------------------------------------------------------------------- uploads

    def _create_upload(self, path: list[str], query: dict[str, Any], body: UploadCreateRequest | None) -> Answer:
        fields = _sent(body)
        upload_id = f"upload_{uuid4().hex[:22]}"
        if query.get("dry_run") is not None:
            _uploads.multipart(upload_id, fields, "", 0.0)
            return Answer.json(269, cost_answer(0))
        secret = secrets.token_hex(16)
        upload = self.uploads.add(upload_id, lambda now: _uploads.multipart(upload_id, fields, secret, now))
        return Answer.json(200, upload_answer(upload, self._parts_origin()))

    def _act_on_upload(self, path: list[str], query: dict[str, Any], body: UploadActionRequest) -> Answer:
        if body.action != UploadAction.COMPLETE:
            raise Refused(f"Invalid body: $.action: the mock performs only {UploadAction.COMPLETE.value!r}")
        upload = self.uploads.update(path[0], _uploads.complete)
        return Answer.json(200, upload_answer(upload, self._parts_origin()))

    def _read_upload(self, path: list[str], query: dict[str, Any], body: None) -> Answer:
        """A read moves a completed upload one step on; the one that imports it makes its asset."""
        asset_id = new_asset_id()

        def step(upload: Upload, now: float) -> Upload:
            moved, asset = _uploads.step(upload, asset_id, now)
            if asset is not None:
                self.assets.add(asset.id, lambda _: asset)
            return moved

        upload = self.uploads.update(path[0], step)
        return Answer.json(200, upload_answer(upload, self._parts_origin()))

    def receive_part(self, upload_id: str, number: int, data: bytes) -> Upload:
        return self.uploads.update(upload_id, lambda upload, now: _uploads.receive(upload, number, data, now))


def _sent(body: Any) -> dict[str, Any]:
    """The fields of a parsed body as they were sent (a null kept as None), by wire name."""
    if body is None:
        return {}
    document: dict[str, Any] = body.to_dict()
    return document

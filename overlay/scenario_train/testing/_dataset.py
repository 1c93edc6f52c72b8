"""A model's training images and pairs, as pure functions: each takes a model and returns the next one.

A training image is an asset attached to the model: its id is the asset's. Pairs (of the edit models)
refer to training images; an image that leaves the model takes its pairs with it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ._state import Model, Pair, Refused, TrainingImage, not_found

MAX_ASSET_IDS = 10
"""The most `assetIds` one request adds (the vendor's SDK field text)."""
ALREADY_ATTACHED = "The provided assetId is already a training image of this model"
TOO_MANY = "Too many assetIds provided in a single request"


def add_images(model: Model, images: Sequence[TrainingImage], now: float) -> Model:
    """The model with `images` attached after its own; 400 if one of them already is."""
    attached = {image.id for image in model.images}
    for image in images:
        if image.id in attached:
            raise Refused(ALREADY_ATTACHED)
        attached.add(image.id)
    return dataclasses.replace(model, images=(*model.images, *images), updated_at=now)


def replace_image(model: Model, image_id: str, image: TrainingImage, now: float) -> Model:
    """The model with `image` in the place of its training image `image_id`; 404 if it has none such."""
    index = _index(model, image_id)
    if image.id != image_id and any(other.id == image.id for other in model.images):
        raise Refused(ALREADY_ATTACHED)
    images = (*model.images[:index], image, *model.images[index + 1 :])
    return dataclasses.replace(model, images=images, pairs=_without(model.pairs, image_id), updated_at=now)


def remove_image(model: Model, image_id: str, now: float) -> Model:
    index = _index(model, image_id)
    images = (*model.images[:index], *model.images[index + 1 :])
    return dataclasses.replace(model, images=images, pairs=_without(model.pairs, image_id), updated_at=now)


def replace_pairs(model: Model, pairs: Sequence[Pair], now: float) -> Model:
    """The model with exactly these pairs; 400 if one names an image that is not a training image of it."""
    attached = {image.id for image in model.images}
    for number, pair in enumerate(pairs):
        for side, image_id in (("sourceId", pair.source_id), ("targetId", pair.target_id)):
            if image_id not in attached:
                raise Refused(f"Invalid body: $[{number}].{side}: {image_id!r} is not a training image of this model")
    return dataclasses.replace(model, pairs=tuple(pairs), updated_at=now)


def holding(model: Model, image_id: str) -> Model:
    """The model, if `image_id` is one of its training images; 404 otherwise."""
    _index(model, image_id)
    return model


def _index(model: Model, image_id: str) -> int:
    for index, image in enumerate(model.images):
        if image.id == image_id:
            return index
    raise not_found(f"Training image {image_id}")


def _without(pairs: tuple[Pair, ...], image_id: str) -> tuple[Pair, ...]:
    return tuple(pair for pair in pairs if image_id not in (pair.source_id, pair.target_id))

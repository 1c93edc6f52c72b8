"""The call that adds an image file to a model's training images, its body written from the file once.

The body is an `_images.EncodedBody`, the call's `content`. The call's `json` is the same body with a
stand-in for the image: what the look at an unknown outcome reads (`_outcomes.added_images` finds the
image by its `name`, and needs to know that one was sent as `data`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal

from ._call_steps import Call

if TYPE_CHECKING:
    from scenario_train_api.models import TrainingImagePreset

__all__ = ["IMAGE_STAND_IN", "image_call"]

IMAGE_STAND_IN = "[the image file, sent from its encoded body]"


def image_call(
    model_id: str,
    path: str | os.PathLike[str],
    *,
    name: str | None,
    preset: TrainingImagePreset | Literal["default", "style", "subject"] | None,
    original_assets: bool | None,
    project_id: str | None,
) -> Call:
    """`training_images.add(model_id, data=<the file as a data URL>, name=..., preset=...)`, the file read once.

    `name` is the file's (`_images.api_name`) unless given.
    """
    from scenario_train_api.models import TrainingImagePreset, TrainingImageRequest

    from ._images import api_name, encoded_body
    from ._requests import build

    request = TrainingImageRequest(
        data=IMAGE_STAND_IN,
        name=api_name(path) if name is None else name,
        preset=None if preset is None else TrainingImagePreset(preset),
    )
    fields = request.to_dict()
    key = next(key for key, value in fields.items() if value == IMAGE_STAND_IN)
    body = encoded_body(path, key, {field: value for field, value in fields.items() if field != key}, as_data_url=True)
    query = {"original_assets": original_assets, "project_id": project_id}
    call = build("add_training_image", {"model_id": model_id}, query, fields, subject=model_id)
    return call._replace(content=body)

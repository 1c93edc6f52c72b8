"""The JSON bodies the service answers: every field of the spec, patched with a model's state.

Each answer starts from `filled()` of its generated class, so it carries every field the spec
declares, and a client meets them all; the mock's own values are laid over it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from scenario_train_api.models import (
    CostEstimate,
    DryRunEstimate,
    InputType,
    JobResponse,
    JobStatus,
    JobType,
    ModelCapability,
    ModelResponse,
    ModelsPage,
    ModelStatus,
    TrainingImagePairsResponse,
    TrainingImageResponse,
    TrainingStage,
    TrainModelResponse,
)

from ._state import LEGACY_TYPE, Model, Pair, Training, TrainingImage
from ._template import ABSENT, filled, patched

MODEL_TYPE = LEGACY_TYPE
LISTED_IMAGES = 3
"""The training images a model of a list carries: the field's text says only the first three, the full
set coming from a read of the model."""
JOB_TYPE = JobType.FLUX_MODEL_TRAINING.value
OWNER_ID = "mock-owner"
_ASSETS_URL = "https://cdn.example.invalid/assets"
_PRIMARY_INPUT = "prompt"


Captions = Callable[[str], str]
"""The description of the asset of a training image, by its id: the image's caption."""


def no_captions(image_id: str) -> str:
    return ""


def train_answer(model: Model, captions: Captions = no_captions) -> dict[str, Any]:
    training = _training(model)
    patch = {
        "job": _job(model, training),
        "model": _model(model, captions),
        "creativeUnitsCost": training.cost,
        "creativeUnitsDiscount": 0,
        "costDetails": {"train-model": training.cost},
        "ipDetection": {"analyzedImagesCount": model.training_images},
    }
    answer: dict[str, Any] = patched(filled(TrainModelResponse), patch)
    return answer


def model_answer(model: Model, captions: Captions = no_captions) -> dict[str, Any]:
    answer: dict[str, Any] = patched(filled(ModelResponse), {"model": _model(model, captions)})
    return answer


def models_page_answer(models: list[Model], token: str | None, captions: Captions) -> dict[str, Any]:
    listed = [_model(model, captions, LISTED_IMAGES) for model in models]
    answer: dict[str, Any] = patched(filled(ModelsPage), {"models": listed, "nextPaginationToken": token or ABSENT})
    return answer


def training_image_answer(model: Model, image: TrainingImage, captions: Captions) -> dict[str, Any]:
    index = model.images.index(image)
    patch = {"trainingImage": _training_image(image, index, captions)}
    answer: dict[str, Any] = patched(filled(TrainingImageResponse), patch)
    return answer


def pairs_answer(model: Model) -> dict[str, Any]:
    patch = {"count": len(model.pairs), "pairs": [_pair(pair) for pair in model.pairs]}
    answer: dict[str, Any] = patched(filled(TrainingImagePairsResponse), patch)
    return answer


def job_answer(model: Model) -> dict[str, Any]:
    answer: dict[str, Any] = patched(filled(JobResponse), {"job": _job(model, _training(model))})
    return answer


def cost_answer(cost: int) -> dict[str, Any]:
    patch = {"creativeUnitsCost": cost, "creativeUnitsDiscount": 0, "costDetails": ABSENT}
    answer: dict[str, Any] = patched(filled(CostEstimate), patch)
    return answer


def dry_run_answer(cost: int) -> dict[str, Any]:
    # Nothing starts: no job, and the model is not sent.
    patch = {
        "creativeUnitsCost": cost,
        "creativeUnitsDiscount": 0,
        "costDetails": {"train-model": cost},
        "job": ABSENT,
        "model": ABSENT,
    }
    answer: dict[str, Any] = patched(filled(DryRunEstimate), patch)
    return answer


def model_json(model: Model, captions: Captions = no_captions) -> dict[str, Any]:
    document: dict[str, Any] = model_answer(model, captions)["model"]
    return document


def _model(model: Model, captions: Captions, shown_images: int | None = None) -> dict[str, Any]:
    images = [_training_image(image, index, captions) for index, image in enumerate(model.images[:shown_images])]
    training = model.training
    made_up = _made_up(model) if not model.created else {}
    return {
        **made_up,
        "id": model.id,
        "capabilities": [ModelCapability.TXT2IMG.value, ModelCapability.IMG2IMG.value],
        "collectionIds": [],
        "createdAt": iso(model.created_at),
        "custom": True,
        "exampleAssetIds": [],
        "privacy": "private",
        "source": "scenario",
        "status": model.status.value,
        "tags": ["mock"],
        "trainingImagesNumber": model.training_images,
        "type": model.type,
        "updatedAt": iso(model.updated_at),
        "authorId": OWNER_ID,
        "jobId": "" if training is None else training.job_id,
        "ownerId": OWNER_ID,
        "parameters": dict(model.parameters),
        "performanceStats": _performance_stats(model),
        "trainingImagePairs": [_pair(pair) for pair in model.pairs],
        "trainingImages": images,
        "trainingProgress": ABSENT
        if training is None or model.status is not ModelStatus.TRAINING
        else _training_progress(training),
        "trainingStats": ABSENT if training is None else _training_stats(training),
        "uiConfig": _ui_config(),
        "userId": OWNER_ID,
        **_settings(model),
    }


def _made_up(model: Model) -> dict[str, Any]:
    """What the mock shows of a model first met by its id, where a created model shows what it was given."""
    return {
        "class": {
            "category": "Characters",
            "conceptPrompt": "a character",
            "modelId": "flux.1-dev",
            "name": "Character",
            "prompt": "a character",
            "slug": "characters",
            "thumbnails": [],
        },
        "compliantModelIds": [],
        "concepts": [{"modelId": "flux.1-dev", "scale": 1.0, "modelEpoch": "base"}],
        "epoch": "final",
        "epochs": [{"epoch": "final", "assets": [_asset_ref(f"{model.id}-sample")]}],
        "inputs": [_input_definition()],
        "modelKeyword": f"{model.id}-style",
        "name": f"Mock model {model.id}",
        "shortDescription": "A model of the scenario-train mock.",
        "thumbnail": _asset_ref(f"{model.id}-thumbnail"),
    }


_SHOWN_AS_SENT = (
    "name",
    "shortDescription",
    "collectionIds",
    "concepts",
    "epoch",
    "promptEmbedding",
    "negativePromptEmbedding",
)
"""The settings of `POST /models` and `PUT /models/{modelId}` that a model shows as they were sent."""


def _settings(model: Model) -> dict[str, Any]:
    """What was set on the model, as its answer shows it; `deletedAt` once deleted."""
    settings = model.settings
    shown: dict[str, Any] = {name: settings[name] for name in _SHOWN_AS_SENT if name in settings}
    if "classSlug" in settings:
        shown["class"] = {"slug": settings["classSlug"], "modelId": model.id}
    if "thumbnail" in settings:
        shown["thumbnail"] = _asset_ref(settings["thumbnail"])
    if model.deleted_at is not None:
        shown["deletedAt"] = iso(model.deleted_at)
    return shown


def _pair(pair: Pair) -> dict[str, Any]:
    return {"instruction": pair.instruction, "sourceId": pair.source_id, "targetId": pair.target_id}


def _job(model: Model, training: Training) -> dict[str, Any]:
    status = _job_status(model, training)
    return {
        "createdAt": iso(training.started_at),
        "jobId": training.job_id,
        "jobType": JOB_TYPE,
        "metadata": {
            "assetIds": [],
            "error": None,
            "flow": [_flow_node(model, training)],
            "input": {"modelId": model.id, "parameters": dict(model.parameters)},
            "output": {},
            "outputModelId": model.id,
        },
        "progress": training.progress,
        "status": status.value,
        "statusHistory": [{"date": iso(training.updated_at), "status": status.value}],
        "updatedAt": iso(training.updated_at),
        "authorId": OWNER_ID,
        "billing": {"cuCost": training.cost, "cuDiscount": 0},
        "ownerId": OWNER_ID,
    }


def _job_status(model: Model, training: Training) -> JobStatus:
    if model.status is not ModelStatus.TRAINING:
        return _ENDED_JOB_STATUS[model.status]
    if training.stage in (TrainingStage.PENDING, TrainingStage.QUEUED_FOR_TRAIN):
        return JobStatus.QUEUED
    return JobStatus.WARMING_UP if training.stage is TrainingStage.STARTING_TRAIN else JobStatus.IN_PROGRESS


_ENDED_JOB_STATUS = {
    ModelStatus.TRAINED: JobStatus.SUCCESS,
    ModelStatus.FAILED: JobStatus.FAILURE,
    ModelStatus.TRAINING_CANCELED: JobStatus.CANCELED,
}


def _flow_node(model: Model, training: Training) -> dict[str, Any]:
    return {
        "id": "train",
        "status": "pending",
        "type": "custom-model",
        "assets": [_asset_ref(image.id) for image in model.images],
        "count": model.training_images,
        "dependsOn": [],
        "includeOutputsInWorkflowJob": True,
        "inputs": [{**_node_input_item(), "items": [[_node_input_item()]]}],
        "items": [],
        "jobId": training.job_id,
        "logic": {"cases": [{"condition": "always", "value": "train"}], "default": "train"},
        "logicType": "if-else",
        "loopBodyNodeIds": [],
        "modelId": model.id,
        "output": {},
    }


def _input_definition() -> dict[str, Any]:
    return {
        "name": _PRIMARY_INPUT,
        "type": InputType.STRING.value,
        "allowedValues": [],
        "backgroundBehavior": "opaque",
        "default": "",
        "description": "What to generate.",
        "group": "main",
        "inputs": [],
        "kind": "text",
        "label": "Prompt",
        "maxLength": 2000,
        "modelTypes": [MODEL_TYPE],
        "prompt": True,
        "required": {"always": True},
        "step": 1,
    }


def _node_input_item() -> dict[str, Any]:
    ref = {"conditional": [], "equal": "", "name": _PRIMARY_INPUT, "node": "train"}
    return {**_input_definition(), "ref": ref, "value": ""}


def _performance_stats(model: Model) -> dict[str, Any]:
    variant = {
        "capability": ModelCapability.TXT2IMG.value,
        "computedAt": iso(model.created_at),
        "variantKey": "default",
        "arenaScore": {
            "arenaCategory": "text-to-image",
            "arenaModelName": MODEL_TYPE,
            "fetchedAt": iso(model.created_at),
            "rank": 1,
            "rating": 1000,
            "ratingLower": 990,
            "ratingUpper": 1010,
            "votes": 0,
        },
        "costPerAssetMaxCU": 10,
        "costPerAssetMinCU": 5,
        "costPerAssetP50CU": 7,
        "inferenceLatencyP50Sec": 4.0,
        "inferenceLatencyP75Sec": 6.0,
        "resolution": "1024x1024",
        "totalLatencyP50Sec": 5.0,
        "totalLatencyP75Sec": 8.0,
    }
    return {"variants": [variant], "default": "default"}


def _ui_config() -> dict[str, Any]:
    return {
        "inputProperties": {_PRIMARY_INPUT: {"collapsed": False}},
        "lorasComponent": {
            "label": "LoRAs",
            "modelInput": "loras",
            "scaleInput": "lorasScale",
            "modelIdInput": "lorasModelId",
        },
        "outputProperties": {"images": {"label": "Images"}},
        "presets": [{"fields": ["width", "height"], "presets": {}}],
        "resolutionComponent": {
            "heightInput": "height",
            "label": "Resolution",
            "presets": [{"height": 1024, "label": "1:1", "width": 1024}],
            "widthInput": "width",
        },
        "triggerGenerate": {"label": "Generate", "after": _PRIMARY_INPUT, "position": "bottom"},
    }


def _training_image(image: TrainingImage, index: int, captions: Captions) -> dict[str, Any]:
    return {
        "id": image.id,
        "automaticCaptioning": f"a sample image {index}",
        "createdAt": iso(image.created_at),
        "description": captions(image.id),
        "downloadUrl": _asset_ref(image.id)["url"],
        "name": image.name,
    }


def _training_progress(training: Training) -> dict[str, Any]:
    return {
        "stage": training.stage.value,
        "updatedAt": _epoch_ms(training.updated_at),
        "position": training.position,
        "progress": training.progress,
        "remainingTimeMs": training.remaining_ms,
        "startedAt": _epoch_ms(training.started_at),
    }


def _training_stats(training: Training) -> dict[str, Any]:
    last = training.updated_at if training.ended_at is None else training.ended_at
    return {
        "endedAt": "" if training.ended_at is None else iso(training.ended_at),
        "queueDuration": 0,
        "startedAt": iso(training.started_at),
        "trainDuration": round(last - training.started_at, 3),
    }


def _training(model: Model) -> Training:
    if model.training is None:
        raise ValueError(f"model {model.id!r} has never been trained")
    return model.training


def _asset_ref(asset_id: str) -> dict[str, Any]:
    return {"assetId": asset_id, "url": f"{_ASSETS_URL}/{asset_id}.png"}


def iso(epoch: float) -> str:
    """A date as answers show it: `2026-12-08T10:00:00.000Z`."""
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _epoch_ms(epoch: float) -> int:
    return round(epoch * 1000)

"""The JSON bodies the service answers: every field of the spec, patched with a model's state.

Each answer starts from `filled()` of its generated class, so it carries every field the spec
declares, and a client meets them all; the mock's own values are laid over it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from scenario_train_api.models import (
    DryRunEstimate,
    InputType,
    JobStatus,
    JobType,
    ModelCapability,
    ModelResponse,
    ModelStatus,
    ModelType,
    TrainingStage,
    TrainModelResponse,
)

from ._state import Model, Training
from ._template import ABSENT, filled, patched

MODEL_TYPE = ModelType.FLUX_1_LORA.value
JOB_TYPE = JobType.FLUX_MODEL_TRAINING.value
OWNER_ID = "mock-owner"
_ASSETS_URL = "https://cdn.example.invalid/assets"
_PRIMARY_INPUT = "prompt"


def train_answer(model: Model) -> dict[str, Any]:
    training = _training(model)
    patch = {
        "job": _job(model, training),
        "model": _model(model),
        "creativeUnitsCost": training.cost,
        "creativeUnitsDiscount": 0,
        "costDetails": {"train-model": training.cost},
        "ipDetection": {"analyzedImagesCount": model.training_images},
    }
    answer: dict[str, Any] = patched(filled(TrainModelResponse), patch)
    return answer


def model_answer(model: Model) -> dict[str, Any]:
    answer: dict[str, Any] = patched(filled(ModelResponse), {"model": _model(model)})
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


def model_json(model: Model) -> dict[str, Any]:
    document: dict[str, Any] = model_answer(model)["model"]
    return document


def _model(model: Model) -> dict[str, Any]:
    images = [_training_image(model, index) for index in range(model.training_images)]
    training = model.training
    return {
        "id": model.id,
        "capabilities": [ModelCapability.TXT2IMG.value, ModelCapability.IMG2IMG.value],
        "collectionIds": [],
        "createdAt": _iso(model.created_at),
        "custom": True,
        "exampleAssetIds": [],
        "privacy": "private",
        "source": "scenario",
        "status": model.status.value,
        "tags": ["mock"],
        "trainingImagesNumber": model.training_images,
        "type": MODEL_TYPE,
        "updatedAt": _iso(model.updated_at),
        "authorId": OWNER_ID,
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
        "jobId": "" if training is None else training.job_id,
        "modelKeyword": f"{model.id}-style",
        "name": f"Mock model {model.id}",
        "ownerId": OWNER_ID,
        "parameters": dict(model.parameters),
        "performanceStats": _performance_stats(model),
        "shortDescription": "A model of the scenario-train mock.",
        "thumbnail": _asset_ref(f"{model.id}-thumbnail"),
        "trainingImagePairs": [
            {"instruction": "", "sourceId": image["id"], "targetId": image["id"]} for image in images[:1]
        ],
        "trainingImages": images,
        "trainingProgress": ABSENT
        if training is None or model.status is not ModelStatus.TRAINING
        else _training_progress(training),
        "trainingStats": ABSENT if training is None else _training_stats(training),
        "uiConfig": _ui_config(),
        "userId": OWNER_ID,
    }


def _job(model: Model, training: Training) -> dict[str, Any]:
    status = _job_status(model, training)
    return {
        "createdAt": _iso(training.started_at),
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
        "statusHistory": [{"date": _iso(training.updated_at), "status": status.value}],
        "updatedAt": _iso(training.updated_at),
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
        "assets": [_asset_ref(f"{model.id}-image-{index}") for index in range(model.training_images)],
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
        "computedAt": _iso(model.created_at),
        "variantKey": "default",
        "arenaScore": {
            "arenaCategory": "text-to-image",
            "arenaModelName": MODEL_TYPE,
            "fetchedAt": _iso(model.created_at),
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


def _training_image(model: Model, index: int) -> dict[str, Any]:
    image = _asset_ref(f"{model.id}-image-{index}")
    return {
        "id": image["assetId"],
        "automaticCaptioning": f"a sample image {index}",
        "createdAt": _iso(model.created_at),
        "downloadUrl": image["url"],
        "name": f"image-{index}.png",
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
        "endedAt": "" if training.ended_at is None else _iso(training.ended_at),
        "queueDuration": 0,
        "startedAt": _iso(training.started_at),
        "trainDuration": round(last - training.started_at, 3),
    }


def _training(model: Model) -> Training:
    if model.training is None:
        raise ValueError(f"model {model.id!r} has never been trained")
    return model.training


def _asset_ref(asset_id: str) -> dict[str, Any]:
    return {"assetId": asset_id, "url": f"{_ASSETS_URL}/{asset_id}.png"}


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _epoch_ms(epoch: float) -> int:
    return round(epoch * 1000)

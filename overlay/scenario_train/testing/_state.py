"""The life of one model, as pure functions: each takes a state and returns the next one."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Any, Literal, TypeAlias

from scenario_train_api.models import (
    AssetStatus,
    JobStatus,
    ModelStatus,
    ModelType,
    TrainAction,
    TrainingStage,
    UploadAction,
    UploadStatus,
)

Outcome: TypeAlias = Literal["trained", "failed"]

# What successive polls see: the stages the service reports, with `running-train` split so that
# `progress` can be seen rising. Past the last step the model is trained.
STEPS: tuple[tuple[TrainingStage, float], ...] = (
    (TrainingStage.PENDING, 0.0),
    (TrainingStage.QUEUED_FOR_TRAIN, 0.0),
    (TrainingStage.STARTING_TRAIN, 0.0),
    (TrainingStage.RUNNING_TRAIN, 0.0),
    (TrainingStage.RUNNING_TRAIN, 0.5),
    (TrainingStage.RUNNING_TRAIN, 1.0),
)
QUEUE_STEPS = 2
STEP_SECONDS = 60

UNSIMULATED: Mapping[type[Enum], frozenset[Enum]] = MappingProxyType(
    {
        ModelStatus: frozenset({ModelStatus.COPYING}),
        TrainingStage: frozenset({TrainingStage.PENDING_CAPTCHA, TrainingStage.READY_FOR_CAPTCHA}),
        JobStatus: frozenset({JobStatus.PENDING, JobStatus.FINALIZING}),
        TrainAction: frozenset(),
        UploadStatus: frozenset({UploadStatus.COMPLETE}),
        UploadAction: frozenset(),
        AssetStatus: frozenset({AssetStatus.ERROR, AssetStatus.PENDING}),
    }
)
"""The values of the spec's enums that the mock never shows: a model being copied, the captcha some
trainings wait on, job states it skips, the `complete` status of an upload (its image uploads end
`imported`) and assets still or badly processed. A value the spec adds is in neither this nor what the
mock shows, and a test says so."""

DEFAULT_TRAINING_IMAGES = 3
LEGACY_TYPE = ModelType.FLUX_1_LORA.value
"""The type of a model the mock makes up for an id it has never seen (or `add_model`)."""
UNTYPED = ModelType.CUSTOM.value
"""The type a model created without one reads as; it cannot train until a type is set."""
MIN_PAIRS = 2
"""The pairs an edit model needs to train: the docs say two for `flux.2-dev-edit-lora`, the vendor's
training skill more than one for every pair-trained family."""
MAX_ESTIMATED_IMAGES = 1_000_000
"""A dry run simulating more training images costs as much as this many."""

DEFAULT_PARAMETERS: Mapping[str, Any] = MappingProxyType(
    {
        "age": "",
        "batchSize": 1,
        "classPrompt": "",
        "cloneType": "instant",
        "conceptPrompt": "",
        "gender": "",
        "language": "en",
        "learningRate": 0.0001,
        "learningRateTextEncoder": 0.00005,
        "learningRateUnet": 0.0001,
        "lrScheduler": "constant",
        "maxTrainSteps": 1000,
        "nbEpochs": 10,
        "nbRepeats": 10,
        "numTextTrainSteps": 0,
        "numUNetTrainSteps": 0,
        "optimizeFor": "likeness",
        "priorLossWeight": 1.0,
        "randomCrop": False,
        "randomCropRatio": 0.0,
        "randomCropScale": 0.0,
        "rank": 16,
        "removeBackgroundNoise": False,
        "samplePrompts": [],
        "sampleSourceImages": [],
        "scaleLr": False,
        "seed": 0,
        "textEncoderTrainingRatio": 0.0,
        "validationFrequency": 0,
        "validationPrompt": "",
        "voiceDescription": "",
        "wandbKey": "",
    }
)


class Refused(ValueError):
    """The service refuses the request with `status` (400 by default); the message is the one it answers."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def not_found(what: str) -> Refused:
    return Refused(f"{what} not found", 404)


@dataclass(frozen=True, slots=True, kw_only=True)
class Training:
    job_id: str
    cost: int
    started_at: float
    updated_at: float
    ended_at: float | None = None
    step: int = 0
    polls: int = 0

    @property
    def stage(self) -> TrainingStage:
        return STEPS[self.step][0]

    @property
    def progress(self) -> float:
        return STEPS[self.step][1]

    @property
    def position(self) -> int:
        return max(0, QUEUE_STEPS - self.step)

    @property
    def remaining_ms(self) -> int:
        return (len(STEPS) - 1 - self.step) * STEP_SECONDS * 1000


@dataclass(frozen=True, slots=True)
class TrainingImage:
    id: str
    """Its asset's id."""
    name: str
    created_at: float


@dataclass(frozen=True, slots=True)
class Pair:
    source_id: str
    target_id: str
    instruction: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Model:
    id: str
    created_at: float
    updated_at: float
    images: tuple[TrainingImage, ...]
    parameters: Mapping[str, Any]
    status: ModelStatus = ModelStatus.NEW
    training: Training | None = None
    """The running training, or the last one."""
    pairs: tuple[Pair, ...] = ()
    settings: Mapping[str, Any] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    """What `POST /models` and `PUT /models/{modelId}` set, by wire name (`name`, `type`, `classSlug`, ...)."""
    created: bool = False
    """Made by `POST /models`, not first met by its id."""
    deleted_at: float | None = None

    @property
    def training_images(self) -> int:
        return len(self.images)

    @property
    def type(self) -> str:
        default = UNTYPED if self.created else LEGACY_TYPE
        value = self.settings.get("type", default)
        return str(value)


def new_model(model_id: str, now: float, training_images: int = DEFAULT_TRAINING_IMAGES) -> Model:
    """A `new` model the mock makes up for an id it has never seen: it has training images, and a pair."""
    images = tuple(
        TrainingImage(f"{model_id}-image-{index}", f"image-{index}.png", now) for index in range(training_images)
    )
    return Model(
        id=model_id,
        created_at=now,
        updated_at=now,
        images=images,
        parameters=DEFAULT_PARAMETERS,
        pairs=tuple(Pair(image.id, image.id) for image in images[:1]),
    )


def created_model(model_id: str, now: float, settings: Mapping[str, Any]) -> Model:
    """A model made by `POST /models`: `new`, with no training images."""
    return Model(
        id=model_id,
        created_at=now,
        updated_at=now,
        images=(),
        parameters=DEFAULT_PARAMETERS,
        settings=MappingProxyType(dict(settings)),
        created=True,
    )


def alive(model: Model) -> Model:
    """The model, unless it was deleted: then 404, as for a model that does not exist."""
    if model.deleted_at is not None:
        raise not_found(f"Model {model.id}")
    return model


def is_edit_type(model_type: str) -> bool:
    """Whether models of this type train on before/after pairs (the guide's `-edit-lora` types, and Kontext)."""
    return model_type.endswith("-edit-lora") or model_type == ModelType.FLUX_1_KONTEXT_LORA.value


def training_cost(training_images: int) -> int:
    return 100 + 10 * min(max(training_images, 0), MAX_ESTIMATED_IMAGES)


def trigger(model: Model, parameters: Mapping[str, Any], *, job_id: str, now: float) -> Model:
    if model.status is ModelStatus.TRAINING:
        raise Refused("Model is already training")
    if model.training_images == 0:
        raise Refused("Model has no training images")
    if model.created and "type" not in model.settings:
        raise Refused("Model has no type: set one with PUT /models/{modelId}")
    if is_edit_type(model.type) and len(model.pairs) < MIN_PAIRS:
        raise Refused(f"Model needs at least {MIN_PAIRS} training image pairs")
    training = Training(job_id=job_id, cost=training_cost(model.training_images), started_at=now, updated_at=now)
    return dataclasses.replace(
        model,
        status=ModelStatus.TRAINING,
        parameters={**model.parameters, **parameters},
        training=training,
        updated_at=now,
    )


def poll(model: Model, polls_per_step: int, now: float) -> Model:
    """A read of the model: every `polls_per_step`-th one moves a training one step (0: never)."""
    if model.training is None or model.status is not ModelStatus.TRAINING or polls_per_step == 0:
        return model
    polls = model.training.polls + 1
    if polls >= polls_per_step:
        return advance(model, 1, now)
    return dataclasses.replace(model, training=dataclasses.replace(model.training, polls=polls))


def advance(model: Model, steps: int, now: float) -> Model:
    training = _running(model)
    if steps < 1:
        raise ValueError(f"steps must be at least 1, not {steps}")
    step = training.step + steps
    if step >= len(STEPS):
        return _end(model, ModelStatus.TRAINED, now)
    return dataclasses.replace(
        model,
        training=dataclasses.replace(training, step=step, polls=0, updated_at=now),
        updated_at=now,
    )


def finish(model: Model, outcome: Outcome, now: float) -> Model:
    if outcome not in ("trained", "failed"):
        raise ValueError(f"a training ends 'trained' or 'failed', not {outcome!r}")
    return _end(model, ModelStatus(outcome), now)


def cancel(model: Model, now: float) -> Model:
    return _end(model, ModelStatus.TRAINING_CANCELED, now)


def _end(model: Model, status: ModelStatus, now: float) -> Model:
    training = _running(model)
    return dataclasses.replace(
        model,
        status=status,
        training=dataclasses.replace(training, ended_at=now, updated_at=now),
        updated_at=now,
    )


def _running(model: Model) -> Training:
    if model.training is None or model.status is not ModelStatus.TRAINING:
        raise Refused("Model is not training")
    return model.training

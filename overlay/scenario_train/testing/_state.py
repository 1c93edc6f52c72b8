"""The life of one model, as pure functions: each takes a state and returns the next one."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Any, Literal, TypeAlias

from scenario_train_api.models import JobStatus, ModelStatus, TrainAction, TrainingStage

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
    }
)
"""The values of the spec's enums that the mock never shows: a model being copied, the captcha some
trainings wait on, and job states it skips. A value the spec adds is in neither this nor what the
mock shows, and a test says so."""

DEFAULT_TRAINING_IMAGES = 3
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
    """The service refuses the request with HTTP 400; the message is the one it answers."""


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Model:
    id: str
    created_at: float
    updated_at: float
    training_images: int
    parameters: Mapping[str, Any]
    status: ModelStatus = ModelStatus.NEW
    training: Training | None = None
    """The running training, or the last one."""


def new_model(model_id: str, now: float, training_images: int = DEFAULT_TRAINING_IMAGES) -> Model:
    return Model(
        id=model_id,
        created_at=now,
        updated_at=now,
        training_images=training_images,
        parameters=DEFAULT_PARAMETERS,
    )


def training_cost(training_images: int) -> int:
    return 100 + 10 * min(max(training_images, 0), MAX_ESTIMATED_IMAGES)


def trigger(model: Model, parameters: Mapping[str, Any], *, job_id: str, now: float) -> Model:
    if model.status is ModelStatus.TRAINING:
        raise Refused("Model is already training")
    if model.training_images == 0:
        raise Refused("Model has no training images")
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

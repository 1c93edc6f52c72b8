"""Type-checked by test_typing.py under `mypy --strict`: every line here must pass.

Typed code written for the vendor's SDK, its imports of `scenario_sdk.types` changed to `scenario_train.types`.
"""

from __future__ import annotations

from scenario_train import Scenario
from scenario_train.types import JobRetrieveResponse, ModelListResponse, ModelRetrieveResponse
from scenario_train.types.model_create_response import ModelCreateResponse
from scenario_train.types.model_update_params import Parameters as UpdateParameters
from scenario_train.types.models import TrainingImageAddResponse
from scenario_train.types.models.train_trigger_params import Parameters
from scenario_train.types.models.train_trigger_response import TrainTriggerResponse


def trigger(client: Scenario, model_id: str) -> TrainTriggerResponse:
    parameters: Parameters = {"batchSize": 2, "learningRate": 1e-4}
    return client.models.train.trigger(model_id, parameters=parameters)


def read(client: Scenario, model_id: str) -> ModelRetrieveResponse:
    return client.models.retrieve(model_id)


def created_id(answer: ModelCreateResponse) -> str:
    return answer.model.id


def listed_names(models: list[ModelListResponse]) -> list[str | None]:
    return [model.name for model in models]


def image_id(answer: TrainingImageAddResponse) -> str:
    return answer.training_image.id


def job_status(answer: JobRetrieveResponse) -> str:
    return answer.job.status


UPDATE: UpdateParameters = {"nbEpochs": 10}

"""Type-checked by test_typing.py under `mypy --strict`: each line marked `# error: CODE` must fail with that code."""

from __future__ import annotations

from scenario_train.types.models.train_trigger_params import Parameters
from scenario_train.types.models.train_trigger_response import TrainTriggerResponse

MISSPELT: Parameters = {"batchSizee": 2}  # error: typeddict-unknown-key
WRONG_TYPE: Parameters = {"batchSize": "two"}  # error: typeddict-item


def job_id(answer: TrainTriggerResponse) -> int:
    return answer.job.job_id  # error: return-value

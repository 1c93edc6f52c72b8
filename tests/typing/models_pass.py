"""Type-checked by test_typing.py under `mypy --strict`: every line here must pass.

Vendor-style code on the models, and the typed parameters under both spellings of their names.
"""

from __future__ import annotations

from typing import assert_type

from scenario_train import Model, TrainingParameters, TrainingParametersDict, TrainModelResponse
from scenario_train_api.models import JobStatus, LrScheduler, TrainingProgress


def progress_of(model: Model) -> float | None:
    if model.training_progress is not None:
        assert_type(model.training_progress, TrainingProgress)
        return model.training_progress.progress
    return None


def fields_of(result: TrainModelResponse) -> None:
    assert_type(result.creative_units_cost, float | None)
    assert_type(result.model.training_progress, TrainingProgress | None)
    assert_type(result.model.id, str)
    assert_type(result.job.status, JobStatus)
    assert_type(result.job.metadata.error, str | None)
    assert_type(result.to_json(), str)
    assert_type(result.to_json(indent=None), str)
    assert_type(repr(result.model), str)


by_wire_name: TrainingParametersDict = {
    "batchSize": 2,
    "learningRate": 1e-4,
    "lrScheduler": "cosine-with-restarts",
    "samplePrompts": ["a cat"],
    "randomCrop": True,
}
by_python_name: TrainingParametersDict = {
    "batch_size": 2.5,
    "lr_scheduler": LrScheduler.COSINE,
    "sample_source_images": ["asset_1"],
    "wandb_key": "key",
}
nothing: TrainingParametersDict = {}
assert_type(by_wire_name.get("batchSize"), float | None)
assert_type(by_python_name.get("sample_source_images"), list[str] | None)

built = TrainingParameters(batch_size=2, lr_scheduler=LrScheduler.COSINE, sample_prompts=["a cat"])
assert_type(built.batch_size, float | None)

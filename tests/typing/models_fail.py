"""Type-checked by test_typing.py under `mypy --strict`: each line marked `# error: CODE` must
fail with that error code, and no other line may fail."""

from __future__ import annotations

from scenario_train import Model, TrainingParameters, TrainingParametersDict

misspelt: TrainingParametersDict = {"batchSizee": 2}  # error: typeddict-unknown-key
misspelt_python_name: TrainingParametersDict = {"batch_sise": 2}  # error: typeddict-unknown-key
text_for_a_number: TrainingParametersDict = {"batchSize": "two"}  # error: typeddict-item
text_for_a_number_by_python_name: TrainingParametersDict = {"batch_size": "two"}  # error: typeddict-item
unlisted_scheduler: TrainingParametersDict = {"lrScheduler": "cosinus"}  # error: typeddict-item
one_prompt_not_a_list: TrainingParametersDict = {"samplePrompts": "a cat"}  # error: typeddict-item
number_for_a_flag: TrainingParametersDict = {"randomCrop": "yes"}  # error: typeddict-item

positional = TrainingParameters("adult")  # error: call-arg


def progress_without_a_test(model: Model) -> float | None:
    return model.training_progress.progress  # error: union-attr


def progress_as_a_number(model: Model) -> float:
    assert model.training_progress is not None
    return model.training_progress.progress  # error: return-value

"""`Parameters`: the generated `TrainingParametersDict`, under the name the vendor's SDK gives
the training parameters of `client.models.update`."""

from scenario_train_api.models.training_parameters import TrainingParametersDict as Parameters

__all__ = ["Parameters"]

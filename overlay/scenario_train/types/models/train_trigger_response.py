"""`TrainTriggerResponse`: the generated `TrainModelResponse`, under the name the vendor's SDK gives
the answer of `client.models.train.trigger`."""

from scenario_train_api.models.train_model_response import TrainModelResponse as TrainTriggerResponse

__all__ = ["TrainTriggerResponse"]

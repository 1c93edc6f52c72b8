"""`TrainActionResponse`: the generated `ModelResponse`, under the name the vendor's SDK gives
the answer of `client.models.train.action`."""

from scenario_train_api.models.model_response import ModelResponse as TrainActionResponse

__all__ = ["TrainActionResponse"]

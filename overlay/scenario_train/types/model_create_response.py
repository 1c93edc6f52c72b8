"""`ModelCreateResponse`: the generated `ModelResponse`, under the name the vendor's SDK gives
the answer of `client.models.create`."""

from scenario_train_api.models.model_response import ModelResponse as ModelCreateResponse

__all__ = ["ModelCreateResponse"]

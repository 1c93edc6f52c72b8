"""`ModelRetrieveResponse`: the generated `ModelResponse`, under the name the vendor's SDK gives
the answer of `client.models.retrieve`."""

from scenario_train_api.models.model_response import ModelResponse as ModelRetrieveResponse

__all__ = ["ModelRetrieveResponse"]

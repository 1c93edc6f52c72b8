"""`ModelUpdateResponse`: the generated `ModelResponse`, under the name the vendor's SDK gives
the answer of `client.models.update`."""

from scenario_train_api.models.model_response import ModelResponse as ModelUpdateResponse

__all__ = ["ModelUpdateResponse"]

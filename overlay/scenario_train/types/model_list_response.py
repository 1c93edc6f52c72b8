"""`ModelListResponse`: the generated `Model`, under the name the vendor's SDK gives
each model `client.models.list` iterates over."""

from scenario_train_api.models.model import Model as ModelListResponse

__all__ = ["ModelListResponse"]

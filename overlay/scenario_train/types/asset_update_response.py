"""`AssetUpdateResponse`: the generated `AssetResponse`, under the name the vendor's SDK gives
the answer of `client.assets.update`."""

from scenario_train_api.models.asset_response import AssetResponse as AssetUpdateResponse

__all__ = ["AssetUpdateResponse"]

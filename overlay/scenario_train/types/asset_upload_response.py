"""`AssetUploadResponse`: the generated `AssetUploadResponse`, under the name the vendor's SDK gives
the answer of `client.assets.upload`."""

from scenario_train_api.models.asset_upload_response import AssetUploadResponse as AssetUploadResponse

__all__ = ["AssetUploadResponse"]

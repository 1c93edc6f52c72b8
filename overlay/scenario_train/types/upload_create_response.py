"""`UploadCreateResponse`: the generated `UploadResponse`, under the name the vendor's SDK gives
the answer of `client.uploads.create`."""

from scenario_train_api.models.upload_response import UploadResponse as UploadCreateResponse

__all__ = ["UploadCreateResponse"]

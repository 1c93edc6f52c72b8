"""`UploadRetrieveResponse`: the generated `UploadResponse`, under the name the vendor's SDK gives
the answer of `client.uploads.retrieve`."""

from scenario_train_api.models.upload_response import UploadResponse as UploadRetrieveResponse

__all__ = ["UploadRetrieveResponse"]

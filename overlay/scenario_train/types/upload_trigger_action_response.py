"""`UploadTriggerActionResponse`: the generated `UploadResponse`, under the name the vendor's SDK gives
the answer of `client.uploads.trigger_action`."""

from scenario_train_api.models.upload_response import UploadResponse as UploadTriggerActionResponse

__all__ = ["UploadTriggerActionResponse"]

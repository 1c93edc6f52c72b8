"""The vendor SDK's names of the types of answers, importable from the same module paths as under
`scenario_sdk.types`, so that typed code written for the vendor's SDK keeps working:

    from scenario_train.types import ModelCreateResponse
    from scenario_train.types.models.train_trigger_response import TrainTriggerResponse

Each name is an alias of the generated model of that answer (`ModelCreateResponse` is
`scenario_train_api.models.ModelResponse`), loaded on first use: `import scenario_train` loads none.
`Parameters` (the training parameters' TypedDict) is in `models.train_trigger_params` and
`model_update_params`, as in the vendor's SDK.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import models as models
    from .asset_update_response import AssetUpdateResponse
    from .asset_upload_response import AssetUploadResponse
    from .job_retrieve_response import JobRetrieveResponse
    from .model_create_response import ModelCreateResponse
    from .model_list_response import ModelListResponse
    from .model_retrieve_response import ModelRetrieveResponse
    from .model_update_response import ModelUpdateResponse
    from .upload_create_response import UploadCreateResponse
    from .upload_retrieve_response import UploadRetrieveResponse
    from .upload_trigger_action_response import UploadTriggerActionResponse

_MODULES = {
    "AssetUpdateResponse": "asset_update_response",
    "AssetUploadResponse": "asset_upload_response",
    "JobRetrieveResponse": "job_retrieve_response",
    "ModelCreateResponse": "model_create_response",
    "ModelListResponse": "model_list_response",
    "ModelRetrieveResponse": "model_retrieve_response",
    "ModelUpdateResponse": "model_update_response",
    "UploadCreateResponse": "upload_create_response",
    "UploadRetrieveResponse": "upload_retrieve_response",
    "UploadTriggerActionResponse": "upload_trigger_action_response",
}
"""Each name, and the module of this package that holds it, as in the vendor's SDK."""

__all__ = [
    "AssetUpdateResponse",
    "AssetUploadResponse",
    "JobRetrieveResponse",
    "ModelCreateResponse",
    "ModelListResponse",
    "ModelRetrieveResponse",
    "ModelUpdateResponse",
    "UploadCreateResponse",
    "UploadRetrieveResponse",
    "UploadTriggerActionResponse",
]


# Hidden from type checkers, which see the names imported under TYPE_CHECKING above.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """Each name loads its module, and the generated model it aliases, on first use."""
        if name == "models":
            return import_module(f"{__name__}.models")
        if name not in _MODULES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{_MODULES[name]}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

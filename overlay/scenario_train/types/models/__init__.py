"""The vendor SDK's names of the types of the answers of `client.models.train` and
`client.models.training_images`, as under `scenario_sdk.types.models` (see `scenario_train.types`)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .train_action_response import TrainActionResponse
    from .train_trigger_response import TrainTriggerResponse
    from .training_image_add_response import TrainingImageAddResponse
    from .training_image_replace_pairs_response import TrainingImageReplacePairsResponse
    from .training_image_replace_response import TrainingImageReplaceResponse

_MODULES = {
    "TrainActionResponse": "train_action_response",
    "TrainTriggerResponse": "train_trigger_response",
    "TrainingImageAddResponse": "training_image_add_response",
    "TrainingImageReplacePairsResponse": "training_image_replace_pairs_response",
    "TrainingImageReplaceResponse": "training_image_replace_response",
}
"""Each name, and the module of this package that holds it, as in the vendor's SDK."""

__all__ = [
    "TrainActionResponse",
    "TrainTriggerResponse",
    "TrainingImageAddResponse",
    "TrainingImageReplacePairsResponse",
    "TrainingImageReplaceResponse",
]


# Hidden from type checkers, which see the names imported under TYPE_CHECKING above.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """Each name loads its module, and the generated model it aliases, on first use."""
        if name not in _MODULES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(f"{__name__}.{_MODULES[name]}"), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

"""Typed client for Scenario's model-training API.

from scenario_train import Scenario

with Scenario() as client:
    result = client.models.train.trigger("model_id", parameters={"batchSize": 2})
    print(result.job.job_id, result.model.status)
"""

from typing import TYPE_CHECKING, Any

from scenario_train_api.errors import ParseError

from ._client import DEFAULT_MAX_RETRIES, Scenario
from ._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._errors import (
    AnswerLostError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    OutcomeUnknownError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ScenarioError,
    UnprocessableEntityError,
)
from ._json import JSONValue
from ._raw import AsyncRawResponse, RawResponse
from ._version import __version__

if TYPE_CHECKING:
    from scenario_train_api.models import (
        DryRunEstimate,
        Job,
        JobStatus,
        JobType,
        Model,
        ModelResponse,
        ModelStatus,
        ModelType,
        TrainingParameters,
        TrainingProgress,
        TrainingStage,
        TrainModelResponse,
    )
    from scenario_train_api.models.training_parameters import TrainingParametersDict

    from ._client import AsyncScenario
from ._wait import NoTrainingError, TrainingFailedError, WaitTimeoutError

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnswerLostError",
    "AsyncRawResponse",
    "AsyncScenario",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DryRunEstimate",
    "InternalServerError",
    "JSONValue",
    "Job",
    "JobStatus",
    "JobType",
    "MissingCredentialsError",
    "Model",
    "ModelResponse",
    "ModelStatus",
    "ModelType",
    "NoTrainingError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PaginationError",
    "ParseError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RedirectError",
    "Scenario",
    "ScenarioError",
    "TrainModelResponse",
    "TrainingFailedError",
    "TrainingParameters",
    "TrainingParametersDict",
    "TrainingProgress",
    "TrainingStage",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
]


_MODELS = frozenset(
    {
        "DryRunEstimate",
        "Job",
        "JobStatus",
        "JobType",
        "Model",
        "ModelResponse",
        "ModelStatus",
        "ModelType",
        "TrainModelResponse",
        "TrainingParameters",
        "TrainingProgress",
        "TrainingStage",
    }
)


# Hidden from type checkers, which see the names imported under TYPE_CHECKING above: to them, a
# misspelt name of the package is an error, not an attribute of type Any.
if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        """The generated models, and the async client, load on first use, so that `import scenario_train`
        loads none of them."""
        if name == "AsyncScenario":
            from ._client import AsyncScenario as value
        elif name in _MODELS:
            from scenario_train_api import models

            value = getattr(models, name)
        elif name == "TrainingParametersDict":
            from scenario_train_api.models.training_parameters import TrainingParametersDict

            value = TrainingParametersDict
        elif name == "types":
            # As `scenario_sdk.types` is an attribute of `scenario_sdk`: the vendor's type names, loaded on first use.
            import importlib

            value = importlib.import_module(f"{__name__}.types")
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})

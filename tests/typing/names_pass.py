"""Type-checked by test_typing.py under `mypy --strict`: every line here must pass.

Every public name of the package, as type checkers see it: the models it loads on first use too.
test_typing.py checks that this list is the package's `__all__`.
"""

from __future__ import annotations

import scenario_train

PUBLIC: tuple[object, ...] = (
    scenario_train.DEFAULT_BASE_URL,
    scenario_train.DEFAULT_MAX_RETRIES,
    scenario_train.DEFAULT_TIMEOUT,
    scenario_train.APIConnectionError,
    scenario_train.APIError,
    scenario_train.APIResponseValidationError,
    scenario_train.APIStatusError,
    scenario_train.APITimeoutError,
    scenario_train.AnswerLostError,
    scenario_train.AsyncRawResponse,
    scenario_train.AsyncScenario,
    scenario_train.AuthenticationError,
    scenario_train.BadRequestError,
    scenario_train.ConflictError,
    scenario_train.DryRunEstimate,
    scenario_train.InternalServerError,
    scenario_train.JSONValue,
    scenario_train.Job,
    scenario_train.JobStatus,
    scenario_train.JobType,
    scenario_train.MissingCredentialsError,
    scenario_train.Model,
    scenario_train.ModelResponse,
    scenario_train.ModelStatus,
    scenario_train.ModelType,
    scenario_train.NoTrainingError,
    scenario_train.NotFoundError,
    scenario_train.OutcomeUnknownError,
    scenario_train.PaginationError,
    scenario_train.ParseError,
    scenario_train.PermissionDeniedError,
    scenario_train.RateLimitError,
    scenario_train.RawResponse,
    scenario_train.RedirectError,
    scenario_train.Scenario,
    scenario_train.ScenarioError,
    scenario_train.TrainModelResponse,
    scenario_train.TrainingFailedError,
    scenario_train.TrainingParameters,
    scenario_train.TrainingParametersDict,
    scenario_train.TrainingProgress,
    scenario_train.TrainingStage,
    scenario_train.UnprocessableEntityError,
    scenario_train.WaitTimeoutError,
    scenario_train.__version__,
)


def job_of(result: scenario_train.TrainModelResponse) -> scenario_train.Job:
    return result.job


def what_may_exist(error: scenario_train.OutcomeUnknownError) -> tuple[str, int, scenario_train.APIError]:
    return error.may_exist, len(error.found), error.error

"""`client.models` and `client.models.train` of `AsyncScenario`, named as in the vendor's SDK, and their
`with_raw_response` views.

A resource made with `raw=True` returns each call's raw response instead of its typed result; the
`...WithRawResponse` classes expose such a resource's methods, typed from the direct ones. The calls
are written once, awaited, in `_async_resources.py`; `tools/unasync.py` writes the blocking twin,
`_sync_resources.py`, from it (`make check` fails when the two differ otherwise).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal, overload

from ._call_steps import DeadlineReached
from ._raw import as_async_raw
from ._resource import Action, Body, Headers, Parameters, Query, RawView, Resource, Timeout
from ._wait import Poll, Report, check_poll_settings, report_async, wait_steps

if TYPE_CHECKING:
    from scenario_train_api.models import DryRunEstimate, Model, ModelResponse, TrainModelResponse

    from ._client import AsyncScenario
    from ._trigger import DryRun

__all__ = ["AsyncModels", "AsyncModelsWithRawResponse", "AsyncTrain", "AsyncTrainWithRawResponse"]


class AsyncTrain(Resource):
    """`client.models.train` of `AsyncScenario`: start, follow and cancel a training."""

    _client: AsyncScenario
    _path = "models.train"

    @overload
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: Literal[False] | None = None,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse: ...
    @overload
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: Literal[True, "true", "api"],
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> DryRunEstimate: ...
    @overload
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: DryRun,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse | DryRunEstimate: ...
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: DryRun = None,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse | DryRunEstimate:
        """Start the training of `model_id` (`PUT /models/{modelId}/train`). It is billed.

        With `dry_run=True` (or `"api"`), nothing starts and the 269 cost estimate is returned. A
        trigger is sent again only when it provably did not take effect; when its outcome is
        unknown the model is read, and `AnswerLostError` says the training started. `extra_headers`,
        `extra_query` and `extra_body` go with this call only (`extra_body` is merged into the body).
        """
        from . import _trigger

        call = _trigger.train_call(
            model_id,
            parameters=parameters,
            project_id=project_id,
            dry_run=dry_run,
            original_assets=original_assets,
            training_images_count=training_images_count,
        )
        call = _trigger.with_extras(call, extra_headers, extra_query, extra_body)
        return await self._acall(call, functools.partial(_trigger.parse_trigger, dry_run=dry_run), timeout)

    async def action(
        self,
        model_id: str,
        *,
        action: Action = "cancel",
        project_id: str | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> ModelResponse:
        """Act on a training (`POST /models/{modelId}/train/action`): `cancel` is the one action there is.

        Returns the model. A cancel whose answer was lost is resolved by reading the model.
        """
        from . import _model_calls

        call = _model_calls.train_action_call(model_id, action=action, project_id=project_id)
        call = _model_calls.with_extras(call, extra_headers, extra_query, extra_body)
        return await self._acall(call, _model_calls.parse_model, timeout)

    async def wait(
        self,
        model_id: str,
        *,
        poll_interval: float = 10.0,
        timeout: float | None = None,
        on_progress: Callable[[Model], Awaitable[None] | None] | None = None,
        project_id: str | None = None,
    ) -> Model:
        """Poll the model until its training ends, and return it once `trained`.

        Raises `TrainingFailedError` if it ends `failed` or `training-canceled`, and `NoTrainingError`
        if the model shows no training (`new`) for 30 s. `timeout` (default a day) bounds the whole
        wait, polls included: at that deadline `WaitTimeoutError` is raised and the training is left
        running. `on_progress` sees every model read, and may be a coroutine function.
        """
        interval, limit = check_poll_settings(poll_interval, timeout)
        from . import _model_calls

        call = _model_calls.model_call(model_id, project_id=project_id)
        flow = wait_steps(model_id, interval, limit)
        result: Any = None
        while True:
            try:
                step = flow.send(result)
            except StopIteration as done:
                model: Model = done.value
                return model
            result = None
            if isinstance(step, Poll):
                try:
                    result = _model_calls.parse_model((await self._client._send(call, None, step.deadline))[0]).model
                except DeadlineReached as reached:
                    result = reached
            elif isinstance(step, Report):
                await report_async(on_progress, step.model)
            else:
                await self._client._sender.pause(step.seconds)

    @functools.cached_property
    def with_raw_response(self) -> AsyncTrainWithRawResponse:
        """The same calls, returning each answer as it came (`AsyncRawResponse`); `await .parse()` gives the result."""
        return AsyncTrainWithRawResponse(self._client)


class AsyncModels(Resource):
    """`client.models` of `AsyncScenario`."""

    _client: AsyncScenario
    _path = "models"

    def __init__(self, client: AsyncScenario, *, raw: bool = False) -> None:
        super().__init__(client, raw=raw)
        self.train = AsyncTrain(client, raw=raw)

    async def retrieve(
        self,
        model_id: str,
        *,
        project_id: str | None = None,
        original_assets: bool | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> ModelResponse:
        """Read a model and its training progress (`GET /models/{modelId}`); `extra_body` is not sent."""
        from . import _model_calls

        call = _model_calls.model_call(model_id, project_id=project_id, original_assets=original_assets)
        call = _model_calls.with_extras(call, extra_headers, extra_query, extra_body)
        return await self._acall(call, _model_calls.parse_model, timeout)

    @functools.cached_property
    def with_raw_response(self) -> AsyncModelsWithRawResponse:
        """The same calls, returning each answer as it came (`AsyncRawResponse`); `await .parse()` gives the result."""
        return AsyncModelsWithRawResponse(self._client)


class AsyncTrainWithRawResponse(RawView):
    """`client.models.train.with_raw_response` of `AsyncScenario`: `trigger` and `action`, returning raw responses."""

    def __init__(self, client: AsyncScenario) -> None:
        train = self._resource = AsyncTrain(client, raw=True)
        self.trigger = as_async_raw(train.trigger)
        self.action = as_async_raw(train.action)


class AsyncModelsWithRawResponse(RawView):
    """`client.models.with_raw_response` of `AsyncScenario`: `retrieve`, and `train`, returning raw responses."""

    def __init__(self, client: AsyncScenario) -> None:
        models = self._resource = AsyncModels(client, raw=True)
        self.retrieve = as_async_raw(models.retrieve)
        self.train = AsyncTrainWithRawResponse(client)

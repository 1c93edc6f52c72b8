"""`client.models` and `client.models.train`, named as in the vendor's SDK."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, overload

import httpx

from scenario_train_api.models import DryRunEstimate, Model, ModelResponse, TrainingParameters, TrainModelResponse

from ._calls import DryRun, model_call, parse_model, parse_trigger, train_action_call, train_call
from ._flow import DeadlineReached
from ._wait import Poll, Report, check_poll_settings, wait_steps

if TYPE_CHECKING:
    from ._client import AsyncScenario, Scenario

__all__ = ["AsyncModels", "AsyncTrain", "Models", "Train"]

Timeout = float | httpx.Timeout | None
Parameters = Mapping[str, Any] | TrainingParameters | None


def _report(on_progress: Callable[[Model], None] | None, model: Model) -> None:
    if on_progress is not None:
        on_progress(model)


async def _areport(on_progress: Callable[[Model], Awaitable[None] | None] | None, model: Model) -> None:
    if on_progress is not None:
        reported = on_progress(model)
        if isinstance(reported, Awaitable):
            await reported


class Train:
    """`client.models.train`: start, follow and cancel a training."""

    def __init__(self, client: Scenario) -> None:
        self._client = client

    @overload
    def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: Literal[False] | None = None,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse: ...
    @overload
    def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: Literal[True, "true", "api"],
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        timeout: Timeout = None,
    ) -> DryRunEstimate: ...
    def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: DryRun = None,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse | DryRunEstimate:
        """Start the training of `model_id` (`PUT /models/{modelId}/train`). It is billed.

        With `dry_run=True` (or `"api"`), nothing starts and the 269 cost estimate is returned.
        A 2xx is never sent again; errors are retried as the client's policy says.
        """
        call = train_call(
            model_id,
            parameters=parameters,
            project_id=project_id,
            dry_run=dry_run,
            original_assets=original_assets,
            training_images_count=training_images_count,
        )
        return parse_trigger(self._client._send(call, timeout), dry_run=dry_run)

    def action(
        self, model_id: str, *, action: str = "cancel", project_id: str | None = None, timeout: Timeout = None
    ) -> ModelResponse:
        """Act on a running training; `cancel` is the one action the API knows."""
        call = train_action_call(model_id, action=action, project_id=project_id)
        return parse_model(self._client._send(call, timeout))

    def wait(
        self,
        model_id: str,
        *,
        poll_interval: float = 10.0,
        timeout: float | None = None,
        on_progress: Callable[[Model], None] | None = None,
        project_id: str | None = None,
    ) -> Model:
        """Poll the model until its training ends, and return it once `trained`.

        Raises `TrainingFailedError` if it ends `failed` or `training-canceled`. `timeout` (default a
        day) bounds the whole wait, polls included: at that deadline `WaitTimeoutError` is raised and
        the training is left running. `on_progress` sees every model read.
        """
        interval, limit = check_poll_settings(poll_interval, timeout)
        call = model_call(model_id, project_id=project_id)
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
                    result = parse_model(self._client._send(call, None, step.deadline)).model
                except DeadlineReached as reached:
                    result = reached
            elif isinstance(step, Report):
                _report(on_progress, step.model)
            else:
                self._client._sender.pause(step.seconds)


class Models:
    """`client.models`."""

    train: Train

    def __init__(self, client: Scenario) -> None:
        self._client = client
        self.train = Train(client)

    def retrieve(
        self,
        model_id: str,
        *,
        project_id: str | None = None,
        original_assets: bool | None = None,
        timeout: Timeout = None,
    ) -> ModelResponse:
        """Read a model and its training progress (`GET /models/{modelId}`)."""
        call = model_call(model_id, project_id=project_id, original_assets=original_assets)
        return parse_model(self._client._send(call, timeout))


class AsyncTrain:
    """`client.models.train` of `AsyncScenario`."""

    def __init__(self, client: AsyncScenario) -> None:
        self._client = client

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
        timeout: Timeout = None,
    ) -> DryRunEstimate: ...
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: DryRun = None,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse | DryRunEstimate:
        """See `Train.trigger`."""
        call = train_call(
            model_id,
            parameters=parameters,
            project_id=project_id,
            dry_run=dry_run,
            original_assets=original_assets,
            training_images_count=training_images_count,
        )
        return parse_trigger(await self._client._send(call, timeout), dry_run=dry_run)

    async def action(
        self, model_id: str, *, action: str = "cancel", project_id: str | None = None, timeout: Timeout = None
    ) -> ModelResponse:
        """See `Train.action`."""
        call = train_action_call(model_id, action=action, project_id=project_id)
        return parse_model(await self._client._send(call, timeout))

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

        Raises `TrainingFailedError` if it ends `failed` or `training-canceled`. `timeout` (default a
        day) bounds the whole wait, polls included: at that deadline `WaitTimeoutError` is raised and
        the training is left running. `on_progress` sees every model read, and may be a coroutine function.
        """
        interval, limit = check_poll_settings(poll_interval, timeout)
        call = model_call(model_id, project_id=project_id)
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
                    result = parse_model(await self._client._send(call, None, step.deadline)).model
                except DeadlineReached as reached:
                    result = reached
            elif isinstance(step, Report):
                await _areport(on_progress, step.model)
            else:
                await self._client._sender.pause(step.seconds)


class AsyncModels:
    """`client.models` of `AsyncScenario`."""

    train: AsyncTrain

    def __init__(self, client: AsyncScenario) -> None:
        self._client = client
        self.train = AsyncTrain(client)

    async def retrieve(
        self,
        model_id: str,
        *,
        project_id: str | None = None,
        original_assets: bool | None = None,
        timeout: Timeout = None,
    ) -> ModelResponse:
        """See `Models.retrieve`."""
        call = model_call(model_id, project_id=project_id, original_assets=original_assets)
        return parse_model(await self._client._send(call, timeout))

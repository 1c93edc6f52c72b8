"""Type-checked by test_typing.py under `mypy --strict`: vendor-style calls that must pass, with their types."""

from __future__ import annotations

from typing import assert_type

import httpx

from scenario_train import (
    AsyncRawResponse,
    AsyncScenario,
    DryRunEstimate,
    Job,
    JSONValue,
    Model,
    ModelResponse,
    RateLimitError,
    RawResponse,
    Scenario,
    TrainingParameters,
    TrainingParametersDict,
    TrainModelResponse,
)
from scenario_train_api.models import ModelsPage, TrainAction, Upload


def sync_calls(client: Scenario, flag: bool) -> None:
    assert_type(
        client.models.train.trigger("m", parameters={"batchSize": 2, "learning_rate": 1e-4}), TrainModelResponse
    )
    assert_type(client.models.train.trigger("m", parameters=TrainingParameters(seed=1)), TrainModelResponse)
    assert_type(client.models.train.trigger("m", dry_run=True), DryRunEstimate)
    assert_type(client.models.train.trigger("m", dry_run="api"), DryRunEstimate)
    assert_type(client.models.train.trigger("m", dry_run=True).job, Job | None)
    assert_type(client.models.train.trigger("m", dry_run=True).model, Model | None)
    assert_type(client.models.train.trigger("m", dry_run=flag), TrainModelResponse | DryRunEstimate)
    assert_type(client.models.train.action("m", action="cancel"), ModelResponse)
    assert_type(client.models.retrieve("m", extra_headers={"X": "1"}, extra_query={"q": 1}), ModelResponse)
    # The calls generated from the operations table are typed as the hand-written ones.
    assert_type(client.models.retrieve("m", project_id="p", original_assets=True).model, Model)
    assert_type(client.models.train.action("m"), ModelResponse)
    assert_type(client.models.train.action("m", action=TrainAction.CANCEL, timeout=5.0), ModelResponse)
    assert_type(client.models.with_raw_response.retrieve("m"), RawResponse[ModelResponse])
    assert_type(client.models.train.with_raw_response.action("m").parse(), ModelResponse)
    raw = client.models.train.with_raw_response.trigger("m", extra_body={"note": "x"})
    assert_type(raw, RawResponse[TrainModelResponse])
    assert_type(raw.parse(), TrainModelResponse)
    assert_type(raw.status_code, int)
    assert_type(raw.request_id, str | None)
    assert_type(client.with_raw_response.models.retrieve("m").parse(), ModelResponse)
    copy = client.copy(default_headers={"X": "1"}, timeout=httpx.Timeout(5.0), max_retries=0)
    assert_type(copy, Scenario)
    assert_type(client.with_options(bearer_auth="jwt"), Scenario)
    assert_type(client.is_closed(), bool)
    assert_type(client.api_key, str | None)
    # `list` iterates every page, with the single call's arguments; its raw view is one page.
    for model in client.models.list(page_size=10, privacy="private", status="trained"):
        assert_type(model, Model)
    for page in client.models.list().iter_pages():
        assert_type(page.models, list[Model])
        assert_type(page.next_pagination_token, str | None)
    assert_type(client.models.with_raw_response.list(page_size=1), RawResponse[ModelsPage])
    assert_type(client.uploads.upload_file("big.png", poll_interval=1.0), Upload)


def a_dict_typed_by_the_caller() -> TrainingParametersDict:
    parameters: TrainingParametersDict = {"batchSize": 2, "lrScheduler": "cosine", "samplePrompts": ["a cat"]}
    return parameters


async def async_calls(client: AsyncScenario, flag: bool) -> None:
    assert_type(await client.models.train.trigger("m"), TrainModelResponse)
    assert_type(await client.models.train.trigger("m", dry_run=flag), TrainModelResponse | DryRunEstimate)
    assert_type(await client.models.retrieve("m", original_assets=False), ModelResponse)
    assert_type(await client.models.with_raw_response.retrieve("m"), AsyncRawResponse[ModelResponse])
    raw = await client.models.with_raw_response.train.action("m")
    assert_type(raw, AsyncRawResponse[ModelResponse])
    assert_type(await raw.parse(), ModelResponse)
    assert_type(AsyncScenario(http_client=httpx.AsyncClient()), AsyncScenario)
    async for model in client.models.list(page_size=10):
        assert_type(model, Model)
    async for page in client.models.list().iter_pages():
        assert_type(page.models, list[Model])
    assert_type(await client.uploads.upload_file("big.png"), Upload)


def a_cooldown_of(error: RateLimitError) -> float | None:
    assert_type(error.body, JSONValue)
    if isinstance(error.body, dict):
        seconds = error.body.get("remainingSeconds")
        assert_type(seconds, JSONValue)
        if isinstance(seconds, int | float):
            return seconds
    return None

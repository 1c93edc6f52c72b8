"""Opening and closing clients, and the connection pool under load."""

from __future__ import annotations

import asyncio

import pytest

from scenario_train import APIConnectionError, AsyncScenario, Scenario, TrainModelResponse
from tests.support.client import (
    API_KEY,
    API_SECRET,
    Api,
    LoopbackServer,
    Received,
    Reply,
    train_answer,
    wait_until,
)

CONCURRENT_CALLS = 50


def answer_about_the_model_asked(request: Received) -> Reply:
    """The documented answer about the model in the request's path, after a short while (so calls overlap)."""
    model_id = request.path.removeprefix("/v1/models/").removesuffix("/train")
    return Reply(json=train_answer(model_id), delay=0.05)


def test_the_sync_client_is_a_context_manager_that_closes_its_connections(server: LoopbackServer) -> None:
    with Scenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url) as client:
        result = client.models.train.trigger("model-1")
        assert isinstance(result, TrainModelResponse)
        assert server.open_connections == 1

    assert wait_until(lambda: server.open_connections == 0)
    with pytest.raises(APIConnectionError, match="closed: nothing was sent"):
        client.models.train.trigger("model-1")
    assert len(server.received) == 1


async def test_the_async_client_is_an_async_context_manager_that_closes_its_connections(
    server: LoopbackServer,
) -> None:
    async with AsyncScenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url) as client:
        result = await client.models.train.trigger("model-1")
        assert isinstance(result, TrainModelResponse)
        assert server.open_connections == 1

    assert await asyncio.to_thread(wait_until, lambda: server.open_connections == 0)
    with pytest.raises(APIConnectionError, match="closed: nothing was sent"):
        await client.models.train.trigger("model-1")
    assert len(server.received) == 1


def test_close_releases_the_connections(api: Api, server: LoopbackServer) -> None:
    api.trigger("model-1")
    api.trigger("model-2")
    assert server.connections == 1  # kept alive between calls
    assert server.open_connections == 1

    api.close()

    assert wait_until(lambda: server.open_connections == 0)


async def test_50_concurrent_async_triggers_all_succeed_on_a_bounded_reused_pool(server: LoopbackServer) -> None:
    server.reply(answer_about_the_model_asked)
    model_ids = [f"model-{number}" for number in range(CONCURRENT_CALLS)]

    async with AsyncScenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url) as client:
        results = await asyncio.gather(*(client.models.train.trigger(model_id) for model_id in model_ids))
        after_burst = server.connections
        for model_id in model_ids[:10]:
            await client.models.train.trigger(model_id)

    assert [result.model.id for result in results] == model_ids
    assert sorted(request.path for request in server.received[:CONCURRENT_CALLS]) == sorted(
        f"/v1/models/{model_id}/train" for model_id in model_ids
    )
    assert len(server.received) == CONCURRENT_CALLS + 10
    assert 1 <= after_burst <= CONCURRENT_CALLS
    assert len(server.client_ports) <= CONCURRENT_CALLS
    assert server.connections == after_burst  # the calls after the burst reused pooled connections

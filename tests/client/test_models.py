"""`models.retrieve`, `models.train.action` and `models.train.wait`, against the loopback server's scripted answers."""

from __future__ import annotations

import time

import pytest

from scenario_train import AsyncScenario, Model, ModelResponse, TrainingFailedError, WaitTimeoutError
from tests.support.client import (
    API_KEY,
    API_SECRET,
    EXAMPLE,
    Api,
    LoopbackServer,
    Received,
    Reply,
    basic_authorization,
    deadline,
    model_answer,
)

MODEL_PATH = "/v1/models/m-1"
READ = ("GET", MODEL_PATH, {"projectId": "p-1"})
"""A read of the model in project p-1, as `seen` gives it."""


def answer_polls(server: LoopbackServer, *statuses: str) -> None:
    """The model's reads are answered with these statuses, in order."""
    server.reply(*(Reply(json=model_answer("m-1", status)) for status in statuses))


def seen(request: Received) -> tuple[str, str, dict[str, str]]:
    return request.method, request.path, request.query


def methods_received(server: LoopbackServer) -> list[str]:
    return [request.method for request in server.received]


def test_retrieve_reads_the_model(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(json={"model": EXAMPLE["model"]}))

    result = api.retrieve("m-1", project_id="p-1", original_assets=True)

    [request] = server.received
    assert seen(request) == ("GET", MODEL_PATH, {"projectId": "p-1", "originalAssets": "true"})
    assert request.headers["Authorization"] == basic_authorization()
    assert isinstance(result, ModelResponse)
    assert result.model.status == EXAMPLE["model"]["status"]
    assert result.to_dict() == {"model": EXAMPLE["model"]}


def test_action_cancels_the_training(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(json=model_answer("m-1", "training-canceled")))

    result = api.action("m-1", action="cancel", project_id="p-1")

    [request] = server.received
    assert seen(request) == ("POST", f"{MODEL_PATH}/train/action", {"projectId": "p-1"})
    assert request.json == {"action": "cancel"}
    assert request.headers["Authorization"] == basic_authorization()
    assert result.model.status == "training-canceled"


def test_action_cancels_by_default(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(json=model_answer("m-1", "training-canceled")))

    api.action("m-1")

    [request] = server.received
    assert (request.method, request.path, request.json) == ("POST", f"{MODEL_PATH}/train/action", {"action": "cancel"})


def test_wait_polls_until_trained_and_reports_each_poll(api: Api, server: LoopbackServer) -> None:
    answer_polls(server, "new", "training", "training", "trained")
    reported: list[Model] = []

    model = api.wait("m-1", poll_interval=0.01, timeout=10, on_progress=reported.append, project_id="p-1")

    assert [seen(request) for request in server.received] == [READ] * 4
    assert isinstance(model, Model)
    assert model.status == "trained"
    assert model.id == "m-1"
    assert [str(progress.status) for progress in reported] == ["new", "training", "training", "trained"]


@pytest.mark.parametrize("ending", ["failed", "training-canceled"])
def test_wait_raises_training_failed_with_the_model(api: Api, server: LoopbackServer, ending: str) -> None:
    answer_polls(server, "training", ending)

    with pytest.raises(TrainingFailedError) as caught:
        api.wait("m-1", poll_interval=0.01, timeout=10, project_id="p-1")

    assert [seen(request) for request in server.received] == [READ] * 2
    assert caught.value.model.status == ending
    assert caught.value.model.id == "m-1"
    assert ending in str(caught.value)


def test_wait_times_out_leaving_the_training_running(api: Api, server: LoopbackServer) -> None:
    answer_polls(server, "training")
    polls: list[Model] = []
    started = time.monotonic()

    # A second's wait: two polls 0.05 s apart fit in it on however busy a machine.
    with deadline(8.0), pytest.raises(WaitTimeoutError) as caught:
        api.wait("m-1", poll_interval=0.05, timeout=1.0, on_progress=polls.append)

    assert time.monotonic() - started < 5.0
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.model is not None
    assert caught.value.model.status == "training"
    assert len(polls) >= 2
    # Every answer read was reported; the last poll may have been cut off by the deadline.
    assert len(server.received) - 1 <= len(polls) <= len(server.received)
    assert set(methods_received(server)) == {"GET"}  # no cancel was sent
    assert {request.path for request in server.received} == {MODEL_PATH}


@pytest.mark.parametrize("settings", [{"poll_interval": 0}, {"poll_interval": -1}, {"timeout": -1}])
def test_wait_refuses_bad_settings_before_polling(api: Api, server: LoopbackServer, settings: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        api.wait("m-1", **settings)

    assert server.received == []


async def test_async_wait_awaits_a_coroutine_on_progress(server: LoopbackServer) -> None:
    answer_polls(server, "training", "trained")
    reported: list[str] = []

    async def on_progress(model: Model) -> None:
        reported.append(str(model.status))

    async with AsyncScenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url) as client:
        model = await client.models.train.wait("m-1", poll_interval=0.01, on_progress=on_progress, project_id="p-1")

    assert model.status == "trained"
    assert reported == ["training", "trained"]
    assert [seen(request) for request in server.received] == [READ] * 2

"""`models.retrieve`, `models.train.action` and `models.train.wait`, against the loopback server's scripted answers."""

from __future__ import annotations

import threading
import time

import pytest

from scenario_train import AsyncScenario, Model, ModelResponse, NoTrainingError, TrainingFailedError, WaitTimeoutError
from scenario_train.testing import MockScenarioAPI
from tests.support.client import (
    API_KEY,
    API_SECRET,
    EXAMPLE,
    Api,
    LoopbackServer,
    MakeApi,
    Received,
    Reply,
    basic_authorization,
    deadline,
    model_answer,
    wait_until,
)
from tests.support.mock import loopback_client

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

    with deadline(30.0), pytest.raises(WaitTimeoutError) as caught:
        api.wait("m-1", poll_interval=0.05, timeout=2.0, on_progress=polls.append)

    assert time.monotonic() - started < 20.0  # a wide guard: the wait ends at its deadline, not a poll's 60 s
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.model is not None
    assert caught.value.model.status == "training"
    assert len(polls) >= 2
    # Every answer read was reported; the last poll may have been cut off by the deadline.
    assert len(server.received) - 1 <= len(polls) <= len(server.received)
    assert set(methods_received(server)) == {"GET"}  # no cancel was sent
    assert {request.path for request in server.received} == {MODEL_PATH}


def mock_client(make_api: MakeApi, mock: MockScenarioAPI) -> Api:
    return make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret)


def test_wait_on_a_model_never_trained_says_so_instead_of_leaving_a_training_running(
    make_api: MakeApi, scenario_mock: MockScenarioAPI
) -> None:
    scenario_mock.add_model("m-1")

    # A timeout shorter than the grace cuts it: the wait ends at its deadline, on what the model shows.
    with deadline(30.0), pytest.raises(NoTrainingError) as caught:
        mock_client(make_api, scenario_mock).wait("m-1", poll_interval=0.01, timeout=2.0)

    assert caught.value.model.id == "m-1"
    assert caught.value.model.status == caught.value.status == "new"
    assert "left running" not in str(caught.value)
    assert {(request.method, request.path) for request in scenario_mock.requests} == {("GET", "/v1/models/m-1")}
    assert scenario_mock.model("m-1")["status"] == "new"


def test_wait_started_before_the_trigger_shows_follows_the_training(
    make_api: MakeApi, scenario_mock: MockScenarioAPI
) -> None:
    def trigger_after_three_polls() -> None:
        wait_until(lambda: len(scenario_mock.requests) >= 3, seconds=10.0)
        with loopback_client(scenario_mock) as other:
            other.put("/models/m-1/train", json={}).raise_for_status()

    scenario_mock.add_model("m-1")
    triggering = threading.Thread(target=trigger_after_three_polls, daemon=True)
    triggering.start()

    model = mock_client(make_api, scenario_mock).wait("m-1", poll_interval=0.01, timeout=20)

    triggering.join(timeout=10)
    assert model.status == "trained"
    methods = [request.method for request in scenario_mock.requests]
    assert methods[:3] == ["GET"] * 3 and methods.count("PUT") == 1  # polls saw the model `new` before the trigger


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

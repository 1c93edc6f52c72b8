"""`models.retrieve`, `models.train.action` and `models.train.wait`, against pytest-httpserver's ordered answers."""

from __future__ import annotations

import time

import pytest
from pytest_httpserver import HTTPServer

from scenario_train import AsyncScenario, Model, ModelResponse, TrainingFailedError, WaitTimeoutError
from tests.support.client import API_KEY, API_SECRET, EXAMPLE, Api, MakeApi, basic_authorization, deadline, model_answer

MODEL_PATH = "/v1/models/m-1"


@pytest.fixture
def api(make_api: MakeApi, httpserver: HTTPServer) -> Api:
    return make_api(httpserver.url_for("/v1"))


def expect_polls(httpserver: HTTPServer, *statuses: str, project_id: str = "p-1") -> None:
    """The model is read once per status, in order, and nothing else is expected."""
    for status in statuses:
        httpserver.expect_ordered_request(
            MODEL_PATH, method="GET", query_string={"projectId": project_id}
        ).respond_with_json(model_answer("m-1", status))


def methods_received(httpserver: HTTPServer) -> list[str]:
    return [request.method for request, _ in httpserver.log]


def test_retrieve_reads_the_model(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request(
        MODEL_PATH,
        method="GET",
        query_string={"projectId": "p-1", "originalAssets": "true"},
        headers={"Authorization": basic_authorization()},
    ).respond_with_json({"model": EXAMPLE["model"]})

    result = api.retrieve("m-1", project_id="p-1", original_assets=True)

    httpserver.check_assertions()
    assert isinstance(result, ModelResponse)
    assert result.model.status == EXAMPLE["model"]["status"]
    assert result.to_dict() == {"model": EXAMPLE["model"]}


def test_action_cancels_the_training(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request(
        f"{MODEL_PATH}/train/action",
        method="POST",
        json={"action": "cancel"},
        query_string={"projectId": "p-1"},
        headers={"Authorization": basic_authorization()},
    ).respond_with_json(model_answer("m-1", "training-canceled"))

    result = api.action("m-1", action="cancel", project_id="p-1")

    httpserver.check_assertions()
    assert result.model.status == "training-canceled"


def test_action_cancels_by_default(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request(
        f"{MODEL_PATH}/train/action", method="POST", json={"action": "cancel"}
    ).respond_with_json(model_answer("m-1", "training-canceled"))

    api.action("m-1")

    httpserver.check_assertions()


def test_wait_polls_until_trained_and_reports_each_poll(api: Api, httpserver: HTTPServer) -> None:
    expect_polls(httpserver, "new", "training", "training", "trained")
    seen: list[Model] = []

    model = api.wait("m-1", poll_interval=0.01, timeout=10, on_progress=seen.append, project_id="p-1")

    httpserver.check_assertions()
    assert isinstance(model, Model)
    assert model.status == "trained"
    assert model.id == "m-1"
    assert [str(progress.status) for progress in seen] == ["new", "training", "training", "trained"]
    assert methods_received(httpserver) == ["GET"] * 4


@pytest.mark.parametrize("ending", ["failed", "training-canceled"])
def test_wait_raises_training_failed_with_the_model(api: Api, httpserver: HTTPServer, ending: str) -> None:
    expect_polls(httpserver, "training", ending)

    with pytest.raises(TrainingFailedError) as caught:
        api.wait("m-1", poll_interval=0.01, timeout=10, project_id="p-1")

    httpserver.check_assertions()
    assert caught.value.model.status == ending
    assert caught.value.model.id == "m-1"
    assert ending in str(caught.value)


def test_wait_times_out_leaving_the_training_running(api: Api, httpserver: HTTPServer) -> None:
    httpserver.expect_request(MODEL_PATH, method="GET").respond_with_json(model_answer("m-1", "training"))
    polls: list[Model] = []
    started = time.monotonic()

    with deadline(5.0), pytest.raises(WaitTimeoutError) as caught:
        api.wait("m-1", poll_interval=0.05, timeout=0.3, on_progress=polls.append)

    assert time.monotonic() - started < 3.0
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.model is not None
    assert caught.value.model.status == "training"
    assert len(polls) >= 2
    # Every answer read was reported; the last poll may have been cut off by the deadline.
    assert len(httpserver.log) - 1 <= len(polls) <= len(httpserver.log)
    assert set(methods_received(httpserver)) == {"GET"}  # no cancel was sent
    httpserver.check_assertions()


@pytest.mark.parametrize("settings", [{"poll_interval": 0}, {"poll_interval": -1}, {"timeout": -1}])
def test_wait_refuses_bad_settings_before_polling(api: Api, httpserver: HTTPServer, settings: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        api.wait("m-1", **settings)

    assert httpserver.log == []


async def test_async_wait_awaits_a_coroutine_on_progress(httpserver: HTTPServer) -> None:
    expect_polls(httpserver, "training", "trained")
    seen: list[str] = []

    async def on_progress(model: Model) -> None:
        seen.append(str(model.status))

    async with AsyncScenario(api_key=API_KEY, api_secret=API_SECRET, base_url=httpserver.url_for("/v1")) as client:
        model = await client.models.train.wait("m-1", poll_interval=0.01, on_progress=on_progress, project_id="p-1")

    assert model.status == "trained"
    assert seen == ["training", "trained"]
    httpserver.check_assertions()

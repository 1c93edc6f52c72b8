"""The life of a model over HTTP: new, training through its stages, trained, failed or cancelled."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.mock import valid_error


def trigger(client: httpx.Client, model_id: str = "m1", **body: Any) -> httpx.Response:
    return client.put(f"/models/{model_id}/train", json=body)


def read(client: httpx.Client, model_id: str = "m1") -> dict[str, Any]:
    response = client.get(f"/models/{model_id}")
    assert response.status_code == 200
    model: dict[str, Any] = response.json()["model"]
    return model


def cancel(client: httpx.Client, model_id: str = "m1") -> httpx.Response:
    return client.post(f"/models/{model_id}/train/action", json={"action": "cancel"})


def progress_of(model: dict[str, Any]) -> tuple[str, str | None, float | None]:
    progress = model.get("trainingProgress") or {}
    return model["status"], progress.get("stage"), progress.get("progress")


def test_an_unknown_model_is_new_with_training_images(client: httpx.Client) -> None:
    model = read(client, "never-seen")

    assert (model["id"], model["status"]) == ("never-seen", "new")
    assert model["trainingImagesNumber"] == len(model["trainingImages"]) > 0
    assert "trainingProgress" not in model


def test_a_training_goes_through_every_stage_then_is_trained(client: httpx.Client) -> None:
    started = trigger(client, parameters={"seed": 7})
    assert started.status_code == 200
    assert progress_of(started.json()["model"]) == ("training", "pending", 0)
    assert started.json()["job"]["status"] == "queued"

    seen = [read(client) for _ in range(7)]

    assert [progress_of(model) for model in seen] == [
        ("training", "queued-for-train", 0),
        ("training", "starting-train", 0),
        ("training", "running-train", 0),
        ("training", "running-train", 0.5),
        ("training", "running-train", 1),
        ("trained", None, None),
        ("trained", None, None),
    ]
    remaining = [model["trainingProgress"]["remainingTimeMs"] for model in seen[:5]]
    assert remaining == sorted(remaining, reverse=True) and remaining[-1] == 0
    assert [model["trainingProgress"]["position"] for model in seen[:3]] == [1, 0, 0]
    assert seen[-1]["trainingStats"]["endedAt"] != ""


@pytest.mark.scenario_mock(polls_per_step=2)
def test_polls_per_step_sets_how_many_reads_see_each_step(client: httpx.Client) -> None:
    trigger(client)

    stages = [progress_of(read(client))[1] for _ in range(4)]

    assert stages == ["pending", "queued-for-train", "queued-for-train", "starting-train"]


@pytest.mark.scenario_mock(polls_per_step=0)
def test_with_no_polls_per_step_only_the_test_moves_a_training(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    trigger(client)
    assert {progress_of(read(client))[1] for _ in range(10)} == {"pending"}

    assert progress_of(scenario_mock.advance("m1", steps=4)) == ("training", "running-train", 0.5)
    assert progress_of(read(client)) == ("training", "running-train", 0.5)
    assert progress_of(scenario_mock.advance("m1", steps=99)) == ("trained", None, None)


@pytest.mark.parametrize("outcome", ["trained", "failed"])
def test_the_test_can_end_a_training(client: httpx.Client, scenario_mock: MockScenarioAPI, outcome: Any) -> None:
    trigger(client)

    scenario_mock.finish("m1", outcome)

    assert progress_of(read(client)) == (outcome, None, None)


def test_control_methods_refuse_a_model_that_is_not_training(scenario_mock: MockScenarioAPI) -> None:
    with pytest.raises(ValueError, match="not training"):
        scenario_mock.advance("m1")
    with pytest.raises(ValueError, match="not training"):
        scenario_mock.finish("m1")


def test_control_methods_refuse_nonsense(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    trigger(client)
    with pytest.raises(ValueError, match="steps"):
        scenario_mock.advance("m1", steps=0)
    with pytest.raises(ValueError, match="trained"):
        scenario_mock.finish("m1", "training-canceled")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="polls_per_step"):
        MockScenarioAPI(polls_per_step=-1)
    assert scenario_mock.model("m1")["status"] == "training"


def test_a_second_trigger_while_training_is_refused(client: httpx.Client) -> None:
    first = trigger(client)

    second = trigger(client)

    assert second.status_code == 400
    assert valid_error(second) == "Model is already training"
    assert read(client)["status"] == "training"
    assert first.json()["job"]["jobId"] != ""


def test_a_trained_model_trains_again_as_a_new_job(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    first = trigger(client)
    scenario_mock.finish("m1")

    second = trigger(client)

    assert second.status_code == 200
    assert second.json()["job"]["jobId"] != first.json()["job"]["jobId"]
    assert progress_of(second.json()["model"]) == ("training", "pending", 0)


def test_sent_parameters_are_merged_into_the_model_parameters(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    defaults = read(client)["parameters"]
    trigger(client, parameters={"seed": 7, "samplePrompts": ["a cat"]})
    scenario_mock.finish("m1")

    parameters = trigger(client, parameters={"rank": 32}).json()["model"]["parameters"]

    assert parameters == {**defaults, "seed": 7, "samplePrompts": ["a cat"], "rank": 32}
    assert read(client)["parameters"] == parameters


def test_cancel_stops_a_training(client: httpx.Client) -> None:
    trigger(client)

    cancelled = cancel(client)

    assert cancelled.status_code == 200
    assert progress_of(cancelled.json()["model"]) == ("training-canceled", None, None)
    assert progress_of(read(client)) == ("training-canceled", None, None)


@pytest.mark.parametrize("before", ["new", "cancelled", "trained"])
def test_cancel_refuses_a_model_that_is_not_training(
    client: httpx.Client, scenario_mock: MockScenarioAPI, before: str
) -> None:
    if before != "new":
        trigger(client)
        cancel(client) if before == "cancelled" else scenario_mock.finish("m1")
    status = read(client)["status"]

    refused = cancel(client)

    assert refused.status_code == 400
    assert valid_error(refused) == "Model is not training"
    assert read(client)["status"] == status


@pytest.mark.parametrize("mode", ["true", "api"])
@pytest.mark.parametrize("before", ["new", "training"])
def test_a_dry_run_answers_269_and_changes_nothing(
    client: httpx.Client, scenario_mock: MockScenarioAPI, mode: str, before: str
) -> None:
    if before == "training":
        trigger(client)
    model = scenario_mock.model("m1")

    estimate = client.put("/models/m1/train", params={"dryRun": mode}, json={"parameters": {"seed": 1}})

    assert estimate.status_code == 269
    cost = estimate.json()["creativeUnitsCost"]
    assert cost > 0
    assert (estimate.json()["creativeUnitsDiscount"], estimate.json()["costDetails"]["train-model"]) == (0, cost)
    assert scenario_mock.model("m1") == model


def test_a_dry_run_counts_training_images_count_only_for_a_model_without_images(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    scenario_mock.add_model("empty", training_images=0)

    def cost(model_id: str) -> int:
        answer = client.put(f"/models/{model_id}/train", params={"dryRun": "true", "trainingImagesCount": "8"})
        value: int = answer.json()["creativeUnitsCost"]
        return value

    assert cost("empty") > cost("m1")
    scenario_mock.add_model("m1", training_images=8)
    assert cost("empty") == cost("m1")


def test_a_model_without_training_images_refuses_to_train(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.add_model("empty", training_images=0)

    refused = trigger(client, "empty")

    assert refused.status_code == 400
    assert valid_error(refused) == "Model has no training images"
    assert read(client, "empty")["status"] == "new"


def test_model_ids_are_percent_decoded(client: httpx.Client) -> None:
    trigger(client, "a%2Fb c")

    assert read(client, "a%2Fb c")["id"] == "a/b c"
    assert read(client, "%FF%FE")["id"] == "\ufffd\ufffd", "bytes that are not UTF-8 are replaced"


TRIGGER = ("PUT", "/models/m1/train")


@pytest.mark.parametrize(
    ("method", "path", "options", "message"),
    [
        (*TRIGGER, {"content": b"{"}, "The body is not valid JSON"),
        (*TRIGGER, {"content": b'{"parameters": {"seed": NaN}}'}, "The body is not valid JSON"),
        (
            *TRIGGER,
            {"content": b'{"parameters": {"seed": 1e999}}'},
            "The body holds a number beyond the range of a double",
        ),
        (*TRIGGER, {"json": []}, "Invalid body: $: expected object, got array"),
        (*TRIGGER, {"json": "x"}, "Invalid body: $: expected object, got string"),
        (*TRIGGER, {"json": {"parameters": [1]}}, "Invalid body: $.parameters: expected object, got array"),
        (
            *TRIGGER,
            {"json": {"parameters": {"seed": "1"}}},
            "Invalid body: $.parameters.seed: expected number, got string",
        ),
        (
            *TRIGGER,
            {"json": {"parameters": {"seed": True}}},
            "Invalid body: $.parameters.seed: expected number, got boolean",
        ),
        (
            *TRIGGER,
            {"json": {"parameters": {"scaleLr": 1}}},
            "Invalid body: $.parameters.scaleLr: expected boolean, got number",
        ),
        (
            *TRIGGER,
            {"json": {"parameters": {"samplePrompts": ["a", 1]}}},
            "Invalid body: $.parameters.samplePrompts[1]: expected string, got number",
        ),
        (
            *TRIGGER,
            {"json": {"parameters": {"lrScheduler": 3}}},
            "Invalid body: $.parameters.lrScheduler: invalid value: 3 is not a valid LrScheduler",
        ),
        (*TRIGGER, {"params": {"dryRun": "false"}}, "dryRun must be 'api' or 'true'"),
        (*TRIGGER, {"params": {"dryRun": "True"}}, "dryRun must be 'api' or 'true'"),
        (*TRIGGER, {"params": {"originalAssets": "yes"}}, "originalAssets must be true or false"),
        (*TRIGGER, {"params": {"trainingImagesCount": "1.0"}}, "trainingImagesCount must be an integer"),
        (*TRIGGER, {"params": {"trainingImagesCount": "²"}}, "trainingImagesCount must be an integer"),
        ("GET", "/models/m1", {"params": {"originalAssets": "1"}}, "originalAssets must be true or false"),
        ("POST", "/models/m1/train/action", {}, "The body must be a JSON object"),
        ("POST", "/models/m1/train/action", {"json": {}}, "Invalid body: $.action: required field is missing"),
        (
            "POST",
            "/models/m1/train/action",
            {"json": {"action": "pause"}},
            "Invalid body: $.action: not one of the values the spec lists",
        ),
    ],
)
def test_requests_the_service_cannot_use_are_refused_and_change_nothing(
    client: httpx.Client, scenario_mock: MockScenarioAPI, method: str, path: str, options: Any, message: str
) -> None:
    model = scenario_mock.model("m1")

    refused = client.request(method, path, **options)

    assert (refused.status_code, valid_error(refused)) == (400, message)
    assert scenario_mock.model("m1") == model


def test_values_are_not_range_checked_and_unknown_parameters_are_kept(client: httpx.Client) -> None:
    parameters = {"batchSize": 1000, "learningRate": -1, "rank": 2.5, "brandNewKnob": {"any": "thing"}}

    started = trigger(client, parameters=parameters, brandNewField=1)

    assert started.status_code == 200
    assert started.json()["model"]["parameters"].items() >= parameters.items()


@pytest.mark.parametrize("count", ["-1", "0", "1000000000000", "9" * 4300])
def test_any_integer_is_a_training_images_count(
    client: httpx.Client, scenario_mock: MockScenarioAPI, count: str
) -> None:
    scenario_mock.add_model("empty", training_images=0)

    estimate = client.put("/models/empty/train", params={"dryRun": "true", "trainingImagesCount": count})

    assert estimate.status_code == 269
    assert estimate.json()["creativeUnitsCost"] >= 100


@pytest.mark.parametrize(
    ("parameters", "path"),
    [
        ({"rank": None, "seed": 3}, "$.parameters.rank"),
        ({"samplePrompts": ["a", None]}, "$.parameters.samplePrompts[1]"),
    ],
)
def test_a_null_in_a_request_is_refused_as_the_spec_allows_none(
    client: httpx.Client, parameters: dict[str, object], path: str
) -> None:
    refused = trigger(client, parameters=parameters)

    assert refused.status_code == 400
    assert path in refused.json()["message"]
    assert read(client)["status"] == "new"

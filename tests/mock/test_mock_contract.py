"""Every kind of answer of the mock validates against the spec and parses with the generated models."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from scenario_train_api.models import DryRunEstimate, ModelResponse, TrainModelResponse
from tests.support.mock import (
    ACT,
    READ,
    TRAIN,
    component,
    documented_example,
    schema_errors,
    shape,
    spec_shape,
    stray_fields,
    valid_answer,
    valid_error,
)


def parsed_without_strays(model_class: Any, document: dict[str, Any]) -> Any:
    parsed = model_class.from_dict(document)
    assert list(stray_fields(parsed)) == []
    return parsed


def test_the_trigger_answer_has_every_field_of_the_spec(client: httpx.Client) -> None:
    answer = valid_answer(client.put("/models/m1/train", json={"parameters": {"seed": 42}}), TRAIN)

    assert shape(answer) == spec_shape("TrainModelResponse")
    assert shape(documented_example()) <= shape(answer)
    parsed = parsed_without_strays(TrainModelResponse, answer)
    assert parsed.job.additional_properties == {} and parsed.model.additional_properties == {}
    assert (parsed.model.id, parsed.model.status, parsed.model.parameters.seed) == ("m1", "training", 42)
    assert (parsed.job.job_type, parsed.job.status, parsed.job.progress) == ("flux-model-training", "queued", 0)
    assert parsed.creative_units_cost == parsed.job.billing.cu_cost > 0


def test_shape_tells_a_missing_key(client: httpx.Client) -> None:
    answer = client.put("/models/m1/train").json()
    del answer["model"]["trainingImages"][0]["downloadUrl"]

    assert spec_shape("TrainModelResponse") ^ shape(answer) == {
        "$.model.trainingImages[].downloadUrl",
        "$.model.trainingImages[].downloadUrl (in some items only)",
    }


def test_stray_fields_tells_an_unknown_key(client: httpx.Client) -> None:
    answer = client.put("/models/m1/train").json()
    answer["model"]["trainingProgress"]["zzNew"] = 1

    assert list(stray_fields(TrainModelResponse.from_dict(answer))) == ["$.model.training_progress.zzNew"]


def test_a_model_being_trained_has_every_field_of_the_spec(client: httpx.Client) -> None:
    client.put("/models/m1/train")

    answer = valid_answer(client.get("/models/m1"), READ)

    assert shape(answer) == spec_shape("ModelResponse")


def test_the_dry_run_answer_has_every_field_of_the_spec_but_a_job_and_a_model(client: httpx.Client) -> None:
    answer = valid_answer(client.put("/models/m1/train", params={"dryRun": "true"}), TRAIN)

    assert "job" not in answer and "model" not in answer  # nothing started
    assert shape(answer) == {
        path for path in spec_shape("DryRunEstimate") if path.split(".")[1] not in ("job", "model")
    }


def test_spec_shape_follows_references_lists_and_all_of() -> None:
    paths = spec_shape("TrainModelResponse")

    assert {"$.model.trainingProgress.stage", "$.model.inputs[].required.conditional.operator"} <= paths
    assert {"$.job.metadata.flow[].inputs[].items[][].ref.node", "$.job.metadata.flow[].inputs[].name"} <= paths
    assert "$.job.metadata.input" in paths and not any(path.startswith("$.job.metadata.input.") for path in paths)


def put_in_every_state(client: httpx.Client, api: MockScenarioAPI) -> list[httpx.Response]:
    answers = [client.get("/models/new")]
    client.put("/models/m1/train")
    answers += [client.get("/models/m1") for _ in range(6)]
    for outcome in ("failed", "trained"):
        client.put(f"/models/{outcome}/train")
        api.finish(outcome, outcome)
        answers.append(client.get(f"/models/{outcome}"))
    return answers


def test_model_reads_in_every_state_validate(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    answers = put_in_every_state(client, scenario_mock)

    statuses = [parsed_without_strays(ModelResponse, valid_answer(answer, READ)).model.status for answer in answers]

    assert statuses == ["new", *["training"] * 5, "trained", "failed", "trained"]


def test_the_cancel_answer_validates(client: httpx.Client) -> None:
    client.put("/models/m1/train")

    answer = valid_answer(client.post("/models/m1/train/action", json={"action": "cancel"}), ACT)

    assert parsed_without_strays(ModelResponse, answer).model.status == "training-canceled"


def test_the_dry_run_answer_validates(client: httpx.Client) -> None:
    response = client.put("/models/m1/train", params={"dryRun": "api"})

    estimate = parsed_without_strays(DryRunEstimate, valid_answer(response, TRAIN))

    assert estimate.creative_units_cost == estimate.cost_details.train_model > 0


@pytest.mark.parametrize(
    ("operation", "status", "fault", "method", "path", "options"),
    [
        pytest.param(TRAIN, 400, None, "PUT", "/models/busy/train", {}, id="already-training"),
        pytest.param(TRAIN, 400, None, "PUT", "/models/m/train", {"params": {"dryRun": "yes"}}, id="bad-query"),
        pytest.param(TRAIN, 400, None, "PUT", "/models/m/train", {"content": b"{"}, id="malformed-json"),
        pytest.param(READ, 400, None, "GET", "/models/m", {"params": {"originalAssets": "1"}}, id="bad-flag"),
        pytest.param(ACT, 400, None, "POST", "/models/m/train/action", {"json": {"action": "cancel"}}, id="idle"),
        pytest.param(TRAIN, 401, None, "PUT", "/models/m/train", {"auth": ("demo-key", "no")}, id="credentials"),
        pytest.param(
            TRAIN, 429, {"status": 429, "body": {"remainingSeconds": 3}}, "PUT", "/models/m/train", {}, id="cooldown"
        ),
        pytest.param(READ, 500, {"status": 500}, "GET", "/models/m", {}, id="server-error"),
        pytest.param(ACT, 503, {}, "POST", "/models/m/train/action", {}, id="unavailable"),
        pytest.param(TRAIN, 520, {"status": 520}, "PUT", "/models/m/train", {}, id="proxy"),
    ],
)
def test_error_answers_validate_as_the_operation_documents(
    client: httpx.Client,
    scenario_mock: MockScenarioAPI,
    operation: tuple[str, str],
    status: int,
    fault: dict[str, Any] | None,
    method: str,
    path: str,
    options: dict[str, Any],
) -> None:
    client.put("/models/busy/train")
    if fault is not None:
        scenario_mock.fail_next(**fault)

    response = client.request(method, path, **options)

    assert response.status_code == status
    assert valid_answer(response, operation)["message"]


def test_a_rate_limit_can_name_the_cooldown(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.fail_next(status=429, body={"remainingSeconds": 3})

    body = client.put("/models/m/train").json()

    assert body["remainingSeconds"] == 3 and body["message"]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/v1/models/", 404),
        ("GET", "/v1/models/m/", 404),
        ("PUT", "/v1/models/m/train/extra", 404),
        ("GET", "/models/m", 404),
        ("GET", "/v2/models/m", 404),
        ("GET", "/v1/modelz", 404),
        ("PATCH", "/v1/models/m", 405),
        ("GET", "/v1/models/m/train", 405),
        ("PUT", "/v1/models/m/train/action", 405),
        ("FOO", "/v1/models/m", 405),
        ("TRACE", "/v1/models/m", 405),
        ("FOO", "/v1/nowhere", 404),
    ],
)
def test_routing_errors_have_error_bodies(client: httpx.Client, method: str, path: str, status: int) -> None:
    response = client.request(method, client.base_url.copy_with(path=path))

    assert response.status_code == status
    assert valid_error(response)


def test_schema_errors_catch_a_wrong_answer() -> None:
    assert schema_errors(component("DryRunEstimate"), {"creativeUnitsCost": "12"}) != []

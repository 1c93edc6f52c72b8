"""The training calls, written as a vendor user writes them, give the same values with either SDK.

Each test is a snippet of vendor code run with `scenario_sdk` 2.4.0 and with `scenario_train`; see
`switch_support`.
"""

from __future__ import annotations

import json

import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.switch import SDK, Sent, at, by_sdk, calls, connect, sent_headers, wire


def test_trigger_retrieve_and_cancel_send_the_same_requests_and_read_the_same_values(
    sdk: SDK, mock: MockScenarioAPI
) -> None:
    client = connect(sdk, mock)

    result = client.models.train.trigger(
        "model-1",
        parameters={"batch_size": 2, "learning_rate": 1e-4, "lr_scheduler": "cosine", "sample_prompts": ["a dog"]},
        project_id="project-1",
        training_images_count=3,
        original_assets=False,
    )
    job_id = mock.model("model-1")["jobId"]
    assert (result.model.id, result.model.status, result.model.job_id) == ("model-1", "training", job_id)
    assert (result.job.job_id, result.job.status, result.job.progress) == (job_id, "queued", 0)
    assert (result.creative_units_cost, result.creative_units_discount) == (130, 0)

    mock.advance("model-1", 4)
    model = client.models.retrieve("model-1", project_id="project-1", original_assets=True).model
    assert model.status == "training"
    assert model.training_progress is not None
    assert (model.training_progress.stage, model.training_progress.progress) == ("running-train", 0.5)
    assert model.training_progress.remaining_time_ms == 60000

    canceled = client.models.train.action("model-1", action="cancel", project_id="project-1")
    assert (canceled.model.id, canceled.model.status) == ("model-1", "training-canceled")

    assert wire(mock) == [
        Sent(
            "PUT",
            "/v1/models/model-1/train",
            {"projectId": "project-1", "trainingImagesCount": "3", "originalAssets": "false"},
            {"parameters": {"batchSize": 2, "learningRate": 1e-4, "lrScheduler": "cosine", "samplePrompts": ["a dog"]}},
            200,
        ),
        Sent("GET", "/v1/models/model-1", {"projectId": "project-1", "originalAssets": "true"}, None, 200),
        Sent("POST", "/v1/models/model-1/train/action", {"projectId": "project-1"}, {"action": "cancel"}, 200),
    ]


def test_an_optional_field_absent_or_null_reads_none(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)

    model = client.models.retrieve("new-model").model  # not training: the mock leaves trainingProgress out
    assert "trainingProgress" not in mock.model("new-model")
    assert model.training_progress is None
    assert model.training_stats is None
    progress = model.training_progress.progress if model.training_progress is not None else None
    assert progress is None

    sent = {**mock.model("new-model"), "trainingProgress": None}
    mock.fail_next(status=200, body={"model": sent}, method="GET")
    answer = client.models.retrieve("new-model")
    assert answer.model.training_progress is None
    assert at(answer.to_dict(), "model", "trainingProgress") is None  # a null stays a null
    assert "trainingStats" not in at(answer.to_dict(), "model")  # and an absent field stays absent


def test_a_dry_run_answers_269_with_the_cost_and_starts_nothing(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)

    raw = client.models.train.with_raw_response.trigger("model-1", dry_run="true")
    estimate = raw.parse()
    api_estimate = client.models.train.trigger("model-1", dry_run="api")

    assert raw.status_code == 269
    assert (estimate.creative_units_cost, estimate.creative_units_discount) == (130, 0)
    assert estimate.cost_details is not None
    assert estimate.to_dict() == raw.json()
    assert api_estimate.creative_units_cost == 130
    assert client.models.retrieve("model-1").model.status == "new"
    assert [sent.query for sent in wire(mock)] == [{"dryRun": "true"}, {"dryRun": "api"}, {}]
    # Nothing started: there is no job, and the model is not sent.
    assert type(estimate).__name__ == by_sdk(sdk, vendor="TrainTriggerResponse", ours="DryRunEstimate")
    assert estimate.job is None
    assert estimate.model is None
    assert api_estimate.job is None
    assert api_estimate.model is None


@pytest.mark.parametrize("path", ["client", "models", "train"])
def test_with_raw_response_gives_the_status_headers_and_body_and_parse_gives_the_result(
    sdk: SDK, mock: MockScenarioAPI, path: str
) -> None:
    client = connect(sdk, mock)
    train = {
        "client": client.with_raw_response.models.train,
        "models": client.models.with_raw_response.train,
        "train": client.models.train.with_raw_response,
    }[path]

    raw = train.trigger("model-1", parameters={"seed": 7})
    assert (raw.status_code, raw.method, str(raw.url)) == (200, "PUT", f"{mock.base_url}/models/model-1/train")
    assert raw.headers["content-type"] == "application/json; charset=utf-8"
    assert raw.headers["server"] == "scenario-train-mock"
    assert raw.retries_taken == 0
    assert raw.http_response.status_code == 200
    assert raw.http_request.method == "PUT"
    assert json.loads(raw.http_request.content) == {"parameters": {"seed": 7}}
    result = raw.parse()
    job_id = mock.model("model-1")["jobId"]
    assert (result.job.job_id, result.model.id, result.model.status) == (job_id, "model-1", "training")
    assert at(raw.json(), "job", "jobId") == job_id
    assert json.loads(raw.text()) == json.loads(raw.read()) == raw.json()
    assert result.to_dict() == raw.json()

    retrieved = client.with_raw_response.models.retrieve("model-1")
    assert (retrieved.status_code, retrieved.method) == (200, "GET")
    assert retrieved.parse().model.status == "training"

    canceled = train.action("model-1", action="cancel")
    assert (canceled.status_code, canceled.method) == (200, "POST")
    assert canceled.parse().model.status == "training-canceled"
    assert calls(mock) == [
        "PUT /v1/models/model-1/train",
        "GET /v1/models/model-1",
        "POST /v1/models/model-1/train/action",
    ]


def test_extra_and_default_headers_query_and_body_arrive_each_call_winning(
    sdk: SDK, mock: MockScenarioAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCENARIO_CUSTOM_HEADERS", "X-Env: from-env\nX-Team: env")
    client = connect(sdk, mock, default_headers={"X-Team": "ctor", "X-Ctor": "1"}, default_query={"team": "a"})

    client.models.train.trigger(
        "model-1",
        parameters={"seed": 1},
        project_id="p-1",
        extra_headers={"X-Ctor": "call", "X-Call": "2"},
        extra_query={"projectId": "p-2", "trace": "t"},
        extra_body={"note": "x"},
    )
    trigger_headers = sent_headers(mock)
    client.models.retrieve("model-1", extra_body={"ignored": True})  # a GET sends no body
    client.models.train.action("model-1", action="cancel", extra_body={"reason": "test"})
    client.models.train.trigger("model-1", parameters={"seed": 1}, extra_body={"parameters": {"rank": 4}})
    client.models.retrieve("model-1", extra_headers={"Authorization": f"Bearer {mock.jwt}"})

    assert {name: trigger_headers[name] for name in ("x-env", "x-team", "x-ctor", "x-call")} == {
        "x-env": "from-env",
        "x-team": "ctor",
        "x-ctor": "call",
        "x-call": "2",
    }
    assert sent_headers(mock, 1)["x-team"] == "ctor"
    assert "x-call" not in sent_headers(mock, 1)
    assert sent_headers(mock)["authorization"] == "Bearer [redacted]"  # extra_headers override the credentials
    assert [(sent.query, sent.body, sent.status) for sent in wire(mock)] == [
        ({"team": "a", "projectId": "p-2", "trace": "t"}, {"parameters": {"seed": 1}, "note": "x"}, 200),
        ({"team": "a"}, None, 200),
        ({"team": "a"}, {"action": "cancel", "reason": "test"}, 200),
        ({"team": "a"}, {"parameters": {"rank": 4}}, 200),  # extra_body replaces a top-level key whole
        ({"team": "a"}, None, 200),
    ]


def test_to_dict_and_to_json_give_the_values_the_server_sent(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)

    raw = client.models.train.with_raw_response.trigger("model-1")
    result = raw.parse()

    assert result.to_dict() == raw.json()
    assert json.loads(result.to_json()) == raw.json()
    assert result.to_json().startswith('{\n  "job": {\n    "')
    assert json.loads(result.to_json(indent=None)) == raw.json()
    assert "\n" not in result.to_json(indent=None)
    assert at(result.to_dict(), "model", "trainingImagesNumber") == 3
    # The text differs: the vendor writes a number of a float field as a float (the server's 3 as 3.0), and
    # writes each camelCase field twice, the second time as an unknown field (pydantic 2 keeps it as an extra).
    text = result.to_json(indent=None)
    assert raw.text().count('"trainingImagesNumber":') == 1
    assert text.count('"trainingImagesNumber":') == by_sdk(sdk, vendor=2, ours=1)
    assert ('"trainingImagesNumber":3.0,' in text) is by_sdk(sdk, vendor=True, ours=False)


def test_to_dict_and_to_json_take_only_the_options_we_document(sdk: SDK, mock: MockScenarioAPI) -> None:
    result = connect(sdk, mock).models.train.trigger("model-1")

    def takes(method: str, **options: object) -> bool:
        try:
            getattr(result, method)(**options)
        except TypeError:
            return False
        return True

    assert takes("to_json", indent=None)
    assert takes("to_dict", use_api_names=False) is by_sdk(sdk, vendor=True, ours=False)
    assert takes("to_json", exclude_unset=False) is by_sdk(sdk, vendor=True, ours=False)

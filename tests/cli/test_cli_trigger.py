"""`scenario-train trigger`: the summary, `--json`, `--dry-run`, and the request that parameters make."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from scenario_train._body import MAX_BODY_BYTES
from scenario_train.testing import MockScenarioAPI
from scenario_train_api.models import TrainModelResponse
from tests.support.cli import (
    DEEP_JSON,
    ENDLESS_FILE,
    NOT_TEXT,
    NOT_UTF8_JSON,
    TOO_DEEP,
    TOO_LARGE,
    RunCli,
    call_mock,
    huge_file,
)

# The mock's own answer, changed, is sent back as the next answer (`fail_next(status=200, body=...)`), so
# that the CLI's output can be compared with bytes known in advance.
pytestmark = pytest.mark.scenario_mock(polls_per_step=0)


def _train_answer(api: MockScenarioAPI, model_id: str) -> dict[str, Any]:
    body: dict[str, Any] = call_mock(api, "PUT", f"/models/{model_id}/train", json={}).json()
    return body


def _answer_next(api: MockScenarioAPI, text: str) -> None:
    """The next trigger is answered 200 with exactly these bytes, as JSON."""
    api.fail_next(status=200, body=text.encode(), headers={"Content-Type": "application/json"}, method="PUT")


def _summary_fields(out: str) -> dict[str, str]:
    fields = {}
    for line in out.splitlines()[1:]:
        name, _, value = line.strip().partition(":")
        fields[name] = value.strip()
    return fields


def test_trigger_starts_the_training_and_summarises_it(api: MockScenarioAPI, cli: RunCli) -> None:
    estimate = cli("trigger", "m1", "--dry-run", "--json").json_lines()[0]

    outcome = cli("trigger", "m1")

    assert outcome.code == 0
    model = api.model("m1")
    assert model["status"] == "training"
    lines = outcome.out.splitlines()
    assert "m1" in lines[0]
    fields = _summary_fields(outcome.out)
    assert fields["model status"] == model["status"]
    assert fields["cost"] == f"{estimate['creativeUnitsCost']:g} creative units"
    assert fields["job"].startswith("job_")


def test_the_summary_shows_the_answers_job_model_status_and_cost(api: MockScenarioAPI, cli: RunCli) -> None:
    body = _train_answer(api, "m7")
    body["job"].update(jobId="job-from-the-answer", status="warming-up")
    body["model"]["status"] = "training"
    body["creativeUnitsCost"] = 42.5
    _answer_next(api, json.dumps(body))

    outcome = cli("trigger", "m7")

    assert outcome.code == 0
    assert outcome.out.splitlines()[0] == "Training started for model m7"
    assert _summary_fields(outcome.out) == {
        "job": "job-from-the-answer (warming-up)",
        "model status": "training",
        "cost": "42.5 creative units",
    }


def test_a_missing_cost_is_said_to_be_not_reported(api: MockScenarioAPI, cli: RunCli) -> None:
    body = _train_answer(api, "m7")
    del body["creativeUnitsCost"]
    _answer_next(api, json.dumps(body))

    outcome = cli("trigger", "m7")

    assert outcome.code == 0
    assert _summary_fields(outcome.out)["cost"] == "not reported"


def test_json_prints_the_servers_body_as_it_came(api: MockScenarioAPI, cli: RunCli) -> None:
    body = _train_answer(api, "m7")
    body["aFieldOfTomorrow"] = {"kept": [1, 2.50]}
    # Spacing and key order of its own: a re-serialized body would not match.
    text = json.dumps(body, sort_keys=True, separators=(" , ", " : ")).replace("2.5", "2.50")
    _answer_next(api, text)

    outcome = cli("trigger", "m7", "--json")

    assert outcome.code == 0
    assert outcome.out == text + "\n"


def test_json_is_one_line_with_the_job_and_the_model_as_they_are(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("trigger", "m1", "--json")

    assert outcome.code == 0
    [document] = outcome.json_lines()
    assert document["model"] == api.model("m1")
    parsed = TrainModelResponse.from_dict(document)
    assert parsed.model.id == "m1"
    assert parsed.job.job_id and parsed.job.job_id == document["job"]["jobId"]
    assert parsed.to_dict() == document


@pytest.mark.parametrize("as_json", [False, True], ids=["summary", "json"])
def test_dry_run_estimates_and_starts_nothing(api: MockScenarioAPI, cli: RunCli, as_json: bool) -> None:
    outcome = cli("trigger", "m1", "--dry-run", "--wait", *(["--json"] if as_json else []))

    assert outcome.code == 0
    [request] = api.requests  # no polling either, despite --wait
    assert (request.method, request.query, request.status) == ("PUT", {"dryRun": "true"}, 269)
    assert api.model("m1")["status"] == "new"
    estimate = call_mock(api, "PUT", "/models/m1/train", params={"dryRun": "true"}, json={}).json()
    if as_json:
        assert outcome.json_lines() == [estimate]
    else:
        assert f" {estimate['creativeUnitsCost']:g} creative units" in outcome.out
        assert "nothing started" in outcome.out


@pytest.mark.parametrize(
    ("argument", "name", "value"),
    [
        ("seed=42", "seed", 42),
        ("learningRate=1e-4", "learningRate", 1e-4),
        ("learning_rate=1e-4", "learningRate", 1e-4),
        ("randomCrop=true", "randomCrop", True),
        ('samplePrompts=["a dog", "a cat"]', "samplePrompts", ["a dog", "a cat"]),
        ("classPrompt=a photo of sks dog", "classPrompt", "a photo of sks dog"),
        ("classPrompt=123", "classPrompt", "123"),
        ("class_prompt=true", "classPrompt", "true"),
        ('classPrompt="42"', "classPrompt", '"42"'),
        ("lrScheduler=cosine", "lrScheduler", "cosine"),
        ("conceptPrompt=a=b", "conceptPrompt", "a=b"),
        ("validationPrompt=", "validationPrompt", ""),
        (" seed =7", "seed", 7),
        ("aKnobOfTomorrow=3", "aKnobOfTomorrow", 3),
        ("aKnobOfTomorrow=[1]", "aKnobOfTomorrow", [1]),
        ("aKnobOfTomorrow=fast", "aKnobOfTomorrow", "fast"),
        ("aKnobOfTomorrow=NaN", "aKnobOfTomorrow", "NaN"),
    ],
)
def test_param_values_are_read_by_the_parameters_type_in_the_spec(
    api: MockScenarioAPI, cli: RunCli, argument: str, name: str, value: Any
) -> None:
    outcome = cli("trigger", "m1", "--param", argument)

    assert outcome.code == 0
    [request] = api.requests
    assert request.body == {"parameters": {name: value}}
    assert type(request.body["parameters"][name]) is type(value)


def test_no_parameters_send_an_empty_body_and_project_id_goes_in_the_query(api: MockScenarioAPI, cli: RunCli) -> None:
    assert cli("trigger", "m1", "--project-id", "proj-1").code == 0

    [request] = api.requests
    assert (request.method, request.path) == ("PUT", "/v1/models/m1/train")
    assert request.query == {"projectId": "proj-1"}
    assert request.body in ({}, None)


@pytest.mark.parametrize("argument", ["seed", "=5", " =5", ""])
def test_a_param_without_key_and_equals_sign_is_a_usage_error(api: MockScenarioAPI, cli: RunCli, argument: str) -> None:
    outcome = cli("trigger", "m1", "--param", argument)

    assert outcome.code == 2
    assert "KEY=VALUE" in outcome.error
    assert api.requests == []


@pytest.mark.parametrize(
    ("argument", "problem"),
    [
        ("batchSize=two", "--param batchSize takes a number, not 'two'"),
        ("batch_size=two", "--param batch_size takes a number, not 'two'"),
        ("batchSize=null", "--param batchSize takes a number, not 'null'"),
        ("seed=soon", "--param seed takes a number, not 'soon'"),
        ("learningRate=Infinity", "--param learningRate takes a number, not 'Infinity'"),
        ("randomCrop=yes", "--param randomCrop takes true or false, not 'yes'"),
        ("samplePrompts=a dog", "--param samplePrompts takes a JSON array, not 'a dog'"),
        ("batchSize=true", "--param batchSize: expected number, got boolean"),
        ("randomCrop=1", "--param randomCrop: expected boolean, got number"),
        ('samplePrompts=["a", 2]', "--param samplePrompts[1]: expected string, got number"),
    ],
)
def test_a_param_that_cannot_be_read_as_its_type_is_refused_by_name_before_sending(
    api: MockScenarioAPI, cli: RunCli, argument: str, problem: str
) -> None:
    outcome = cli("trigger", "m1", "--param", argument)

    assert outcome.code == 2
    assert outcome.error == problem
    assert api.requests == []


@pytest.mark.parametrize(
    ("first", "second"),
    [("batchSize=2", "batch_size=3"), ("batch_size=3", "batchSize=2"), ("seed=1", "seed=2")],
)
def test_a_parameter_given_twice_in_params_is_refused(
    api: MockScenarioAPI, cli: RunCli, first: str, second: str
) -> None:
    outcome = cli("trigger", "m1", "--param", first, "--param", second)

    assert outcome.code == 2
    name = "seed" if first.startswith("seed") else "batchSize"
    keys = [argument.partition("=")[0] for argument in (first, second)]
    assert outcome.error.startswith(f"--param gives {name} twice (as {keys[0]} and {keys[1]})")
    assert api.requests == []


@pytest.mark.parametrize(
    ("parameters", "problem"),
    [
        ({"batchSize": 2, "batch_size": 3}, " gives batchSize twice (as batchSize and batch_size): give it once"),
        ({"batch_size": "two"}, ": batch_size: expected number, got string"),
    ],
    ids=["both-names", "wrong-type"],
)
def test_a_file_parameter_that_cannot_be_sent_is_named_by_file_and_key(
    api: MockScenarioAPI, cli: RunCli, tmp_path: Path, parameters: dict[str, Any], problem: str
) -> None:
    path = tmp_path / "parameters.json"
    path.write_text(json.dumps(parameters), encoding="utf-8")

    outcome = cli("trigger", "m1", "--parameters-file", str(path))

    assert outcome.code == 2
    assert outcome.error == f"{path}{problem}"
    assert api.requests == []


@pytest.mark.parametrize("nested", [False, True], ids=["flat", "under-parameters"])
def test_parameters_file_is_sent_and_param_wins_over_it(
    api: MockScenarioAPI, cli: RunCli, tmp_path: Path, nested: bool
) -> None:
    parameters = {"seed": 1, "classPrompt": "from the file", "samplePrompts": ["x"]}
    path = tmp_path / "parameters.json"
    path.write_text(json.dumps({"parameters": parameters} if nested else parameters), encoding="utf-8")

    outcome = cli("trigger", "m1", "--parameters-file", str(path), "--param", "seed=2")

    assert outcome.code == 0
    [request] = api.requests
    assert request.body == {"parameters": {**parameters, "seed": 2}}


def test_param_wins_over_the_file_whatever_the_spelling(api: MockScenarioAPI, cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "parameters.json"
    path.write_text(json.dumps({"learningRate": 0.001, "batch_size": 1}), encoding="utf-8")

    outcome = cli("trigger", "m1", "--parameters-file", str(path), "--param", "learning_rate=1e-4")

    assert outcome.code == 0
    [request] = api.requests
    assert request.body == {"parameters": {"learningRate": 1e-4, "batchSize": 1}}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "cannot read"),
        ("{not json", "not JSON at line 1 column 2"),
        ("[1, 2]", "JSON object"),
        ('"seed"', "JSON object"),
    ],
    ids=["missing", "bad-json", "array", "string"],
)
def test_an_unusable_parameters_file_is_a_usage_error(
    api: MockScenarioAPI, cli: RunCli, tmp_path: Path, content: str | None, problem: str
) -> None:
    path = tmp_path / "parameters.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")

    outcome = cli("trigger", "m1", "--parameters-file", str(path))

    assert outcome.code == 2
    assert problem in outcome.error and str(path) in outcome.error
    assert api.requests == []


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (DEEP_JSON, TOO_DEEP),
        (b'{"samplePrompts": ' + b"[" * 200 + b"]" * 200 + b"}", TOO_DEEP),
        (NOT_UTF8_JSON, NOT_TEXT),
        (None, TOO_LARGE),
    ],
    ids=["deep", "deep-inside", "not-utf8", "huge"],
)
def test_a_parameters_file_past_the_limits_of_an_answer_is_refused_by_name(
    api: MockScenarioAPI, cli: RunCli, tmp_path: Path, content: bytes | None, problem: str
) -> None:
    path = tmp_path / "parameters.json"
    if content is None:
        huge_file(path)
    else:
        path.write_bytes(content)

    outcome = cli("trigger", "m1", "--parameters-file", str(path))

    assert outcome.code == 2
    assert outcome.error == f"{path}: {problem}"
    assert api.requests == []


@pytest.mark.skipif(not ENDLESS_FILE.exists(), reason="no /dev/zero here")
def test_a_parameters_file_that_never_ends_is_read_only_up_to_the_limit(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("trigger", "m1", "--parameters-file", str(ENDLESS_FILE))

    assert outcome.code == 2
    assert outcome.error == f"{ENDLESS_FILE}: {TOO_LARGE}"


@pytest.mark.parametrize("name", ["samplePrompts", "aKnobOfTomorrow"])
@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (DEEP_JSON.decode(), TOO_DEEP),
        ('["' + "a" * MAX_BODY_BYTES + '"]', TOO_LARGE),
    ],
    ids=["deep", "huge"],
)
def test_a_param_value_past_the_limits_of_an_answer_is_refused_by_name(
    api: MockScenarioAPI, cli: RunCli, name: str, value: str, problem: str
) -> None:
    outcome = cli("trigger", "m1", "--param", f"{name}={value}")

    assert outcome.code == 2
    assert outcome.error == f"--param {name}: {problem}"
    assert api.requests == []


@pytest.mark.parametrize("argument", ["classPrompt=a \udcff dog", 'samplePrompts=["\udcff"]', "aKnobOfTomorrow=\udcff"])
def test_a_param_value_that_is_not_utf8_is_refused_by_name(api: MockScenarioAPI, cli: RunCli, argument: str) -> None:
    # Python reads an argument's bytes that are not UTF-8 as lone surrogates (`\xff` as `\udcff`).
    outcome = cli("trigger", "m1", "--param", argument)

    assert outcome.code == 2
    assert outcome.error == f"--param {argument.partition('=')[0]}: not UTF-8 text"
    assert api.requests == []


def test_an_interrupt_before_the_trigger_is_sent_says_nothing_started(
    api: MockScenarioAPI, cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("scenario_train._cli_params.read_parameters", interrupt)

    outcome = cli("trigger", "m1", "--wait")

    assert outcome.code == 130
    assert outcome.err == "scenario-train: interrupted before the trigger was sent: no training started\n"
    assert api.requests == []

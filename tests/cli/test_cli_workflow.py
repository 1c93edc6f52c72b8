"""`scenario-train models create`, `images add MODEL FILE...` and `jobs get JOB`: the calls before a training."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import attrs
import pytest

from scenario_train._cli_workflow import CREATE_OPTIONS
from scenario_train._images import ASSETS_LIMIT
from scenario_train.testing import MockScenarioAPI
from scenario_train.testing._operations import operation
from tests.support.cli import RunCli, methods
from tests.support.images import png, sparse, write

pytestmark = pytest.mark.scenario_mock(polls_per_step=0)

WITHOUT_OPTION = {"concepts"}
"""The body fields of `POST /models` that `models create` has no option for (a list of objects)."""

ODD_NAMES = ["with space.png", "été 写真.png", "new\nline.png"]


def _created(api: MockScenarioAPI, cli: RunCli, model_type: str = "flux.1-lora") -> str:
    outcome = cli("models", "create", "--type", model_type, "--json")
    assert outcome.code == 0, outcome
    model_id: str = outcome.json_lines()[0]["model"]["id"]
    return model_id


def _images(folder: Path, names: list[str]) -> list[str]:
    return [str(write(folder / name, png(name.encode()))) for name in names]


def _posts(api: MockScenarioAPI) -> list[str]:
    return [line for line in methods(api) if line.startswith("POST ")]


def test_every_body_field_of_create_is_an_option_or_is_said_to_have_none() -> None:
    body = operation("create_model").body
    fields = {field.name for field in attrs.fields(body) if not field.name.startswith(("_", "additional_"))}
    assert set(CREATE_OPTIONS) | WITHOUT_OPTION == fields
    assert not set(CREATE_OPTIONS) & WITHOUT_OPTION


def test_models_create_sends_each_option_and_prints_the_new_model(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli(
        "models", "create", "--type", "flux.1-lora", "--name", "My style", "--short-description", "ink",
        "--class-slug", "art-style", "--base-model-id", "base-1", "--collection-id", "c1", "--collection-id", "c2",
    )  # fmt: skip

    assert outcome.code == 0, outcome
    request = api.requests[-1]
    assert (request.method, request.path) == ("POST", "/v1/models")
    assert request.body == {
        "type": "flux.1-lora",
        "name": "My style",
        "shortDescription": "ink",
        "classSlug": "art-style",
        "baseModelId": "base-1",
        "collectionIds": ["c1", "c2"],
    }
    [line] = outcome.out.splitlines()
    model_id = line.split()[1]
    model = api.model(model_id)
    assert (model["status"], model["trainingImagesNumber"]) == ("new", 0)
    assert line == f"Model {model_id} created: type=flux.1-lora status=new"


def test_models_create_json_is_the_servers_answer(api: MockScenarioAPI, cli: RunCli) -> None:
    model_id = _created(api, cli)

    outcome = cli("models", "create", "--type", "sd-xl-lora", "--json")

    [answer] = outcome.json_lines()
    assert answer["model"] == api.model(answer["model"]["id"])
    assert answer["model"]["id"] != model_id


def test_models_create_needs_a_type(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("models", "create", "--name", "x")

    assert outcome.code == 2
    assert "--type" in outcome.error
    assert api.requests == []


def test_images_add_adds_each_file_with_a_progress_line(api: MockScenarioAPI, cli: RunCli, tmp_path: Path) -> None:
    model_id = _created(api, cli)
    files = _images(tmp_path, ODD_NAMES)

    outcome = cli("images", "add", model_id, *files)

    assert outcome.code == 0, outcome
    model = api.model(model_id)
    assert model["trainingImagesNumber"] == 3
    sent = [request.body for request in api.requests if request.path.endswith("/training-images")]
    assert [body["name"] for body in sent] == ODD_NAMES
    assert [base64.b64decode(body["data"].split(",", 1)[1]) for body in sent] == [png(n.encode()) for n in ODD_NAMES]
    assert all(body["data"].startswith("data:image/png;base64,") for body in sent)
    progress = outcome.err.splitlines()
    assert [line.split(" adding ")[0] for line in progress] == ["[1/3]", "[2/3]", "[3/3]"]
    assert progress[2].endswith("/new\\nline.png' (" + str(len(png(ODD_NAMES[2].encode()))) + " bytes)")
    ids = [image["id"] for image in model["trainingImages"]]
    assert [line.rsplit(" ", 1)[1] for line in outcome.out.splitlines()] == ids


def test_images_add_redraws_one_progress_line_on_a_terminal(api: MockScenarioAPI, cli: RunCli, tmp_path: Path) -> None:
    model_id = _created(api, cli)

    outcome = cli("images", "add", model_id, *_images(tmp_path, ["a.png", "b.png"]), terminal=True)

    assert outcome.code == 0, outcome
    assert outcome.err.startswith("\r[1/2] adding ") and outcome.err.endswith("\n")
    assert outcome.err.count("\n") == 1 and outcome.err.count("\r[") == 2


def test_images_add_json_prints_each_answer(api: MockScenarioAPI, cli: RunCli, tmp_path: Path) -> None:
    model_id = _created(api, cli)

    outcome = cli("images", "add", model_id, *_images(tmp_path, ["a.png", "b.png"]), "--json")

    answers = outcome.json_lines()
    assert [answer["trainingImage"] for answer in answers] == api.model(model_id)["trainingImages"]


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ("missing.png", "does not exist"),
        ("", "is not a regular file (it is a folder)"),
        ("not-an-image.png", "is not an image the API takes"),
        ("empty.png", "is empty"),
    ],
    ids=["missing", "folder", "not-an-image", "empty"],
)
def test_images_add_checks_every_file_before_sending_any(
    api: MockScenarioAPI, cli: RunCli, tmp_path: Path, bad: str, reason: str
) -> None:
    model_id = _created(api, cli)
    write(tmp_path / "not-an-image.png", b"<html>not an image</html>")
    write(tmp_path / "empty.png", b"")
    received = len(api.requests)

    outcome = cli("images", "add", model_id, *_images(tmp_path, ["good.png"]), str(tmp_path / bad))

    assert outcome.code == 2
    assert outcome.error.startswith(f"{tmp_path / bad}: {reason}")
    assert len(api.requests) == received
    assert api.model(model_id)["trainingImagesNumber"] == 0


def test_images_add_sends_a_large_file_through_uploads(api: MockScenarioAPI, cli: RunCli, tmp_path: Path) -> None:
    model_id = _created(api, cli)
    large = sparse(tmp_path / "large.png", png(), ASSETS_LIMIT)

    outcome = cli("images", "add", model_id, str(large), "--json")

    assert outcome.code == 0, outcome
    added = outcome.json_lines()[0]["trainingImage"]
    posts = [line for line in _posts(api) if "/uploads" in line or "training-images" in line]
    assert posts[0] == "POST /v1/uploads" and posts[-1] == f"POST /v1/models/{model_id}/training-images"
    adding = [request for request in api.requests if request.path.endswith("/training-images")]
    assert [request.body for request in adding] == [{"assetId": added["id"]}]
    parts = [request for request in api.requests if request.path.startswith("/parts/")]
    assert parts and all(request.api_key is None for request in parts)
    assert api.model(model_id)["trainingImagesNumber"] == 1


def test_images_add_stops_at_a_refused_file_and_says_what_was_added(
    api: MockScenarioAPI, cli: RunCli, tmp_path: Path
) -> None:
    model_id = _created(api, cli)
    files = _images(tmp_path, ["a.png", "b.png", "c.png"])
    before = len(_posts(api))
    api.delay_next(0, method="POST")  # the first image passes; the second is refused
    api.fail_next(status=400, body={"message": "Image too small"}, method="POST")

    outcome = cli("images", "add", model_id, *files)

    assert outcome.code == 1
    assert outcome.error.startswith(f"{files[1]}: Error code: 400 - Image too small")
    assert outcome.error.endswith("(1 of 3 files were added before it; the files after it were not sent)")
    assert len(_posts(api)) == before + 2
    assert api.model(model_id)["trainingImagesNumber"] == 1
    assert [line.split(":")[0] for line in outcome.out.splitlines()] == [f"Added {files[0]}"]


def test_images_add_of_the_last_file_refused_says_nothing_was_left_unsent(
    api: MockScenarioAPI, cli: RunCli, tmp_path: Path
) -> None:
    model_id = _created(api, cli)
    api.delay_next(0, method="POST")
    api.fail_next(status=400, method="POST")

    outcome = cli("images", "add", model_id, *_images(tmp_path, ["a.png", "b.png"]))

    assert outcome.code == 1
    assert outcome.error.endswith("(1 of 2 files were added before it)")


def test_jobs_get_shows_the_training_job(api: MockScenarioAPI, cli: RunCli, tmp_path: Path) -> None:
    model_id = _created(api, cli)
    assert cli("images", "add", model_id, *_images(tmp_path, ["a.png"])).code == 0
    started = cli("trigger", model_id, "--json").json_lines()[0]
    job_id = started["job"]["jobId"]

    summary = cli("jobs", "get", job_id)
    as_json = cli("jobs", "get", job_id, "--project-id", "p1", "--json")

    assert summary.code == 0 and as_json.code == 0
    [answer] = as_json.json_lines()
    job = answer["job"]
    assert job["jobId"] == job_id
    assert summary.out == f"Job {job_id}: type={job['jobType']} status={job['status']} progress={job['progress']:.0%}\n"
    request = api.requests[-1]
    assert (request.method, request.path, request.query) == ("GET", f"/v1/jobs/{job_id}", {"projectId": "p1"})


def test_jobs_get_of_an_unknown_job_is_refused_by_the_api(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("jobs", "get", "job-unknown")

    assert outcome.code == 1
    assert outcome.out == ""
    assert api.requests[-1].status == 404


def test_the_whole_sequence_through_the_command_line(api: MockScenarioAPI, cli: RunCli, tmp_path: Path) -> None:
    model_id = _created(api, cli)
    refused = cli("trigger", model_id)
    assert refused.code == 1 and "no training images" in refused.error

    assert cli("images", "add", model_id, *_images(tmp_path, ["a.png", "b.png"])).code == 0
    started = cli("trigger", model_id, "--json")
    api.finish(model_id)
    final = cli("status", model_id, "--json")

    assert started.code == 0 and final.code == 0
    assert json.loads(final.out)["model"]["status"] == "trained"


def test_models_create_whose_answer_is_lost_exits_3_saying_what_may_exist(api: MockScenarioAPI, cli: RunCli) -> None:
    """Without a name, a lost creation cannot be told from the others: the client says so, and never sends it again."""
    api.lose_next(method="POST", path="/v1/models")

    outcome = cli("models", "create", "--type", "flux.1-lora")

    assert outcome.code == 3, outcome
    assert "may have been created" in outcome.err
    assert [request.method for request in api.requests] == ["POST"]


def test_models_create_whose_answer_is_lost_finds_the_model_by_its_name(api: MockScenarioAPI, cli: RunCli) -> None:
    api.lose_next(method="POST", path="/v1/models")

    outcome = cli("models", "create", "--type", "flux.1-lora", "--name", "Found again")

    assert outcome.code == 0, outcome
    assert [request.method for request in api.requests].count("POST") == 1
    assert "type=flux.1-lora status=new" in outcome.out

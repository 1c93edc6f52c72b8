"""The mock's routes, query parameters, bodies, statuses and answers follow the spec: what the spec
adds reaches the mock when the client is regenerated, and a test tells what it cannot reach."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import httpx
import pytest

from scenario_train.testing import _uploads as uploads
from scenario_train.testing._answers import model_answer, train_answer
from scenario_train.testing._asset_answers import asset_answer
from scenario_train.testing._assets import image_asset
from scenario_train.testing._operations import Operation, QueryParameter, operation
from scenario_train.testing._state import (
    DEFAULT_PARAMETERS,
    STEPS,
    UNSIMULATED,
    Model,
    advance,
    cancel,
    finish,
    new_model,
    trigger,
)
from scenario_train_api.api import OPERATIONS as TABLE
from scenario_train_api.models import TrainingParameters
from tests.support.env import for_a_tool
from tests.support.mock import REPO, schema, spec

OPERATIONS = tuple(operation(name) for name in TABLE)
KINDS = {"boolean": bool, "integer": int, "number": float, "string": str}
INVALID = {bool: "maybe", int: "1.5", float: "x"}


def spec_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, operations in spec()["paths"].items():
        for method, described in operations.items():
            yield method.upper(), path, described


def mock_path(operation: Operation) -> str:
    """The operation's path as the spec writes it: the table names its parameters, the mock's routes do not."""
    names = iter(parameter.name for parameter in TABLE[operation.name].path_parameters)
    return "/" + "/".join("{" + next(names) + "}" if segment is None else segment for segment in operation.path)


def concrete(path: str) -> str:
    """A path of the spec with a value for each parameter: `/models/m1/training-images/p1`."""
    return re.sub(r"\{[^}]+\}", lambda match: {"{modelId}": "m1"}.get(match.group(), "p1"), path)


def spec_query(described: dict[str, Any]) -> dict[str, Any]:
    """Each query parameter's name and type (a JSON type, or the values of an enum)."""
    query: dict[str, Any] = {}
    for parameter in described.get("parameters", []):
        if "$ref" in parameter:
            parameter = spec()["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        if parameter["in"] == "query":
            declared = parameter["schema"]
            if "$ref" in declared:
                declared = schema(declared["$ref"].rsplit("/", 1)[1])
            query[parameter["name"]] = sorted(declared["enum"]) if "enum" in declared else declared["type"]
    return query


def mock_query(operation: Operation) -> dict[str, Any]:
    query: dict[str, Any] = {}
    for parameter in operation.query:
        kind = parameter.kind
        if issubclass(kind, Enum):
            query[parameter.name] = sorted(str(member.value) for member in kind)
        else:
            query[parameter.name] = next(name for name, python in KINDS.items() if python is kind)
    return query


def test_the_mock_has_every_operation_of_the_spec() -> None:
    assert {(method, path) for method, path, _ in spec_operations()} == {
        (operation.method, mock_path(operation)) for operation in OPERATIONS
    }


def test_the_mock_reads_every_query_parameter_and_body_of_the_spec() -> None:
    mock = {(operation.method, mock_path(operation)): operation for operation in OPERATIONS}

    for method, path, described in spec_operations():
        operation = mock[(method, path)]
        assert mock_query(operation) == spec_query(described), f"{method} {path}"
        body = described.get("requestBody")
        if body is None:
            assert operation.body is None
        else:
            body_schema = body["content"]["application/json"]["schema"]
            is_array = body_schema.get("type") == "array"
            named = (body_schema["items"] if is_array else body_schema)["$ref"].rsplit("/", 1)[1]
            assert operation.body is not None and operation.body.__name__ == named
            assert (operation.body_array, operation.body_required) == (is_array, body.get("required", False))


TYPED_QUERY = [
    pytest.param(operation, parameter, id=f"{operation.method} {parameter.name}")
    for operation in OPERATIONS
    for parameter in operation.query
    if parameter.kind is not str
]


@pytest.mark.parametrize(("operation", "parameter"), TYPED_QUERY)
def test_each_typed_query_parameter_is_checked(
    client: httpx.Client, operation: Operation, parameter: QueryParameter
) -> None:
    value = "not-a-member" if issubclass(parameter.kind, Enum) else INVALID[parameter.kind]

    refused = client.request(operation.method, concrete(mock_path(operation)), params={parameter.name: value})

    assert refused.status_code == 400
    assert refused.json()["message"].startswith(f"{parameter.name} must be ")


def matches(template: str, path: str) -> bool:
    return re.fullmatch(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)), path) is not None


def test_the_allowed_methods_of_each_path_are_those_of_the_spec(client: httpx.Client) -> None:
    """Those of the path itself, where another path of the spec matches it too: `.../training-images/pairs`
    is not a `.../training-images/{trainingImageId}`."""
    templates = {path for _, path, _ in spec_operations()}
    assert matches("/models/{modelId}/training-images/{trainingImageId}", "/models/m1/training-images/pairs")

    for template in templates:
        allowed = {method for method, other, _ in spec_operations() if other == template}
        answer = client.request("BREW", concrete(template))
        assert (answer.status_code, set(answer.headers["allow"].split(", "))) == (405, allowed), template


def every_state() -> Iterator[Model]:
    """A model new, then through each step of a training, then trained, failed and cancelled."""
    yield (model := new_model("m1", 0.0))
    yield (started := trigger(model, {}, job_id="job", now=0.0))
    yield from (advance(started, steps, 0.0) for steps in range(1, len(STEPS) + 1))
    yield finish(started, "failed", 0.0)
    yield cancel(started, 0.0)


def shown() -> dict[str, set[str]]:
    """The values of each enum that the mock's answers show, over every state of a model."""
    values: dict[str, set[str]] = {"ModelStatus": set(), "TrainingStage": set(), "JobStatus": set()}
    for model in every_state():
        answer = model_answer(model) if model.training is None else train_answer(model)
        values["ModelStatus"].add(answer["model"]["status"])
        if "trainingProgress" in answer["model"]:
            values["TrainingStage"].add(answer["model"]["trainingProgress"]["stage"])
        if "job" in answer:
            values["JobStatus"].add(answer["job"]["status"])
    return values


def unsimulated(name: str) -> set[str]:
    (enum,) = (enum for enum in UNSIMULATED if enum.__name__ == name)
    return {str(member.value) for member in UNSIMULATED[enum]}


@pytest.mark.parametrize("name", ["ModelStatus", "TrainingStage", "JobStatus"])
def test_every_status_of_the_spec_is_shown_or_declared_unsimulated(name: str) -> None:
    values = shown()[name]

    assert set(schema(name)["enum"]) == values | unsimulated(name)
    assert not values & unsimulated(name)


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8


def upload_statuses() -> set[str]:
    """The statuses an upload of an image shows, from created to imported, and one of a file that is no image."""
    seen = set()
    for content in (PNG, b"no image"):
        body = {"fileName": "f", "contentType": "image/png", "fileSize": len(content), "parts": 1, "kind": "image"}
        upload = uploads.multipart("u", body, "secret", 0.0)
        seen.add(upload.status.value)
        upload = uploads.complete(uploads.receive(upload, 1, content, 0.0), 0.0)
        before = None
        while upload.status is not before:
            seen.add(upload.status.value)
            before = upload.status
            upload, _ = uploads.step(upload, "asset_1", 0.0)
    return seen


def test_every_status_of_an_upload_and_an_asset_is_shown_or_declared_unsimulated() -> None:
    shown_statuses = upload_statuses()
    asset = asset_answer(image_asset("asset_1", "f.png", PNG, 0.0, "image"))["asset"]

    assert set(schema("UploadStatus")["enum"]) == shown_statuses | unsimulated("UploadStatus")
    assert not shown_statuses & unsimulated("UploadStatus")
    assert set(schema("AssetStatus")["enum"]) == {asset["status"]} | unsimulated("AssetStatus")


def test_every_action_on_an_upload_is_performed_or_declared_unsimulated(client: httpx.Client) -> None:
    performed = set()
    for action in schema("UploadAction")["enum"]:
        body = {"fileName": "f", "contentType": "image/png", "fileSize": len(PNG), "parts": 1, "kind": "image"}
        upload = client.post("/uploads", json=body).json()["upload"]
        httpx.put(upload["parts"][0]["url"], content=PNG, timeout=5.0)
        if client.post(f"/uploads/{upload['id']}/action", json={"action": action}).status_code == 200:
            performed.add(action)

    assert set(schema("UploadAction")["enum"]) == performed | unsimulated("UploadAction")


def test_every_action_of_the_spec_is_performed_or_declared_unsimulated(client: httpx.Client) -> None:
    performed = set()
    for action in schema("TrainAction")["enum"]:
        client.put("/models/m1/train")
        if client.post("/models/m1/train/action", json={"action": action}).status_code == 200:
            performed.add(action)

    assert set(schema("TrainAction")["enum"]) == performed | unsimulated("TrainAction")


def test_the_default_parameters_are_parameters_of_the_spec() -> None:
    parsed = TrainingParameters.from_dict(DEFAULT_PARAMETERS)

    assert parsed.additional_properties == {}
    assert set(DEFAULT_PARAMETERS) <= set(schema("TrainingParameters")["properties"])


def test_a_new_model_shows_every_training_parameter_of_the_spec(client: httpx.Client) -> None:
    parameters = client.get("/models/m1").json()["model"]["parameters"]

    assert set(parameters) == set(schema("TrainingParameters")["properties"])


# ------------------------------------------------------------------- a regenerated client

GENERATOR = Path(sys.executable).with_name("openapi-python-client")
AGAINST_THE_REGENERATED_CLIENT = """
import json, sys
import httpx
import scenario_train_api
from scenario_train.testing import MockScenarioAPI

with MockScenarioAPI(polls_per_step=0) as api:
    with httpx.Client(base_url=api.base_url, auth=(api.api_key, api.api_secret)) as client:
        answers = {
            "refused_query": client.put("/models/m1/train", params={"priority": "high"}),
            "refused_body": client.put("/models/m1/train", json={"parameters": {"ditherLevel": "x"}}),
            "started": client.put(
                "/models/m1/train", params={"priority": "-2"}, json={"parameters": {"ditherLevel": 0.5}}
            ),
            "read": client.get("/models/m1"),
        }
seen = {name: [answer.status_code, answer.json()] for name, answer in answers.items()}
json.dump({"package": scenario_train_api.__file__, **seen}, sys.stdout)
"""


def changed_spec() -> dict[str, Any]:
    """The spec with a response field, a training parameter and a query parameter added."""
    changed = copy.deepcopy(spec())
    schemas = changed["components"]["schemas"]
    schemas["TrainModelResponse"]["properties"]["queueName"] = {"type": "string"}
    schemas["TrainingProgress"]["properties"]["gpuName"] = {"type": "string"}
    schemas["TrainingParameters"]["properties"]["ditherLevel"] = {"type": "number"}
    priority = {"name": "priority", "in": "query", "required": False, "schema": {"type": "integer"}}
    changed["paths"]["/models/{modelId}/train"]["put"]["parameters"].append(priority)
    return changed


@pytest.mark.skipif(not GENERATOR.exists(), reason="the generator is installed by `make setup`")
def test_what_the_spec_adds_reaches_the_mock_with_no_hand_edit(tmp_path: Path) -> None:
    shutil.copytree(REPO / "openapi" / "examples", tmp_path / "examples")
    (tmp_path / "spec.json").write_text(json.dumps(changed_spec()), encoding="utf-8")
    env = {**os.environ, "PATH": f"{GENERATOR.parent}{os.pathsep}{os.environ['PATH']}"}
    generate = [sys.executable, str(REPO / "openapi" / "generate.py"), "--spec", str(tmp_path / "spec.json")]
    subprocess.run(
        [*generate, str(tmp_path / "scenario_train_api")],
        env=for_a_tool(env),
        check=True,
        capture_output=True,
        timeout=120,
    )

    ran = subprocess.run(
        [sys.executable, "-c", AGAINST_THE_REGENERATED_CLIENT],
        env={**env, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    seen = json.loads(ran.stdout)
    assert Path(seen["package"]).is_relative_to(tmp_path)
    assert seen["refused_query"] == [400, {"message": "priority must be an integer"}]
    assert seen["refused_body"][0] == 400 and "$.parameters.ditherLevel" in seen["refused_body"][1]["message"]
    status, started = seen["started"]
    assert status == 200
    assert (started["queueName"], started["model"]["trainingProgress"]["gpuName"]) == ("", "")
    assert started["model"]["parameters"]["ditherLevel"] == 0.5
    assert seen["read"][1]["model"]["trainingProgress"]["gpuName"] == ""

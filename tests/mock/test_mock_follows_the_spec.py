"""The mock's routes, query parameters, bodies, statuses and answers follow the spec: what the spec
adds reaches the mock when the client is regenerated, and a test tells what it cannot reach."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any

import httpx
import pytest

from scenario_train.testing._answers import model_answer, train_answer
from scenario_train.testing._app import ACT, READ, TRIGGER
from scenario_train.testing._operations import Operation, QueryParameter
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
from scenario_train_api.models import TrainingParameters
from tests.support.env import for_a_tool
from tests.support.mock import REPO, schema, spec

OPERATIONS = (READ, TRIGGER, ACT)
KINDS = {"boolean": bool, "integer": int, "number": float, "string": str}
INVALID = {bool: "maybe", int: "1.5", float: "x"}


def spec_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, operations in spec()["paths"].items():
        for method, described in operations.items():
            yield method.upper(), path, described


def mock_path(operation: Operation) -> str:
    return "/" + "/".join("{modelId}" if segment is None else segment for segment in operation.path)


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
            body_schema = body["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
            assert operation.body is not None and operation.body.__self__.__name__ == body_schema  # type: ignore[attr-defined]
            assert operation.body_required == body.get("required", False)


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

    refused = client.request(
        operation.method, mock_path(operation).replace("{modelId}", "m1"), params={parameter.name: value}
    )

    assert refused.status_code == 400
    assert refused.json()["message"].startswith(f"{parameter.name} must be ")


def test_the_allowed_methods_of_each_path_are_those_of_the_spec(client: httpx.Client) -> None:
    methods: dict[str, set[str]] = {}
    for method, path, _ in spec_operations():
        methods.setdefault(path, set()).add(method)

    for path, allowed in methods.items():
        answer = client.request("BREW", path.replace("{modelId}", "m1"))
        assert (answer.status_code, set(answer.headers["allow"].split(", "))) == (405, allowed)


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

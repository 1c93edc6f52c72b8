"""The CLI's options follow the spec: each query parameter of each operation that has a command is an option of it.

The operations are read from the generated operations table, as the mock reads them: a query
parameter added to the spec fails here until the CLI offers it, and an operation added to the spec
fails here until it is said whether a command makes its call.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

import pytest

from scenario_train.testing import MockScenarioAPI
from scenario_train.testing._operations import QueryParameter, operation
from scenario_train_api.api import OPERATIONS
from tests.support.cli import RunCli, call_mock
from tests.support.images import png, write

COMMANDS = {
    "train_model": "trigger",
    "get_model": "status",
    "train_model_action": "cancel",
    "create_model": "models create",
    "add_training_image": "images add",
    "get_job": "jobs get",
}
"""The generated operations that a command makes the call of, and that command."""

WITHOUT_COMMAND = {
    "create_upload",
    "delete_model",
    "delete_training_image",
    "get_upload",
    "list_models",
    "replace_training_image",
    "replace_training_image_pairs",
    "trigger_upload_action",
    "update_asset",
    "update_model",
    "upload_asset",
}
"""The generated operations that no command makes the call of."""


SAMPLES: dict[Any, str] = {int: "7", float: "2.5", str: "probe-value"}
"""A value of each plain type, as typed and as sent."""


def _values(parameter: QueryParameter) -> list[tuple[list[str], str]]:
    """Ways to give the parameter on the command line, each with the query value it must send."""
    option = "--" + parameter.keyword.replace("_", "-")
    if parameter.kind is bool:
        return [([option], "true"), ([option.replace("--", "--no-", 1)], "false")]
    if issubclass(parameter.kind, Enum):
        return [([option, member.value], member.value) for member in parameter.kind]
    return [([option, SAMPLES[parameter.kind]], SAMPLES[parameter.kind])]


def _cases() -> list[Any]:
    cases = []
    for name, command in COMMANDS.items():
        for parameter in operation(name).query:
            for argv, sent in _values(parameter):
                cases.append(pytest.param(command, parameter.name, argv, sent, id=f"{command} {' '.join(argv)}"))
    return cases


def test_every_generated_operation_has_a_command_or_is_said_to_have_none() -> None:
    assert set(OPERATIONS) == set(COMMANDS) | WITHOUT_COMMAND
    assert not set(COMMANDS) & WITHOUT_COMMAND


def _job(api: MockScenarioAPI) -> str:
    """The job of a training started on `m1`: the model `trigger`, `cancel` and `jobs get` work on."""
    job_id: str = call_mock(api, "PUT", "/models/m1/train", json={}).json()["job"]["jobId"]
    return job_id


ARGUMENTS: dict[str, Callable[[MockScenarioAPI, Path], list[str]]] = {
    "trigger": lambda api, folder: ["m1"],
    "status": lambda api, folder: ["m1"],
    "cancel": lambda api, folder: [_job(api) and "m1"],
    "models create": lambda api, folder: ["--type", "flux.1-lora"],
    "images add": lambda api, folder: ["m1", str(write(folder / "a.png", png()))],
    "jobs get": lambda api, folder: [_job(api)],
}
"""The arguments each command needs besides the option tested, made ready on the mock (a training to cancel, a job)."""


@pytest.mark.scenario_mock(polls_per_step=0)
@pytest.mark.parametrize(("command", "name", "argv", "sent"), _cases())
def test_each_query_parameter_of_the_spec_is_an_option_that_sends_it(
    api: MockScenarioAPI, cli: RunCli, tmp_path: Path, command: str, name: str, argv: list[str], sent: str
) -> None:
    [operation_name] = [op for op, its_command in COMMANDS.items() if its_command == command]
    arguments = ARGUMENTS[command](api, tmp_path)
    received = len(api.requests)

    outcome = cli(*command.split(), *arguments, *argv)

    assert outcome.code == 0, outcome
    [request] = [r for r in api.requests[received:] if r.method == operation(operation_name).method]
    assert request.query == {name: sent}

"""The types users write against: `mypy --strict` passes the `*_pass.py` files and fails each line
of the `*_fail.py` files marked `# error: CODE` with that code, and no other line.

Also, at run time, that the generated TypedDict of the training parameters follows the spec.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import typing
from functools import cache
from pathlib import Path
from typing import Any, Literal

import pytest
import yaml
from openapi_python_client.strings import PythonIdentifier

import scenario_train
from scenario_train import TrainingParametersDict
from scenario_train_api import models
from scenario_train_api.models import training_parameters
from tests.support.env import for_a_tool

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
CHECKED = sorted(HERE.glob("*_pass.py")) + sorted(HERE.glob("*_fail.py"))
ERROR = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")
EXPECTED = re.compile(r"#\s*error:\s*(?P<codes>[a-z-]+(?:\s*,\s*[a-z-]+)*)\s*$")


@cache
def mypy_errors() -> dict[str, set[tuple[int, str]]]:
    """Each checked file's name -> its (line, error code) pairs, from one run of mypy --strict."""
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-color-output", "--no-error-summary", *map(str, CHECKED)],
        cwd=REPO,
        env=for_a_tool(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode in (0, 1), run.stdout + run.stderr
    errors: dict[str, set[tuple[int, str]]] = {path.name: set() for path in CHECKED}
    for line in run.stdout.splitlines():
        match = ERROR.match(line)
        if match:
            errors[Path(match["path"]).name].add((int(match["line"]), match["code"]))
        else:
            assert ": note: " in line, line
    return errors


def expected_errors(path: Path) -> set[tuple[int, str]]:
    found = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = EXPECTED.search(line)
        if match:
            found |= {(number, code.strip()) for code in match["codes"].split(",")}
    return found


def test_there_are_files_of_both_kinds() -> None:
    assert any(path.name.endswith("_pass.py") for path in CHECKED)
    assert any(path.name.endswith("_fail.py") and len(expected_errors(path)) >= 5 for path in CHECKED)


@pytest.mark.parametrize("path", [path for path in CHECKED if path.name.endswith("_pass.py")], ids=lambda p: p.name)
def test_mypy_passes(path: Path) -> None:
    assert mypy_errors()[path.name] == set()


@pytest.mark.parametrize("path", [path for path in CHECKED if path.name.endswith("_fail.py")], ids=lambda p: p.name)
def test_mypy_fails_exactly_the_marked_lines(path: Path) -> None:
    assert mypy_errors()[path.name] == expected_errors(path)


def test_the_names_type_checked_are_every_public_name_of_the_package() -> None:
    tree = ast.parse((HERE / "names_pass.py").read_text(encoding="utf-8"))
    named = [
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "scenario_train"
    ]
    assert set(named) >= set(scenario_train.__all__)


# ------------------------------------------------------------------- the TypedDict, at run time
@cache
def spec_schemas() -> dict[str, Any]:
    spec = yaml.safe_load((REPO / "openapi" / "scenario-train.yaml").read_text(encoding="utf-8"))
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def parameter_schemas() -> dict[str, Any]:
    found: dict[str, Any] = spec_schemas()["TrainingParameters"]["properties"]
    return found


def python_names() -> dict[str, str]:
    """Wire name -> the Python name the generator gives it."""
    return {name: str(PythonIdentifier(name, prefix="field_")) for name in parameter_schemas()}


def expected_type(schema: dict[str, Any]) -> Any:
    """The value type the spec gives a parameter."""
    scalars = {"string": str, "number": float, "integer": int, "boolean": bool}
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return getattr(models, name) | Literal[tuple(spec_schemas()[name]["enum"])]
    if schema["type"] == "array":
        return list[expected_type(schema["items"])]  # type: ignore[misc]
    return scalars[schema["type"]]


def test_the_typed_dict_has_both_names_of_every_parameter_and_requires_none() -> None:
    names = python_names()

    assert set(TrainingParametersDict.__annotations__) == set(names) | set(names.values())
    assert TrainingParametersDict.__required_keys__ == frozenset()
    assert "batchSize" in names and names["batchSize"] == "batch_size"


@pytest.mark.parametrize("wire_name", list(parameter_schemas()))
def test_the_typed_dict_types_each_parameter_as_the_spec_does(wire_name: str) -> None:
    hints = typing.get_type_hints(TrainingParametersDict, vars(training_parameters))
    expected = expected_type(parameter_schemas()[wire_name])

    assert hints[wire_name] == expected
    assert hints[python_names()[wire_name]] == expected

"""`openapi/check_spec.py` (run by `make check`) must catch an example that breaks its schema."""

from __future__ import annotations

import importlib.util
import json
import shutil
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.support.contract import REPO, Location, body, case_id, json_path, with_value, without

CHECKER_PATH = REPO / "openapi" / "check_spec.py"


@pytest.fixture(scope="module")
def checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_spec_under_test", CHECKER_PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def problems(checker: ModuleType, document: Any) -> list[str]:
    spec = checker.load_spec()
    examples = [(where, schema) for where, schema, _ in checker.media_examples(spec) if "documented" in where]
    assert len(examples) == 1, "the documented example is not referenced by exactly one response"
    _, schema = examples[0]
    return [error.json_path for error in checker.schema_validator(spec, schema).iter_errors(document)]


@pytest.mark.parametrize("body_name", ["documented", "current-api"])
def test_bodies_validate(checker: ModuleType, body_name: str) -> None:
    assert problems(checker, body(body_name)) == []


@pytest.mark.parametrize(
    ("location", "value"),
    [
        (("model", "trainingImagesNumber"), "12"),
        (("job", "status"), 3),
        (("model", "tags"), {"0": "mascot"}),
        (("job", "metadata", "flow", 0, "inputs", 0, "items", 0, 0, "type"), None),
        (("model", "concepts", 0, "scale"), True),
    ],
    ids=case_id,
)
def test_wrong_type_is_reported(checker: ModuleType, location: Location, value: Any) -> None:
    # An enum value of the wrong type breaks both `type` and `enum`: one place, maybe two messages.
    assert set(problems(checker, with_value(body("documented"), location, value))) == {json_path(location)}


def test_missing_required_field_is_reported(checker: ModuleType) -> None:
    assert problems(checker, without(body("documented"), ("job", "jobId"))) == ["$.job"]


def test_checker_fails_on_a_broken_example_file(
    checker: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "openapi"
    shutil.copytree(REPO / "openapi", copy, ignore=shutil.ignore_patterns("__pycache__"))
    broken = with_value(body("documented"), ("model", "trainingImagesNumber"), "12")
    (copy / "examples" / "train-200.json").write_text(json.dumps(broken), encoding="utf-8")
    monkeypatch.setattr(checker, "SPEC", copy / "scenario-train.yaml")

    assert checker.main() == 1
    assert "$.model.trainingImagesNumber" in capsys.readouterr().err


def test_checker_passes_on_the_spec(checker: ModuleType) -> None:
    assert checker.main() == 0

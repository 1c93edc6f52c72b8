"""An independent reading of the spec: datamodel-code-generator's pydantic v2 models.

The models are generated at test time from the same spec, forbid fields the spec does not
declare, keep the enums closed and take str/float/bool strictly, so a body validates only if
it uses the declared fields with the declared types and values.

Why a strict base class and not `--extra-fields forbid`: that option overrides every schema's
`additionalProperties` (upstream PR #2417), so it also forbids keys in `JsonObject`, which the
spec declares `additionalProperties: true` and the documented example fills (`{"foo": "bar"}`).
Without the option the generator writes `extra='allow'` exactly where the spec says
`additionalProperties: true`; every other model inherits `extra='forbid'` from the base class.
`test_models_forbid_extra_fields_except_where_the_spec_allows_them` checks that split.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pydantic import BaseModel, RootModel, ValidationError

from tests.support.contract import (
    BODY_NAMES,
    SPEC_PATH,
    UNKNOWN_FIELD,
    body,
    is_object,
    properties,
    schemas,
    with_value,
)
from tests.support.env import for_a_tool

BASE_MODULE = "scenario_train_xcheck_base"
MODELS_MODULE = "scenario_train_xcheck_models"
BASE_SOURCE = '''"""Base of the cross-check models: a field the spec does not declare is an error."""

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
'''


def generate(output: Path) -> bytes:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input",
            str(SPEC_PATH),
            "--input-file-type",
            "openapi",
            "--output-model-type",
            "pydantic_v2.BaseModel",
            "--base-class",
            f"{BASE_MODULE}.StrictModel",
            "--strict-types",
            "str",
            "float",
            "bool",
            "--naming-strategy",
            "parent-prefixed",
            "--target-python-version",
            "3.11",
            "--formatters",
            "builtin",
            "--disable-timestamp",
            "--output",
            str(output),
        ],
        check=True,
        capture_output=True,
        text=True,
        env=for_a_tool(),
    )
    return output.read_bytes()


@pytest.fixture(scope="module")
def xcheck(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    first = tmp_path_factory.mktemp("xcheck-first")
    second = tmp_path_factory.mktemp("xcheck-second")
    source = generate(first / f"{MODELS_MODULE}.py")
    assert generate(second / f"{MODELS_MODULE}.py") == source, "datamodel-codegen output is not reproducible"
    (first / f"{BASE_MODULE}.py").write_text(BASE_SOURCE, encoding="utf-8")
    sys.path.insert(0, str(first))
    try:
        yield importlib.import_module(MODELS_MODULE)
    finally:
        sys.path.remove(str(first))
        for name in (MODELS_MODULE, BASE_MODULE):
            sys.modules.pop(name, None)


def response_model(xcheck: ModuleType) -> type[BaseModel]:
    model: type[BaseModel] = xcheck.TrainModelResponse
    return model


def error_locations(xcheck: ModuleType, document: Any) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(ValidationError) as caught:
        response_model(xcheck).model_validate(document)
    return [(tuple(error["loc"]), error["type"]) for error in caught.value.errors()]


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_body_validates_against_the_strict_models(xcheck: ModuleType, body_name: str) -> None:
    validated = response_model(xcheck).model_validate(body(body_name))

    assert validated.model_dump(mode="json", by_alias=True, exclude_unset=True) == body(body_name)


def test_models_forbid_extra_fields_except_where_the_spec_allows_them(xcheck: ModuleType) -> None:
    object_schemas = {name: schema for name, schema in schemas().items() if is_object(schema)}
    assert object_schemas
    for name, schema in object_schemas.items():
        model = getattr(xcheck, name)
        if issubclass(model, RootModel):
            assert not properties(schema) and isinstance(schema.get("additionalProperties"), dict), name
        else:
            expected = "allow" if schema.get("additionalProperties") is True else "forbid"
            assert model.model_config.get("extra") == expected, name


@pytest.mark.parametrize(
    "location",
    [
        (UNKNOWN_FIELD,),
        ("model", UNKNOWN_FIELD),
        ("model", "uiConfig", "inputProperties", "foo", UNKNOWN_FIELD),
        ("job", "metadata", "flow", 0, "inputs", 0, "items", 0, 0, "required", UNKNOWN_FIELD),
    ],
)
def test_a_field_the_spec_does_not_declare_is_rejected(xcheck: ModuleType, location: tuple[str | int, ...]) -> None:
    document = with_value(body("documented"), location, 1)

    assert error_locations(xcheck, document) == [(location, "extra_forbidden")]


def test_an_unlisted_enum_value_is_rejected(xcheck: ModuleType) -> None:
    document = with_value(body("current-api"), ("model", "type"), "zz-unseen-model-type")

    assert error_locations(xcheck, document) == [(("model", "type"), "enum")]


def test_a_number_sent_as_a_string_is_rejected(xcheck: ModuleType) -> None:
    document = with_value(body("current-api"), ("model", "trainingImagesNumber"), "12")

    assert error_locations(xcheck, document) == [(("model", "trainingImagesNumber"), "float_type")]

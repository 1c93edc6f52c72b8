"""The checks the generated methods share (`_operation_calls.checker`), for every kind tools/operations.py writes:
types are checked, ranges and listed values are not, and an error names the argument."""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
import yaml

from scenario_train import APIResponseValidationError, _operation_calls
from scenario_train_api.api import OPERATIONS, load
from scenario_train_api.models import DryRunEstimate, LrScheduler, TrainingParameters

PARAMETERS = "..models.training_parameters:TrainingParameters"
SCHEDULER = "..models.lr_scheduler:LrScheduler"
NOT_A_MODEL = "x must be a TrainingParameters or a mapping of its JSON fields or None, not list"


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("str", ""),
        ("int", -3),
        ("float", 2),
        ("float", 1e-4),
        ("bool", False),
        ("any", {"a": [1]}),
        ("list[str]", ["a", "b"]),
        ("list[int]", ()),
    ],
)
def test_a_value_of_its_kind_is_sent_as_it_is(kind: str, value: object) -> None:
    assert _operation_calls.checker(kind)("x", value) == (list(value) if isinstance(value, tuple) else value)


@pytest.mark.parametrize(
    ("kind", "value", "words"),
    [
        ("int", True, "x must be an int or None, not bool"),
        ("int", 1.0, "x must be an int or None, not float"),
        ("float", "1", "x must be a number or None, not str"),
        ("bool", 1, "x must be a bool or None, not int"),
        ("str", b"a", "x must be a string or None, not bytes"),
        ("list[str]", "ab", "x must be a list or None, not str"),
        ("list[str]", ["a", 2], "x[1] must be a string, not int"),
        (PARAMETERS, [("batchSize", 2)], NOT_A_MODEL),
    ],
)
def test_a_value_of_another_type_is_refused_by_name(kind: str, value: object, words: str) -> None:
    with pytest.raises(TypeError) as caught:
        _operation_calls.checker(kind)("x", value)

    assert str(caught.value) == words


def test_a_required_value_is_not_offered_none() -> None:
    with pytest.raises(TypeError, match=r"^x must be an int, not NoneType$"):
        _operation_calls.checker("int", True)("x", None)


def test_an_enum_takes_its_members_and_any_other_non_blank_string() -> None:
    check = _operation_calls.checker(SCHEDULER)

    assert check("x", "cosine") is LrScheduler.COSINE
    assert check("x", LrScheduler.COSINE) is LrScheduler.COSINE
    unlisted = check("x", "cosinus")
    assert isinstance(unlisted, LrScheduler) and unlisted == "cosinus"
    for refused in ("", " ", None, 3):
        with pytest.raises(ValueError, match=r"^x must be a non-blank string such as 'constant' or "):
            check("x", refused)


def test_a_model_takes_the_model_or_a_mapping_of_its_json_fields_checked_by_the_spec() -> None:
    check = _operation_calls.checker(PARAMETERS)
    given = TrainingParameters(batch_size=2)

    assert check("parameters", given) is given
    assert check("parameters", {"batchSize": 2, "unknown": "kept"}) == TrainingParameters.from_dict(
        {"batchSize": 2, "unknown": "kept"}
    )
    with pytest.raises(ValueError, match=r"^parameters\.batchSize: expected number, got string$"):
        check("parameters", {"batchSize": "two"})


def test_a_model_takes_a_mapping_of_its_python_names_as_the_vendors_typed_dicts_write_it() -> None:
    check = _operation_calls.checker(PARAMETERS)

    given = check("parameters", {"batch_size": 2, "lr_scheduler": "cosine", "seed": 1, "unknown_name": "kept"})

    assert isinstance(given, TrainingParameters)
    assert given.to_dict() == {"batchSize": 2, "lrScheduler": "cosine", "seed": 1, "unknown_name": "kept"}
    with pytest.raises(ValueError, match=r"^parameters: 'batchSize' is given twice, once as 'batch_size'$"):
        check("parameters", {"batchSize": 2, "batch_size": 3})
    with pytest.raises(ValueError, match=r"^parameters\.batchSize: expected number, got string$"):
        check("parameters", {"batch_size": "two"})


def _mapping_models() -> list[Any]:
    """Every model a generated method takes as a mapping: the models of its body's fields, or of its array body."""
    found: dict[str, Any] = {}
    for operation in OPERATIONS.values():
        if operation.body is None:
            continue
        body = load(operation.body)
        if operation.body_array:
            found[body.__name__] = body
            continue
        for hint in typing.get_type_hints(body).values():
            for each in (hint, *typing.get_args(hint), *(a for b in typing.get_args(hint) for a in typing.get_args(b))):
                if isinstance(each, type) and attrs.has(each):
                    found[each.__name__] = each
    return [found[name] for name in sorted(found)]


@pytest.mark.parametrize("model", _mapping_models(), ids=lambda model: model.__name__)
def test_the_python_names_a_mapping_may_use_become_the_specs_json_names(model: Any) -> None:
    spec = yaml.safe_load((Path(__file__).resolve().parents[2] / "openapi" / "scenario-train.yaml").read_text())
    fields = [field.name for field in attrs.fields(model) if field.init and field.name != "additional_properties"]
    names = _operation_calls.json_names(model)

    assert {names.get(name, name) for name in fields} == set(
        spec["components"]["schemas"][model.__name__]["properties"]
    )

    with pytest.raises(ValueError, match=r"^pairs\[1\]\.batchSize: expected number, got string$"):
        _operation_calls.checker(f"list[{PARAMETERS}]")("pairs", [{}, {"batchSize": "two"}])


def answer(status: int, body: bytes) -> httpx.Response:
    return httpx.Response(status, content=body, request=httpx.Request("PUT", "http://127.0.0.1/v1/models/m/train"))


def test_an_answer_is_read_as_the_model_the_table_gives_its_status() -> None:
    parse = _operation_calls.parser("train_model")

    assert OPERATIONS["train_model"].responses["269"] == "..models.dry_run_estimate:DryRunEstimate"
    assert parse(answer(269, b'{"creativeUnitsCost": 1}')) == DryRunEstimate(creative_units_cost=1)
    with pytest.raises(APIResponseValidationError) as caught:
        parse(answer(200, b"{}"))
    assert str(caught.value) == (
        "The server answered 200 but the body does not match the schema at $.job (required field is missing): "
        "the answer to PUT /models/{modelId}/train could not be read"
    )
    assert parse(answer(204, b"")) is None  # a status the table gives no model

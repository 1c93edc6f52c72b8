"""A body that breaks the contract raises `ParseError` naming the exact place, nothing else.

A missing required field or a value of the wrong JSON type must never surface as a bare
KeyError/TypeError/ValueError from deep inside the generated code.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from scenario_train_api.errors import ParseError
from scenario_train_api.models import TrainModelResponse
from tests.support.contract import (
    Location,
    body,
    body_instances,
    case_id,
    enum_values,
    is_object,
    json_path,
    properties,
    ref,
    ref_name,
    required,
    with_value,
    without,
)


def parse_error(document: Any) -> ParseError:
    with pytest.raises(Exception) as caught:
        TrainModelResponse.from_dict(copy.deepcopy(document))
    error = caught.value
    assert type(error) is ParseError, f"{type(error).__name__}: {error}"
    assert error.problem
    return error


# --------------------------------------------------------------------------- named cases
@pytest.mark.parametrize(
    "location",
    [
        ("job",),
        ("model",),
        ("job", "jobId"),
        ("model", "inputs", 0, "name"),
        ("job", "metadata", "flow", 0, "inputs", 0, "items", 0, 0, "type"),
        ("model", "uiConfig", "resolutionComponent", "presets", 0, "width"),
    ],
    ids=case_id,
)
def test_missing_required_field(location: Location) -> None:
    error = parse_error(without(body("documented"), location))

    assert error.path == json_path(location)
    assert "missing" in error.problem


@pytest.mark.parametrize(
    ("location", "value"),
    [
        (("model", "tags"), {"0": "mascot"}),
        (("model", "inputs"), {"name": "prompt", "type": "string"}),
        (("job", "metadata", "flow", 0, "inputs", 0, "items", 0), {"name": "name", "type": "boolean"}),
        (("model", "trainingImagesNumber"), "12"),
        (("model", "concepts", 0, "scale"), "0.6"),
        (("job", "progress"), True),
        (("model", "parameters", "batchSize"), False),
        (("job", "status"), 3),
        (("model", "inputs", 0, "type"), 7),
        (("model", "capabilities", 0), 1),
        (("model", "accessRestrictions"), "25"),
        (("model", "accessRestrictions"), False),
        (("model", "tags", 0), 5),
        (("job", "metadata", "error"), 404),
        (("model", "uiConfig", "inputProperties", "foo"), "collapsed"),
        (("job", "metadata", "input"), ["not", "an", "object"]),
        (("job", "jobId"), None),
        (("model", "capabilities"), None),
        (("model", "capabilities", 0), None),
        (("job", "metadata", "flow", 0, "inputs", 0, "items", 0, 0, "name"), None),
    ],
    ids=case_id,
)
def test_wrong_type(location: Location, value: Any) -> None:
    error = parse_error(with_value(body("documented"), location, value))

    assert error.path == json_path(location)


@pytest.mark.parametrize("document", [[], "job", None, 0], ids=repr)
def test_body_that_is_not_an_object(document: Any) -> None:
    assert parse_error(document).path == "$"


# ------------------------------------------------------------------- derived from the spec
def required_cases(null_rejected: bool = False) -> list[Location]:
    """Every required property of every object of the documented example (rejecting null)."""
    return [
        (*instance.location, prop)
        for instance in body_instances("documented")
        for prop in sorted(required(ref(instance.schema)))
        if not null_rejected or not admits_null(properties(ref(instance.schema))[prop])
    ]


def admits_null(schema: dict[str, Any]) -> bool:
    """A free-form schema (`{}`) or a type list with null."""
    admitted = schema.get("type")
    return ref_name(schema) is None and (admitted is None or (isinstance(admitted, list) and "null" in admitted))


@pytest.mark.parametrize("location", required_cases(), ids=case_id)
def test_every_required_field_missing(location: Location) -> None:
    assert parse_error(without(body("documented"), location)).path == json_path(location)


@pytest.mark.parametrize("location", required_cases(null_rejected=True), ids=case_id)
def test_every_required_field_null(location: Location) -> None:
    assert parse_error(with_value(body("documented"), location, None)).path == json_path(location)


def wrong_value(schema: dict[str, Any]) -> Any:
    """A value of another JSON type than `schema` admits; None where any value is valid."""
    values = enum_values(schema)
    if values is not None:
        return str(values[0]) if isinstance(values[0], int) else 7
    if ref_name(schema) is not None:
        return [] if is_object(schema) else None
    admitted = schema.get("type")
    admitted = set(admitted) if isinstance(admitted, list) else {admitted}
    for kind, value in (("string", 5), ("number", "5"), ("integer", "5"), ("boolean", "true"), ("array", {})):
        if kind in admitted:
            return value
    return None


def wrong_type_cases() -> list[tuple[str, Location, Any]]:
    """Every typed property of every object of both bodies, with a value of another type."""
    cases: dict[tuple[str, str], tuple[str, Location, Any]] = {}
    for body_name in ("documented", "current-api"):
        for instance in body_instances(body_name):
            for prop, schema in properties(ref(instance.schema)).items():
                value = wrong_value(schema)
                if value is not None and (instance.schema, prop) not in cases:
                    cases[instance.schema, prop] = (body_name, (*instance.location, prop), value)
    return sorted(cases.values(), key=str)


@pytest.mark.parametrize(("body_name", "location", "value"), wrong_type_cases(), ids=case_id)
def test_every_typed_field_with_a_wrong_type(body_name: str, location: Location, value: Any) -> None:
    assert parse_error(with_value(body(body_name), location, value)).path == json_path(location)


def longer_lists(document: Any) -> Any:
    """The documented answer with three items in the lists that hold one: the asset ids, the job's
    status history, and the nested lists of a flow input's items."""
    changed = copy.deepcopy(document)
    metadata = changed["job"]["metadata"]
    metadata["assetIds"] *= 3
    history = changed["job"]["statusHistory"]
    history[:] = [copy.deepcopy(history[0]) for _ in range(3)]
    items = metadata["flow"][0]["inputs"][0]["items"]
    items[:] = [[copy.deepcopy(items[0][0]) for _ in range(3)] for _ in range(3)]
    return changed


@pytest.mark.parametrize(
    ("location", "value"),
    [
        (("job", "metadata", "assetIds", 2), 5),
        (("job", "statusHistory", 1), "not an object"),
        (("job", "statusHistory", 2, "status"), 3),
        (("job", "metadata", "flow", 0, "inputs", 0, "items", 2, 1), None),
        (("job", "metadata", "flow", 0, "inputs", 0, "items", 1, 2, "name"), None),
    ],
    ids=case_id,
)
def test_a_wrong_item_after_good_ones_is_named_by_its_index(location: Location, value: Any) -> None:
    document = with_value(longer_lists(body("documented")), location, value)

    assert parse_error(document).path == json_path(location)

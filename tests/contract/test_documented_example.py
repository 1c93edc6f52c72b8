"""The vendor's documented example, and our current-API fixture, against the generated client.

A round trip alone cannot tell a faithful spec from an incomplete one: a property missing from
the spec lands in `additional_properties` and is written back unchanged. So every parsed tree is
also walked for keys that ended up there.
"""

from __future__ import annotations

import inspect

import attrs
import pytest

from scenario_train_api import models
from scenario_train_api.models import TrainModelResponse
from tests.support.contract import (
    BODY_NAMES,
    assert_same_json,
    body,
    body_instances,
    is_map,
    json_path,
    properties,
    schemas,
    stray_fields,
    with_value,
)


def test_documented_example_round_trips_unchanged() -> None:
    parsed = TrainModelResponse.from_dict(body("documented"))

    assert_same_json(parsed.to_dict(), body("documented"))


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_body_round_trips_unchanged(body_name: str) -> None:
    parsed = TrainModelResponse.from_dict(body(body_name))

    assert_same_json(parsed.to_dict(), body(body_name))


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_no_field_of_the_body_lands_in_additional_properties(body_name: str) -> None:
    parsed = TrainModelResponse.from_dict(body(body_name))

    assert stray_fields(parsed) == []


def generated_object_classes() -> list[type]:
    return [cls for _, cls in inspect.getmembers(models, inspect.isclass) if attrs.has(cls)]


@pytest.mark.parametrize("cls", generated_object_classes(), ids=lambda cls: cls.__name__)
def test_map_classes_are_exactly_the_schemas_without_properties(cls: type) -> None:
    # The walker tells maps from objects by the generated class; the spec must agree.
    assert cls.__name__ in schemas(), "a generated object class is not named after a component schema"
    assert is_map(cls) == (not properties(schemas()[cls.__name__]))


def documented_object_locations(maps: bool) -> list[tuple[str | int, ...]]:
    return [
        instance.location
        for instance in body_instances("documented")
        if (not properties(schemas()[instance.schema])) == maps
    ]


@pytest.mark.parametrize("location", documented_object_locations(maps=False), ids=json_path)
def test_walker_reports_a_key_under_an_unknown_name_in_an_object(location: tuple[str | int, ...]) -> None:
    stray = (*location, "zzStrayName")
    parsed = TrainModelResponse.from_dict(with_value(body("documented"), stray, "a value the spec does not name"))

    assert stray_fields(parsed) == [json_path(stray)]


@pytest.mark.parametrize("location", documented_object_locations(maps=True), ids=json_path)
def test_walker_accepts_any_key_in_a_map(location: tuple[str | int, ...]) -> None:
    parsed = TrainModelResponse.from_dict(with_value(body("documented"), (*location, "anyKey"), {"collapsed": True}))

    assert stray_fields(parsed) == []


def test_walker_looks_inside_the_values_of_a_map() -> None:
    stray = ("model", "uiConfig", "inputProperties", "foo", "zzStrayName")
    parsed = TrainModelResponse.from_dict(with_value(body("documented"), stray, True))

    assert stray_fields(parsed) == [json_path(stray)]

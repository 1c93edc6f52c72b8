"""What the server sends tomorrow, and what it sent yesterday, must parse and round-trip unchanged.

The cases are derived from the spec: every enum site, every optional property, every object of
the bodies. Nothing the client parses may be lost or altered on the way back to JSON.
"""

from __future__ import annotations

import copy
from enum import Enum
from functools import cache
from typing import Any

import pytest

from scenario_train_api import models
from scenario_train_api.models import TrainModelResponse
from tests.support.contract import (
    BODY_NAMES,
    ROOT_SCHEMA,
    UNKNOWN_FIELD,
    UNKNOWN_FIELD_VALUE,
    EnumProp,
    Location,
    Site,
    assert_same_json,
    body,
    body_instances,
    case_id,
    dict_locations,
    enum_props,
    find_site,
    full_document,
    get_at,
    json_path,
    matching_locations,
    optional_sites,
    parsed_at,
    published_enums,
    ref,
    ref_name,
    schemas,
    spec_document,
    unseen_value,
    with_value,
    without,
)


def round_trip(document: Any) -> TrainModelResponse:
    """Parse `document`, check that `to_dict()` gives it back unchanged, return the parse."""
    parsed = TrainModelResponse.from_dict(copy.deepcopy(document))
    assert_same_json(parsed.to_dict(), document)
    return parsed


# ------------------------------------------------------------------------ unseen enum values
def test_enum_sites_cover_every_enum_of_the_responses() -> None:
    parameter_enums = {
        ref_name(parameter.get("schema", {}))
        for operation in spec_document()["paths"].values()
        for method in operation.values()
        for parameter in method.get("parameters", [])
    }
    used = {prop.enum for prop in enum_props()}

    assert used
    assert {name for name, schema in schemas().items() if "enum" in schema} - used - parameter_enums == set()


def build_unseen(prop: EnumProp) -> tuple[Any, Any, Location]:
    """(class to parse with, body with an unseen value at the site, where the value sits)."""
    value = unseen_value(prop.enum)
    site = find_site(prop.schema, prop.prop)
    if site is None:
        # A schema no 200 body of a trigger holds: a document of it alone, with every field the spec declares.
        document: Any = {**full_document(ref(prop.schema)), prop.prop: [value] if prop.in_array else value}
        return getattr(models, prop.schema), document, (prop.prop, 0) if prop.in_array else (prop.prop,)
    document = body(site.body)
    location = (*site.location, prop.prop)
    if not prop.in_array:
        return TrainModelResponse, with_value(document, location, value), location
    items = [*get_at(document, site.location).get(prop.prop, []), value]
    return TrainModelResponse, with_value(document, location, items), (*location, len(items) - 1)


@pytest.mark.parametrize("prop", enum_props(), ids=str)
def test_unseen_enum_value_is_kept(prop: EnumProp) -> None:
    cls, document, location = build_unseen(prop)
    enum: type[Enum] = getattr(models, prop.enum)

    parsed = cls.from_dict(copy.deepcopy(document))

    value = parsed_at(parsed, location)
    assert type(value) is enum
    assert value == get_at(document, location)
    assert value not in enum.__members__.values()
    assert_same_json(parsed.to_dict(), document)


# ------------------------------------------------------------------------- unknown fields
def unknown_field_cases() -> list[tuple[str, Location]]:
    return [(name, location) for name in BODY_NAMES for location in dict_locations(body(name))]


@cache
def map_locations(body_name: str) -> set[Location]:
    """Where the body holds a map of objects (`additionalProperties` with a schema): keys are data there."""
    return {
        instance.location
        for instance in body_instances(body_name)
        if isinstance(schemas()[instance.schema].get("additionalProperties"), dict)
    }


def unknown_value(body_name: str, document: Any, location: Location) -> Any:
    """The value of an unknown key of the object at `location`: in a map of objects, a new entry (a
    copy of one it holds, as its values have a schema); elsewhere, any JSON."""
    if location in map_locations(body_name):
        return copy.deepcopy(next(iter(get_at(document, location).values())))
    return copy.deepcopy(UNKNOWN_FIELD_VALUE)


def with_unknown_keys(body_name: str) -> Any:
    """The body with an unknown key in every object."""
    document = body(body_name)
    for location in list(dict_locations(document)):
        get_at(document, location)[UNKNOWN_FIELD] = unknown_value(body_name, document, location)
    return document


@pytest.mark.parametrize(("body_name", "location"), unknown_field_cases(), ids=case_id)
def test_unknown_field_in_any_object_is_kept(body_name: str, location: Location) -> None:
    document = body(body_name)
    round_trip(with_value(document, (*location, UNKNOWN_FIELD), unknown_value(body_name, document, location)))


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_unknown_fields_in_every_object_at_once_are_kept(body_name: str) -> None:
    round_trip(with_unknown_keys(body_name))


# ----------------------------------------------------------------------------- past values
@pytest.mark.parametrize(
    ("location", "value"),
    [
        (("model", "type"), "sd-xl-lora"),
        (("model", "type"), "sd-1_5"),
        (("model", "inputs", 0, "modelTypes", 0), "sd-1_5-lora"),
        (("model", "accessRestrictions"), 33),
    ],
    ids=case_id,
)
def test_value_of_an_older_release_is_kept(location: Location, value: Any) -> None:
    parsed = round_trip(with_value(body("current-api"), location, value))

    assert parsed_at(parsed, location) == value


def requirement_locations() -> list[Location]:
    return [instance.location for instance in body_instances("current-api") if instance.schema == "InputRequirement"]


@pytest.mark.parametrize("location", requirement_locations(), ids=json_path)
def test_conditional_values_beside_the_newer_conditional_are_kept(location: Location) -> None:
    document = with_value(body("current-api"), (*location, "conditionalValues"), {"mode": ["auto"]})

    round_trip(document)


@pytest.mark.parametrize("location", requirement_locations(), ids=json_path)
def test_conditional_values_instead_of_the_newer_conditional_are_kept(location: Location) -> None:
    document = without(body("current-api"), (*location, "conditional"))
    document = with_value(document, (*location, "conditionalValues"), {"mode": ["auto"]})

    parsed = round_trip(document)

    assert parsed_at(parsed, (*location, "conditional")) is None


def test_every_enum_value_ever_published_is_kept() -> None:
    document = body("current-api")
    checked = 0
    for pattern, entries in published_enums().items():
        locations = matching_locations(document, pattern)
        assert locations, f"the fixture has no value at {pattern}"
        for entry in entries:
            parsed = round_trip(with_value(document, locations[0], entry["value"]))
            assert parsed_at(parsed, locations[0]) == entry["value"], (pattern, entry)
            checked += 1
    assert checked > 0


# ------------------------------------------------------------------------------------ nulls
@pytest.mark.parametrize("site", optional_sites(), ids=str)
def test_null_in_an_optional_field_is_kept(site: Site) -> None:
    round_trip(with_value(body(site.body), (*site.location, site.prop), None))


def test_null_error_reads_as_none() -> None:
    site = find_site("JobMetadata", "error")
    assert site is not None and site.location == ("job", "metadata")

    parsed = round_trip(with_value(body("documented"), ("job", "metadata", "error"), None))

    assert parsed.job.metadata.error is None


def test_optional_sites_reach_deep_objects() -> None:
    depths = {len(site.location) for site in optional_sites()}

    assert {0, 1, 2}.issubset(depths)
    assert max(depths) >= len(("job", "metadata", "flow", 0, "inputs", 0, "items", 0, 0))
    assert find_site(ROOT_SCHEMA, "ipDetection") in optional_sites()


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_parsing_leaves_the_callers_document_untouched(body_name: str) -> None:
    document = with_unknown_keys(body_name)
    for site in optional_sites():
        if site.body == body_name:
            get_at(document, site.location).setdefault(site.prop, None)
    pristine = copy.deepcopy(document)

    parsed = TrainModelResponse.from_dict(document)

    assert_same_json(document, pristine)
    assert_same_json(parsed.to_dict(), pristine)

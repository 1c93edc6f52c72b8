"""`scenario_train._drift.find_drift` against the spec: every field it does not name and every enum value it
does not list, at every place of the 200 bodies where one can appear, is found at its path, and nothing else.

The cases come from the spec and the bodies, so a schema added to the spec is covered with no edit here.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
import pytest
from openapi_python_client.strings import PythonIdentifier

from scenario_train._drift import Drift, _attribute, _attribute_names, find_drift
from scenario_train_api import models
from scenario_train_api.models import JobStatus, TrainModelResponse
from tests.support.contract import (
    BODY_NAMES,
    FIELD_PREFIX,
    UNKNOWN_FIELD,
    UNKNOWN_FIELD_VALUE,
    EnumProp,
    Instance,
    Location,
    body,
    body_instances,
    enum_props,
    find_site,
    get_at,
    properties,
    python_name,
    schemas,
    unseen_value,
    with_value,
)


def drift_of(document: dict[str, Any]) -> list[Drift]:
    return find_drift(TrainModelResponse.from_dict(document), document)


def is_map_schema(name: str) -> bool:
    return not properties(schemas()[name])


def schema_path(body_name: str, location: Location) -> str:
    """The path `find_drift` gives a location: `[*]` for an item, `.*` for a key of a map."""
    owners = {instance.location: instance.schema for instance in body_instances(body_name)}
    path = "$"
    for index, part in enumerate(location):
        owner = owners.get(location[:index])
        if isinstance(part, int):
            path += "[*]"
        elif owner is not None and is_map_schema(owner):
            path += ".*"
        else:
            path += f".{part}"
    return path


def object_instances() -> list[tuple[str, Instance]]:
    """Every object of the bodies that a schema with properties describes (a map takes any key)."""
    return [
        (name, instance)
        for name in BODY_NAMES
        for instance in body_instances(name)
        if not is_map_schema(instance.schema)
    ]


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_the_bodies_have_no_drift(body_name: str) -> None:
    assert drift_of(body(body_name)) == []


@pytest.mark.parametrize(
    ("body_name", "instance"),
    object_instances(),
    ids=[f"{name}:{instance.schema}@{schema_path(name, instance.location)}" for name, instance in object_instances()],
)
def test_a_field_the_spec_does_not_name_is_found_at_its_path(body_name: str, instance: Instance) -> None:
    location = (*instance.location, UNKNOWN_FIELD)
    document = with_value(body(body_name), location, UNKNOWN_FIELD_VALUE)

    assert [(d.kind, d.path, d.schema, d.json_type) for d in drift_of(document)] == [
        ("field", schema_path(body_name, location), instance.schema, "object")
    ]


def enum_cases() -> list[tuple[EnumProp, Location, str]]:
    cases = []
    for prop in enum_props():
        site = find_site(prop.schema, prop.prop)
        if site is not None:
            cases.append((prop, (*site.location, prop.prop), site.body))
    return cases


@pytest.mark.parametrize(("prop", "location", "body_name"), enum_cases(), ids=[str(c[0]) for c in enum_cases()])
def test_an_enum_value_the_spec_does_not_list_is_found_at_its_path(
    prop: EnumProp, location: Location, body_name: str
) -> None:
    value = unseen_value(prop.enum)
    document = with_value(body(body_name), location, [value] if prop.in_array else value)
    path = schema_path(body_name, location) + ("[*]" if prop.in_array else "")

    assert [(d.kind, d.path, d.schema, d.value) for d in drift_of(document)] == [("enum value", path, prop.enum, value)]


def response_schemas() -> set[str]:
    """The schemas an answer of the three operations can hold."""
    found: set[str] = set()
    pending = ["TrainModelResponse", "ModelResponse", "DryRunEstimate"]
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending += re.findall(r"#/components/schemas/(\w+)", json.dumps(schemas()[name]))
    return found


def test_every_enum_property_of_the_answers_has_a_case() -> None:
    # find_site finds an object of each schema in the bodies; one that no body holds goes untested above.
    in_answers = {str(prop) for prop in enum_props() if prop.schema in response_schemas()}
    assert {str(prop) for prop, _, _ in enum_cases()} == in_answers


def generator_names(schema_name: str) -> dict[str, str]:
    """JSON name -> attribute name, as the generator names them: two names that would collide are kept as written."""
    json_names = list(properties(schemas()[schema_name]))
    snake = [python_name(name) for name in json_names]
    return {
        name: str(PythonIdentifier(name, FIELD_PREFIX, skip_snake_case=True)) if snake.count(python) > 1 else python
        for name, python in zip(json_names, snake, strict=True)
    }


@pytest.mark.parametrize("schema_name", [name for name in schemas() if properties(schemas()[name])])
def test_each_json_name_leads_to_the_attribute_the_generator_named_after_it(schema_name: str) -> None:
    cls = getattr(models, schema_name)
    names = _attribute_names(cls)

    for json_name, attribute in generator_names(schema_name).items():
        assert attribute in attrs.fields_dict(cls)
        assert _attribute(names, json_name) == attribute, json_name


def test_no_schema_with_properties_also_takes_any_other_key() -> None:
    # The generated class of such a schema would look like one that does not: find_drift would report
    # its other keys. A map (only `additionalProperties`) is told apart, as it has no declared field.
    both = [name for name, schema in schemas().items() if properties(schema) and "additionalProperties" in schema]
    assert both == []


def test_a_listed_value_is_no_drift_even_in_another_spelling_of_a_member_name() -> None:
    listed = JobStatus.SUCCESS.value
    document = with_value(body("documented"), ("job", "status"), listed)
    name_as_value = with_value(body("documented"), ("job", "status"), JobStatus.SUCCESS.name)

    assert drift_of(document) == []
    assert [d.value for d in drift_of(name_as_value)] == [JobStatus.SUCCESS.name]


def test_a_key_that_is_no_identifier_is_quoted_and_a_field_value_never_shown() -> None:
    document = with_value(body("documented"), ("job", "odd key\n"), "sk-do-not-show")

    (drift,) = drift_of(document)
    assert drift.path == '$.job["odd key\\n"]'
    assert str(drift) == '$.job["odd key\\n"]: field not described by Job (string)'


def test_a_long_enum_value_is_cut_when_shown() -> None:
    document = with_value(body("documented"), ("job", "status"), "x" * 200)

    (drift,) = drift_of(document)
    assert str(drift) == f'$.job.status: value "{"x" * 59}... not listed by JobStatus (string)'


def test_the_same_field_in_every_item_is_one_finding() -> None:
    document = body("documented")
    items = get_at(document, ("job", "statusHistory"))
    document["job"]["statusHistory"] = [*items, *items]
    for item in document["job"]["statusHistory"]:
        item["zzNew"] = 1

    assert [d.path for d in drift_of(document)] == ["$.job.statusHistory[*].zzNew"]

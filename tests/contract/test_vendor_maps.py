"""Every map of objects in the spec (`additionalProperties` with an object schema) holds the objects
the vendor's SDK 2.4.0 declares for that field: the same property names, the same required ones,
the same JSON types.

Keys of such a map are data, so no answer's field table lists what is inside its values, and a
wrong value schema goes unseen until a real answer drifts from it (`outputProperties` was given the
`{collapsed}` objects of `inputProperties` where the API sends `{label}`). The spec is walked from
each operation's answers beside the vendor's pydantic type of the same answer, field by JSON name,
through objects, lists and maps. The vendor's type of each answer is that of the vendor's method the
operation's `x-sdk-method` names (tests/support/vendor.py).
"""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any, NamedTuple, TypeGuard

import pydantic
import pytest

from tests.support.contract import is_object, properties, ref_name, required, schemas, spec_document
from tests.support.vendor import answer_type, without_none

JSON_TYPES = {"string": str, "number": float, "integer": int, "boolean": bool}


class MapSite(NamedTuple):
    """A map of objects met on the way down an answer, and the vendor's class of its values."""

    at: str
    """Where in the answer, as `$.model.uiConfig.outputProperties`."""
    pointer: str
    """The spec's schema that declares the map, as a JSON pointer."""
    values: dict[str, Any]
    vendor: type[pydantic.BaseModel]

    def __str__(self) -> str:
        return self.at


def resolved(schema: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
    name = ref_name(schema)
    return (schemas()[name], f"/components/schemas/{name}") if name is not None else (schema, pointer)


def is_object_schema(schema: Any) -> TypeGuard[dict[str, Any]]:
    return isinstance(schema, dict) and is_object(schema)


def vendor_fields(vendor: type[pydantic.BaseModel]) -> dict[str, Any]:
    """The vendor class's field annotations, by JSON name."""
    return {field.alias or name: field.annotation for name, field in vendor.model_fields.items()}


def map_sites(schema: dict[str, Any], vendor: Any, at: str, pointer: str) -> Iterator[MapSite]:
    """Every map of objects below `schema`, walked beside `vendor`, the vendor's type of the same value."""
    schema, pointer = resolved(schema, pointer)
    vendor = without_none(vendor)
    values = schema.get("additionalProperties")
    if is_object_schema(values):
        assert typing.get_origin(vendor) is dict, f"{at}: the vendor's type is {vendor}, not a map"
        value_type = typing.get_args(vendor)[1]
        value_schema, value_pointer = resolved(values, f"{pointer}/additionalProperties")
        yield MapSite(at, pointer, value_schema, value_type)
        yield from map_sites(value_schema, value_type, f"{at}.*", value_pointer)
    if isinstance(schema.get("items"), dict) and typing.get_origin(vendor) is list:
        yield from map_sites(schema["items"], typing.get_args(vendor)[0], f"{at}[]", f"{pointer}/items")
    if isinstance(vendor, type) and issubclass(vendor, pydantic.BaseModel):
        fields = vendor_fields(vendor)
        for name, member in properties(schema).items():
            if name in fields:
                yield from map_sites(member, fields[name], f"{at}.{name}", f"{pointer}/properties/{name}")


def answers() -> Iterator[tuple[str, dict[str, Any]]]:
    """(x-sdk-method, schema) of every JSON answer with a success status that the spec declares.

    The vendor's SDK reads any success (a dry run's 269 too) with the type of its method's answer.
    """
    for path in spec_document()["paths"].values():
        for operation in path.values():
            for status, answer in operation["responses"].items():
                if "$ref" in answer:
                    answer = spec_document()["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
                if status.startswith("2"):
                    yield operation["x-sdk-method"], answer["content"]["application/json"]["schema"]


def walked() -> list[MapSite]:
    found = {
        (site.at, site.pointer): site
        for sdk_method, schema in answers()
        for site in map_sites(schema, answer_type(sdk_method), "$", "")
    }
    return sorted(found.values(), key=str)


def declared_maps(schema: Any = None, pointer: str = "") -> Iterator[str]:
    """The JSON pointer of every schema in the spec whose `additionalProperties` is an object schema."""
    if schema is None:
        schema = spec_document()["components"]
        pointer = "/components"
    if isinstance(schema, dict):
        if is_object_schema(schema.get("additionalProperties")):
            yield pointer
        for key, member in schema.items():
            yield from declared_maps(member, f"{pointer}/{key}")
    elif isinstance(schema, list):
        for index, member in enumerate(schema):
            yield from declared_maps(member, f"{pointer}/{index}")


def test_the_walk_meets_every_map_of_objects_the_spec_declares() -> None:
    assert sorted(declared_maps())
    assert {site.pointer for site in walked()} == set(declared_maps())


@pytest.mark.parametrize("site", walked(), ids=str)
def test_the_values_of_a_map_have_the_vendors_fields(site: MapSite) -> None:
    fields = site.vendor.model_fields

    assert set(properties(site.values)) == {field.alias or name for name, field in fields.items()}
    assert required(site.values) == {field.alias or name for name, field in fields.items() if field.is_required()}


@pytest.mark.parametrize("site", walked(), ids=str)
def test_the_values_of_a_map_have_the_vendors_json_types(site: MapSite) -> None:
    fields = vendor_fields(site.vendor)
    for name, member in properties(site.values).items():
        json_type = member.get("type")
        if name in fields and isinstance(json_type, str) and json_type in JSON_TYPES:
            assert without_none(fields[name]) is JSON_TYPES[json_type], f"{site.at}.*.{name}"

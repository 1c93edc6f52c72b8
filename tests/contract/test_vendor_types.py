"""Every operation of the spec holds the vendor SDK 2.4.0's types: its answer, its body and its query.

Each operation's vendor method is found by its `x-sdk-method` (tests/support/vendor.py), and the spec is
walked beside the vendor's types, field by JSON name, through objects, lists and maps: the same fields,
the same required ones, the same JSON types, and enums that list at least the vendor's values (the
spec's enums are open and keep values older releases sent). Where the spec departs from the vendor on
purpose, the departure is listed below with its reason, and a listed one that no longer occurs fails.
"""

from __future__ import annotations

import collections.abc
import inspect
import typing
from collections.abc import Iterator
from typing import Any

import pydantic
import pytest
import typing_extensions

from tests.support.contract import properties, ref_name, required, schemas, spec_document
from tests.support.mock import spec_operations
from tests.support.vendor import (
    answer_type,
    params_type,
    pydantic_fields,
    typed_dict_fields,
    vendor_method,
    vendor_query,
    without_none,
)

JSON_TYPES: dict[Any, str] = {str: "string", float: "number", int: "integer", bool: "boolean"}

BEYOND_THE_VENDOR = {
    "InputRequirement.conditionalValues": "the shape up to SDK 2.2.0 and on the documented page",
    "CostDetails.slop-detection": "listed by SDK 2.0.0 to 2.1.0",
    "JobBillingCostDetails.slop-detection": "listed by SDK 2.0.0 to 2.1.0",
}
"""Fields the spec declares and SDK 2.4.0 does not, as `Schema.field`: older releases sent them."""

OPTIONAL_HERE = {
    "IpDetection.analyzedImagesCount": "came with SDK 2.2.0: answers of older releases lack it",
}
"""Fields SDK 2.4.0 requires and the spec does not, as `Schema.field`."""

WIDER_HERE = {
    "ListModels.types": "a comma-separated string; the vendor's SDK takes a list and joins it with commas",
}
"""Values the spec types more widely than SDK 2.4.0, as `OperationId.parameter`."""


def resolved(schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    name = ref_name(schema)
    return (schemas()[name], name) if name is not None else (schema, None)


def json_types(schema: dict[str, Any]) -> set[str]:
    declared = schema.get("type")
    found = set(declared) if isinstance(declared, list) else {declared} if declared else set()
    return found - {"null"}


def is_free_form(schema: dict[str, Any]) -> bool:
    return not set(schema) - {"description", "additionalProperties"} or (
        schema.get("type") == "object" and schema.get("additionalProperties") is True and not schema.get("properties")
    )


def is_sequence(origin: Any) -> bool:
    return origin in (list, collections.abc.Iterable, collections.abc.Sequence) or (
        getattr(origin, "__name__", "") == "SequenceNotStr"
    )


def differences(schema: dict[str, Any], vendor: Any, at: str, owner: str = "") -> Iterator[str]:
    """How `schema` (of the spec) departs from `vendor` (a type of the vendor's SDK), each as a line naming where."""
    schema, name = resolved(schema)
    owner = name or owner
    vendor = without_none(vendor)
    origin = typing.get_origin(vendor)
    if vendor is object or vendor is Any:
        if not is_free_form(schema):
            yield f"{at}: any JSON for the vendor, {schema} here"
    elif origin is typing.Literal:
        literals = typing.get_args(vendor)
        if all(isinstance(value, bool) for value in literals):
            if json_types(schema) != {"boolean"}:
                yield f"{at}: a boolean for the vendor, {schema.get('type')} here"
        elif not set(literals) <= set(schema.get("enum", [])):
            yield f"{at}: values {sorted(set(literals) - set(schema.get('enum', [])))} of the vendor are not listed"
    elif vendor in JSON_TYPES:
        if json_types(schema) != {JSON_TYPES[vendor]}:
            yield f"{at}: {JSON_TYPES[vendor]} for the vendor, {schema.get('type')} here"
    elif is_sequence(origin):
        if json_types(schema) != {"array"}:
            yield f"{at}: an array for the vendor, {schema.get('type')} here"
        else:
            yield from differences(schema["items"], typing.get_args(vendor)[0], f"{at}[]", owner)
    elif origin is dict:
        values = schema.get("additionalProperties")
        if typing.get_args(vendor)[1] is object:
            if not is_free_form(schema):
                yield f"{at}: a map of any JSON for the vendor, {schema} here"
        elif not isinstance(values, dict):
            yield f"{at}: a map for the vendor, {schema.get('type')} here"
        else:
            yield from differences(values, typing.get_args(vendor)[1], f"{at}.*", owner)
    elif (isinstance(vendor, type) and issubclass(vendor, pydantic.BaseModel)) or typing_extensions.is_typeddict(
        vendor
    ):
        yield from object_differences(schema, vendor, at, owner)
    else:
        yield f"{at}: no comparison for the vendor's {vendor}"


def vendor_object_fields(vendor: Any) -> dict[str, tuple[Any, bool]]:
    if typing_extensions.is_typeddict(vendor):
        fields = typed_dict_fields(vendor)
        return {name: (annotation, is_required) for name, (_, annotation, is_required) in fields.items()}
    return pydantic_fields(vendor)


def object_differences(schema: dict[str, Any], vendor: Any, at: str, owner: str) -> Iterator[str]:
    if "object" not in json_types(schema) and "properties" not in schema and "allOf" not in schema:
        yield f"{at}: an object for the vendor, {schema.get('type')} here"
        return
    fields = vendor_object_fields(vendor)
    declared = properties(schema)
    for missing in sorted(set(fields) - set(declared)):
        yield f"{at}.{missing}: a field of the vendor that {owner} does not declare"
    for extra in sorted(set(declared) - set(fields)):
        if f"{owner}.{extra}" not in BEYOND_THE_VENDOR:
            yield f"{at}.{extra}: declared by {owner}, not by the vendor"
    vendor_required = {name for name, (_, is_required) in fields.items() if is_required}
    for name in sorted(vendor_required ^ required(schema)):
        if f"{owner}.{name}" not in OPTIONAL_HERE:
            said = "required" if name in vendor_required else "optional"
            yield f"{at}.{name}: {said} for the vendor, not in {owner}"
    for name, (annotation, _) in fields.items():
        if name in declared:
            yield from differences(declared[name], annotation, f"{at}.{name}", owner)


# --------------------------------------------------------------------------- the operations


def success_schema(operation: dict[str, Any]) -> dict[str, Any]:
    answer = operation["responses"]["200"]
    if "$ref" in answer:
        answer = spec_document()["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
    schema: dict[str, Any] = answer["content"]["application/json"]["schema"]
    return schema


OPERATIONS = sorted(spec_operations())


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_each_answer_has_the_vendor_s_fields_required_fields_and_types(operation_id: str) -> None:
    operation = spec_operations()[operation_id]

    found = list(differences(success_schema(operation), answer_type(operation["x-sdk-method"]), "$"))

    assert found == []


def spec_body(operation: dict[str, Any]) -> dict[str, Any] | None:
    body = operation.get("requestBody")
    if body is None:
        return None
    schema: dict[str, Any] = body["content"]["application/json"]["schema"]
    return schema


def spec_parameters(operation: dict[str, Any], where: str) -> dict[str, dict[str, Any]]:
    """The operation's parameters `in` the query or the path, by name."""
    found = {}
    for parameter in operation.get("parameters", []):
        if "$ref" in parameter:
            parameter = spec_document()["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[1]]
        if parameter["in"] == where:
            found[parameter["name"]] = parameter
    return found


def spec_query(operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return spec_parameters(operation, "query")


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_each_body_has_the_vendor_s_fields_required_fields_and_types(operation_id: str) -> None:
    operation = spec_operations()[operation_id]
    params = params_type(operation["x-sdk-method"])
    fields = typed_dict_fields(params) if params is not None else {}
    # The vendor's TypedDict also holds the query, and the path parameters after the first.
    sent_elsewhere = {*spec_query(operation), *spec_parameters(operation, "path")}
    body_fields = {name: field for name, field in fields.items() if name not in sent_elsewhere}
    schema = spec_body(operation)

    if schema is None:
        assert body_fields == {}
    elif schema.get("type") == "array":
        # The vendor's method takes a JSON array body as its `body` argument.
        _, annotation, is_required = body_fields.pop("body")
        assert (body_fields, is_required, operation["requestBody"]["required"]) == ({}, True, True)
        assert list(differences(schema, annotation, "$")) == []
    else:
        body_schema, name = resolved(schema)
        vendor = {field: (annotation, is_required) for field, (_, annotation, is_required) in body_fields.items()}
        assert set(properties(body_schema)) == set(vendor), name
        assert required(body_schema) == {field for field, (_, is_required) in vendor.items() if is_required}, name
        for field, (annotation, _) in vendor.items():
            assert list(differences(properties(body_schema)[field], annotation, f"$.{field}", name or "")) == []


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_each_query_parameter_is_the_vendor_s_with_its_type(operation_id: str) -> None:
    operation = spec_operations()[operation_id]
    sdk_method = operation["x-sdk-method"]
    params = params_type(sdk_method)
    fields = typed_dict_fields(params) if params is not None else {}
    query = spec_query(operation)

    assert set(query) == vendor_query(sdk_method)
    for name, parameter in query.items():
        if f"{operation_id[:1].upper()}{operation_id[1:]}.{name}" in WIDER_HERE:
            assert json_types(parameter["schema"]) == {"string"}
            continue
        _, annotation, _ = fields[name]
        assert list(differences(parameter["schema"], annotation, name)) == []


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_each_path_parameter_is_an_argument_of_the_vendor_s_method(operation_id: str) -> None:
    operation = spec_operations()[operation_id]
    arguments = inspect.signature(vendor_method(operation["x-sdk-method"])).parameters
    in_path = [segment[1:-1] for segment in operation["path"].split("/") if segment.startswith("{")]

    assert in_path == list(spec_parameters(operation, "path"))
    for name in in_path:
        keyword = "".join(f"_{char.lower()}" if char.isupper() else char for char in name)
        assert arguments[keyword].default is inspect.Parameter.empty, keyword


def test_every_departure_listed_still_occurs() -> None:
    departures = {*BEYOND_THE_VENDOR, *OPTIONAL_HERE}
    declared = {f"{name}.{field}" for name, schema in schemas().items() for field in properties(schema)}

    assert departures <= declared
    assert {f"{name}.{field}" for name, schema in schemas().items() for field in required(schema)} & set(
        OPTIONAL_HERE
    ) == set()
    assert all(name.split(".")[0][:1].lower() + name.split(".")[0][1:] in spec_operations() for name in WIDER_HERE)

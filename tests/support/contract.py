"""Helpers shared by the contract tests.

Three things live here:
- JSON locations (`("model", "inputs", 0, "type")`) with the JSONPath spelling `ParseError.path` uses;
- a schema-directed walk of a JSON document, which tells which component schema every object of
  the document is an instance of, so that tests derive their cases from the spec instead of
  listing them by hand;
- a walk of the tree `from_dict` builds, which reports every key that landed in
  `additional_properties` of a class that declares fields.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

import attrs
import yaml
from openapi_python_client.strings import PythonIdentifier

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "openapi" / "scenario-train.yaml"
DOCUMENTED_EXAMPLE_PATH = REPO / "openapi" / "examples" / "train-200.json"
CURRENT_API_PATH = REPO / "tests" / "contract" / "fixtures" / "current-api-200.json"
# The vendor's field and enum tables, copied from the shared reference folder (tests/reference/README.md).
REFERENCE_DIR = Path(__file__).resolve().parents[1] / "reference"
ROOT_SCHEMA = "TrainModelResponse"
UNKNOWN_FIELD = "zzUnknownField"
UNKNOWN_FIELD_VALUE: dict[str, Any] = {"nested": [1, None]}
# The generator's default `field_prefix`, used when a JSON name is not a Python identifier.
FIELD_PREFIX = "field_"

Location = tuple[str | int, ...]


# --------------------------------------------------------------------------- JSON documents
def json_path(location: Iterable[str | int]) -> str:
    """`$.model.inputs[0].type`: the spelling of `ParseError.path`."""
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in location)


def case_id(value: object) -> str:
    """A test id: a location as JSONPath, anything else as text."""
    return json_path(value) if isinstance(value, tuple) else str(value)


def reference_file(name: str) -> Path:
    """A file of the vendor's reference tables, kept in the repository."""
    return REFERENCE_DIR / name


def published_enums() -> dict[str, list[dict[str, Any]]]:
    """Every enum path of the 200 body -> every value the vendor published there."""
    enums: dict[str, list[dict[str, Any]]] = load_json(reference_file("response-enums.json"))["enums"]
    return enums


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def _documents() -> dict[str, Any]:
    return {"documented": load_json(DOCUMENTED_EXAMPLE_PATH), "current-api": load_json(CURRENT_API_PATH)}


def body(name: str) -> Any:
    """A fresh copy of a 200 body: `documented` (the vendor's page) or `current-api` (our fixture)."""
    return copy.deepcopy(_documents()[name])


BODY_NAMES = ("documented", "current-api")


def get_at(document: Any, location: Location) -> Any:
    for part in location:
        document = document[part]
    return document


def with_value(document: Any, location: Location, value: Any) -> Any:
    """A copy of `document` with `value` at `location`."""
    changed = copy.deepcopy(document)
    get_at(changed, location[:-1])[location[-1]] = value
    return changed


def without(document: Any, location: Location) -> Any:
    """A copy of `document` without the member at `location`."""
    changed = copy.deepcopy(document)
    del get_at(changed, location[:-1])[location[-1]]
    return changed


def pattern_parts(pattern: str) -> list[str]:
    """`$.model.inputs[].name` -> ["model", "inputs", "[]", "name"] (the reference lists' spelling)."""
    assert pattern.startswith("$"), pattern
    return [key or "[]" for key, _ in re.findall(r"\.([^.\[\]]+)|(\[\])", pattern[1:])]


def matching_locations(document: Any, pattern: str) -> list[Location]:
    """Every location of `document` that `pattern` names, `[]` standing for any array item."""
    candidates: list[Location] = [()]
    for part in pattern_parts(pattern):
        extended: list[Location] = []
        for location in candidates:
            value = get_at(document, location)
            if part == "[]" and isinstance(value, list):
                extended += [(*location, index) for index in range(len(value))]
            elif part != "[]" and isinstance(value, dict) and part in value:
                extended.append((*location, part))
        candidates = extended
    return candidates


def dict_locations(document: Any, location: Location = ()) -> Iterator[Location]:
    """The location of every JSON object in `document`, free-form ones included."""
    if isinstance(document, dict):
        yield location
        for key, value in document.items():
            yield from dict_locations(value, (*location, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from dict_locations(value, (*location, index))


def canonical(document: Any) -> str:
    """A spelling that tells 0 from 0.0 from false, unlike `==` on Python values."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, allow_nan=False)


def assert_same_json(actual: Any, expected: Any) -> None:
    assert actual == expected
    assert canonical(actual) == canonical(expected)


# --------------------------------------------------------------------------------- the spec
@cache
def spec_document() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return document


def schemas() -> dict[str, Any]:
    found: dict[str, Any] = spec_document()["components"]["schemas"]
    return found


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def ref_name(schema: dict[str, Any]) -> str | None:
    target = schema.get("$ref")
    return target.rsplit("/", 1)[1] if isinstance(target, str) else None


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    """Declared properties, those of `allOf` parts and referenced schemas included."""
    name = ref_name(schema)
    if name is not None:
        return properties(schemas()[name])
    merged: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        merged.update(properties(part))
    merged.update(schema.get("properties", {}))
    return merged


def required(schema: dict[str, Any]) -> set[str]:
    name = ref_name(schema)
    if name is not None:
        return required(schemas()[name])
    found = set(schema.get("required", []))
    for part in schema.get("allOf", []):
        found |= required(part)
    return found


def is_object(schema: dict[str, Any]) -> bool:
    name = ref_name(schema)
    if name is not None:
        return is_object(schemas()[name])
    return schema.get("type") == "object" or "properties" in schema or "allOf" in schema


def enum_values(schema: dict[str, Any]) -> list[Any] | None:
    name = ref_name(schema)
    if name is None:
        return None
    values: list[Any] | None = schemas()[name].get("enum")
    return values


_FULL_VALUES: dict[str, Any] = {"string": "text", "number": 2.5, "integer": 2, "boolean": True}


def full_document(schema: dict[str, Any]) -> Any:
    """A document of `schema` built from the spec alone: every property it declares, each array one item long,
    each map one entry, each enum its first value, any JSON `{}`. For the schemas no 200 body holds."""
    name = ref_name(schema)
    target = schemas()[name] if name is not None else schema
    if "enum" in target:
        return target["enum"][0]
    if is_object(target):
        document = {key: full_document(member) for key, member in properties(target).items()}
        extra = target.get("additionalProperties")
        if isinstance(extra, dict):
            document["key"] = full_document(extra)
        return document
    declared = target.get("type")
    kinds = [kind for kind in (declared if isinstance(declared, list) else [declared]) if kind not in (None, "null")]
    if not kinds:
        return {}
    if kinds[0] == "array":
        return [full_document(target["items"])]
    return _FULL_VALUES[kinds[0]]


def response_schema_names() -> list[str]:
    """The component of every JSON answer with a success status, of every operation."""
    found: set[str] = set()
    for item in spec_document()["paths"].values():
        for operation in item.values():
            for status, answer in operation["responses"].items():
                if "$ref" in answer:
                    answer = spec_document()["components"]["responses"][answer["$ref"].rsplit("/", 1)[1]]
                name = ref_name(answer.get("content", {}).get("application/json", {}).get("schema", {}))
                if status.startswith("2") and name is not None:
                    found.add(name)
    return sorted(found)


@dataclass(frozen=True)
class Instance:
    """An object of a document, and the component schema it is an instance of."""

    schema: str
    location: Location
    value: dict[str, Any]


def instances(schema: dict[str, Any], value: Any, location: Location = ()) -> Iterator[Instance]:
    """Walk `value` along `schema`: every object that a named component schema describes."""
    name = ref_name(schema)
    target = schemas()[name] if name is not None else schema
    if isinstance(value, dict) and is_object(target):
        if name is not None:
            yield Instance(name, location, value)
        declared = properties(target)
        extra = target.get("additionalProperties")
        for key, member in value.items():
            if key in declared:
                yield from instances(declared[key], member, (*location, key))
            elif isinstance(extra, dict):
                yield from instances(extra, member, (*location, key))
    elif isinstance(value, list) and isinstance(target.get("items"), dict):
        for index, member in enumerate(value):
            yield from instances(target["items"], member, (*location, index))


def body_instances(name: str) -> Iterator[Instance]:
    return instances(ref(ROOT_SCHEMA), body(name))


def property_schema(body_name: str, location: Location) -> dict[str, Any]:
    """The schema of the property a location of a body names (array items: of the array's items)."""
    items = 0
    while isinstance(location[-1], int):
        location, items = location[:-1], items + 1
    owners = {instance.location: instance.schema for instance in body_instances(body_name)}
    schema: dict[str, Any] = properties(ref(owners[location[:-1]]))[str(location[-1])]
    for _ in range(items):
        schema = schema["items"]
    return schema


@dataclass(frozen=True)
class Prop:
    """A property of an object schema."""

    schema: str
    prop: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.prop}"


@dataclass(frozen=True)
class Site(Prop):
    """A property, and where a body holds an object of its schema."""

    body: str
    location: Location


def find_site(schema: str, prop: str) -> Site | None:
    """The first object of `schema` in the bodies, preferring one that already has `prop`."""
    found: list[Site] = []
    for body_name in BODY_NAMES:
        for instance in body_instances(body_name):
            if instance.schema == schema:
                site = Site(schema, prop, body_name, instance.location)
                if prop in instance.value:
                    return site
                found.append(site)
    return found[0] if found else None


@dataclass(frozen=True)
class EnumProp(Prop):
    """A property whose value, or whose array items, an enum schema describes."""

    enum: str
    in_array: bool

    def __str__(self) -> str:
        return f"{self.schema}.{self.prop}{'[]' if self.in_array else ''}"


def enum_props() -> list[EnumProp]:
    """Every property, at every object schema, whose value (or array item) is an enum schema."""
    sites = []
    for schema_name, schema in schemas().items():
        for prop, prop_schema in properties(schema).items():
            in_array = prop_schema.get("type") == "array"
            target = prop_schema.get("items", {}) if in_array else prop_schema
            enum_name = ref_name(target)
            if enum_name is not None and enum_values(target) is not None:
                sites.append(EnumProp(schema_name, prop, enum_name, in_array))
    return sites


def optional_sites() -> list[Site]:
    """Every optional property of every object schema that the 200 bodies hold an object of."""
    sites = []
    for schema_name, schema in schemas().items():
        for prop in properties(schema).keys() - required(schema):
            site = find_site(schema_name, prop)
            if site is not None:
                sites.append(site)
    return sorted(sites, key=str)


def unseen_value(enum_name: str) -> str | int:
    """A value of the enum's JSON type that the spec does not list."""
    values = schemas()[enum_name]["enum"]
    if schemas()[enum_name].get("type") == "integer":
        candidate = 33
        while candidate in values:
            candidate += 1
        return candidate
    return f"zz-unseen-{enum_name.lower()}"


# ------------------------------------------------------------------------ the parsed tree
def declared_fields(cls: type) -> list[attrs.Attribute[Any]]:
    """The attrs fields a generated class fills from declared properties.

    `additional_properties` and the private bookkeeping fields are `init=False`.
    """
    return [field for field in attrs.fields(cls) if field.init]


def is_map(cls: type) -> bool:
    """A class with no declared field: its schema has only `additionalProperties`."""
    return not declared_fields(cls)


def stray_fields(value: Any, location: Location = ()) -> list[str]:
    """Every key of the parsed tree kept in `additional_properties` of a class that declares fields."""
    if isinstance(value, Enum):
        return []
    if attrs.has(type(value)):
        extra: dict[str, Any] = value.additional_properties
        found = [] if is_map(type(value)) else [json_path((*location, key)) for key in extra]
        for key, member in extra.items():
            found += stray_fields(member, (*location, key))
        names = json_names(type(value))
        for field in declared_fields(type(value)):
            found += stray_fields(getattr(value, field.name), (*location, names.get(field.name, field.name)))
        return found
    if isinstance(value, dict):
        return [path for key, member in value.items() for path in stray_fields(member, (*location, key))]
    if isinstance(value, list):
        return [path for index, member in enumerate(value) for path in stray_fields(member, (*location, index))]
    return []


def python_name(json_name: str) -> str:
    """The attribute name the generator gives a JSON property."""
    return str(PythonIdentifier(json_name, prefix=FIELD_PREFIX))


def json_names(cls: type) -> dict[str, str]:
    """Attribute name -> JSON name, for a generated class named after its component schema."""
    if cls.__name__ not in schemas():
        return {}
    return {python_name(name): name for name in properties(ref(cls.__name__))}


def parsed_objects(value: Any) -> Iterator[Any]:
    """`value` and every generated object under it; a field left unset fails the walk."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(type(value)):
            assert hasattr(value, field.name), f"{type(value).__name__}.{field.name} is not set"
            yield from parsed_objects(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from parsed_objects(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from parsed_objects(item)


def parsed_at(parsed: Any, location: Sequence[str | int]) -> Any:
    """Follow a JSON location through the tree `from_dict` built."""
    for part in location:
        name = _attribute(parsed, part)
        parsed = parsed[part] if name is None else getattr(parsed, name)
    return parsed


def _attribute(parsed: Any, part: str | int) -> str | None:
    """The attribute holding `part` of a parsed object; None where `part` is an item or a map key."""
    if isinstance(part, str) and attrs.has(type(parsed)) and not is_map(type(parsed)):
        return python_name(part)
    return None

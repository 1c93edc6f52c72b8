"""This project's rules for a change of the OpenAPI spec, component by component.

Every object of the spec is a named component and becomes one generated attrs class, so a
component is compared as a whole and named as the Python class is. A component's role says who
reads it: the client parses response schemas (an older answer must still parse, and a reader's
types must hold) and sends request schemas (a caller's arguments must still be accepted).
Response enums are open: an added value is a feature, never a break.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from .changes import Change, Kind

__all__ = ["compare_specs"]

Schema = Mapping[str, Any]
REQUEST = "request"
RESPONSE = "response"
METHODS = ("get", "put", "post", "patch", "delete", "head", "options", "trace")
SOURCE = "spec"


def compare_specs(old: Schema, new: Schema) -> list[Change]:
    roles = _roles(old)
    for name, found in _roles(new).items():
        roles[name] = roles.get(name, set()) | found
    changes = [*_compare_operations(old, new), *_compare_components(old, new, roles)]
    if not changes and old != new:
        changes.append(Change(Kind.FIX, SOURCE, "spec", "descriptions, examples or metadata changed"))
    return changes


# ------------------------------------------------------------------------------ roles
def _ref_name(schema: Any) -> str | None:
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _subschemas(schema: Schema) -> Iterator[Any]:
    yield from schema.get("properties", {}).values()
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), Mapping):
            yield schema[key]
    for key in ("allOf", "anyOf", "oneOf"):
        yield from schema.get(key, [])


def _reach(spec: Schema, root: Any, found: set[str]) -> None:
    if not isinstance(root, Mapping):
        return
    name = _ref_name(root)
    if name is not None:
        if name not in found:
            found.add(name)
            _reach(spec, spec.get("components", {}).get("schemas", {}).get(name), found)
        return
    for sub in _subschemas(root):
        _reach(spec, sub, found)


def _operations(spec: Schema) -> dict[str, Schema]:
    return {
        f"{method.upper()} {path}": operation
        for path, item in spec.get("paths", {}).items()
        for method, operation in item.items()
        if method in METHODS
    }


def _resolve(spec: Schema, node: Any) -> Any:
    """A `$ref` to a non-schema component (parameter, response, request body), followed."""
    while isinstance(node, Mapping) and "$ref" in node and not node["$ref"].startswith("#/components/schemas/"):
        section, name = node["$ref"].split("/")[-2:]
        node = spec["components"][section][name]
    return node


def _content_schemas(spec: Schema, holder: Any) -> Iterator[Any]:
    holder = _resolve(spec, holder)
    if isinstance(holder, Mapping):
        for media in holder.get("content", {}).values():
            if "schema" in media:
                yield media["schema"]


def _roles(spec: Schema) -> dict[str, set[str]]:
    request: set[str] = set()
    response: set[str] = set()
    for operation in _operations(spec).values():
        for parameter in operation.get("parameters", []):
            _reach(spec, _resolve(spec, parameter).get("schema"), request)
        for schema in _content_schemas(spec, operation.get("requestBody")):
            _reach(spec, schema, request)
        for answer in operation.get("responses", {}).values():
            for schema in _content_schemas(spec, answer):
                _reach(spec, schema, response)
    roles: dict[str, set[str]] = {}
    for role, names in ((REQUEST, request), (RESPONSE, response)):
        for name in names:
            roles.setdefault(name, set()).add(role)
    return roles


# ------------------------------------------------------------------------------ types
def _types(schema: Any) -> frozenset[str]:
    if not isinstance(schema, Mapping):
        return frozenset({"any"})
    name = _ref_name(schema)
    if name is not None:
        return frozenset({f"#{name}"})
    declared = schema.get("type")
    if declared is None:
        if "enum" in schema:
            return frozenset(type(value).__name__ for value in schema["enum"])
        return frozenset({"object"} if "properties" in schema else {"any"})
    return frozenset(declared if isinstance(declared, list) else [declared])


def _covers(types: frozenset[str], one: str) -> bool:
    return one in types or "any" in types or (one == "integer" and "number" in types)


def _show(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))


def _worst(kinds: Mapping[str, Kind], roles: set[str]) -> Kind:
    return max(kinds[role] for role in roles)


# ------------------------------------------------------------------------------ schemas
def compare_schema(where: str, old: Any, new: Any, roles: set[str]) -> Iterator[Change]:
    """Changes of one schema read (response role) or written (request role) by the client."""
    old_types, new_types = _types(old), _types(new)
    narrowed = any(not _covers(new_types, one) for one in old_types)
    widened = any(not _covers(old_types, one) for one in new_types)
    change = f"type {_show(old_types)} -> {_show(new_types)}"
    if narrowed:
        yield Change(Kind.BREAKING, SOURCE, where, f"{change}: narrowed, values valid before are refused")
    elif widened:
        kind = _worst({REQUEST: Kind.FEATURE, RESPONSE: Kind.BREAKING}, roles)
        why = "readers may now get a value of a new type" if kind is Kind.BREAKING else "accepts more"
        yield Change(kind, SOURCE, where, f"{change}: widened, {why}")
    if not isinstance(old, Mapping) or not isinstance(new, Mapping) or _ref_name(old) or _ref_name(new):
        return
    yield from _compare_enum(where, old.get("enum"), new.get("enum"))
    if isinstance(old.get("items"), Mapping) and isinstance(new.get("items"), Mapping):
        yield from compare_schema(f"{where}[]", old["items"], new["items"], roles)
    yield from _compare_properties(where, old, new, roles)


def _compare_enum(where: str, old: Any, new: Any) -> Iterator[Change]:
    if old is None or new is None:
        return
    for value in [value for value in new if value not in old]:
        yield Change(Kind.FEATURE, SOURCE, where, f"enum value {value!r} added (enums are open)")
    for value in [value for value in old if value not in new]:
        yield Change(Kind.BREAKING, SOURCE, where, f"enum value {value!r} removed")


def _compare_properties(where: str, old: Schema, new: Schema, roles: set[str]) -> Iterator[Change]:
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    for name in old_props:
        at = f"{where}.{name}"
        if name not in new_props:
            yield Change(Kind.BREAKING, SOURCE, at, "field removed (or renamed)")
            continue
        if name in new_required and name not in old_required:
            yield Change(Kind.BREAKING, SOURCE, at, "optional field made required: older answers and calls lack it")
        elif name in old_required and name not in new_required:
            kind = _worst({REQUEST: Kind.FEATURE, RESPONSE: Kind.BREAKING}, roles)
            why = "readers may now find it absent" if kind is Kind.BREAKING else "callers may leave it out"
            yield Change(kind, SOURCE, at, f"required field made optional: {why}")
        yield from compare_schema(at, old_props[name], new_props[name], roles)
    for name in new_props:
        if name not in old_props:
            at = f"{where}.{name}"
            if name in new_required:
                yield Change(Kind.BREAKING, SOURCE, at, "required field added: older answers and calls lack it")
            else:
                yield Change(Kind.FEATURE, SOURCE, at, "optional field added")


def _compare_components(old: Schema, new: Schema, roles: Mapping[str, set[str]]) -> Iterator[Change]:
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    for name, schema in old_schemas.items():
        if name not in new_schemas:
            yield Change(Kind.BREAKING, SOURCE, name, "schema removed (its generated class goes)")
        else:
            yield from compare_schema(name, schema, new_schemas[name], roles.get(name) or {RESPONSE})
    for name in new_schemas:
        if name not in old_schemas:
            yield Change(Kind.FEATURE, SOURCE, name, "schema added")


# ------------------------------------------------------------------------------ operations
def _parameters(spec: Schema, operation: Schema) -> dict[tuple[str, str], Schema]:
    found = (_resolve(spec, parameter) for parameter in operation.get("parameters", []))
    return {(parameter["in"], parameter["name"]): parameter for parameter in found}


def _compare_operations(old: Schema, new: Schema) -> Iterator[Change]:
    old_ops, new_ops = _operations(old), _operations(new)
    for key, operation in old_ops.items():
        if key not in new_ops:
            yield Change(Kind.BREAKING, SOURCE, key, "operation removed")
            continue
        yield from _compare_parameters(key, _parameters(old, operation), _parameters(new, new_ops[key]))
        yield from _compare_body(key, old, operation.get("requestBody"), new, new_ops[key].get("requestBody"))
        old_codes, new_codes = set(operation.get("responses", {})), set(new_ops[key].get("responses", {}))
        for code in sorted(old_codes - new_codes):
            yield Change(Kind.BREAKING, SOURCE, f"{key} {code}", "response no longer described")
        for code in sorted(new_codes - old_codes):
            yield Change(Kind.FEATURE, SOURCE, f"{key} {code}", "response added")
    for key in new_ops:
        if key not in old_ops:
            yield Change(Kind.FEATURE, SOURCE, key, "operation added")


def _compare_parameters(
    operation: str, old: Mapping[tuple[str, str], Schema], new: Mapping[tuple[str, str], Schema]
) -> Iterator[Change]:
    removed = [key for key in old if key not in new]
    added = [key for key in new if key not in old]
    for key in removed:
        at = f"{operation} {key[0]} parameter {key[1]!r}"
        twin = next((other for other in added if other[0] == key[0] and _same_meaning(old[key], new[other])), None)
        if twin is not None:
            added.remove(twin)
            yield Change(Kind.BREAKING, SOURCE, at, f"parameter renamed to {twin[1]!r}")
        else:
            yield Change(Kind.BREAKING, SOURCE, at, "parameter removed")
    for key in added:
        at = f"{operation} {key[0]} parameter {key[1]!r}"
        if new[key].get("required", False):
            yield Change(Kind.BREAKING, SOURCE, at, "required parameter added")
        else:
            yield Change(Kind.FEATURE, SOURCE, at, "optional parameter added")
    for key in [key for key in old if key in new]:
        at = f"{operation} {key[0]} parameter {key[1]!r}"
        was, now = old[key].get("required", False), new[key].get("required", False)
        if now and not was:
            yield Change(Kind.BREAKING, SOURCE, at, "parameter made required")
        elif was and not now:
            yield Change(Kind.FEATURE, SOURCE, at, "parameter made optional")
        yield from compare_schema(at, old[key].get("schema"), new[key].get("schema"), {REQUEST})


def _same_meaning(old: Schema, new: Schema) -> bool:
    """Same schema and required flag: a removed parameter and an added one are then one renamed."""
    return bool(old.get("schema") == new.get("schema") and old.get("required") == new.get("required"))


def _compare_body(operation: str, old_spec: Schema, old: Any, new_spec: Schema, new: Any) -> Iterator[Change]:
    old, new = _resolve(old_spec, old), _resolve(new_spec, new)
    at = f"{operation} request body"
    if old is None and new is None:
        return
    if new is None:
        yield Change(Kind.BREAKING, SOURCE, at, "request body removed")
        return
    if old is None:
        required = new.get("required", False)
        kind, what = (Kind.BREAKING, "required") if required else (Kind.FEATURE, "optional")
        yield Change(kind, SOURCE, at, f"{what} request body added")
        return
    if new.get("required", False) and not old.get("required", False):
        yield Change(Kind.BREAKING, SOURCE, at, "request body made required")
    old_schema = next(_content_schemas(old_spec, old), None)
    new_schema = next(_content_schemas(new_spec, new), None)
    yield from compare_schema(at, old_schema, new_schema, {REQUEST})

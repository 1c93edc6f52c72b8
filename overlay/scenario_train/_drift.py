"""What an answer holds that the spec does not describe: fields it does not name, enum values it does not list.

The generated models are the spec here, so nothing is listed by hand: `from_dict` keeps a key it
does not know in the object's `additional_properties`, and an enum value it does not know as a member
outside its class's `__members__` (the enums are open). `find_drift` walks a parsed answer beside the
JSON it came from, which gives the JSON names of the fields.

Paths name places in the schema, not in one document: an array item is `[*]` and a key of a map (a
schema with only `additionalProperties`) is `.*`, so one new field of every training image is one path.

`noticed` reports the same from the client's parse path, on request: a DEBUG line on the
`scenario_train.drift` logger, once per path (and per value, for an enum) in a process.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
from collections.abc import Iterator, Mapping
from enum import Enum
from typing import Any, Literal, TypeVar

import attrs

__all__ = ["Drift", "find_drift", "json_type", "noticed"]

T = TypeVar("T")
Location = tuple[str, ...]

logger = logging.getLogger("scenario_train.drift")

_ITEM = "[*]"
_MAP_KEY = ".*"
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SHOWN_VALUE = 60


@attrs.frozen
class Drift:
    """One place where an answer goes beyond the spec."""

    kind: Literal["field", "enum value"]
    location: Location
    """The JSON path's parts: `.name` or `["odd name"]`, `[*]` for an item, `.*` for a key of a map."""
    schema: str
    """The generated class, named after the spec's component: the object without the field, or the enum."""
    json_type: str
    value: str | int | None = None
    """The enum value; None for a field, whose value is never shown (it could be anything, a secret too)."""

    @property
    def path(self) -> str:
        return "$" + "".join(self.location)

    def __str__(self) -> str:
        if self.kind == "field":
            return f"{self.path}: field not described by {self.schema} ({self.json_type})"
        shown = json.dumps(self.value)
        if len(shown) > _SHOWN_VALUE:
            shown = shown[:_SHOWN_VALUE] + "..."
        return f"{self.path}: value {shown} not listed by {self.schema} ({self.json_type})"


def find_drift(parsed: object, raw: object) -> list[Drift]:
    """The drift in `parsed`, a generated model that `from_dict` made of `raw`; each place once."""
    found: dict[tuple[object, ...], Drift] = {}
    for drift in _walk(parsed, raw, ()):
        found.setdefault((drift.kind, drift.location, drift.value), drift)
    return list(found.values())


def json_type(value: object) -> str:
    """The JSON type of a decoded value, with `integer` told apart from `number` as the spec does."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, Mapping) else type(value).__name__


def _walk(parsed: object, raw: object, location: Location) -> Iterator[Drift]:
    if isinstance(parsed, Enum):
        if not any(parsed is member for member in type(parsed).__members__.values()):
            yield Drift("enum value", location, type(parsed).__name__, json_type(parsed.value), parsed.value)
    elif isinstance(parsed, list) and isinstance(raw, list):
        for item, raw_item in zip(parsed, raw, strict=False):
            yield from _walk(item, raw_item, (*location, _ITEM))
    elif attrs.has(type(parsed)) and isinstance(raw, Mapping):
        yield from _walk_object(parsed, raw, location)


def _walk_object(parsed: Any, raw: Mapping[str, Any], location: Location) -> Iterator[Drift]:
    extra: dict[str, Any] = parsed.additional_properties
    cls: type = type(parsed)
    names = _attribute_names(cls)
    if not names:
        # A map: its keys are data, and its values whatever its `additionalProperties` says.
        for key, value in extra.items():
            yield from _walk(value, raw.get(key), (*location, _MAP_KEY))
        return
    for key, value in extra.items():
        yield Drift("field", (*location, _key(key)), cls.__name__, json_type(value))
    for key, raw_value in raw.items():
        if key in extra:
            continue
        name = _attribute(names, key)
        if name is not None:
            yield from _walk(getattr(parsed, name), raw_value, (*location, _key(key)))


def _key(key: str) -> str:
    return f".{key}" if _PLAIN_KEY.fullmatch(key) else f"[{json.dumps(key)}]"


@functools.cache
def _attribute_names(cls: type) -> dict[str, tuple[str, ...]]:
    """The attributes a class fills from declared properties, by folded name (see `_attribute`)."""
    by_folded: dict[str, tuple[str, ...]] = {}
    # `additional_properties` and the bookkeeping fields are not constructor arguments.
    for field in attrs.fields(cls):
        if field.init:
            by_folded[_folded(field.name)] = (*by_folded.get(_folded(field.name), ()), field.name)
    return by_folded


def _attribute(names: dict[str, tuple[str, ...]], key: str) -> str | None:
    """The attribute the generator named after a JSON key.

    The generator's names are the JSON names in snake_case, with `_` after a reserved word
    (`type_`), and as written where two would collide (`traceId` beside `trace_id`): the same
    letters and digits, in the same order, compared without case.
    """
    candidates = names.get(_folded(key), ())
    if len(candidates) == 1:
        return candidates[0]
    return key if key in candidates else None


def _folded(name: str) -> str:
    return "".join(character for character in name.casefold() if character.isalnum())


_seen: set[tuple[object, ...]] = set()
_seen_lock = threading.Lock()


def noticed(parsed: T, raw: object) -> T:
    """`parsed`, after a DEBUG line for each drift not reported before in this process (when DEBUG is on)."""
    if logger.isEnabledFor(logging.DEBUG):
        for drift in find_drift(parsed, raw):
            key = (drift.kind, drift.location, drift.value)
            with _seen_lock:
                new = key not in _seen
                _seen.add(key)
            if new:
                logger.debug("the answer goes beyond the spec: %s", drift)
    return parsed

"""JSON documents with every field the spec declares, built from the generated models, then patched.

`filled(Model)` holds every field of the generated class, required or optional, each a neutral
value of its type (`""`, `0`, `false`, the first value of an enum), every list one item long. The
mock lays its own values over that with `patched()`, so a field added to the spec reaches its
answers with a neutral value as soon as the client is regenerated.
"""

from __future__ import annotations

import copy
import json
import types
import typing
from collections.abc import Mapping
from enum import Enum
from functools import cache
from typing import Any, Final

import attrs

from scenario_train_api.types import Unset


class _Absent:
    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Final = _Absent()
"""In a patch: leave this field out."""

_NEUTRAL: Mapping[Any, Any] = {str: "", int: 0, float: 0, bool: False, Any: {}}


def filled(model: type) -> dict[str, Any]:
    """A new document of the generated class `model` with every field it declares."""
    document: dict[str, Any] = json.loads(_filled_text(model))
    return document


def patched(document: Any, patch: Any) -> Any:
    """`patch` laid over `document`.

    Objects are merged key by key (`ABSENT` removes a key); each item of a list in the patch is
    laid over the document's first item; anything else in the patch replaces what it covers.
    """
    if isinstance(document, dict) and isinstance(patch, Mapping):
        merged = dict(document)
        for key, value in patch.items():
            if value is ABSENT:
                merged.pop(key, None)
            else:
                merged[key] = patched(document.get(key), value)
        return merged
    if isinstance(document, list) and document and isinstance(patch, list):
        return [patched(copy.deepcopy(document[0]), item) for item in patch]
    return patch


@cache
def _filled_text(model: type) -> str:
    return json.dumps(_instance(model).to_dict(), allow_nan=False)


def _instance(model: type) -> Any:
    hints = typing.get_type_hints(model)
    fields = attrs.fields(model)
    return model(**{field.alias: _value(hints[field.name]) for field in fields if field.init})


def _value(hint: Any) -> Any:
    if hint in _NEUTRAL:
        return _NEUTRAL[hint]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return _value(next(arg for arg in typing.get_args(hint) if arg not in (Unset, types.NoneType)))
    if typing.get_origin(hint) is list:
        return [_value(typing.get_args(hint)[0])]
    if typing.get_origin(hint) is dict:
        return {}
    if isinstance(hint, type) and issubclass(hint, Enum):
        return next(iter(hint))
    if attrs.has(hint):
        return _instance(hint)
    raise TypeError(f"no neutral value for a field of type {hint}")

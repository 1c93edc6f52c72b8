"""The operations of the spec, read from the generated client: method, path, query parameters, body.

Each generated endpoint module's `_get_kwargs` is called with probe values: the request it builds
names the method, the path and each query parameter as sent, and its signature gives their types.
A parameter or body added to the spec so reaches the mock when the client is regenerated.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from scenario_train_api.types import Unset

QUERY_KINDS: tuple[type, ...] = (bool, int, float, str)
"""The query parameter types the mock reads, besides enums."""


@dataclass(frozen=True, slots=True)
class QueryParameter:
    name: str
    """As sent, e.g. `trainingImagesCount`."""
    keyword: str
    """The generated client's keyword, e.g. `training_images_count`."""
    kind: type
    """One of `QUERY_KINDS`, or an Enum class."""


@dataclass(frozen=True, slots=True)
class Operation:
    method: str
    """E.g. `PUT`."""
    path: tuple[str | None, ...]
    """The segments after the base URL; `None` for a path parameter: `("models", None, "train")`."""
    query: tuple[QueryParameter, ...]
    body: Callable[[Mapping[str, Any]], Any] | None
    """The generated `from_dict` of the request body, or `None` if the operation takes none."""
    body_required: bool

    def path_parameters(self, path: str) -> list[str] | None:
        """The raw values of the path parameters if `path` (after the base URL) is this operation's."""
        segments = path.split("/")
        if len(segments) != len(self.path):
            return None
        values = []
        for expected, segment in zip(self.path, segments, strict=True):
            if expected is None and segment:
                values.append(segment)
            elif expected != segment:
                return None
        return values


def operation(get_kwargs: Callable[..., dict[str, Any]]) -> Operation:
    """The operation whose request the generated `_get_kwargs` builds."""
    signature = inspect.signature(get_kwargs)
    hints = typing.get_type_hints(get_kwargs)
    positional = [p.name for p in signature.parameters.values() if p.kind is not inspect.Parameter.KEYWORD_ONLY]
    path_probes = [f"PATH_PARAMETER_{index}" for index in range(len(positional))]
    body = signature.parameters.get("body")
    body_required = body is not None and body.default is inspect.Parameter.empty
    required = {"body": _BodyProbe()} if body_required else {}

    def request(**keywords: Any) -> dict[str, Any]:
        return get_kwargs(*path_probes, **required, **keywords)

    built = request()
    segments = str(built["url"]).lstrip("/").split("/")
    query = []
    for parameter in signature.parameters.values():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY or parameter.name == "body":
            continue
        kind = _query_kind(parameter.name, hints[parameter.name])
        (name,) = request(**{parameter.name: _probe(kind)})["params"]
        query.append(QueryParameter(name=name, keyword=parameter.name, kind=kind))
    return Operation(
        method=str(built["method"]).upper(),
        path=tuple(None if segment in path_probes else segment for segment in segments),
        query=tuple(query),
        body=None if body is None else _set_type(hints["body"]).from_dict,
        body_required=body_required,
    )


class _BodyProbe:
    def to_dict(self) -> dict[str, Any]:
        return {}


def _set_type(hint: Any) -> Any:
    """The type of an optional parameter: `X | Unset` (or `X | None`) gives X."""
    if not (isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union):
        return hint
    kinds = [arg for arg in typing.get_args(hint) if arg not in (Unset, types.NoneType)]
    if len(kinds) != 1:
        raise TypeError(f"the mock reads parameters of one type, not {hint}")
    return kinds[0]


def _query_kind(keyword: str, hint: Any) -> type:
    kind = _set_type(hint)
    if kind in QUERY_KINDS or (isinstance(kind, type) and issubclass(kind, Enum)):
        return typing.cast(type, kind)
    raise TypeError(f"the mock cannot read the query parameter {keyword!r} of type {hint}")


def _probe(kind: type) -> Any:
    if issubclass(kind, Enum):
        return next(iter(kind))
    return {bool: True, int: 1, float: 1.5, str: "probe"}[kind]

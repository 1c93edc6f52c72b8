"""The operations of the spec, as the mock reads them: from the generated operations table.

Each operation's method, path, query parameters and body model come from
`scenario_train_api.api.OPERATIONS`; a parameter or body added to the spec so reaches the mock when
the client is regenerated. The models are loaded when the mock starts, not when the table is read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scenario_train_api.api import OPERATIONS, load

QUERY_KINDS: Mapping[str, type] = {"bool": bool, "int": int, "float": float, "str": str}
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
    name: str
    """As the table names it: `train_model`."""
    method: str
    """E.g. `PUT`."""
    path: tuple[str | None, ...]
    """The segments after the base URL; `None` for a path parameter: `("models", None, "train")`."""
    query: tuple[QueryParameter, ...]
    body: Any
    """The generated model of the request body (of each of its items, when `body_array`), or `None` if the
    operation takes none."""
    body_required: bool
    body_array: bool
    body_nullable: frozenset[str]
    """The fields of the body that may be null, by JSON name."""

    @property
    def literals(self) -> int:
        """How many segments of the path are fixed: of two paths a request matches, the one with more is the
        resource (`/training-images/pairs`, not `/training-images/{trainingImageId}`)."""
        return sum(segment is not None for segment in self.path)

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


def operation(name: str) -> Operation:
    """The operation of the table named `name` (`train_model`)."""
    entry = OPERATIONS[name]
    segments = entry.path.lstrip("/").split("/")
    return Operation(
        name=name,
        method=entry.method,
        path=tuple(None if segment.startswith("{") and segment.endswith("}") else segment for segment in segments),
        query=tuple(
            QueryParameter(name=parameter.name, keyword=parameter.python_name, kind=_kind(parameter.kind))
            for parameter in entry.query_parameters
        ),
        body=None if entry.body is None else load(entry.body),
        body_required=entry.body_required,
        body_array=entry.body_array,
        body_nullable=frozenset(entry.body_nullable),
    )


def _kind(kind: str) -> type:
    if ":" in kind:
        enum: type = load(kind)
        return enum
    if kind not in QUERY_KINDS:
        raise TypeError(f"the mock cannot read a query parameter of type {kind}")
    return QUERY_KINDS[kind]

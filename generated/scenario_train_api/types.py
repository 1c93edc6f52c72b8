"""Contains some shared types for properties"""

import json
from collections.abc import Mapping, MutableMapping
from enum import Enum
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Arguments are compared to UNSET by identity: a copy or an unpickled one must be the same object.
        return "UNSET"


UNSET: Unset = Unset()


def json_text(document: Any, indent: int | None) -> str:
    """JSON text as the vendor's SDK writes it (pydantic's `model_dump_json`): characters beyond ASCII as
    they are, no spaces on one line; NaN and infinities, which JSON has not, raise ValueError."""
    if indent is None:
        return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return json.dumps(document, ensure_ascii=False, allow_nan=False, indent=indent)


_REPR_TEXT = 40


def short_repr(name: str, shown: tuple[tuple[str, object], ...], limit: int, hidden: tuple[object, ...]) -> str:
    """`Model(id='m-1', status='training', ...)`: the set fields of `shown`, at most `limit` of them,
    then `...` if any other field is set."""
    parts: list[str] = []
    more = False
    for field, value in shown:
        if value is None:
            continue
        if len(parts) == limit:
            more = True
            break
        parts.append(f"{field}={_short_value(value)}")
    if not more:
        more = any(value is not None and value != {} for value in hidden)
    if more:
        parts.append("...")
    return f"{name}({', '.join(parts)})"


def _short_value(value: object) -> str:
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, str) and len(value) > _REPR_TEXT:
        return repr(value[:_REPR_TEXT]) + "..."
    if isinstance(value, list):
        return f"[{len(value)} items]"
    return repr(value)


# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    """The HTTP status as sent, including codes outside `http.HTTPStatus` (269, 499, 52x)."""
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]

"""Reads a request's query and body as its operation describes them, refusing (HTTP 400) what does not fit.

Types are checked, by the generated models and the generated client's signatures; ranges are not,
as the spec states none. A `null` in a request body is refused, though the generated models, lenient
for answers, would read it as absent, except in the fields the spec types with null (the table's
`body_nullable`: `PUT /models/{modelId}`'s `epoch`, which null unsets).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, NoReturn

import attrs

from scenario_train._json import MAX_NESTING, nests_deeper_than
from scenario_train_api.errors import ParseError

from ._operations import Operation, QueryParameter
from ._state import Refused

MAX_REQUEST_NESTING = MAX_NESTING // 2
"""The deepest nesting of a request body: its parameters come back a few levels deeper in answers,
which must stay within what the client reads."""
_MAX_ECHO = 200
"""The most characters of a refused value that a message repeats."""
_INTEGER = re.compile(r"-?[0-9]+")
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?")


def json_document(body: bytes) -> Any:
    """The JSON of a body; Refused if it is not JSON, nests too deep or holds a number beyond a double."""
    if nests_deeper_than(body, MAX_REQUEST_NESTING):
        raise _too_deep()
    try:
        return json.loads(body, parse_constant=_not_json, parse_float=_finite_float)
    except _OutOfRange:
        raise Refused("The body holds a number beyond the range of a double") from None
    except RecursionError:
        # nests_deeper_than cannot measure brackets that are never closed: json.loads meets them.
        raise _too_deep() from None
    except ValueError:
        raise Refused("The body is not valid JSON") from None


def parsed_or_none(body: bytes) -> Any:
    """The JSON of a body, or `None` when there is none or it cannot be read."""
    try:
        return json_document(body) if body.strip() else None
    except Refused:
        return None


def query_values(operation: Operation, query: Mapping[str, str]) -> dict[str, Any]:
    """The operation's query parameters that were sent, keyed as the generated client names them."""
    return {
        parameter.keyword: _query_value(parameter, query[parameter.name])
        for parameter in operation.query
        if parameter.name in query
    }


def request_body(operation: Operation, body: bytes) -> Any:
    """The body read by the operation's generated model (a list of them for a JSON array), or `None` when it
    has none."""
    if operation.body is None:
        return None
    if not body.strip():
        if operation.body_required:
            raise Refused(f"The body must be a JSON {'array' if operation.body_array else 'object'}")
        return None
    document = json_document(body)
    null = _first_null(document, "$", operation.body_nullable)
    if null is not None:
        raise Refused(f"Invalid body: {null}: null is not allowed here")
    try:
        parsed = _parsed(operation, document)
    except ParseError as error:
        raise Refused(f"Invalid body: {_bounded(str(error))}") from None
    unlisted = _first_unlisted(parsed, "$")
    if unlisted is not None:
        raise Refused(f"Invalid body: {unlisted}: not one of the values the spec lists")
    return parsed


def _parsed(operation: Operation, document: Any) -> Any:
    if not operation.body_array:
        return operation.body.from_dict(document)
    if not isinstance(document, list):
        raise ParseError.expected("array", document)
    parsed = []
    for index, item in enumerate(document):
        try:
            parsed.append(operation.body.from_dict(item))
        except ParseError as error:
            error.location = (index, *error.location)
            raise
    return parsed


def _first_null(value: Any, path: str, nullable: frozenset[str] = frozenset()) -> str | None:
    """The JSON path of the first null in `value` (nested at most `MAX_REQUEST_NESTING` deep), if any, but in the
    top-level fields named `nullable`."""
    if value is None:
        return path
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        if child is None and key in nullable:
            continue
        found = _first_null(child, f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}")
        if found is not None:
            return found
    return None


def _first_unlisted(value: Any, path: str) -> str | None:
    """The path of the first enum value the spec does not list, in a parsed request.

    The generated enums are open, so that answers with new values still parse; a request to the
    mock may use only the values the spec lists, as the service would expect.
    """
    if isinstance(value, Enum):
        return None if value in type(value).__members__.values() else path
    if isinstance(value, list):
        children: Any = enumerate(value)
    elif attrs.has(type(value)):
        children = ((_wire(field.name), getattr(value, field.name)) for field in attrs.fields(type(value)))
    else:
        return None
    for key, child in children:
        found = _first_unlisted(child, f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}")
        if found is not None:
            return found
    return None


def _wire(name: str) -> str:
    """The JSON name of a generated model's field: `lr_scheduler` is `lrScheduler`."""
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _query_value(parameter: QueryParameter, text: str) -> Any:
    kind = parameter.kind
    if issubclass(kind, Enum):
        for member in kind:
            if str(member.value) == text:
                return member
        raise Refused(f"{parameter.name} must be " + " or ".join(repr(str(member.value)) for member in kind))
    if kind is bool:
        if text not in ("true", "false"):
            raise Refused(f"{parameter.name} must be true or false")
        return text == "true"
    if kind is int:
        if not _INTEGER.fullmatch(text):
            raise Refused(f"{parameter.name} must be an integer")
        try:
            return int(text)
        except ValueError:  # more digits than int() converts
            raise Refused(f"{parameter.name} must be an integer of at most 4300 digits") from None
    if kind is float:
        value = float(text) if _NUMBER.fullmatch(text) else math.nan
        if not math.isfinite(value):
            raise Refused(f"{parameter.name} must be a finite number")
        return value
    return text


def _too_deep() -> Refused:
    return Refused(f"The body nests deeper than {MAX_REQUEST_NESTING} levels")


def _bounded(text: str) -> str:
    return text if len(text) <= _MAX_ECHO else text[:_MAX_ECHO] + "…"


class _OutOfRange(ValueError):
    pass


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _OutOfRange(text)
    return value


def _not_json(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")

"""Reads a request's query and body as its operation describes them, refusing (HTTP 400) what does not fit.

Types are checked, by the generated models and the generated client's signatures; ranges are not,
as the spec states none. A `null` in a typed field reads as absent, as the generated models read it.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, NoReturn

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
    """The body read by the operation's generated model, or `None` when it has none."""
    if operation.body is None:
        return None
    if not body.strip():
        if operation.body_required:
            raise Refused("The body must be a JSON object")
        return None
    document = json_document(body)
    try:
        return operation.body(document)
    except ParseError as error:
        raise Refused(f"Invalid body: {_bounded(str(error))}") from None


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

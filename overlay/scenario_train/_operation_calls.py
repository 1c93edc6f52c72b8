"""A call of the operations table, as the generated methods (`_async_operations`) make it: its arguments
checked by the kinds the table and its body's model give them, its request built (`_requests`), and its
answer read as the model the table gives that status.

Shared by every generated method, sync and async; no I/O. What a call reads of the table is read
once per operation, on its first call; the models it names are loaded then, not before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from typing import Any

import httpx

from scenario_train_api.api import OPERATIONS, load
from scenario_train_api.errors import ParseError

from ._body import json_or_text
from ._call_steps import Call
from ._model_calls import parse_body, with_extras
from ._requests import build

__all__ = ["BodyField", "Check", "checker", "json_names", "parser", "prepare"]

BodyField = tuple[str, str, bool]
"""A field of an operation's body as its generated method passes it: Python name, kind, required.

The kind is `str`, `int`, `float`, `bool` or `any`, a model or an enum of the table as
"module:Class", or `list[...]` of one of those."""

_SCALARS: Mapping[str, tuple[type, ...]] = {"bool": (bool,), "int": (int,), "float": (int, float), "str": (str,)}
_NAMED = {"bool": "a bool", "int": "an int", "float": "a number", "str": "a string"}

Check = Callable[[str, object], object]
"""Takes an argument's name and value; returns the value as it is sent, or raises an error naming the argument."""


def prepare(
    name: str,
    path: Sequence[object],
    query: Sequence[object],
    body: Sequence[object],
    body_fields: Sequence[BodyField],
    extras: tuple[Mapping[str, str] | None, Mapping[str, Any] | None, Mapping[str, Any] | None],
) -> Call:
    """The call of operation `name`: the values of its path, query and body in the table's order (the body's
    as `body_fields` lists them; both empty when it takes none), and the caller's `extra_headers`,
    `extra_query` and `extra_body`.

    The arguments are positional and the lengths unchecked: this is on every call's path, and
    tools/operations.py writes each call from the same table as the one read here.
    """
    plan = _plan(name)
    segments = {}
    for python_name, value in zip(plan.path, path):  # noqa: B905 (a keyword makes zip slower)
        segments[python_name] = _segment(python_name, value)
    params = {}
    for (python_name, required, check), value in zip(plan.query, query):  # noqa: B905 (a keyword makes zip slower)
        if value is not None or required:
            params[python_name] = check(python_name, value)
    payload: Any = None
    if plan.array:
        ((python_name, _, check),) = plan.body_checks(body_fields)
        items: list[Any] = check(python_name, body[0])  # type: ignore[assignment]  # a list[...] kind's check gives a list
        payload = [item.to_dict() for item in items]
    elif plan.model is not None:
        fields = {}
        for (python_name, required, check), value in zip(plan.body_checks(body_fields), body):  # noqa: B905 (a keyword makes zip slower)
            if value is not None or required:
                fields[python_name] = check(python_name, value)
        payload = plan.model(**fields).to_dict()
    # `build` gives the call the read that finds out what became of it, when its outcome is unknown.
    call = build(name, segments, params, payload, subject=segments.get("model_id"))
    headers, more_query, more_body = extras
    if headers is None and more_query is None and more_body is None:
        return call
    return with_extras(call, headers, more_query, more_body)


def parser(name: str) -> Callable[[httpx.Response], Any]:
    """Reads a successful answer of operation `name` as the model the table gives its status (None: no body)."""
    return _parsers(name)


@functools.cache
def checker(kind: str, required: bool = False) -> Check:
    """Checks a value of `kind` (see `BodyField`): its type, never its range nor whether an enum lists it.

    A value of a model may be the model or a mapping of its fields, each by its JSON name or by its
    Python name (`source_id`, as the vendor's TypedDicts write it); an enum's, any non-blank string
    (or int, for an enum of ints).
    """
    or_none = "" if required else " or None"
    if kind in _SCALARS:
        types, named = _SCALARS[kind], _NAMED[kind]
        strict = kind != "bool"  # True is an int to Python, not to the API

        def scalar(name: str, value: object) -> object:
            if isinstance(value, types) and not (strict and isinstance(value, bool)):
                return value
            raise TypeError(f"{name} must be {named}{or_none}, not {type(value).__name__}")

        return scalar
    if kind == "any":
        return lambda name, value: value
    if kind.startswith("list[") and kind.endswith("]"):
        item = checker(kind[5:-1], True)

        def listed(name: str, value: object) -> object:
            if not isinstance(value, list | tuple):
                raise TypeError(f"{name} must be a list{or_none}, not {type(value).__name__}")
            return [item(f"{name}[{index}]", each) for index, each in enumerate(value)]

        return listed
    loaded = load(kind)
    if issubclass(loaded, Enum):
        return _enum_checker(loaded)
    return _model_checker(loaded, or_none)


def _enum_checker(enum: type[Enum]) -> Check:
    members = enum._value2member_map_
    examples = " or ".join(repr(member.value) for member in list(enum)[:3])
    text = issubclass(enum, str)

    def listed_or_not(name: str, value: object) -> object:
        member = members.get(value) if type(value) is str or isinstance(value, enum) else None
        if member is not None:
            return member
        if text and isinstance(value, str) and value.strip():
            return enum(value)
        if not text and isinstance(value, int) and not isinstance(value, bool):
            return enum(value)
        raise ValueError(f"{name} must be a non-blank {'string' if text else 'int'} such as {examples}, not {value!r}")

    return listed_or_not


def _model_checker(model: Any, or_none: str) -> Check:
    def model_or_mapping(name: str, value: object) -> object:
        if isinstance(value, model):
            return value
        if isinstance(value, Mapping):
            try:
                return model.from_dict(_by_json_names(model, name, value))
            except ParseError as exc:
                raise ValueError(f"{name}{exc.path[1:]}: {exc.problem}") from None
        raise TypeError(
            f"{name} must be a {model.__name__} or a mapping of its JSON fields{or_none}, not {type(value).__name__}"
        )

    return model_or_mapping


def _by_json_names(model: Any, name: str, value: Mapping[Any, Any]) -> Mapping[Any, Any]:
    """The mapping with each field given by its Python name renamed to its JSON name; any other key kept."""
    names = json_names(model)
    if not names.keys() & value.keys():
        return value
    renamed: dict[Any, Any] = {}
    for key, each in value.items():
        wire = names.get(key, key)
        if wire in renamed:
            raise ValueError(f"{name}: {wire!r} is given twice, once as {key!r}")
        renamed[wire] = each
    return renamed


@functools.cache
def json_names(model: Any) -> Mapping[str, str]:
    """`source_id` -> `sourceId` for each field of the model whose two names differ (tests check the spec agrees)."""
    import attrs

    names = {}
    for field in attrs.fields(model):
        if not field.init:
            continue
        head, *rest = field.name.rstrip("_").split("_")
        wire = head + "".join(part[:1].upper() + part[1:] for part in rest)
        if wire != field.name:
            names[field.name] = wire
    return names


def _segment(name: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{name} must not be blank")
    return value


def _query_string(name: str, value: object) -> object:
    """A string of the query is an id or a token: a blank one is a mistake, not a value."""
    if isinstance(value, str) and value.strip():
        return value
    raise ValueError(f"{name} must be a non-blank string or None, not {value!r}")


class _Plan:
    """What a call of one operation reads of the table, read on its first call."""

    def __init__(self, name: str) -> None:
        operation = OPERATIONS[name]
        self.path = tuple(parameter.python_name for parameter in operation.path_parameters)
        self.query = tuple(
            (
                parameter.python_name,
                parameter.required,
                _query_string if parameter.kind == "str" else checker(parameter.kind, parameter.required),
            )
            for parameter in operation.query_parameters
        )
        self.model: Any = None if operation.body is None else load(operation.body)
        self.array = operation.body_array
        self._body: tuple[tuple[str, bool, Check], ...] | None = None

    def body_checks(self, fields: Sequence[BodyField]) -> tuple[tuple[str, bool, Check], ...]:
        """The checks of the body's fields, as the generated method lists them (always the same list)."""
        if self._body is None:
            self._body = tuple((name, required, checker(kind, required)) for name, kind, required in fields)
        return self._body


@functools.cache
def _plan(name: str) -> _Plan:
    return _Plan(name)


@functools.cache
def _parsers(name: str) -> Callable[[httpx.Response], Any]:
    operation = OPERATIONS[name]
    path = operation.path
    for parameter in operation.path_parameters:
        path = path.replace("{" + parameter.python_name + "}", "{" + parameter.name + "}")
    what = f"the answer to {operation.method} {path} could not be read"
    responses = operation.responses
    readers: dict[int, Callable[[dict[str, Any]], Any] | None] = {}
    """Each status answered so far and its model's reader: a model is loaded when its status first answers."""

    def parse(response: httpx.Response) -> Any:
        code = response.status_code
        if code not in readers:
            reference = responses.get(str(code)) or responses.get(str(code)[0] + "XX")
            readers[code] = None if reference is None else load(reference).from_dict
        read = readers[code]
        if read is None:  # no schema for this answer: what JSON it holds, as the vendor's SDK gives it
            return json_or_text(response.content) if response.content else None
        return parse_body(response, read, what)

    return parse

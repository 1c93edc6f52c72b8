"""The client's methods for the operations of the table that have no hand-written one.

An operation of the spec whose `x-sdk-method` names no method written in the resources (say
`models.retrieve_thumbnail`) is offered there all the same, sync and async and under
`with_raw_response`, made from its entry in `scenario_train_api.api.OPERATIONS`: its path parameters
positional, its query parameters by their Python names, a `body` when it takes one, and the vendor's
`extra_headers`, `extra_query`, `extra_body` and `timeout`. Its docstring is the spec's summary and
description; it returns the model the spec gives its answer's status.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

import httpx

from scenario_train_api.api import OPERATIONS, Operation, Parameter, load

from ._call_steps import Call
from ._model_calls import parse_body, with_extras
from ._requests import build

__all__ = ["method_for", "prefix_of"]

_EXTRAS = ("extra_headers", "extra_query", "extra_body", "timeout")
_KINDS: Mapping[str, type | tuple[type, ...]] = {"bool": bool, "int": int, "float": (int, float), "str": str}


def prefix_of(path: str) -> bool:
    """Whether some operation's client method lies below `path` (`models.thumbnails`)."""
    return any(operation.sdk_method.startswith(path + ".") for operation in OPERATIONS.values())


def method_for(resource: Any, path: str) -> Callable[..., Any] | None:
    """The method at `path` (`models.retrieve_thumbnail`) of `resource`, made from the table; None if none is."""
    found = [operation for operation in OPERATIONS.values() if operation.sdk_method == path]
    if not found:
        return None
    operation = found[0]
    prepare = functools.partial(_prepare, operation)
    parse = functools.partial(_parse, operation)

    async def awaited(*args: Any, **kwargs: Any) -> Any:
        call, timeout = prepare(args, kwargs)
        return await resource._acall(call, parse, timeout)

    def blocking(*args: Any, **kwargs: Any) -> Any:
        call, timeout = prepare(args, kwargs)
        return resource._call(call, parse, timeout)

    method: Callable[..., Any] = awaited if inspect.iscoroutinefunction(resource._client._send) else blocking
    method.__name__ = method.__qualname__ = path.rsplit(".", 1)[-1]
    method.__doc__ = describe(operation)
    method.__signature__ = signature(operation)  # type: ignore[attr-defined]
    return method


def describe(operation: Operation) -> str:
    text = operation.summary or operation.name
    lines = [f"{text.rstrip('.')} (`{operation.method} {operation.path}`)."]
    if operation.description:
        lines += ["", operation.description]
    return "\n".join(lines)


def signature(operation: Operation) -> inspect.Signature:
    """The method's parameters: the path's positional, then keywords; every optional one defaults to None."""
    positional = inspect.Parameter.POSITIONAL_OR_KEYWORD
    keyword = inspect.Parameter.KEYWORD_ONLY
    parameters = [
        inspect.Parameter(p.python_name, positional, annotation=_annotation(p)) for p in operation.path_parameters
    ]
    for parameter in operation.query_parameters:
        default = inspect.Parameter.empty if parameter.required else None
        annotation = _annotation(parameter) + ("" if parameter.required else " | None")
        parameters.append(inspect.Parameter(parameter.python_name, keyword, default=default, annotation=annotation))
    if operation.body is not None:
        body = operation.body.rsplit(":", 1)[1]
        default = inspect.Parameter.empty if operation.body_required else None
        suffix = "" if operation.body_required else " | None"
        parameters.append(
            inspect.Parameter("body", keyword, default=default, annotation=f"{body} | Mapping[str, Any]{suffix}")
        )
    for name in _EXTRAS:
        parameters.append(inspect.Parameter(name, keyword, default=None))
    return inspect.Signature(parameters, return_annotation=result_type(operation))


def result_type(operation: Operation) -> str:
    """The models of the operation's successful answers: `TrainModelResponse | DryRunEstimate`."""
    names = [
        model.rsplit(":", 1)[1] for status, model in operation.responses.items() if status.startswith("2") and model
    ]
    return " | ".join(dict.fromkeys(names)) or "None"


def _annotation(parameter: Parameter) -> str:
    return parameter.kind.rsplit(":", 1)[-1]


def _prepare(operation: Operation, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Call, Any]:
    bound = signature(operation).bind(*args, **kwargs).arguments
    path = {}
    for parameter in operation.path_parameters:
        value = bound[parameter.python_name]
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{parameter.python_name} must be a non-blank string, not {value!r}")
        path[parameter.python_name] = value
    query = {}
    for parameter in operation.query_parameters:
        value = bound.get(parameter.python_name)
        if value is not None:
            query[parameter.python_name] = _checked(parameter, value)
    body = bound.get("body")
    if body is not None and not isinstance(body, Mapping):
        body = body.to_dict()
    first = next(iter(path.values()), None)
    call = build(operation.name, path, query, body, subject=first)
    extras = [bound.get(name) for name in _EXTRAS]
    return with_extras(call, extras[0], extras[1], extras[2]), extras[3]


def _checked(parameter: Parameter, value: object) -> object:
    if ":" in parameter.kind:
        enum: type[Enum] = load(parameter.kind)
        return enum(value)
    kind = _KINDS[parameter.kind]
    if (isinstance(value, bool) and parameter.kind != "bool") or not isinstance(value, kind):
        raise TypeError(f"{parameter.python_name} must be {parameter.kind} or None, not {type(value).__name__}")
    return value


def _parse(operation: Operation, response: httpx.Response) -> Any:
    status = str(response.status_code)
    reference = operation.responses.get(status, operation.responses.get(status[0] + "XX"))
    if reference is None:
        return None
    model = load(reference)
    return parse_body(response, model.from_dict, f"{operation.method} {operation.path}")

"""The read of a model that the hand-written calls make (the polls of `wait`, the look at the model after a
trigger or a cancel whose outcome is unknown), and what every call shares: the checks of its
arguments, the caller's extras, and the reading of its answer.

The trigger's own parts are in `_trigger`, the generated methods' in `_operation_calls`. Everything
here is shared by the sync and async clients and does no I/O; requests are built from the generated
operations table (`_requests`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import httpx

from scenario_train_api.errors import ParseError
from scenario_train_api.models import ModelResponse

from . import _drift
from ._body import BodyError, decode_json
from ._call_steps import Call
from ._errors import APIResponseValidationError
from ._requests import build

__all__ = [
    "checked_model_id",
    "model_call",
    "optional_flag",
    "optional_str",
    "parse_body",
    "parse_model",
    "with_extras",
]

T = TypeVar("T")


def checked_model_id(model_id: object) -> str:
    if not isinstance(model_id, str):
        raise TypeError(f"model_id must be a string, not {type(model_id).__name__}")
    if not model_id.strip():
        raise ValueError("model_id must not be blank")
    return model_id


def optional_str(name: str, value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-blank string or None, not {value!r}")
    return value


def optional_flag(name: str, value: object) -> bool | None:
    if value is None:
        return None
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool or None, not {value!r}")
    return value


def with_extras(
    call: Call,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> Call:
    """The call with the caller's extras, as in the vendor's SDK: headers and query over the call's own,
    and `extra_body` merged at the top level of a JSON body (a read has none, so it is dropped there)."""
    if extra_headers is None and extra_query is None and extra_body is None:
        return call
    headers = _mapping("extra_headers", extra_headers)
    if any(not isinstance(value, str) for value in headers.values()):
        raise TypeError("extra_headers values must be strings")
    params = {**call.params, **_mapping("extra_query", extra_query)}
    body = call.json
    if extra_body is not None and call.method.upper() != "GET":
        body = {**(body or {}), **_mapping("extra_body", extra_body)}
    return call._replace(params=params, json=body, headers={**(call.headers or {}), **headers} or None)


def _mapping(name: str, value: object) -> Mapping[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(key, str) for key in value):
        raise TypeError(f"{name} must be a mapping with string keys, not {type(value).__name__}")
    return value


def model_call(model_id: str, *, project_id: str | None, original_assets: bool | None = None) -> Call:
    model_id = checked_model_id(model_id)
    query = {
        "project_id": optional_str("project_id", project_id),
        "original_assets": optional_flag("original_assets", original_assets),
    }
    return build("get_model", {"model_id": model_id}, query, subject=model_id)


def parse_body(response: httpx.Response, parse: Callable[[dict[str, Any]], T], what: str) -> T:
    try:
        body = decode_json(response.content)
    except BodyError as exc:
        raise APIResponseValidationError(
            f"The server answered {response.status_code} but {exc}: {what}", response=response, body=None
        ) from None
    if not isinstance(body, dict):
        problem = "is empty" if body is None else "is not a JSON object"
        raise APIResponseValidationError(
            f"The server answered {response.status_code} but the body {problem}: {what}",
            response=response,
            body=body,
        )
    try:
        return _drift.noticed(parse(body), body)
    except ParseError as exc:
        raise APIResponseValidationError(
            f"The server answered {response.status_code} but the body does not match the schema at "
            f"{exc.path} ({exc.problem}): {what}",
            response=response,
            body=body,
        ) from exc


def parse_model(response: httpx.Response) -> ModelResponse:
    return parse_body(response, ModelResponse.from_dict, "the model could not be read")

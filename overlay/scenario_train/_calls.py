"""Checking a call's arguments, building it with the generated request builders, and reading its answer.

Everything here is shared by the sync and async clients and does no I/O.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeVar

import attrs
import httpx

from scenario_train_api.api.models import get_model, train_model, train_model_action
from scenario_train_api.errors import ParseError
from scenario_train_api.models import (
    DryRunEstimate,
    DryRunMode,
    ModelResponse,
    TrainAction,
    TrainActionRequest,
    TrainingParameters,
    TrainModelRequest,
    TrainModelResponse,
)
from scenario_train_api.types import UNSET, Unset

from . import _drift
from ._body import BodyError, decode_json, json_or_text
from ._errors import APIResponseValidationError
from ._flow import Call
from ._retry import Effect

__all__ = [
    "DryRun",
    "model_call",
    "parse_model",
    "parse_trigger",
    "train_action_call",
    "train_call",
    "wire_name",
    "with_extras",
]

DryRun = bool | Literal["true", "api"] | None
T = TypeVar("T")


def _model_id(model_id: object) -> str:
    if not isinstance(model_id, str):
        raise TypeError(f"model_id must be a string, not {type(model_id).__name__}")
    if not model_id.strip():
        raise ValueError("model_id must not be blank")
    return model_id


def _path(url: str, model_id: str) -> str:
    # `quote` leaves dots alone, and HTTP clients resolve "." and ".." segments: keep them one segment.
    if model_id.strip("."):
        return url
    segments = url.split("/")
    segments[segments.index(model_id)] = "%2E" * len(model_id)
    return "/".join(segments)


def _optional_str(name: str, value: object) -> str | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-blank string or None, not {value!r}")
    return value


def _dry_run(value: object) -> DryRunMode | Unset:
    if value is None or value is False:
        return UNSET
    if value is True or value == "true":
        return DryRunMode.TRUE
    if value == "api":
        return DryRunMode.API
    raise ValueError(f"dry_run must be True, False, None, 'true' or 'api', not {value!r}")


def _parameters(parameters: object) -> dict[str, Any] | None:
    """The parameters as they are sent, checked by the spec's types (not its ranges)."""
    if parameters is None:
        return None
    if isinstance(parameters, TrainingParameters):
        return parameters.to_dict()
    if not isinstance(parameters, Mapping):
        raise TypeError(
            f"parameters must be a mapping of wire names (e.g. {{'batchSize': 2}}) or a TrainingParameters, "
            f"not {type(parameters).__name__}"
        )
    wire = _wire_keys(parameters)
    _check_types(wire)
    return wire  # what the check read, as it is: it is sent as given


_SCALARS = frozenset({str, int, float, bool, type(None)})
_PASSED: set[tuple[tuple[str, ...], tuple[type, ...]]] = set()
_PASSED_MAX = 256


def _check_types(wire: dict[str, Any]) -> None:
    """`TrainingParameters.from_dict` on the parameters; `ValueError` naming the one it refuses.

    It refuses a scalar by its type alone, never by its value: so names and scalar types that passed
    once pass again, and are remembered (up to `_PASSED_MAX` such sets) instead of parsed on every call.
    """
    types = tuple(map(type, wire.values()))
    signature = (tuple(wire), types) if _SCALARS.issuperset(types) else None
    if signature is not None and signature in _PASSED:
        return
    try:
        TrainingParameters.from_dict(wire)
    except ParseError as exc:
        raise ValueError(f"parameters{exc.path[1:]}: {exc.problem}") from None
    if signature is not None and len(_PASSED) < _PASSED_MAX:
        _PASSED.add(signature)


def _wire_keys(parameters: Mapping[Any, Any]) -> dict[str, Any]:
    """The vendor's SDK takes `learning_rate` for `learningRate`: so does this one. Unknown keys pass as they are."""
    names = _python_to_wire()
    wire: dict[str, Any] = {}
    given_as: dict[str, str] = {}
    for key, value in parameters.items():
        if not isinstance(key, str):
            raise TypeError(f"parameter names must be strings, not {key!r}")
        name = names.get(key, key)
        if name in wire:
            raise ValueError(f"parameter {name!r} is given twice (as {given_as[name]!r} and {key!r})")
        wire[name] = value
        given_as[name] = key
    return wire


def wire_name(name: str) -> str:
    """The API's name for a training parameter given by its API name or its snake_case name."""
    return _python_to_wire().get(name, name)


@functools.cache
def _python_to_wire() -> dict[str, str]:
    """`learning_rate` -> `learningRate` for every field of TrainingParameters whose two names differ."""
    names = {}
    for field in attrs.fields(TrainingParameters):
        head, *rest = field.name.split("_")
        if rest and head and field.name != "additional_properties":
            names[field.name] = head + "".join(part[:1].upper() + part[1:] for part in rest)
    return names


def _optional_flag(name: str, value: object) -> bool | Unset:
    if value is None:
        return UNSET
    if not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool or None, not {value!r}")
    return value


def _optional_count(name: str, value: object) -> int | Unset:
    """Any integer: the spec states no range, and the server is the judge of one."""
    if value is None:
        return UNSET
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int or None, not {type(value).__name__}")
    return value


def _call(
    kwargs: dict[str, Any], model_id: str, *, effect: Effect = "none", check: Callable[[], Call] | None = None
) -> Call:
    return Call(kwargs["method"], _path(kwargs["url"], model_id), kwargs["params"], kwargs.get("json"), effect, check)


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


def train_call(
    model_id: str,
    *,
    parameters: Mapping[str, Any] | TrainingParameters | None,
    project_id: str | None,
    dry_run: DryRun,
    original_assets: bool | None,
    training_images_count: int | None,
) -> Call:
    model_id = _model_id(model_id)
    mode = _dry_run(dry_run)
    wire = _parameters(parameters)
    kwargs = train_model._get_kwargs(
        model_id,
        body=TrainModelRequest(),
        dry_run=mode,
        original_assets=_optional_flag("original_assets", original_assets),
        project_id=_optional_str("project_id", project_id),
        training_images_count=_optional_count("training_images_count", training_images_count),
    )
    if wire is not None:
        kwargs["json"] = {**kwargs["json"], "parameters": wire}
    if mode is not UNSET:
        return _call(kwargs, model_id)  # an estimate starts nothing: it may be sent again
    return _call(kwargs, model_id, effect="train", check=functools.partial(model_call, model_id, project_id=project_id))


def model_call(model_id: str, *, project_id: str | None, original_assets: bool | None = None) -> Call:
    model_id = _model_id(model_id)
    kwargs = get_model._get_kwargs(
        model_id,
        project_id=_optional_str("project_id", project_id),
        original_assets=_optional_flag("original_assets", original_assets),
    )
    return _call(kwargs, model_id)


def train_action_call(model_id: str, *, action: str, project_id: str | None) -> Call:
    model_id = _model_id(model_id)
    if not isinstance(action, str) or not action.strip():
        raise ValueError(f"action must be a non-blank string such as 'cancel', not {action!r}")
    kwargs = train_model_action._get_kwargs(
        model_id,
        body=TrainActionRequest(action=TrainAction(action)),
        project_id=_optional_str("project_id", project_id),
    )
    return _call(
        kwargs, model_id, effect="cancel", check=functools.partial(model_call, model_id, project_id=project_id)
    )


def _parse(response: httpx.Response, parse: Callable[[dict[str, Any]], T], what: str) -> T:
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


def parse_trigger(response: httpx.Response, *, dry_run: DryRun) -> TrainModelResponse | DryRunEstimate:
    """269 is the dry-run estimate; any other success is a training that started."""
    estimating = _dry_run(dry_run) is not UNSET
    if response.status_code == 269:
        if not estimating:
            raise APIResponseValidationError(
                "The server answered 269 (a dry-run estimate) to a trigger: no training started",
                response=response,
                body=json_or_text(response.content),
            )
        return _parse(response, DryRunEstimate.from_dict, "no training started")
    started = "the training started"
    if estimating:
        raise APIResponseValidationError(
            f"The server answered {response.status_code} to a dry run instead of 269: {started}",
            response=response,
            body=json_or_text(response.content),
        )
    return _parse(response, TrainModelResponse.from_dict, started)


def parse_model(response: httpx.Response) -> ModelResponse:
    return _parse(response, ModelResponse.from_dict, "the model could not be read")

"""A training's trigger: checking its arguments and parameters, building it, and reading its answer.

Apart from the other calls, so that a program that only reads models (`scenario-train status`) does
not load the classes of the trigger's answer. Shared by the sync and async clients; no I/O.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal

import attrs
import httpx

from scenario_train_api.errors import ParseError
from scenario_train_api.models import (
    DryRunEstimate,
    DryRunMode,
    TrainingParameters,
    TrainModelRequest,
    TrainModelResponse,
)
from scenario_train_api.types import UNSET, Unset

from ._body import json_or_text
from ._call_steps import Call
from ._errors import APIResponseValidationError
from ._model_calls import checked_model_id, optional_flag, optional_str, parse_body, with_extras
from ._requests import build

# `with_extras` too, so that a trigger imports one module per call, not two.
__all__ = ["DryRun", "parse_trigger", "train_call", "wire_name", "with_extras"]

DryRun = bool | Literal["true", "api"] | None


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


def _optional_count(name: str, value: object) -> int | None:
    """Any integer: the spec states no range, and the server is the judge of one."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int or None, not {type(value).__name__}")
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
    model_id = checked_model_id(model_id)
    mode = _dry_run(dry_run)
    wire = _parameters(parameters)
    query = {
        "dry_run": None if mode is UNSET else mode,
        "original_assets": optional_flag("original_assets", original_assets),
        "project_id": optional_str("project_id", project_id),
        "training_images_count": _optional_count("training_images_count", training_images_count),
    }
    body = TrainModelRequest().to_dict()
    if wire is not None:
        body = {**body, "parameters": wire}
    call = build(
        "train_model",
        {"model_id": model_id},
        query,
        body,
        subject=model_id,
    )
    if mode is not UNSET:
        return call._replace(effect="none", check=None)  # an estimate starts nothing: it may be sent again
    return call


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
        return parse_body(response, DryRunEstimate.from_dict, "no training started")
    started = "the training started"
    if estimating:
        raise APIResponseValidationError(
            f"The server answered {response.status_code} to a dry run instead of 269: {started}",
            response=response,
            body=json_or_text(response.content),
        )
    return parse_body(response, TrainModelResponse.from_dict, started)

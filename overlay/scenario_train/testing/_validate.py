"""Reads a request's query and body, refusing (HTTP 400) what the service cannot use.

Types are checked, ranges are not: the real service is the judge of those.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from ._state import DEFAULT_PARAMETERS, Refused


@dataclass(frozen=True, slots=True)
class TriggerOptions:
    dry_run: bool
    training_images_count: int | None


def json_object(body: bytes, *, required: bool) -> dict[str, Any]:
    if not body.strip():
        if required:
            raise Refused("The body must be a JSON object")
        return {}
    try:
        document = json.loads(body, parse_constant=_refuse_constant)
    except ValueError:
        raise Refused("The body is not valid JSON") from None
    if not isinstance(document, dict):
        raise Refused("The body must be a JSON object")
    return document


def parsed_or_none(body: bytes) -> Any:
    try:
        return json.loads(body) if body.strip() else None
    except ValueError:
        return None


def flag(query: Mapping[str, str], name: str) -> bool:
    value = query.get(name, "false")
    if value not in ("true", "false"):
        raise Refused(f"{name} must be true or false")
    return value == "true"


def trigger_options(query: Mapping[str, str]) -> TriggerOptions:
    dry_run = query.get("dryRun")
    if dry_run not in (None, "true", "api"):
        raise Refused("dryRun must be 'true' or 'api'")
    flag(query, "originalAssets")
    count = query.get("trainingImagesCount")
    if count is not None and not count.isdigit():
        raise Refused("trainingImagesCount must be a non-negative integer")
    return TriggerOptions(dry_run is not None, None if count is None else int(count))


def training_parameters(body: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(set(body) - {"parameters"})
    if unknown:
        raise Refused(f"Unknown field: {', '.join(unknown)}")
    parameters = body.get("parameters", {})
    if not isinstance(parameters, dict):
        raise Refused("parameters must be an object")
    for name, value in parameters.items():
        default = DEFAULT_PARAMETERS.get(name)
        if default is not None and not _same_kind(value, default):
            raise Refused(f"parameters.{name} must be {_kind(default)}")
    return parameters


def train_action(body: Mapping[str, Any]) -> None:
    if body.get("action") != "cancel":
        raise Refused("action must be 'cancel'")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array of strings"
    return "something else"


def _same_kind(value: Any, default: Any) -> bool:
    if _kind(value) != _kind(default):
        return False
    return not isinstance(value, list) or all(isinstance(item, str) for item in value)


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")

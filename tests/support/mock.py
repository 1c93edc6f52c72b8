"""Helpers of the mock's tests: the spec's schemas (through openapi/check_spec.py), the shape of
documents and of the spec, and the documented example."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx

from scenario_train.testing import MockScenarioAPI
from scenario_train_api.models import JsonObject, UiOutputPropertyMap, UiPropertyMap

REPO = Path(__file__).resolve().parents[2]
DOCUMENTED_EXAMPLE = REPO / "openapi" / "examples" / "train-200.json"
TRAIN = ("put", "/models/{modelId}/train")
READ = ("get", "/models/{modelId}")
ACT = ("post", "/models/{modelId}/train/action")
# Long enough for a loaded machine, short enough that a hang fails the test quickly.
TIMEOUT = 5.0

# Where free-form values and maps keyed by names end: their keys are data, not shape.
FREE_FORM = (
    ".input",
    ".output",
    ".default",
    ".value",
    ".selects",
    ".presets[].presets",
    ".inputs[].inputs",
    ".items[][].inputs",
    ".inputProperties",
    ".outputProperties",
)
FREE_FORM_CLASSES = (JsonObject, UiOutputPropertyMap, UiPropertyMap)


def client_options(api: MockScenarioAPI, **options: Any) -> dict[str, Any]:
    """Options of an httpx client of the mock, with its credentials, overridden by `options`."""
    # Plain HTTP: `verify=False` spares loading the CA bundle, a tenth of a second per client.
    defaults = {"base_url": api.base_url, "auth": (api.api_key, api.api_secret), "timeout": TIMEOUT, "verify": False}
    return {**defaults, **options}


def loopback_client(api: MockScenarioAPI, **options: Any) -> httpx.Client:
    return httpx.Client(**client_options(api, **options))


@cache
def _check_spec() -> ModuleType:
    path = REPO / "openapi" / "check_spec.py"
    found = importlib.util.spec_from_file_location("check_spec", path)
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    return module


@cache
def spec() -> dict[str, Any]:
    """The spec, loaded once: do not change it."""
    loaded: dict[str, Any] = _check_spec().load_spec()
    return loaded


def spec_operations() -> dict[str, dict[str, Any]]:
    """Each operation of the spec by operationId, with its `method` (upper case) and `path` added."""
    found = {}
    for path, item in spec()["paths"].items():
        for method, described in item.items():
            if method in ("get", "put", "post", "patch", "delete"):
                found[described["operationId"]] = {**described, "method": method.upper(), "path": path}
    return found


def response_schema(operation: tuple[str, str], status: int) -> dict[str, Any]:
    """The schema the spec documents for this status of this operation (exact, then `5XX`)."""
    method, path = operation
    responses = spec()["paths"][path][method]["responses"]
    documented = responses.get(str(status)) or responses.get(f"{status // 100}XX")
    assert documented is not None, f"{method.upper()} {path} documents no {status}"
    if "$ref" in documented:
        documented = spec()["components"]["responses"][documented["$ref"].rsplit("/", 1)[1]]
    schema: dict[str, Any] = documented["content"]["application/json"]["schema"]
    return schema


def component(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def schema(name: str) -> dict[str, Any]:
    """The spec's schema `name`, as written (references unresolved)."""
    found: dict[str, Any] = spec()["components"]["schemas"][name]
    return found


def schema_errors(schema: dict[str, Any], document: Any) -> list[str]:
    validator = _check_spec().schema_validator(spec(), schema)
    return [f"{error.json_path}: {error.message}" for error in validator.iter_errors(document)]


def valid_answer(response: httpx.Response, operation: tuple[str, str]) -> Any:
    """The JSON body, checked against the spec's schema for the operation and status."""
    assert response.headers["content-type"].startswith("application/json")
    document = response.json()
    assert schema_errors(response_schema(operation, response.status_code), document) == []
    return document


def valid_error(response: httpx.Response) -> str:
    """The message of an error answer, checked against the spec's ErrorBody."""
    document = response.json()
    assert schema_errors(component("ErrorBody"), document) == []
    message: str = document["message"]
    return message


def shape(document: Any, at: str = "$") -> set[str]:
    """Every key path of a document (`$.job.metadata.flow[].id`), free-form values left out.

    Items of a list are expected to have the same keys; a key some lack is marked as such.
    """
    if at.endswith(FREE_FORM):
        return set()
    if isinstance(document, list):
        shapes = [shape(item, f"{at}[]") for item in document]
        everywhere = set.intersection(*shapes) if shapes else set()
        return everywhere | {f"{path} (in some items only)" for path in set().union(*shapes) - everywhere}
    if isinstance(document, dict):
        return {path for key, value in document.items() for path in {f"{at}.{key}", *shape(value, f"{at}.{key}")}}
    return set()


def spec_shape(name: str) -> set[str]:
    """Every key path that the spec's schema `name` declares, as `shape` gives them for a document
    holding every field, with one item in every list."""
    return _spec_shape(component(name), "$")


def _spec_shape(declared: dict[str, Any], at: str) -> set[str]:
    if "$ref" in declared:
        return _spec_shape(schema(declared["$ref"].rsplit("/", 1)[1]), at)
    if at.endswith(FREE_FORM):
        return set()
    if "allOf" in declared:
        return set().union(*(_spec_shape(part, at) for part in declared["allOf"]))
    if "items" in declared:
        return _spec_shape(declared["items"], f"{at}[]")
    properties: dict[str, Any] = declared.get("properties", {})
    return {path for key, value in properties.items() for path in {f"{at}.{key}", *_spec_shape(value, f"{at}.{key}")}}


def documented_example() -> Any:
    return json.loads(DOCUMENTED_EXAMPLE.read_text(encoding="utf-8"))


def stray_fields(parsed: Any, at: str = "$") -> Iterator[str]:
    """Keys that landed in `additional_properties` of a generated class that declares fields."""
    if isinstance(parsed, list):
        for item in parsed:
            yield from stray_fields(item, f"{at}[]")
    elif attrs.has(type(parsed)) and not isinstance(parsed, FREE_FORM_CLASSES):
        yield from (f"{at}.{key}" for key in getattr(parsed, "additional_properties", {}))
        for field in attrs.fields(type(parsed)):
            if field.name != "additional_properties":
                yield from stray_fields(getattr(parsed, field.name), f"{at}.{field.name}")

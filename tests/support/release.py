"""Small synthetic specs and packages for the release check's rule tests."""

from __future__ import annotations

import copy
import textwrap
from pathlib import Path
from typing import Any

from release_check.changes import Change, Kind


def base_spec() -> dict[str, Any]:
    """One trigger with a query parameter, a request body, and a response with an enum and a nested object."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/models/{modelId}/train": {
                "put": {
                    "operationId": "trainModel",
                    "parameters": [
                        {"name": "modelId", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "projectId", "in": "query", "required": False, "schema": {"type": "string"}},
                    ],
                    "requestBody": {
                        "required": False,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Params"}}},
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Params": {"type": "object", "properties": {"batchSize": {"type": "number"}}},
                "Answer": {
                    "type": "object",
                    "required": ["model"],
                    "properties": {"model": {"$ref": "#/components/schemas/Model"}, "cost": {"type": "number"}},
                },
                "Model": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"$ref": "#/components/schemas/Status"},
                        "name": {"type": "string"},
                        "tags": {"type": "array", "items": {"type": "string"}},
                    },
                },
                "Status": {"type": "string", "enum": ["new", "training", "trained"]},
            }
        },
    }


def changed(edit: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    old = base_spec()
    new = copy.deepcopy(old)
    edit(new)
    return old, new


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = spec["components"]["schemas"]
    return result


def parameters(spec: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = spec["paths"]["/models/{modelId}/train"]["put"]["parameters"]
    return result


def kinds_at(changes: list[Change], where: str) -> list[Kind]:
    return [change.kind for change in changes if change.where == where]


# ------------------------------------------------------------------------ Python packages
CLIENT = """
from ._client import Client
from ._version import __version__

__all__ = ["Client", "__version__"]
"""
CLIENT_MODULE = """
from ._resources import Models

__all__ = ["Client"]


class Client:
    models: Models

    def __init__(self, api_key: str | None = None) -> None:
        self.models = Models()

    def close(self) -> None: ...
"""
RESOURCES = """
__all__ = ["Models"]


class Models:
    def trigger(self, model_id: str, *, project_id: str | None = None) -> None: ...
"""
API_INIT = '''
"""The generated package."""
'''
API_MODELS = """
from .thing import Thing

__all__ = ("Thing",)
"""
THING = """
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class Thing:
    id: str
    status: str
    name: str | Unset = UNSET
    additional_properties: dict[str, object] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, object]:
        return {}
"""
TYPES = """
class Unset: ...


UNSET = Unset()
"""


def write_packages(root: Path, *, added: dict[str, str] | None = None, **replace: str) -> Path:
    """Both packages under `root` (overlay/ and generated/), with file texts replaced (or added) by name, and the
    `added` modules of the client (`{"_sync_client": text}`)."""
    files = {
        "overlay/scenario_train/__init__.py": CLIENT,
        "overlay/scenario_train/_client.py": CLIENT_MODULE,
        "overlay/scenario_train/_resources.py": RESOURCES,
        "overlay/scenario_train/_version.py": '__version__ = "0.1.0"\n',
        "generated/scenario_train_api/__init__.py": API_INIT,
        "generated/scenario_train_api/types.py": TYPES,
        "generated/scenario_train_api/models/__init__.py": API_MODELS,
        "generated/scenario_train_api/models/thing.py": THING,
    }
    for key, text in replace.items():
        known = [name for name in files if Path(name).stem.lstrip("_") == key]
        files[known[0] if known else f"overlay/scenario_train/_{key}.py"] = text  # a module of the client added
    for module, text in (added or {}).items():
        files[f"overlay/scenario_train/{module}.py"] = text
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip())
    return root

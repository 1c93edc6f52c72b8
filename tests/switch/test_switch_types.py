"""A switching user's type imports keep working: each type the vendor's SDK gives the answer of an operation of the
spec (and its training parameters' TypedDict, `Parameters`) is importable from the same module path under
`scenario_train.types` as under `scenario_sdk.types`, as an alias of the generated model of that answer.

The names are found by walking the vendor's SDK from each operation's `x-sdk-method`, so an operation added to the
spec fails here until its vendor names are aliased.
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from types import ModuleType
from typing import Any, NamedTuple

import pydantic
import pytest

import scenario_train.types
from scenario_train_api.api import OPERATIONS, load
from scenario_train_api.models.training_parameters import TrainingParametersDict
from tests.support.vendor import answer_type, params_type

VENDOR = "scenario_sdk.types"
OURS = "scenario_train.types"


class Alias(NamedTuple):
    module: str
    """Below `scenario_sdk.types`: `models.train_trigger_response`."""
    name: str
    ours: Any
    """What the name must be here: the generated model (or TypedDict)."""

    def __str__(self) -> str:
        return f"{self.module}.{self.name}"


def page_item(page: type) -> Any:
    """The type of the items of a page: of the one list field of a generated page, or of a vendor cursor."""
    if issubclass(page, pydantic.BaseModel):
        [field] = [field for field in page.model_fields.values() if typing.get_origin(field.annotation) is list]
        return typing.get_args(field.annotation)[0]
    [hint] = [hint for hint in typing.get_type_hints(page).values() if typing.get_origin(hint) is list]
    return typing.get_args(hint)[0]


def expected_aliases() -> list[Alias]:
    found = {}
    for operation in OPERATIONS.values():
        vendor = answer_type(operation.sdk_method)
        if vendor is not object:
            ours = load(operation.responses["200"] or "")
            if typing.get_origin(vendor) is None and not vendor.__module__.startswith(VENDOR):
                vendor, ours = page_item(vendor), page_item(ours)
            module = vendor.__module__.removeprefix(VENDOR + ".")
            found[module, vendor.__name__] = Alias(module, vendor.__name__, ours)
        params = params_type(operation.sdk_method)
        module = importlib.import_module(params.__module__) if params is not None else None
        if module is not None and hasattr(module, "Parameters"):
            name = module.__name__.removeprefix(VENDOR + ".")
            found[name, "Parameters"] = Alias(name, "Parameters", TrainingParametersDict)
    return sorted(found.values(), key=str)


ALIASES = expected_aliases()


def test_the_walk_finds_the_names_of_every_answer_and_the_parameters() -> None:
    names = {alias.name for alias in ALIASES}

    assert {"TrainTriggerResponse", "ModelRetrieveResponse", "ModelListResponse", "Parameters"} <= names
    assert {"TrainingImageReplacePairsResponse", "UploadTriggerActionResponse", "JobRetrieveResponse"} <= names


@pytest.mark.parametrize("alias", ALIASES, ids=str)
def test_each_vendor_name_is_the_generated_model_at_the_same_module_path(alias: Alias) -> None:
    vendor = importlib.import_module(f"{VENDOR}.{alias.module}")
    ours = importlib.import_module(f"{OURS}.{alias.module}")

    assert hasattr(vendor, alias.name)
    assert getattr(ours, alias.name) is alias.ours
    assert alias.name in ours.__all__


@pytest.mark.parametrize("alias", ALIASES, ids=str)
def test_a_name_the_vendor_s_package_exports_ours_exports_too(alias: Alias) -> None:
    package = alias.module.rpartition(".")[0]
    vendor = importlib.import_module(f"{VENDOR}.{package}".rstrip("."))
    ours = importlib.import_module(f"{OURS}.{package}".rstrip("."))

    assert (alias.name in ours.__all__) == hasattr(vendor, alias.name)
    if hasattr(vendor, alias.name):
        assert getattr(ours, alias.name) is alias.ours


def modules(package: ModuleType) -> list[str]:
    """Every module below `package`, by its path below `scenario_train.types`."""
    found = []
    for info in pkgutil.walk_packages(package.__path__, f"{OURS}."):
        if not info.ispkg:
            found.append(info.name.removeprefix(f"{OURS}."))
    return found


def test_every_module_here_holds_the_aliases_the_walk_finds_and_no_other_name() -> None:
    expected: dict[str, set[str]] = {}
    for alias in ALIASES:
        expected.setdefault(alias.module, set()).add(alias.name)

    assert {
        module: set(importlib.import_module(f"{OURS}.{module}").__all__) for module in modules(scenario_train.types)
    } == expected


@pytest.mark.parametrize("name", ["ModelDeleteResponse", "TrainTriggerParams"])
def test_an_unknown_name_is_an_attribute_error(name: str) -> None:
    with pytest.raises(AttributeError, match=f"has no attribute '{name}'"):
        getattr(scenario_train.types, name)

"""Importing the client loads no generated model until one is used, and lazy names still behave as names.

Each import is checked in a fresh interpreter, where `sys.modules` shows exactly what the import loaded.
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import scenario_train
import scenario_train_api.models as models
from scenario_train_api.models import LrScheduler, Model, TrainingParameters

EXAMPLE = Path(__file__).resolve().parents[2] / "openapi" / "examples" / "train-200.json"


def loaded_after(statement: str) -> set[str]:
    """The modules a fresh interpreter holds after running `statement`."""
    probe = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out))


def model_modules(modules: set[str]) -> set[str]:
    return {name for name in modules if name.startswith("scenario_train_api.models.")}


def test_importing_the_client_loads_no_model_nor_attrs_asyncio_or_httpcore() -> None:
    loaded = loaded_after("import scenario_train")

    assert model_modules(loaded) == set()
    assert {"attrs", "attr", "asyncio", "httpcore"} & loaded == set()


ASYNC_CLIENT = {"scenario_train._async_client", "scenario_train._async_sender"}


def test_the_async_client_s_modules_load_on_first_use_of_async_scenario() -> None:
    """A program that only blocks loads the blocking client's modules, and none of the async one's."""
    blocking = loaded_after("import scenario_train\nscenario_train.Scenario(api_key='k', api_secret='s').close()")
    awaiting = loaded_after(
        "from scenario_train import AsyncScenario\nassert AsyncScenario.__name__ == 'AsyncScenario'"
    )

    assert "scenario_train._sync_client" in blocking
    assert ASYNC_CLIENT & blocking == set()
    assert ASYNC_CLIENT.issubset(awaiting)


def test_the_async_client_loaded_on_first_use_is_one_class_by_every_name() -> None:
    namespace: dict[str, Any] = {}
    exec("from scenario_train import *", namespace)

    assert namespace["AsyncScenario"] is scenario_train.AsyncScenario
    assert "AsyncScenario" in dir(scenario_train)


def test_the_vendor_s_type_names_load_only_what_they_name_and_the_client_loads_none_of_them() -> None:
    client = loaded_after("import scenario_train")
    package = loaded_after("import scenario_train.types, scenario_train.types.models")
    one = model_modules(loaded_after("import scenario_train\nassert scenario_train.types.ModelCreateResponse"))

    assert not {name for name in client if name.startswith("scenario_train.types")}
    assert model_modules(package) == set()
    assert "scenario_train_api.models.model_response" in one
    assert "scenario_train_api.models.train_model_response" not in one


@pytest.mark.parametrize("statement", ["import scenario_train", "import scenario_train._cli"])
def test_the_checks_of_a_training_folder_load_only_when_a_folder_is_checked(statement: str) -> None:
    local = {"scenario_train._images", "scenario_train._dataset", "scenario_train._manifest"}

    assert local & loaded_after(statement) == set()
    assert local <= loaded_after("import scenario_train._dataset, scenario_train._manifest")


def test_the_resources_load_with_the_first_client_made_and_the_table_with_the_first_call() -> None:
    resources = {f"scenario_train.{name}" for name in ("_sync_operations", "_sync_resources")}
    per_call = {"scenario_train._operation_calls", "scenario_train._requests", "scenario_train_api.api"}
    per_call |= {"scenario_train._pages", "scenario_train._upload"}  # loaded by a listing or an upload only

    imported = loaded_after("import scenario_train")
    made = loaded_after("import scenario_train\nscenario_train.Scenario(api_key='k', api_secret='s').close()")

    assert (resources | {f"scenario_train._async_{name}" for name in ("operations", "resources")}) & imported == set()
    assert resources <= made
    assert per_call & made == set()


def test_reading_the_operations_table_loads_no_model() -> None:
    loaded = loaded_after(
        "from scenario_train_api.api import OPERATIONS\n"
        "assert OPERATIONS['train_model'].responses['200'].endswith(':TrainModelResponse')"
    )

    assert model_modules(loaded) == set()
    assert "scenario_train_api.client" not in loaded


def test_a_model_loads_its_own_module_and_the_ones_it_holds_only() -> None:
    loaded = model_modules(loaded_after("from scenario_train import TrainingProgress"))

    assert "scenario_train_api.models.training_progress" in loaded
    assert "scenario_train_api.models.job" not in loaded
    assert "scenario_train_api.models.model" not in loaded


def test_the_command_line_loads_no_job_nor_the_parameters_reader_until_a_trigger() -> None:
    """`scenario-train status` reads a model: the cold start pays for that model, not for a trigger's answer."""
    loaded = loaded_after("import scenario_train._cli")

    assert "scenario_train_api.models.job" not in loaded
    assert "scenario_train._cli_params" not in loaded


def test_reading_a_model_loads_none_of_the_trigger_s_answer() -> None:
    """A program that only reads models (as `scenario-train status` does) pays for the model, not for a Job."""
    loaded = loaded_after(
        "import httpx, json, scenario_train\n"
        f"body = json.dumps({{'model': json.loads(open({str(EXAMPLE)!r}).read())['model']}}).encode()\n"
        "answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))\n"
        "client = scenario_train.Scenario(api_key='k', api_secret='s', http_client=httpx.Client(transport=answer))\n"
        "assert client.models.retrieve('model_x').model.id"
    )

    assert "scenario_train_api.models.model" in loaded
    assert {"scenario_train_api.models.job", "scenario_train_api.models.train_model_response"} & loaded == set()


@pytest.mark.parametrize("name", models.__all__)
def test_every_exported_model_name_resolves_by_attribute_and_by_from_import(name: str) -> None:
    value: Any = getattr(models, name)
    namespace: dict[str, Any] = {}
    exec(f"from scenario_train_api.models import {name}", namespace)

    assert namespace[name] is value
    assert value.__name__ == name
    assert name in dir(models)


def test_the_client_s_lazy_names_are_listed_and_resolve() -> None:
    lazy = [name for name in scenario_train.__all__ if name in {"Model", "Job", "TrainingParametersDict"}]

    assert sorted(lazy) == ["Job", "Model", "TrainingParametersDict"]
    assert all(name in dir(scenario_train) and getattr(scenario_train, name) is not None for name in lazy)


@pytest.mark.parametrize("package", [models, scenario_train], ids=["scenario_train_api.models", "scenario_train"])
def test_an_unknown_name_is_an_attribute_error(package: object) -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        package.NoSuchModel  # type: ignore[attr-defined]  # noqa: B018


def test_a_lazily_loaded_model_pickles_and_compares() -> None:
    parameters = TrainingParameters(batch_size=2, lr_scheduler=LrScheduler.COSINE)
    model = Model.from_dict(json.loads(EXAMPLE.read_text(encoding="utf-8"))["model"])

    assert pickle.loads(pickle.dumps(parameters)) == parameters
    assert pickle.loads(pickle.dumps(model)).to_dict() == model.to_dict()

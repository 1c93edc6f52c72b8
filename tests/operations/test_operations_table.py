"""The generated operations table holds each operation of the spec, with its `x-effect` and `x-sdk-method`;
the calls the client builds take their method, path and effect from it, and the generation refuses an
operation that declares no effect."""

from __future__ import annotations

import copy
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from scenario_train import _model_calls, _operation_calls, _trigger
from scenario_train._call_steps import Call
from scenario_train._retry import retry_effect
from scenario_train_api.api import OPERATIONS, load
from scenario_train_api.models import DryRunEstimate, ErrorBody, TrainModelResponse
from tests.support.mock import REPO, spec
from tests.support.scripts import load_script

SPEC_METHODS = ("get", "put", "post", "patch", "delete")


def generator_script() -> ModuleType:
    return load_script("openapi/generate.py")


def spec_operations() -> dict[str, dict[str, Any]]:
    """Each operation of the spec by operationId, with its method and path."""
    found = {}
    for path, item in spec()["paths"].items():
        for method, described in item.items():
            if method in SPEC_METHODS:
                found[described["operationId"]] = {**described, "method": method.upper(), "path": path}
    return found


def test_the_table_holds_each_operation_of_the_spec_with_its_extensions() -> None:
    described = spec_operations()
    by_path = {(entry.method, entry.path.replace("{model_id}", "{modelId}")): entry for entry in OPERATIONS.values()}

    assert len(OPERATIONS) == len(described)
    for operation in described.values():
        entry = by_path[operation["method"], operation["path"]]
        assert (entry.effect, entry.sdk_method) == (operation["x-effect"], operation["x-sdk-method"])
        assert entry.summary == operation["summary"]


def test_the_table_names_the_models_of_the_trigger_s_answers_and_loads_them_on_use() -> None:
    responses = OPERATIONS["train_model"].responses

    assert load(responses["200"] or "") is TrainModelResponse
    assert load(responses["269"] or "") is DryRunEstimate
    assert load(responses["5XX"] or "") is ErrorBody


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (_model_calls.model_call("m1", project_id="p"), "get_model"),
        (
            _operation_calls.prepare(
                "train_model_action",
                path=("m1",),
                query=(None,),
                body=("cancel",),
                body_fields=(("action", "..models.train_action:TrainAction", True),),
                extras=(None, None, None),
            ),
            "train_model_action",
        ),
        (
            _trigger.train_call(
                "m1",
                parameters=None,
                project_id=None,
                dry_run=None,
                original_assets=None,
                training_images_count=None,
            ),
            "train_model",
        ),
    ],
    ids=["get_model", "train_model_action", "train_model"],
)
def test_each_call_takes_its_method_path_and_effect_from_the_table(call: Call, name: str) -> None:
    entry = OPERATIONS[name]

    assert call.method == entry.method
    assert call.url == entry.path.format(model_id="m1")
    assert call.effect == retry_effect(entry.effect)


def test_the_spec_s_effects_are_the_policy_s() -> None:
    assert [retry_effect(effect) for effect in ("read", "billed", "state-changing")] == ["none", "train", "cancel"]


def test_a_dry_run_is_a_read_whatever_the_trigger_s_effect() -> None:
    call = _trigger.train_call(
        "m1", parameters=None, project_id=None, dry_run=True, original_assets=None, training_images_count=None
    )

    assert (call.effect, call.check, call.params) == ("none", None, {"dryRun": "true"})


@pytest.mark.parametrize("missing", ["x-effect", "x-sdk-method"])
def test_the_generation_refuses_an_operation_without_its_extensions(missing: str) -> None:
    changed = copy.deepcopy(spec())
    del changed["paths"]["/models/{modelId}"]["get"][missing]

    with pytest.raises(SystemExit, match=f"GET /models/{{modelId}}: {missing}"):
        generator_script().extensions(changed)


def test_the_generation_refuses_an_effect_it_does_not_know() -> None:
    changed = copy.deepcopy(spec())
    changed["paths"]["/models/{modelId}"]["get"]["x-effect"] = "idempotent"

    with pytest.raises(SystemExit, match="x-effect must be one of read, billed, state-changing"):
        generator_script().extensions(changed)


def test_the_generated_extensions_are_those_the_script_reads_from_the_spec() -> None:
    from scenario_train_api.api.operation_extensions import EFFECTS, SDK_METHODS

    assert generator_script().extensions(spec()) == (EFFECTS, SDK_METHODS)


def test_the_script_writes_the_extensions_beside_the_table(tmp_path: Path) -> None:
    (tmp_path / "api").mkdir()
    generator_script().write_extensions(REPO / "openapi" / "scenario-train.yaml", tmp_path)

    written = (tmp_path / "api" / "operation_extensions.py").read_text(encoding="utf-8")
    generated = REPO / "generated" / "scenario_train_api" / "api" / "operation_extensions.py"
    assert written == generated.read_text(encoding="utf-8")

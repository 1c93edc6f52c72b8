"""The generated operations table holds each operation of the spec, with its `x-effect`, `x-idempotent` and
`x-sdk-method`; the calls the client builds take their method, path and effect from it, and the generation
refuses an operation that declares no effect, or an idempotence it cannot have."""

from __future__ import annotations

import copy
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

from scenario_train import _model_calls, _operation_calls, _trigger
from scenario_train._call_steps import Call
from scenario_train._outcomes import effect_of
from scenario_train_api.api import OPERATIONS, Operation, load
from scenario_train_api.models import DryRunEstimate, ErrorBody, TrainingImagePair, TrainModelResponse
from tests.support.contract import schemas
from tests.support.mock import REPO, spec, spec_operations
from tests.support.scripts import load_script


def generator_script() -> ModuleType:
    return load_script("openapi/generate.py")


def spec_path(entry: Operation) -> str:
    """The entry's path as the spec writes it: `/models/{modelId}`."""
    path = entry.path
    for parameter in entry.path_parameters:
        path = path.replace("{" + parameter.python_name + "}", "{" + parameter.name + "}")
    return path


def test_the_table_holds_each_operation_of_the_spec_with_its_extensions() -> None:
    described = spec_operations()
    by_path = {(entry.method, spec_path(entry)): entry for entry in OPERATIONS.values()}

    assert len(OPERATIONS) == len(described)
    for operation in described.values():
        entry = by_path[operation["method"], operation["path"]]
        assert (entry.effect, entry.sdk_method) == (operation["x-effect"], operation["x-sdk-method"])
        assert entry.idempotent is operation.get("x-idempotent", False)
        assert entry.summary == operation["summary"]


def test_a_body_that_is_a_json_array_names_the_model_of_its_items() -> None:
    arrays = {entry.name: load(entry.body or "") for entry in OPERATIONS.values() if entry.body_array}
    described = {
        snake_case(operation_id): operation["requestBody"]["content"]["application/json"]["schema"]
        for operation_id, operation in spec_operations().items()
        if "requestBody" in operation
    }

    assert arrays == {"replace_training_image_pairs": TrainingImagePair}
    assert {name for name, schema in described.items() if schema.get("type") == "array"} == set(arrays)


def test_the_fields_a_body_may_send_as_null_are_those_the_spec_types_with_null() -> None:
    nullable = {entry.name: entry.body_nullable for entry in OPERATIONS.values() if entry.body_nullable}

    assert nullable == {"create_model": ("classSlug",), "update_model": ("classSlug", "epoch", "thumbnail")}
    for name, fields in nullable.items():
        body = schemas()[OPERATIONS[name].body.rsplit(":", 1)[1]]  # type: ignore[union-attr]
        assert {field for field, schema in body["properties"].items() if "null" in schema.get("type", [])} == set(
            fields
        )


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
    assert call.effect == effect_of(name, entry.effect, idempotent=entry.idempotent)


def test_the_spec_s_effects_are_the_policy_s() -> None:
    assert {name: effect_of(name, entry.effect, idempotent=entry.idempotent) for name, entry in OPERATIONS.items()} == {
        "get_model": "none",
        "list_models": "none",
        "get_job": "none",
        "get_upload": "none",
        "update_model": "idempotent",
        "replace_training_image_pairs": "idempotent",
        "update_asset": "idempotent",
        "train_model": "train",
        "train_model_action": "cancel",
        "create_model": "create",
        "add_training_image": "add",
        "replace_training_image": "once",
        "delete_training_image": "once",
        "delete_model": "once",
        "upload_asset": "once",
        "create_upload": "once",
        "trigger_upload_action": "once",
    }


def test_the_idempotent_operations_are_the_puts_that_replace_with_what_they_carry() -> None:
    idempotent = {name for name, entry in OPERATIONS.items() if entry.idempotent}

    assert idempotent == {"update_model", "replace_training_image_pairs", "update_asset"}
    assert {OPERATIONS[name].method for name in idempotent} == {"PUT"}


def test_an_operation_the_policy_has_no_resolution_for_is_never_sent_twice() -> None:
    assert effect_of("a_new_operation", "state-changing") == "once"
    assert effect_of("a_new_operation", "billed") == "once"
    assert effect_of("a_new_operation", "state-changing", idempotent=True) == "idempotent"
    assert effect_of("a_new_operation", "read") == "none"


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
    from scenario_train_api.api.operation_extensions import EFFECTS, IDEMPOTENT, NULLABLE, SDK_METHODS

    assert generator_script().extensions(spec()) == (EFFECTS, SDK_METHODS)
    assert generator_script().nullable_fields(spec()) == NULLABLE
    assert generator_script().idempotent(spec()) == IDEMPOTENT


@pytest.mark.parametrize(
    ("path", "method", "effect"),
    [("/models/{modelId}", "get", "read"), ("/models/{modelId}/train", "put", "billed")],
)
def test_the_generation_refuses_idempotence_on_an_operation_that_does_not_change_state(
    path: str, method: str, effect: str
) -> None:
    changed = copy.deepcopy(spec())
    changed["paths"][path][method]["x-idempotent"] = True
    assert changed["paths"][path][method]["x-effect"] == effect

    with pytest.raises(SystemExit, match="x-idempotent applies to a state-changing operation only"):
        generator_script().idempotent(changed)


def test_the_generation_refuses_an_idempotence_that_is_not_a_boolean() -> None:
    changed = copy.deepcopy(spec())
    changed["paths"]["/models/{modelId}"]["put"]["x-idempotent"] = "yes"

    with pytest.raises(SystemExit, match="x-idempotent must be true or false"):
        generator_script().idempotent(changed)


@pytest.mark.parametrize(
    "declared",
    [
        {"type": ["string", "null"]},
        {"type": "string", "nullable": True},
        {"anyOf": [{"type": "string"}, {"type": "null"}]},
    ],
)
def test_the_script_reads_each_spelling_of_a_nullable_body_field(declared: dict[str, Any]) -> None:
    changed = copy.deepcopy(spec())
    changed["components"]["schemas"]["TrainActionRequest"]["properties"]["reason"] = declared

    assert generator_script().nullable_fields(changed)["train_model_action"] == ("reason",)
    assert generator_script().nullable_fields(spec())["train_model_action"] == ()


def test_the_script_writes_the_extensions_beside_the_table(tmp_path: Path) -> None:
    (tmp_path / "api").mkdir()
    generator_script().write_extensions(REPO / "openapi" / "scenario-train.yaml", tmp_path)

    written = (tmp_path / "api" / "operation_extensions.py").read_text(encoding="utf-8")
    generated = REPO / "generated" / "scenario_train_api" / "api" / "operation_extensions.py"
    assert written == generated.read_text(encoding="utf-8")

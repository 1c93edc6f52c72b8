"""This project's rules for spec changes, one synthetic spec pair each."""

from __future__ import annotations

from typing import Any

from release_check.changes import Kind
from release_check.spec_rules import compare_specs

from tests.support.release import base_spec, changed, kinds_at, parameters, schemas


def test_the_same_spec_has_no_change() -> None:
    assert compare_specs(base_spec(), base_spec()) == []


def test_a_response_field_removed_is_breaking() -> None:
    old, new = changed(lambda spec: schemas(spec)["Model"]["properties"].pop("name"))
    assert kinds_at(compare_specs(old, new), "Model.name") == [Kind.BREAKING]


def test_a_response_field_renamed_is_breaking() -> None:
    def rename(spec: dict[str, Any]) -> None:
        props = schemas(spec)["Model"]["properties"]
        props["displayName"] = props.pop("name")

    changes = compare_specs(*changed(rename))
    assert kinds_at(changes, "Model.name") == [Kind.BREAKING]
    assert kinds_at(changes, "Model.displayName") == [Kind.FEATURE]


def test_an_optional_response_field_made_required_is_breaking() -> None:
    old, new = changed(lambda spec: schemas(spec)["Model"]["required"].append("name"))
    changes = compare_specs(old, new)
    assert kinds_at(changes, "Model.name") == [Kind.BREAKING]
    assert "made required" in changes[0].what


def test_a_required_response_field_made_optional_is_breaking_for_readers() -> None:
    old, new = changed(lambda spec: schemas(spec)["Model"]["required"].remove("id"))
    assert kinds_at(compare_specs(old, new), "Model.id") == [Kind.BREAKING]


def test_a_required_request_field_made_optional_is_a_feature() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Params"]["required"] = []

    old = base_spec()
    schemas(old)["Params"]["required"] = ["batchSize"]
    new = base_spec()
    edit(new)
    assert kinds_at(compare_specs(old, new), "Params.batchSize") == [Kind.FEATURE]


def test_an_added_enum_value_is_a_feature_because_enums_are_open() -> None:
    old, new = changed(lambda spec: schemas(spec)["Status"]["enum"].append("paused"))
    changes = compare_specs(old, new)
    assert kinds_at(changes, "Status") == [Kind.FEATURE]
    assert "'paused' added" in changes[0].what


def test_a_removed_enum_value_is_breaking() -> None:
    old, new = changed(lambda spec: schemas(spec)["Status"]["enum"].remove("trained"))
    assert kinds_at(compare_specs(old, new), "Status") == [Kind.BREAKING]


def test_an_optional_response_field_added_is_a_feature() -> None:
    old, new = changed(lambda spec: schemas(spec)["Model"]["properties"].update(jobId={"type": "string"}))
    assert compare_specs(old, new)[0].kind is Kind.FEATURE


def test_a_required_response_field_added_is_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Model"]["properties"]["jobId"] = {"type": "string"}
        schemas(spec)["Model"]["required"].append("jobId")

    assert kinds_at(compare_specs(*changed(edit)), "Model.jobId") == [Kind.BREAKING]


def test_a_type_narrowed_is_breaking_in_a_response_and_in_a_request() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Answer"]["properties"]["cost"] = {"type": "integer"}
        schemas(spec)["Params"]["properties"]["batchSize"] = {"type": "integer"}

    changes = compare_specs(*changed(edit))
    assert kinds_at(changes, "Answer.cost") == [Kind.BREAKING]
    assert kinds_at(changes, "Params.batchSize") == [Kind.BREAKING]


def test_a_request_type_widened_is_a_feature_and_a_response_type_widened_is_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Params"]["properties"]["batchSize"] = {"type": ["number", "string"]}
        schemas(spec)["Model"]["properties"]["name"] = {"type": ["string", "number"]}

    changes = compare_specs(*changed(edit))
    assert kinds_at(changes, "Params.batchSize") == [Kind.FEATURE]
    assert kinds_at(changes, "Model.name") == [Kind.BREAKING]


def test_an_array_item_type_narrowed_is_breaking() -> None:
    old, new = changed(lambda spec: schemas(spec)["Model"]["properties"]["tags"].update(items={"type": "integer"}))
    assert kinds_at(compare_specs(old, new), "Model.tags[]") == [Kind.BREAKING]


def test_a_request_parameter_removed_is_breaking() -> None:
    old, new = changed(lambda spec: parameters(spec).pop(1))
    changes = compare_specs(old, new)
    assert [change.what for change in changes] == ["parameter removed"]
    assert changes[0].kind is Kind.BREAKING


def test_a_request_parameter_renamed_is_breaking_where_optic_sees_removed_plus_added() -> None:
    old, new = changed(lambda spec: parameters(spec)[1].update(name="project"))
    changes = compare_specs(old, new)
    assert [(change.kind, change.what) for change in changes] == [(Kind.BREAKING, "parameter renamed to 'project'")]


def test_a_request_parameter_made_required_is_breaking() -> None:
    old, new = changed(lambda spec: parameters(spec)[1].update(required=True))
    assert [change.kind for change in compare_specs(old, new)] == [Kind.BREAKING]


def test_an_optional_request_parameter_added_is_a_feature_and_a_required_one_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        parameters(spec).append({"name": "dryRun", "in": "query", "required": False, "schema": {"type": "boolean"}})
        parameters(spec).append({"name": "seat", "in": "header", "required": True, "schema": {"type": "string"}})

    changes = {change.what: change.kind for change in compare_specs(*changed(edit))}
    assert changes == {"optional parameter added": Kind.FEATURE, "required parameter added": Kind.BREAKING}


def test_an_optional_request_field_added_is_a_feature() -> None:
    old, new = changed(lambda spec: schemas(spec)["Params"]["properties"].update(seed={"type": "number"}))
    assert kinds_at(compare_specs(old, new), "Params.seed") == [Kind.FEATURE]


def test_a_request_body_made_required_is_breaking() -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/models/{modelId}/train"]["put"]["requestBody"]["required"] = True

    assert [change.kind for change in compare_specs(*changed(edit))] == [Kind.BREAKING]


def test_a_removed_schema_is_breaking_and_an_added_one_a_feature() -> None:
    def edit(spec: dict[str, Any]) -> None:
        schemas(spec)["Estimate"] = {"type": "object", "properties": {}}

    assert kinds_at(compare_specs(*changed(edit)), "Estimate") == [Kind.FEATURE]
    new, old = changed(edit)
    assert kinds_at(compare_specs(old, new), "Estimate") == [Kind.BREAKING]


def test_a_description_only_change_is_a_fix() -> None:
    old, new = changed(lambda spec: schemas(spec)["Model"].update(description="A trained model."))
    assert [change.kind for change in compare_specs(old, new)] == [Kind.FIX]

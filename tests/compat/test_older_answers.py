"""This version reads the answers of every older API release it claims to read, and writes them back.

One answer per vendor SDK release 0.2.0 to 2.4.0 (fixtures/answers/): fields added since are
missing, fields gone since are there, `conditionalValues` is the 2.2.0 shape, and the model types
removed after 1.1.0 appear.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from scenario_train_api.models import InputRequirement, ModelType, TrainModelResponse
from tests.compat.old_answers import LAST_CONDITIONAL_VALUES, answer_for, answer_path, fields, holders, releases, show

RELEASES = releases()
PARSED_RELEASES = RELEASES


def recorded(version: tuple[int, ...]) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(answer_path(version).read_text())
    return answer


def paths(document: Any, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    if isinstance(document, dict):
        for key, value in document.items():
            yield (*prefix, key)
            yield from paths(value, (*prefix, key))
    elif isinstance(document, list):
        for item in document:
            yield from paths(item, (*prefix, "[]"))


@pytest.mark.parametrize("version", RELEASES, ids=show)
def test_the_recorded_answer_is_what_the_field_table_derives(version: tuple[int, ...]) -> None:
    assert recorded(version) == answer_for(version), "run python tests/compat/old_answers.py and review the diff"


@pytest.mark.parametrize("version", RELEASES, ids=show)
def test_the_answer_has_the_fields_of_its_release_and_no_other(version: tuple[int, ...]) -> None:
    answer = recorded(version)
    table = fields()
    known = {field.tokens for field in table}
    alive = {field.tokens for field in table if field.first <= version <= field.last}
    assert {path for path in paths(answer) if path in known} <= alive
    for field in table:
        if field.required and field.tokens in alive:
            *parent, name = field.tokens
            assert all(name in holder for holder in holders(answer, tuple(parent))), field.tokens


@pytest.mark.parametrize("version", PARSED_RELEASES, ids=show)
def test_this_version_parses_the_older_answer_and_gives_it_back(version: tuple[int, ...]) -> None:
    answer = recorded(version)
    parsed = TrainModelResponse.from_dict(json.loads(json.dumps(answer)))
    assert parsed.to_dict() == answer


def requirements(parsed: TrainModelResponse) -> list[InputRequirement]:
    inputs = parsed.model.inputs if isinstance(parsed.model.inputs, list) else []
    return [item.required for item in inputs if isinstance(item.required, InputRequirement)]


def test_the_2_2_0_conditional_values_shape_is_read_as_such() -> None:
    parsed = TrainModelResponse.from_dict(recorded(LAST_CONDITIONAL_VALUES))
    found = requirements(parsed)
    assert found
    assert all(requirement.conditional is None for requirement in found)
    assert any(requirement.conditional_values is not None for requirement in found)


def test_model_types_removed_after_1_1_0_still_parse() -> None:
    answer = recorded((1, 0, 0))
    parsed = TrainModelResponse.from_dict(answer)
    assert isinstance(parsed.model.type_, ModelType)
    assert parsed.model.type_ == "sd-xl-lora"
    assert parsed.to_dict()["model"]["type"] == "sd-xl-lora"


def test_fields_newer_than_the_oldest_release_read_as_none() -> None:
    parsed = TrainModelResponse.from_dict(recorded(RELEASES[0]))
    assert parsed.ip_detection is None
    assert parsed.cost_details is None
    assert parsed.model.deleted_at is None

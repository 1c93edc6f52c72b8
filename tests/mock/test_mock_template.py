"""`filled` holds every field of a generated class; `patched` lays the mock's values over it."""

from __future__ import annotations

import attrs
import pytest

from scenario_train.testing._template import ABSENT, filled, patched
from scenario_train_api.models import InputRequirement, ModelResponse, TrainingProgress, TrainingStage


def test_filled_has_every_field_optional_ones_too() -> None:
    progress = filled(TrainingProgress)

    assert set(progress) == set(TrainingProgress.from_dict(progress).to_dict())
    assert len(progress) == len([field for field in attrs.fields(TrainingProgress) if field.init])
    assert progress["stage"] == next(iter(TrainingStage)).value
    assert (progress["captchaImageUrl"], progress["retryCount"]) == ("", 0)


def test_filled_nests_objects_and_gives_each_list_one_item() -> None:
    document = filled(ModelResponse)

    assert len(document["model"]["inputs"]) == 1
    assert document["model"]["inputs"][0]["required"] == filled(InputRequirement)
    assert ModelResponse.from_dict(document).to_dict() == document


def test_filled_is_new_each_time() -> None:
    first = filled(ModelResponse)
    first["model"]["tags"].append("changed")

    assert filled(ModelResponse)["model"]["tags"] == [""]


def test_patched_merges_objects_and_removes_absent_keys() -> None:
    document = {"a": {"b": 1, "c": 2}, "d": 3}

    assert patched(document, {"a": {"b": 9}, "d": ABSENT, "e": [1]}) == {"a": {"b": 9, "c": 2}, "e": [1]}


def test_patched_lays_each_list_item_over_the_first_item() -> None:
    document = {"items": [{"name": "", "size": 0}]}

    assert patched(document, {"items": [{"name": "a"}, {"size": 2}]}) == {
        "items": [{"name": "a", "size": 0}, {"name": "", "size": 2}]
    }
    assert patched(document, {"items": []}) == {"items": []}


def test_a_type_with_no_neutral_value_is_named() -> None:
    @attrs.define
    class Odd:
        when: complex

        def to_dict(self) -> dict[str, complex]:
            return {"when": self.when}

    with pytest.raises(TypeError, match="complex"):
        filled(Odd)

"""`from_dict` fills the attrs slots itself, without `__init__`: its objects must still be whole ones.

Every field set, equal to the object the constructor makes from the same values, and copyable,
picklable and printable like it.
"""

from __future__ import annotations

import copy
import pickle
from typing import Any

import attrs
import pytest

from scenario_train_api.models import TrainModelResponse
from tests.support.contract import BODY_NAMES, Location, body, case_id, get_at, parsed_objects, with_value


def parsed(body_name: str) -> TrainModelResponse:
    # A null in an optional typed field, and a key the spec does not know, so that no slot is left at its default.
    document = with_value(body(body_name), ("job", "ownerId"), None)
    document = with_value(document, ("model", "someNewField"), {"nested": True})
    return TrainModelResponse.from_dict(document)


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_every_field_of_every_parsed_object_is_set(body_name: str) -> None:
    objects = list(parsed_objects(parsed(body_name)))

    assert len(objects) > 10
    assert {type(obj).__name__ for obj in objects} >= {"TrainModelResponse", "Job", "Model", "TrainingParameters"}


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_a_parsed_object_equals_the_one_its_constructor_makes(body_name: str) -> None:
    for obj in parsed_objects(parsed(body_name)):
        fields = attrs.fields(type(obj))
        made = type(obj)(**{field.alias: getattr(obj, field.name) for field in fields if field.init})
        for field in fields:
            if not field.init:
                setattr(made, field.name, getattr(obj, field.name))

        assert made == obj
        assert repr(made) == repr(obj)


def test_the_null_and_the_unknown_key_are_kept_on_the_parsed_objects() -> None:
    answer = parsed("documented")

    assert answer.job.owner_id is None
    assert answer.to_dict()["job"]["ownerId"] is None
    assert answer.model.additional_properties == {"someNewField": {"nested": True}}


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_a_parsed_answer_survives_copy_and_pickle(body_name: str) -> None:
    answer = parsed(body_name)

    assert copy.deepcopy(answer) == answer
    assert pickle.loads(pickle.dumps(answer)) == answer
    assert copy.deepcopy(answer).to_dict() == answer.to_dict()


class Text(str):
    pass


class Count(int):
    pass


class Ratio(float):
    pass


@pytest.mark.parametrize(
    ("location", "value"),
    [
        (("job", "jobId"), Text("job_1")),
        (("job", "authorId"), Text("author_1")),
        (("job", "progress"), Count(3)),
        (("model", "parameters", "batchSize"), Count(4)),
        (("model", "parameters", "learningRate"), Ratio(0.5)),
    ],
    ids=case_id,
)
def test_a_value_of_a_subclass_of_the_json_type_is_accepted(location: Location, value: Any) -> None:
    answer = TrainModelResponse.from_dict(with_value(body("documented"), location, value))

    written = get_at(answer.to_dict(), location)
    assert written == value
    assert type(written) is type(value)

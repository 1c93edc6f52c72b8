"""What a user of the models sees: None for an absent or null optional field, and keyword-only
constructors.

The cases come from the spec and from the two 200 bodies: every class, every optional property
at a place the bodies hold it.
"""

from __future__ import annotations

import copy
import inspect
import typing
from typing import Any

import attrs
import pytest
from contract_support import (
    BODY_NAMES,
    Site,
    assert_same_json,
    body,
    get_at,
    json_names,
    optional_sites,
    parsed_at,
    parsed_objects,
    properties,
    python_name,
    ref,
    required,
    schemas,
    with_value,
    without,
)

from scenario_train_api import models
from scenario_train_api.models import TrainingParameters, TrainModelResponse

MODEL_CLASSES = [cls for name in models.__all__ if attrs.has(cls := getattr(models, name))]


def round_trip(document: Any) -> TrainModelResponse:
    parsed = TrainModelResponse.from_dict(copy.deepcopy(document))
    assert_same_json(parsed.to_dict(), document)
    return parsed


def schema_classes() -> list[type]:
    """The generated classes named after an object schema of the spec, properties and all."""
    return [cls for cls in MODEL_CLASSES if cls.__name__ in schemas() and properties(ref(cls.__name__))]


# ----------------------------------------------------------------------- None for absent and null
@pytest.mark.parametrize("site", optional_sites(), ids=str)
def test_an_absent_optional_field_reads_as_none_and_stays_absent(site: Site) -> None:
    location = (*site.location, site.prop)
    document = body(site.body)
    if site.prop in get_at(document, site.location):
        document = without(document, location)

    parsed = round_trip(document)

    assert parsed_at(parsed, location) is None


@pytest.mark.parametrize("site", optional_sites(), ids=str)
def test_a_null_optional_field_reads_as_none_and_stays_null(site: Site) -> None:
    location = (*site.location, site.prop)

    parsed = round_trip(with_value(body(site.body), location, None))

    assert parsed_at(parsed, location) is None
    assert get_at(parsed.to_dict(), location) is None


@pytest.mark.parametrize("cls", schema_classes(), ids=lambda cls: cls.__name__)
def test_optional_fields_are_typed_as_a_value_or_none(cls: type) -> None:
    hints = typing.get_type_hints(cls, vars(inspect.getmodule(cls)))
    required_fields = {python_name(name) for name in required(ref(cls.__name__))}
    fields = [field for field in attrs.fields(cls) if field.init]

    assert len(fields) == len(properties(ref(cls.__name__)))
    for field in fields:
        hint = hints[field.name]
        assert "Unset" not in str(hint), (field.name, hint)
        if field.name in required_fields:
            assert field.default is attrs.NOTHING, field.name
        else:
            assert hint is Any or type(None) in typing.get_args(hint), (field.name, hint)
            assert field.default is None, field.name


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_a_field_left_out_of_the_constructor_is_absent_from_to_dict(body_name: str) -> None:
    built = 0
    for obj in parsed_objects(TrainModelResponse.from_dict(body(body_name))):
        cls = type(obj)
        if cls not in schema_classes():
            continue
        required_fields = [field for field in attrs.fields(cls) if field.init and field.default is attrs.NOTHING]

        made = cls(**{field.alias: getattr(obj, field.name) for field in required_fields})

        names = json_names(cls)
        assert set(made.to_dict()) == {names[field.name] for field in required_fields}
        built += 1
    assert built > 20


def test_a_field_given_to_the_constructor_is_written_by_to_dict() -> None:
    parameters = TrainingParameters(batch_size=2, sample_prompts=["a cat"], wandb_key=None)

    assert parameters.to_dict() == {"batchSize": 2, "samplePrompts": ["a cat"]}
    assert parameters.lr_scheduler is None
    assert parameters.wandb_key is None


# --------------------------------------------------------------------------- keyword-only
@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_constructor_takes_keywords_only(cls: type) -> None:
    parameters = inspect.signature(cls).parameters.values()

    assert all(parameter.kind is inspect.Parameter.KEYWORD_ONLY for parameter in parameters)


@pytest.mark.parametrize("cls", schema_classes(), ids=lambda cls: cls.__name__)
def test_a_positional_argument_is_refused(cls: type) -> None:
    fields = [field for field in attrs.fields(cls) if field.init]
    first, rest = fields[0], fields[1:]
    keywords = {field.alias: None for field in rest}

    with pytest.raises(TypeError, match="positional"):
        cls(None, **keywords)
    cls(**{first.alias: None}, **keywords)  # the same values by keyword are taken

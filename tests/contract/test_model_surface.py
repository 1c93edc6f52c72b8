"""What a user of the models sees: None for an absent or null optional field, keyword-only
constructors, a short repr that never shows a secret, and `to_json()`.

The cases come from the spec and from the two 200 bodies: every class, every optional property
at a place the bodies hold it, every property marked `x-secret`, every schema with `x-repr`.
"""

from __future__ import annotations

import copy
import inspect
import json
import re
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

from scenario_train_api import models
from scenario_train_api.models import TrainingParameters, TrainModelResponse
from tests.support.contract import (
    BODY_NAMES,
    Site,
    assert_same_json,
    body,
    body_instances,
    full_document,
    get_at,
    json_names,
    optional_sites,
    parsed_at,
    parsed_objects,
    properties,
    python_name,
    ref,
    required,
    response_schema_names,
    schemas,
    with_value,
    without,
)

MODEL_CLASSES = [cls for name in models.__all__ if attrs.has(cls := getattr(models, name))]
SECRET = "s3cret-value-that-must-not-show"


def round_trip(document: Any) -> TrainModelResponse:
    parsed = TrainModelResponse.from_dict(copy.deepcopy(document))
    assert_same_json(parsed.to_dict(), document)
    return parsed


def schema_classes() -> list[type]:
    """The generated classes named after an object schema of the spec, properties and all."""
    return [cls for cls in MODEL_CLASSES if cls.__name__ in schemas() and properties(ref(cls.__name__))]


# ----------------------------------------------------------------------- None for absent and null
def body_without(site: Site) -> Any:
    """The site's body without the optional field."""
    document = body(site.body)
    if site.prop in get_at(document, site.location):
        document = without(document, (*site.location, site.prop))
    return document


@pytest.mark.parametrize("site", optional_sites(), ids=str)
def test_an_absent_optional_field_reads_as_none_and_stays_absent(site: Site) -> None:
    location = (*site.location, site.prop)

    parsed = round_trip(body_without(site))

    assert parsed_at(parsed, location) is None


@pytest.mark.parametrize("site", optional_sites(), ids=str)
def test_a_null_optional_field_reads_as_none_and_stays_null(site: Site) -> None:
    location = (*site.location, site.prop)

    parsed = round_trip(with_value(body(site.body), location, None))

    assert parsed_at(parsed, location) is None
    assert get_at(parsed.to_dict(), location) is None


@pytest.mark.parametrize("site", optional_sites(), ids=str)
def test_models_from_a_null_and_from_an_absence_compare_equal(site: Site) -> None:
    """Their fields are the same: that to_dict writes the null back does not make them differ."""
    location = (*site.location, site.prop)

    from_null = round_trip(with_value(body(site.body), location, None))
    from_absence = round_trip(body_without(site))

    assert parsed_at(from_null, site.location) == parsed_at(from_absence, site.location)
    assert from_null == from_absence
    assert from_null.to_dict() != from_absence.to_dict()


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


# ---------------------------------------------------------------------------------- repr
def secret_props() -> list[tuple[str, str]]:
    return [
        (schema_name, prop)
        for schema_name, schema in schemas().items()
        for prop, prop_schema in schema.get("properties", {}).items()
        if prop_schema.get("x-secret") is True
    ]


def test_the_spec_marks_the_wandb_key_secret() -> None:
    assert ("TrainingParameters", "wandbKey") in secret_props()


def with_everywhere(schema_name: str, prop: str, value: Any) -> list[Any]:
    """Each body with every object of `schema_name` cut down to its required fields and `prop`, set
    to `value`: so that nothing else can fill a repr that lists a few fields."""
    documents = []
    for body_name in BODY_NAMES:
        document = body(body_name)
        for instance in body_instances(body_name):
            if instance.schema == schema_name:
                obj = get_at(document, instance.location)
                for key in obj.keys() - required(ref(schema_name)):
                    del obj[key]
                obj[prop] = value
        documents.append(document)
    return documents


@pytest.mark.parametrize(("schema_name", "prop"), secret_props(), ids="{0[0]}.{0[1]}".format)
def test_a_secret_field_shows_in_no_repr(schema_name: str, prop: str) -> None:
    for document in with_everywhere(schema_name, prop, SECRET):
        parsed = TrainModelResponse.from_dict(document)
        assert SECRET in json.dumps(parsed.to_dict())

        for obj in parsed_objects(parsed):
            assert SECRET not in repr(obj)
            assert SECRET not in str(obj)


def test_a_secret_field_alone_shows_as_more_fields() -> None:
    assert repr(TrainingParameters(wandb_key=SECRET)) == "TrainingParameters(...)"
    assert SECRET not in repr(TrainingParameters(batch_size=2, wandb_key=SECRET, seed=1))


def test_a_value_beside_the_secret_does_show() -> None:
    """The counterpart of the test above: the repr does show a field's text."""
    (document, *_) = with_everywhere("TrainingParameters", "age", SECRET)

    parameters = TrainModelResponse.from_dict(document).model.parameters

    assert f"age='{SECRET}'" in repr(parameters)


def repr_schemas() -> list[str]:
    return [name for name, schema in schemas().items() if "x-repr" in schema]


def top_level_names(text: str) -> list[str]:
    """`Model(id='m', training_progress=TrainingProgress(stage='x'), ...)` -> ["id", "training_progress"]."""
    inside = text[text.index("(") + 1 : -1]
    while (collapsed := re.sub(r"\([^()]*\)", "", inside)) != inside:
        inside = collapsed
    return re.findall(r"(\w+)=", inside)


def every_answer_s_objects() -> Iterator[Any]:
    """The objects of the two 200 bodies of a trigger, then of a document of every other answer of the spec."""
    for body_name in BODY_NAMES:
        answer = TrainModelResponse.from_dict(body(body_name))
        yield from [*parsed_objects(answer), models.ModelResponse(model=answer.model)]
    for name in response_schema_names():
        yield from parsed_objects(getattr(models, name).from_dict(full_document(ref(name))))


@pytest.mark.parametrize("schema_name", repr_schemas())
def test_the_repr_shows_the_fields_x_repr_names_in_order(schema_name: str) -> None:
    listed = [python_name(prop) for prop in schemas()[schema_name]["x-repr"]]
    seen = 0
    for obj in every_answer_s_objects():
        if type(obj).__name__ != schema_name:
            continue
        text = repr(obj)
        assert top_level_names(text) == [name for name in listed if getattr(obj, name) is not None], text
        others = [
            field.name
            for field in attrs.fields(type(obj))
            if field.init and field.name not in listed and getattr(obj, field.name) is not None
        ]
        assert text.startswith(f"{schema_name}(")
        assert text.endswith("...)") == bool(others or obj.additional_properties), text
        seen += 1
    assert seen >= 1


@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_every_repr_is_one_short_line(body_name: str) -> None:
    parsed = TrainModelResponse.from_dict(body(body_name))

    for obj in parsed_objects(parsed):
        assert "\n" not in repr(obj)
        assert len(repr(obj)) <= 320, repr(obj)
    assert len(repr(parsed.model)) <= 160
    assert repr(parsed.model).startswith(f"Model(id={parsed.model.id!r}, status={str(parsed.model.status)!r}, ")


def test_a_long_text_is_cut_in_the_repr() -> None:
    text = repr(TrainingParameters(class_prompt="x" * 500))

    assert len(text) < 80
    assert text.startswith("TrainingParameters(class_prompt='xxx")


# -------------------------------------------------------------------------------- to_json
@pytest.mark.parametrize("body_name", BODY_NAMES)
def test_to_json_of_every_object_is_the_json_of_to_dict(body_name: str) -> None:
    for obj in parsed_objects(TrainModelResponse.from_dict(body(body_name))):
        for indent in (2, None, 4):
            assert json.loads(obj.to_json(indent=indent)) == obj.to_dict()


def same_but_for_number_spelling(ours: str, theirs: str) -> bool:
    """Python writes 1e-05 where pydantic writes 0.00001: the same number."""
    number = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
    if re.sub(number, "0", ours) != re.sub(number, "0", theirs):
        return False
    return [float(n) for n in re.findall(number, ours)] == [float(n) for n in re.findall(number, theirs)]


@pytest.mark.parametrize("body_name", BODY_NAMES)
@pytest.mark.parametrize("indent", [2, None])
def test_to_json_is_laid_out_as_the_vendors(body_name: str, indent: int | None) -> None:
    """The vendor's `to_json` is pydantic's `model_dump_json(indent=2)` of the same JSON object."""
    pydantic_core = pytest.importorskip("pydantic_core")
    document = with_value(body(body_name), ("model", "name"), "Mochi — été")
    parsed = TrainModelResponse.from_dict(document)

    ours = parsed.to_json() if indent == 2 else parsed.to_json(indent=None)

    theirs = pydantic_core.to_json(parsed.to_dict(), indent=indent).decode()
    assert same_but_for_number_spelling(ours, theirs)
    assert "Mochi — été" in ours


def test_to_json_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(ValueError):
        TrainingParameters(learning_rate=float("nan")).to_json()

"""What typed user code imports from `scenario_train`, and the words it reads there."""

from __future__ import annotations

import enum
import inspect
from typing import Any

import pytest

import scenario_train
from scenario_train import _async_operations, _async_resources, _sync_operations, _sync_resources

EXPORTED = [getattr(scenario_train, name) for name in scenario_train.__all__]
CLASSES = [value for value in EXPORTED if inspect.isclass(value) and not issubclass(value, enum.Enum)]
RESOURCES = [
    scenario_train.Scenario,
    scenario_train.AsyncScenario,
    _sync_resources.Train,
    _async_resources.AsyncTrain,
    *(getattr(_sync_operations, name) for name in _sync_operations.__all__),
    *(getattr(_async_operations, name) for name in _async_operations.__all__),
]
METHODS = [
    (f"{owner.__name__}.{name}", member)
    for owner in RESOURCES
    for name, member in vars(owner).items()
    if not name.startswith("_") and callable(member)
]


@pytest.mark.parametrize(
    "name",
    [
        "Job",
        "JobStatus",
        "ModelStatus",
        "TrainingProgress",
        "TrainingStage",
        "ParseError",
        "TrainingParametersDict",
        "RawResponse",
        "AsyncRawResponse",
        "AnswerLostError",
        "RedirectError",
        "NoTrainingError",
    ],
)
def test_what_typed_code_needs_is_exported_from_one_place(name: str) -> None:
    assert name in scenario_train.__all__
    assert getattr(scenario_train, name) is not None


def words(doc: str | None) -> str:
    return " ".join((doc or "").split())


@pytest.mark.parametrize("value", CLASSES, ids=lambda value: value.__name__)
def test_every_exported_class_says_what_it_is(value: Any) -> None:
    doc = words(value.__doc__)
    assert len(doc.split()) >= 3, value
    assert not doc.startswith("See "), value


@pytest.mark.parametrize(("name", "method"), METHODS, ids=[name for name, _ in METHODS])
def test_every_public_method_has_a_docstring_of_its_own(name: str, method: Any) -> None:
    function = getattr(method, "func", method)  # a cached_property's function
    doc = words(function.__doc__)
    assert len(doc.split()) >= 5, name
    assert not doc.lower().startswith("see "), name

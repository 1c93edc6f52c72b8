"""tools/operations.py writes the client's calls of the operations table: one typed method per operation, shaped
as the vendor's SDK shapes it, beside what `_async_resources.py` writes by hand, and refuses what it cannot type."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any

import pytest

from scenario_train import _async_operations, _async_resources
from scenario_train_api.api import OPERATIONS, Parameter
from tests.support.scripts import load_script


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    return load_script("tools/operations.py")


def training_image_replace() -> Any:
    """The vendor's `models.training_images.replace`: two path parameters and an object body."""
    return OPERATIONS["train_model_action"]._replace(
        name="replace_training_image",
        method="PUT",
        path="/models/{model_id}/training-images/{training_image_id}",
        path_parameters=(
            Parameter("modelId", "model_id", "str", True),
            Parameter("trainingImageId", "training_image_id", "str", True),
        ),
        sdk_method="models.training_images.replace",
    )


def test_the_written_module_is_what_the_tool_writes_from_the_table(tool: ModuleType) -> None:
    assert tool.main(["--check"]) == 0


def test_the_last_path_parameter_is_positional_and_the_others_keyword_only(tool: ModuleType) -> None:
    method = tool.method_of(training_image_replace(), tool.Imports())

    assert [argument.declared() for argument in method.positional] == ["training_image_id: str"]
    assert method.keywords[0].declared() == "model_id: str"
    assert method.path == ["model_id", "training_image_id"]
    assert method.doc == (
        "Act on a running training (cancel it) (`PUT /models/{modelId}/training-images/{trainingImageId}`)."
    )


def test_an_object_body_is_spread_into_keywords_by_its_fields(tool: ModuleType) -> None:
    imports = tool.Imports()
    action = tool.method_of(OPERATIONS["train_model_action"], imports)
    trigger = tool.method_of(OPERATIONS["train_model"], imports)

    # A field that can take one value only is given it by default.
    assert action.keywords[0].declared() == "action: TrainAction | Literal['cancel'] = 'cancel'"
    assert action.body == [("action", "..models.train_action:TrainAction", True)]
    assert trigger.keywords[0].declared() == "parameters: TrainingParameters | Mapping[str, Any] | None = None"
    assert trigger.body == [("parameters", "..models.training_parameters:TrainingParameters", False)]
    assert trigger.returns == "TrainModelResponse | DryRunEstimate"
    assert {"Any", "Literal", "Mapping"} <= imports.typing


@pytest.mark.parametrize(
    ("change", "refused"),
    [
        ({"path_parameters": (Parameter("modelId", "model_id", "int", True),)}, "path parameter modelId"),
        ({"query_parameters": (Parameter("ids", "ids", "list[str]", False),)}, "parameter of kind 'list[str]'"),
        ({"body": "..models.dry_run_mode:DryRunMode"}, "is not a model"),
        ({"query_parameters": (Parameter("timeout", "timeout", "int", False),)}, "same Python name"),
    ],
    ids=["int-path", "list-query", "enum-body", "name-taken"],
)
def test_the_tool_refuses_what_it_cannot_type(tool: ModuleType, change: dict[str, Any], refused: str) -> None:
    with pytest.raises(SystemExit, match=re.escape(refused)):
        tool.method_of(OPERATIONS["train_model_action"]._replace(**change), tool.Imports())


def test_a_method_written_by_hand_is_left_out_of_the_generated_class_and_offered_raw(tool: ModuleType) -> None:
    by_hand = tool.hand_written(tool.PACKAGE)

    assert by_hand["AsyncTrainOperations"] == ("AsyncTrain", {"trigger", "wait"})
    assert not hasattr(_async_operations.AsyncTrainOperations, "trigger")
    assert _async_resources.AsyncTrain.__mro__[1] is _async_operations.AsyncTrainOperations
    assert "self.trigger = as_async_raw(resource.trigger)" in (tool.PACKAGE / tool.TARGET).read_text(encoding="utf-8")


def test_a_method_made_of_the_single_call_keeps_it_private_and_offers_it_raw(tool: ModuleType) -> None:
    by_hand = tool.hand_written(tool.PACKAGE)

    # `AsyncModels.list` uses `_list`: the generated class holds the single call under that name.
    assert by_hand["AsyncModelsOperations"] == ("AsyncModels", {"~list"})
    assert hasattr(_async_operations.AsyncModelsOperations, "_list")
    assert not hasattr(_async_operations.AsyncModelsOperations, "list")
    assert "self.list = as_async_raw(resource._list)" in (tool.PACKAGE / tool.TARGET).read_text(encoding="utf-8")


def test_a_resource_below_another_is_its_attribute_with_its_own_raw_view(tool: ModuleType) -> None:
    imports = tool.Imports()
    tree = tool.resources(list(OPERATIONS.values()), {}, imports)
    written = tool.Writer({}, tree).module(imports)

    assert "models.training_images" in [resource.path for resource in tree]
    assert "self.training_images: AsyncTrainingImagesOperations = AsyncTrainingImagesOperations(" in written
    assert "self.training_images = AsyncTrainingImagesWithRawResponse(client)" in written
    assert "    async def replace(\n" in written


def test_a_subclass_of_a_class_the_table_does_not_make_is_refused(tool: ModuleType) -> None:
    with pytest.raises(SystemExit, match="AsyncBadges subclasses AsyncBadgesOperations, which the table does not make"):
        tool.resources(list(OPERATIONS.values()), {"AsyncBadgesOperations": ("AsyncBadges", set())}, tool.Imports())

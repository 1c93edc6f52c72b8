"""The client's hand-written calls offer every parameter the spec gives their operations: a new query parameter in
the spec fails here until the public methods (sync and async, and so their raw twins) take it.

Only some operations have a method written by hand (`METHODS`); the others are offered from the operations table.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from scenario_train import _async_operations, _async_resources, _sync_operations, _sync_resources
from scenario_train_api.api import OPERATIONS
from tests.support.client import Api, LoopbackServer, Reply

METHODS: dict[str, list[Callable[..., Any]]] = {
    # The operations with hand-written methods, and two generated ones, each with its methods.
    "train_model": [_sync_resources.Train.trigger, _async_resources.AsyncTrain.trigger],
    "get_model": [_sync_operations.ModelsOperations.retrieve, _async_operations.AsyncModelsOperations.retrieve],
    "train_model_action": [_sync_resources.Train.action, _async_resources.AsyncTrain.action],
}


def spec_parameters(name: str) -> set[str]:
    """The operation's path and query parameters as the generated client names them (the methods spread the body)."""
    operation = OPERATIONS[name]
    return {parameter.python_name for parameter in (*operation.path_parameters, *operation.query_parameters)}


def test_each_hand_written_method_s_operation_is_in_the_table() -> None:
    assert set(METHODS) <= set(OPERATIONS)


@pytest.mark.parametrize("name", sorted(METHODS))
def test_each_method_is_where_the_spec_s_x_sdk_method_names_it(name: str) -> None:
    resources: dict[str, Any] = {"models": _sync_operations.ModelsOperations, "models.train": _sync_resources.Train}
    where, _, method = OPERATIONS[name].sdk_method.rpartition(".")

    assert getattr(resources[where], method) is METHODS[name][0]


@pytest.mark.parametrize(("name", "methods"), METHODS.items(), ids=list(METHODS))
def test_each_method_takes_every_parameter_of_its_operation(name: str, methods: list[Callable[..., Any]]) -> None:
    assert spec_parameters(name) >= {"model_id"}
    for method in methods:
        assert spec_parameters(name) <= set(inspect.signature(method).parameters), method.__qualname__


@pytest.mark.parametrize("name", sorted(METHODS))
def test_each_method_s_docstring_names_its_http_call_as_the_table_does(name: str) -> None:
    operation = OPERATIONS[name]
    path = operation.path
    for parameter in operation.path_parameters:
        path = path.replace("{" + parameter.python_name + "}", "{" + parameter.name + "}")

    for method in METHODS[name]:
        assert f"`{operation.method} {path}`" in (method.__doc__ or ""), method.__qualname__


def test_the_trigger_takes_the_body_as_parameters_and_the_action_as_action() -> None:
    trigger = inspect.signature(_sync_resources.Train.trigger).parameters
    action = inspect.signature(_sync_resources.Train.action).parameters

    assert "parameters" in trigger
    assert "action" in action


def test_no_range_the_spec_does_not_state_is_checked(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(status=269, json={"creativeUnitsCost": 1}))

    api.trigger("model-1", training_images_count=-1, dry_run=True)

    assert server.received[0].query["trainingImagesCount"] == "-1"

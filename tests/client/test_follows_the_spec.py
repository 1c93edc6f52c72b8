"""The client's calls offer every parameter the spec gives their operations: a new query parameter in the spec
fails here until the public methods (sync and async, and so their raw twins) take it."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import pytest

from scenario_train import _resources
from scenario_train_api.api.models import get_model, train_model, train_model_action
from tests.support.client import Api, LoopbackServer, Reply

OPERATIONS: list[tuple[Callable[..., Any], list[Callable[..., Any]]]] = [
    (train_model._get_kwargs, [_resources.Train.trigger, _resources.AsyncTrain.trigger]),
    (get_model._get_kwargs, [_resources.Models.retrieve, _resources.AsyncModels.retrieve]),
    (train_model_action._get_kwargs, [_resources.Train.action, _resources.AsyncTrain.action]),
]


def spec_parameters(get_kwargs: Callable[..., Any]) -> set[str]:
    """The operation's parameters as the generated client names them, but its body, which the methods spread."""
    return {name for name in inspect.signature(get_kwargs).parameters if name != "body"}


@pytest.mark.parametrize(("get_kwargs", "methods"), OPERATIONS, ids=lambda value: getattr(value, "__module__", ""))
def test_each_method_takes_every_parameter_of_its_operation(
    get_kwargs: Callable[..., Any], methods: list[Callable[..., Any]]
) -> None:
    for method in methods:
        assert spec_parameters(get_kwargs) <= set(inspect.signature(method).parameters), method.__qualname__


def test_the_trigger_takes_the_body_as_parameters_and_the_action_as_action() -> None:
    trigger = inspect.signature(_resources.Train.trigger).parameters
    action = inspect.signature(_resources.Train.action).parameters

    assert "parameters" in trigger
    assert "action" in action


def test_no_range_the_spec_does_not_state_is_checked(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(status=269, json={"creativeUnitsCost": 1}))

    api.trigger("model-1", training_images_count=-1, dry_run=True)

    assert server.received[0].query["trainingImagesCount"] == "-1"

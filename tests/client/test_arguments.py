"""Arguments the spec cannot type-check at run time are refused before anything is sent, by name.

`retrieve` and `action` are generated from the operations table (`_async_operations`): their arguments
are checked by the kinds the table gives them (`_operation_calls`), with the words the hand-written
checks use.
"""

from __future__ import annotations

from typing import Any

import pytest

from scenario_train_api.models import TrainAction
from tests.support.client import Api, LoopbackServer, Reply, model_answer


@pytest.mark.parametrize(
    ("call", "kwargs", "error", "words"),
    [
        ("retrieve", {"model_id": 7}, TypeError, "model_id must be a string, not int"),
        ("retrieve", {"model_id": "m", "project_id": "  "}, ValueError, "project_id must be a non-blank string"),
        ("retrieve", {"model_id": "m", "original_assets": "yes"}, TypeError, "original_assets must be a bool"),
        ("retrieve", {"model_id": "m", "extra_headers": {"x-a": 1}}, TypeError, "extra_headers values must be strings"),
        ("retrieve", {"model_id": "m", "extra_query": {1: "a"}}, TypeError, "extra_query must be a mapping"),
        ("retrieve", {"model_id": "m", "extra_query": ["a"]}, TypeError, "extra_query must be a mapping"),
        ("action", {"model_id": "m", "action": " "}, ValueError, "action must be a non-blank string"),
        ("action", {"model_id": "m", "action": None}, ValueError, "action must be a non-blank string"),
        (
            "action",
            {"model_id": "m", "action": 3},
            ValueError,
            "action must be a non-blank string such as 'cancel', not 3",
        ),
        ("action", {"model_id": "m", "project_id": 5}, ValueError, "project_id must be a non-blank string or None"),
        ("action", {"model_id": 7}, TypeError, "model_id must be a string, not int"),
        ("action", {"model_id": " "}, ValueError, "model_id must not be blank"),
        ("retrieve", {"model_id": ""}, ValueError, "model_id must not be blank"),
        (
            "retrieve",
            {"model_id": "m", "original_assets": 1},
            TypeError,
            "original_assets must be a bool or None, not int",
        ),
    ],
)
def test_a_bad_argument_is_refused_by_name_before_anything_is_sent(
    api: Api, server: LoopbackServer, call: str, kwargs: dict[str, Any], error: type[Exception], words: str
) -> None:
    kwargs = dict(kwargs)
    model_id = kwargs.pop("model_id")
    with pytest.raises(error, match=words):
        getattr(api, call)(model_id, **kwargs)

    assert server.received == []


@pytest.mark.parametrize("action", [TrainAction.CANCEL, "cancel", "pause"], ids=["member", "listed", "unlisted"])
def test_an_action_is_sent_as_its_value_listed_or_not(api: Api, server: LoopbackServer, action: str) -> None:
    """The spec lists `cancel` only, but the API may add actions: the server is the judge of one it lacks."""
    server.reply(Reply(json=model_answer("m", "training-canceled")))

    api.action("m", action=action, project_id="p")

    assert [(request.method, request.path, request.query) for request in server.received] == [
        ("POST", "/v1/models/m/train/action", {"projectId": "p"})
    ]
    assert server.received[0].json == {"action": str(action)}

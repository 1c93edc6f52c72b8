"""Arguments the spec cannot type-check at run time are refused before anything is sent, by name."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.client import Api, LoopbackServer


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

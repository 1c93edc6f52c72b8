"""The errors a call raises: one class a status, what they carry, and the answers that cannot be read."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from scenario_train import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    ParseError,
    PermissionDeniedError,
    RateLimitError,
    ScenarioError,
    UnprocessableEntityError,
)
from tests.support.client import EXAMPLE, Api, LoopbackServer, MakeApi, Reply
from tests.support.net import unused_base_url

STATUS_CLASSES: list[tuple[int, type[APIStatusError]]] = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (502, InternalServerError),
    (503, InternalServerError),
    (504, InternalServerError),
    (520, InternalServerError),
    (524, InternalServerError),
    (527, InternalServerError),
    (529, InternalServerError),
    (418, APIStatusError),
    (499, APIStatusError),
    (405, APIStatusError),
]


@pytest.fixture
def once(make_api: MakeApi, server: LoopbackServer) -> Api:
    """A client that does not retry, so that retried statuses raise at once."""
    return make_api(server.url, max_retries=0)


@pytest.mark.parametrize(("status", "error_class"), STATUS_CLASSES)
def test_each_status_raises_its_class_with_what_the_server_sent(
    once: Api, server: LoopbackServer, status: int, error_class: type[APIStatusError]
) -> None:
    body = {"message": f"the server's own words for {status}", "reason": "some-reason"}
    server.reply(Reply(status=status, json=body, headers={"x-request-id": f"req-{status}"}))

    with pytest.raises(APIStatusError) as caught:
        once.trigger("model-1")

    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIError)
    assert isinstance(error, ScenarioError)
    assert error.status_code == status
    assert error.body == body
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == status
    assert error.request_id == f"req-{status}"
    assert f"the server's own words for {status}" in str(error)
    assert error.attempts == 1


def test_request_id_falls_back_to_the_trace_id_of_the_body(once: Api, server: LoopbackServer) -> None:
    body = {"message": "Model is already training", "traceId": "trace-0f3a"}
    server.reply(Reply(status=400, json=body))

    with pytest.raises(BadRequestError) as caught:
        once.trigger("model-1")

    assert caught.value.request_id == "trace-0f3a"
    assert "Model is already training" in str(caught.value)


def test_an_error_body_that_is_not_json_is_kept_as_text(once: Api, server: LoopbackServer) -> None:
    server.reply(Reply(status=502, text="<html>Bad gateway from the proxy</html>"))

    with pytest.raises(InternalServerError) as caught:
        once.trigger("model-1")

    assert caught.value.body == "<html>Bad gateway from the proxy</html>"
    assert "Bad gateway from the proxy" in str(caught.value)
    assert caught.value.request_id is None


def test_a_refused_connection_is_an_api_connection_error(make_api: MakeApi) -> None:
    api = make_api(unused_base_url(), max_retries=0)

    with pytest.raises(APIConnectionError) as caught:
        api.trigger("model-1")

    assert not isinstance(caught.value, APITimeoutError)
    assert isinstance(caught.value.request, httpx.Request)
    assert caught.value.attempts == 1


def test_a_timeout_is_an_api_connection_error_too() -> None:
    assert issubclass(APITimeoutError, APIConnectionError)


@pytest.mark.parametrize(
    "reply",
    [
        Reply(text="<html>maintenance</html>"),
        Reply(json=[EXAMPLE]),
        Reply(json={"job": EXAMPLE["job"]}),
        Reply(json={**EXAMPLE, "job": {**EXAMPLE["job"], "progress": "half"}}),
        Reply(),
        Reply(status=201, json={"unexpected": True}),
    ],
    ids=["not-json", "array", "no-model", "mistyped-field", "empty", "201-wrong-shape"],
)
def test_a_success_that_cannot_be_read_raises_validation_error_and_is_not_resent(
    api: Api, server: LoopbackServer, reply: Reply
) -> None:
    server.reply(reply)

    with pytest.raises(APIResponseValidationError) as caught:
        api.trigger("model-1")

    assert caught.value.response.status_code == reply.status
    assert caught.value.status_code == reply.status
    assert len(server.received) == 1


def test_a_success_whose_body_is_cut_raises_validation_error_and_is_not_resent(
    api: Api, server: LoopbackServer
) -> None:
    server.reply(Reply(json=EXAMPLE, cut=True))

    with pytest.raises(APIResponseValidationError) as caught:
        api.trigger("model-1")

    assert caught.value.response.status_code == 200
    assert len(server.received) == 1


def test_validation_errors_name_the_field(api: Api, server: LoopbackServer) -> None:
    body: dict[str, Any] = {**EXAMPLE, "job": {**EXAMPLE["job"], "progress": "half"}}
    server.reply(Reply(json=body))

    with pytest.raises(APIResponseValidationError, match=r"\$\.job\.progress") as caught:
        api.trigger("model-1")

    assert caught.value.body == body
    assert isinstance(caught.value.__cause__, ParseError)
    assert caught.value.__cause__.path == "$.job.progress"

"""Errors, by the vendor's names, and the answers where ours is safer than the vendor's by design.

Each test is a snippet of vendor code run with `scenario_sdk` 2.4.0 and with `scenario_train`; see
`switch_support`. The vendor sleeps 0.4 s to 2 s before each retry unless the server says less, so the
mock's faults carry `retry-after-ms: 1` where the vendor would retry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import scenario_sdk
from scenario_sdk.types.models import TrainTriggerResponse

import scenario_train
from scenario_train.testing import MockScenarioAPI
from tests.support.net import unused_base_url
from tests.support.switch import SDK, AnswerLost, by_sdk, calls, connect

SOON = {"retry-after-ms": "1"}
"""Asks for a retry 1 ms later, which both SDKs honour, so that the vendor's retries take no time."""

TRIGGER = "PUT /v1/models/model-1/train"
READ = "GET /v1/models/model-1"


def second_trigger(client: scenario_sdk.Scenario, mock: MockScenarioAPI) -> object:
    client.models.train.trigger("model-1")
    return client.models.train.trigger("model-1")


def cancel_of_no_training(client: scenario_sdk.Scenario, mock: MockScenarioAPI) -> object:
    return client.models.train.action("model-1", action="cancel")


def wrong_secret(client: scenario_sdk.Scenario, mock: MockScenarioAPI) -> object:
    return client.with_options(api_secret="not-the-secret").models.retrieve("model-1")


def failing(status: int, times: int = 1, **body: Any) -> Callable[[scenario_sdk.Scenario, MockScenarioAPI], object]:
    def read(client: scenario_sdk.Scenario, mock: MockScenarioAPI) -> object:
        mock.fail_next(times, status=status, body=body or None, headers=SOON)
        return client.models.retrieve("model-1")

    return read


STATUS_ERRORS = {
    "a second trigger": (second_trigger, "BadRequestError", {"message": "Model is already training"}, [200, 400]),
    "a cancel with no training": (
        cancel_of_no_training,
        "BadRequestError",
        {"message": "Model is not training"},
        [400],
    ),
    "wrong credentials": (wrong_secret, "AuthenticationError", {"message": "Invalid credentials"}, [401]),
    "no such model": (failing(404), "NotFoundError", {"message": "Not Found"}, [404]),
    "a rate limit, retried": (
        failing(429, 3, remainingSeconds=12),
        "RateLimitError",
        {"message": "Too Many Requests", "remainingSeconds": 12},
        [429, 429, 429],
    ),
    "a server error, retried": (
        failing(500, 3),
        "InternalServerError",
        {"message": "Internal Server Error"},
        [500] * 3,
    ),
    "an unlisted status": (failing(418), "APIStatusError", {"message": "I'm a Teapot"}, [418]),
}


@pytest.mark.parametrize(("call", "name", "body", "statuses"), STATUS_ERRORS.values(), ids=STATUS_ERRORS.keys())
def test_a_status_error_has_the_vendors_class_status_code_and_body(
    sdk: SDK,
    mock: MockScenarioAPI,
    call: Callable[[scenario_sdk.Scenario, MockScenarioAPI], object],
    name: str,
    body: dict[str, Any],
    statuses: list[int],
) -> None:
    client = connect(sdk, mock)

    with pytest.raises(sdk.APIStatusError) as raised:
        call(client, mock)

    error, status = raised.value, statuses[-1]
    assert type(error).__name__ == name
    assert isinstance(error, getattr(sdk, name))
    assert isinstance(error, sdk.APIError)
    assert (error.status_code, error.response.status_code, error.body) == (status, status, body)
    assert [request.status for request in mock.requests] == statuses
    # The message: the vendor quotes the body's repr, ours the server's message.
    assert str(error) == error.message
    assert str(error).startswith(
        by_sdk(sdk, vendor=f"Error code: {status} - {body}", ours=f"Error code: {status} - {body['message']}")
    )


def test_no_connection_raises_api_connection_error(sdk: SDK) -> None:
    client = sdk.Scenario(api_key="key", api_secret="secret", base_url=unused_base_url(), max_retries=0)

    with pytest.raises(sdk.APIConnectionError) as raised:
        client.models.retrieve("model-1")

    assert raised.type is sdk.APIConnectionError
    assert isinstance(raised.value, sdk.APIError)
    assert raised.value.request.method == "GET"
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    assert str(raised.value).startswith(by_sdk(sdk, vendor="Connection error.", ours="Connection error ("))


# Where ours is safer by design --------------------------------------------------------------------------------------


def outcome(trigger: Callable[[], TrainTriggerResponse]) -> tuple[object, ...]:
    """A trigger's result as values: its model status and job id, or its error's class, status and model status."""
    try:
        result = trigger()
    except (scenario_sdk.APIError, scenario_train.APIError) as error:
        model = getattr(error, "model", None)  # our AnswerLostError's model
        return (type(error).__name__, getattr(error, "status_code", None), model and model.status)
    return ("answer", result.model and result.model.status, result.job and result.job.job_id)


def test_a_409_is_retried_by_the_vendor_and_raised_by_ours(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)
    mock.fail_next(status=409, headers=SOON)

    result = outcome(lambda: client.models.train.trigger("model-1"))

    job_id = mock.model("model-1").get("jobId")
    assert result == by_sdk(sdk, vendor=("answer", "training", job_id), ours=("ConflictError", 409, None))
    assert calls(mock) == by_sdk(sdk, vendor=[TRIGGER, TRIGGER], ours=[TRIGGER])


def test_after_a_5xx_ours_reads_the_model_before_sending_a_trigger_again(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)
    mock.fail_next(status=503, headers=SOON, method="PUT")

    result = outcome(lambda: client.models.train.trigger("model-1"))

    assert result == ("answer", "training", mock.model("model-1")["jobId"])
    assert calls(mock) == by_sdk(sdk, vendor=[TRIGGER, TRIGGER], ours=[TRIGGER, READ, TRIGGER])


LOST: dict[str, Callable[[httpx.Request], httpx.Response | Exception]] = {
    "a timeout": lambda request: httpx.ReadTimeout("timed out", request=request),
    "a dropped connection": lambda request: httpx.RemoteProtocolError(
        "Server disconnected without sending a response.", request=request
    ),
    "a proxy's 502": lambda request: httpx.Response(
        502, headers={**SOON, "Content-Type": "application/json"}, stream=httpx.ByteStream(b'{"message":"Bad Gateway"}')
    ),
}


@pytest.mark.parametrize("lost", LOST.values(), ids=LOST.keys())
def test_a_trigger_that_started_a_training_is_not_sent_again_by_ours(
    sdk: SDK, mock: MockScenarioAPI, lost: Callable[[httpx.Request], httpx.Response | Exception]
) -> None:
    client = connect(sdk, mock, http_client=httpx.Client(transport=AnswerLost(lost)))

    result = outcome(lambda: client.models.train.trigger("model-1"))

    # The training started. The vendor sends the trigger again, and reports the server's refusal of the
    # second one; ours reads the model and reports that the training started, with the model.
    assert mock.model("model-1")["status"] == "training"
    assert result == by_sdk(sdk, vendor=("BadRequestError", 400, None), ours=("AnswerLostError", None, "training"))
    assert [(call, request.status) for call, request in zip(calls(mock), mock.requests, strict=True)] == by_sdk(
        sdk, vendor=[(TRIGGER, 200), (TRIGGER, 400)], ours=[(TRIGGER, 200), (READ, 200)]
    )


BROKEN: dict[str, dict[str, Any] | bytes] = {
    "a body that breaks the schema": {"model": {"id": 123, "status": "weird-status"}},
    "a body that is not JSON": b"<html>OK</html>",
}


@pytest.mark.parametrize("body", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_2xx_body_is_accepted_by_the_vendor_and_raised_by_ours(
    sdk: SDK, mock: MockScenarioAPI, body: dict[str, Any] | bytes
) -> None:
    client = connect(sdk, mock)
    mock.fail_next(status=200, body=body, method="PUT")

    try:
        result = client.models.train.trigger("model-1")
        seen: tuple[object, ...] = (
            ("answer", result) if isinstance(result, str) else ("answer", result.model.id, result.job)
        )
    except sdk.APIResponseValidationError as error:
        seen = (type(error).__name__, error.status_code, error.body)

    # The mock adds a "message" to a JSON body. The vendor returns the text of a body that is not JSON,
    # and for a JSON one, what it holds, a required field missing (`job`) reading None.
    sent = body.decode() if isinstance(body, bytes) else {"message": "OK", **body}
    assert seen == by_sdk(
        sdk,
        vendor=("answer", sent) if isinstance(body, bytes) else ("answer", 123, None),
        ours=("APIResponseValidationError", 200, sent),
    )
    assert calls(mock) == [TRIGGER]


def test_a_redirected_trigger_is_followed_as_a_read_by_the_vendor_and_raised_by_ours(
    sdk: SDK, mock: MockScenarioAPI
) -> None:
    client = connect(sdk, mock)
    mock.fail_next(status=302, headers={"Location": f"{mock.base_url}/models/model-1"}, method="PUT")

    result = outcome(lambda: client.models.train.trigger("model-1"))

    # The vendor follows it as a GET, whose answer (a model) it reads as the trigger's: no job.
    assert result == by_sdk(sdk, vendor=("answer", "new", None), ours=("RedirectError", 302, None))
    assert calls(mock) == by_sdk(sdk, vendor=[TRIGGER, READ], ours=[TRIGGER])

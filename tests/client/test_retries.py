"""Which failures are sent again, how often, and after how long: counted and timed on the server's side.

A trigger answered 5xx by the API is sent again only after a read of the model shows no training: these
tests answer such reads with a model that shows none (`NO_TRAINING`), and count the triggers (`PUT`). A
trigger whose answer was lost (none came, or a gateway's 502, 504 or 52x) is never sent again.
Retried answers carry `retry-after-ms: 10` unless the test is about pacing, and the tests that count
attempts after failures with no server ask skip the backoff (`no_retry_waits`), so that the suite
stays fast.
Gaps between attempts are measured between the arrivals of the requests at the server, with tolerant
lower bounds; each pacing test asks for more than the client's own first backoff (0.5 s at most), so it
fails if the server's ask is ignored.
"""

from __future__ import annotations

import email.utils
import logging
import math

import pytest

from scenario_train import (
    AnswerLostError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    RateLimitError,
    TrainModelResponse,
)
from tests.support.client import EXAMPLE, NO_TRAINING, Api, LoopbackServer, MakeApi, Received, Reply, Script, deadline

FAST = {"retry-after-ms": "10"}
SLACK = 0.05
"""How much earlier than asked an attempt may arrive (clock granularity)."""
LATE = 2.0
"""How much later than asked an attempt may arrive (a slow machine)."""
LONGEST_BACKOFF_BEFORE_FIRST_RETRY = 0.5


@pytest.mark.parametrize(
    ("status", "requests"),
    [
        (408, 3),
        (429, 3),
        (500, 3),
        (502, 1),
        (503, 3),
        (504, 1),
        (520, 1),
        (522, 1),
        (524, 1),
        (529, 1),
        (400, 1),
        (401, 1),
        (403, 1),
        (404, 1),
        (409, 1),
        (418, 1),
        (422, 1),
        (499, 1),
    ],
)
def test_which_statuses_are_retried(api: Api, server: LoopbackServer, status: int, requests: int) -> None:
    server.reply(Reply(status=status, json={"message": "no"}, headers=FAST))
    server.answer_reads(NO_TRAINING)

    with pytest.raises(APIStatusError) as caught:
        api.trigger("model-1")

    assert caught.value.status_code == status
    assert len(server.sent("PUT")) == requests
    assert caught.value.attempts == requests
    if status in (502, 504) or status >= 520:  # a gateway answered: the trigger may still be on its way
        assert "its outcome is unknown" in str(caught.value)
        assert "did not take effect" not in str(caught.value)


@pytest.mark.parametrize("status", [200, 201, 269])
def test_a_success_is_never_sent_again_even_when_unreadable(api: Api, server: LoopbackServer, status: int) -> None:
    server.reply(Reply(status=status, text="not json", headers={**FAST, "x-should-retry": "true"}))

    with pytest.raises(APIResponseValidationError):
        api.trigger("model-1")

    assert len(server.received) == 1


def test_a_retried_call_returns_the_answer_that_finally_came(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(status=503, headers=FAST), Reply(status=429, headers=FAST), Reply(json=EXAMPLE))
    server.answer_reads(NO_TRAINING)

    result = api.trigger("model-1", parameters={"seed": 7})

    assert isinstance(result, TrainModelResponse)
    assert result.to_dict() == EXAMPLE
    triggers = server.sent("PUT")
    assert len(triggers) == 3
    assert [request.method for request in server.received] == ["PUT", "GET", "PUT", "PUT"]
    assert all(request.json == {"parameters": {"seed": 7}} for request in triggers)
    assert len({request.headers["Authorization"] for request in server.received}) == 1


@pytest.mark.parametrize("value", ["false", "False", " FALSE "])
def test_x_should_retry_false_stops_retries(api: Api, server: LoopbackServer, value: str) -> None:
    server.reply(Reply(status=503, headers={**FAST, "x-should-retry": value}))

    with pytest.raises(InternalServerError):
        api.trigger("model-1")

    assert len(server.received) == 1


def test_exhausted_retries_say_how_many_attempts_were_made(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(status=503, json={"message": "overloaded"}, headers=FAST))
    server.answer_reads(NO_TRAINING)

    with pytest.raises(InternalServerError) as caught:
        api.trigger("model-1")

    assert caught.value.attempts == 3
    assert "3 attempts" in str(caught.value)
    assert "overloaded" in str(caught.value)


@pytest.mark.parametrize(("max_retries", "requests"), [(0, 1), (1, 2), (4, 5)])
def test_max_retries_bounds_the_attempts(
    make_api: MakeApi, server: LoopbackServer, max_retries: int, requests: int
) -> None:
    server.reply(Reply(status=500, headers=FAST))
    server.answer_reads(NO_TRAINING)

    with pytest.raises(InternalServerError) as caught:
        make_api(server.url, max_retries=max_retries).trigger("model-1")

    assert len(server.sent("PUT")) == requests
    assert caught.value.attempts == requests


def test_each_retry_is_logged_at_info(api: Api, server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="scenario_train")
    server.reply(Reply(status=503, headers={"retry-after-ms": "20"}), Reply(status=500, headers=FAST), Reply())
    server.answer_reads(NO_TRAINING)

    with pytest.raises(APIResponseValidationError):
        api.trigger("model-1")

    retries = [record for record in caplog.records if record.name == "scenario_train" and "retrying" in record.message]
    assert [record.levelno for record in retries] == [logging.INFO, logging.INFO]
    first, second = (record.getMessage() for record in retries)
    assert "attempt 1" in first
    assert "503" in first
    assert "attempt 2" in second
    assert "500" in second


# Answers that never came -------------------------------------------------------------------------------------------


@pytest.mark.usefixtures("no_retry_waits")
def test_a_trigger_whose_answer_was_lost_is_not_sent_again_and_the_model_is_read_twice(
    api: Api, server: LoopbackServer
) -> None:
    server.reply(Reply(drop=True))
    server.answer_reads(NO_TRAINING)

    with pytest.raises(APIConnectionError) as caught:
        api.trigger("model-1")

    # A read just after a lost answer proves nothing while the trigger may still be on its way: the
    # model is read, then read once more before giving up, and the trigger is not sent again.
    assert [request.method for request in server.received] == ["PUT", "GET", "GET"]
    assert caught.value.attempts == 1
    assert "its outcome is unknown" in str(caught.value)
    assert "did not take effect" not in str(caught.value)


@pytest.mark.usefixtures("no_retry_waits")
def test_a_dropped_read_is_retried_without_a_check(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(drop=True))

    with pytest.raises(APIConnectionError) as caught:
        api.retrieve("model-1")

    assert [request.method for request in server.received] == ["GET"] * 3
    assert caught.value.attempts == 3


def test_after_a_5xx_the_client_backs_off_and_tries_again(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(status=503), Reply(json=EXAMPLE))
    server.answer_reads(NO_TRAINING)

    result = api.trigger("model-1")

    assert result.to_dict() == EXAMPLE
    triggers = server.sent("PUT")
    assert len(triggers) == 2
    # No server ask: the exponential backoff, 0.5 s less up to a quarter of jitter, after the check.
    gap = triggers[1].arrived - triggers[0].arrived
    assert LONGEST_BACKOFF_BEFORE_FIRST_RETRY * 0.75 - SLACK <= gap <= 0.5 + LATE


@pytest.mark.usefixtures("no_retry_waits")
def test_an_error_after_an_attempt_of_unknown_outcome_warns_that_the_trigger_may_have_started(
    api: Api, server: LoopbackServer
) -> None:
    server.reply(Reply(status=503, headers=FAST), Reply(status=400, json={"message": "Model has no training images"}))
    server.answer_reads(NO_TRAINING)

    with pytest.raises(BadRequestError) as caught:
        api.trigger("model-1")

    # The 400 after an unknown outcome sends the client back to the model, which still shows no
    # training, and once more before it gives up: the 400 stands, and no third trigger is sent.
    assert [request.method for request in server.received] == ["PUT", "GET", "PUT", "GET", "GET"]
    assert caught.value.attempts == 2
    assert "Model has no training images" in str(caught.value)
    assert "may have taken effect" in str(caught.value)
    assert "did not take effect" not in str(caught.value)


def test_already_training_after_an_unknown_outcome_ends_as_answer_lost_even_if_a_read_lags(
    api: Api, server: LoopbackServer
) -> None:
    server.reply(Reply(status=503, headers=FAST), Reply(status=400, json={"message": "Model is already training"}))
    server.answer_reads(NO_TRAINING)  # a read that has not caught up with the first trigger yet

    with pytest.raises(AnswerLostError) as caught:
        api.trigger("model-1")

    assert [request.method for request in server.received] == ["PUT", "GET", "PUT", "GET"]
    assert caught.value.attempts == 2
    assert caught.value.model.id == "model-1"
    assert "already training" in str(caught.value)


@pytest.mark.usefixtures("no_retry_waits")
def test_a_read_timeout_is_retried(make_api: MakeApi, server: LoopbackServer) -> None:
    # The second attempt's answer must come within the timeout, on however busy a machine: half a second.
    server.reply(Reply(json=EXAMPLE, delay=3.0), Reply(json=EXAMPLE))
    api = make_api(server.url)

    result = api.retrieve("model-1", timeout=0.5)

    assert result.model.id == EXAMPLE["model"]["id"]
    assert len(server.received) == 2


@pytest.mark.usefixtures("no_retry_waits")
def test_read_timeouts_end_in_api_timeout_error(make_api: MakeApi, server: LoopbackServer) -> None:
    # An answer far later than the timeout: a busy machine cannot let it arrive first.
    server.reply(Reply(json=EXAMPLE, delay=3.0))
    api = make_api(server.url, max_retries=1)

    with pytest.raises(APITimeoutError) as caught:
        api.retrieve("model-1", timeout=0.15)

    assert len(server.received) == 2
    assert caught.value.attempts == 2


# The server's pacing ----------------------------------------------------------------------------------------------


def retried_once_after(api: Api, server: LoopbackServer, first: Script) -> float:
    """Sends a read answered `first`, then 200; the measured gap between the two attempts."""
    server.reply(first, Reply(json=EXAMPLE))
    assert api.retrieve("model-1").model.id == EXAMPLE["model"]["id"]
    assert len(server.received) == 2
    return server.gaps()[0]


@pytest.mark.parametrize(
    ("first", "asked"),
    [
        (Reply(status=503, headers={"retry-after-ms": "800"}), 0.8),
        (Reply(status=429, headers={"Retry-After": "1"}), 1.0),
        (Reply(status=429, json={"message": "cooldown", "remainingSeconds": 0.8}), 0.8),
        (Reply(status=429, headers={"retry-after-ms": "800", "Retry-After": "0"}, json={"remainingSeconds": 0}), 0.8),
        (Reply(status=429, headers={"Retry-After": "1"}, json={"remainingSeconds": 0}), 1.0),
    ],
    ids=[
        "retry-after-ms",
        "retry-after-seconds",
        "remainingSeconds",
        "retry-after-ms-wins-over-retry-after",
        "retry-after-wins-over-remainingSeconds",
    ],
)
def test_the_wait_the_server_asks_for_is_slept(api: Api, server: LoopbackServer, first: Reply, asked: float) -> None:
    assert asked > LONGEST_BACKOFF_BEFORE_FIRST_RETRY

    gap = retried_once_after(api, server, first)

    assert asked - SLACK <= gap <= asked + LATE


def test_retry_after_as_an_http_date_is_slept_until_then(api: Api, server: LoopbackServer) -> None:
    # The date is the first whole second at least 0.7 s after the server read the request, set as it answers:
    # however long the request took to arrive, the wait asked for outlasts the client's own first backoff.
    def until_then(request: Received) -> Reply:
        then = math.ceil(request.wall + 0.7)
        return Reply(status=503, headers={"Retry-After": email.utils.formatdate(then, usegmt=True)})

    gap = retried_once_after(api, server, until_then)

    asked = math.ceil(server.received[0].wall + 0.7) - server.received[0].wall
    assert asked > LONGEST_BACKOFF_BEFORE_FIRST_RETRY
    assert asked - SLACK <= gap <= asked + LATE


@pytest.mark.parametrize(
    "first",
    [
        Reply(status=429, headers={"retry-after-ms": "60500"}),
        Reply(status=503, headers={"Retry-After": "61"}),
        Reply(status=429, json={"message": "cooldown", "remainingSeconds": 3600}),
    ],
    ids=["retry-after-ms", "retry-after", "remainingSeconds"],
)
def test_a_wait_over_60_seconds_is_not_slept_on(api: Api, server: LoopbackServer, first: Reply) -> None:
    server.reply(first, Reply(json=EXAMPLE))
    server.answer_reads(NO_TRAINING)

    with deadline(5.0), pytest.raises(APIStatusError) as caught:
        api.trigger("model-1")

    assert caught.value.status_code == first.status
    assert len(server.sent("PUT")) == 1


def test_a_cooldown_error_carries_the_remaining_seconds(make_api: MakeApi, server: LoopbackServer) -> None:
    body = {"message": "Please wait before launching another training", "remainingSeconds": 42}
    server.reply(Reply(status=429, json=body))

    with pytest.raises(RateLimitError) as caught:
        make_api(server.url, max_retries=0).trigger("model-1")

    assert isinstance(caught.value.body, dict)
    assert caught.value.body["remainingSeconds"] == 42

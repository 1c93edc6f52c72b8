"""A trigger whose outcome is unknown: what proves it took effect, what proves nothing, and no false word.

Servers are scripted on the wire (`wire`), or the embedded mock plays a trigger that lands late. Every
test runs with `Scenario` and with `AsyncScenario`. Time bounds are generous guards (`deadline`), never
measurements.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest

from scenario_train import (
    AnswerLostError,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncScenario,
    InternalServerError,
    Scenario,
)
from scenario_train._body import MAX_BODY_BYTES
from scenario_train.testing import MockScenarioAPI, set_testing
from tests.support.client import API_KEY, API_SECRET, MakeApi, deadline, model_answer, wait_until
from tests.support.wire import answer, by_method, gzip_bomb, raw, stalled, wire

NEW = answer(200, model_answer("model-1", "new"))
TRAINING = answer(200, model_answer("model-1", "training"))
BUSY = answer(503, {"message": "busy"})


@pytest.fixture(autouse=True)
def _no_backoff() -> Iterator[None]:
    set_testing(True)
    yield
    set_testing(False)


def assert_says_no_false_word(error: BaseException) -> None:
    assert "its outcome is unknown" in str(error)
    assert "did not take effect" not in str(error)


# A look just after a lost answer proves nothing ----------------------------------------------------------------------


def test_a_trigger_that_lands_late_is_sent_once_and_never_said_not_to_have_acted(make_api: MakeApi) -> None:
    # The reproduction of the report: each PUT is handled 1.5 s late, the client waits 0.5 s per attempt.
    with MockScenarioAPI() as mock:
        mock.delay_next(1.5, 3, method="PUT")
        api = make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret, timeout=0.5)

        with deadline(20), pytest.raises((APITimeoutError, AnswerLostError)) as caught:
            api.trigger("model-1")

        # Whatever the looks saw (on a slow machine the PUT may have landed by the second one), the
        # trigger was sent once, and nothing said it did not act.
        assert [request.method for request in mock.requests if request.method == "PUT"] == ["PUT"]
        if isinstance(caught.value, APITimeoutError):
            assert_says_no_false_word(caught.value)
        assert wait_until(lambda: mock.model("model-1")["status"] == "training", seconds=10)
        assert sum(request.method == "PUT" for request in mock.requests) == 1


def test_a_look_once_more_before_giving_up_finds_the_training_that_landed(make_api: MakeApi) -> None:
    with wire(raw(b""), NEW, TRAINING) as server, pytest.raises(AnswerLostError) as caught:
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET", "GET"]
    assert caught.value.model.status == "training"


@pytest.mark.parametrize("status", ["queued-for-training", "copying"])
def test_a_status_the_spec_does_not_list_as_no_training_proves_nothing(make_api: MakeApi, status: str) -> None:
    unknown = answer(200, model_answer("model-1", status))
    with wire(BUSY, unknown, unknown) as server, pytest.raises(InternalServerError) as caught:
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET", "GET"]  # not sent again
    assert status in str(caught.value)
    assert_says_no_false_word(caught.value)


@pytest.mark.parametrize("status", ["new", "training"])
def test_an_answer_about_another_model_proves_nothing_either_way(make_api: MakeApi, status: str) -> None:
    other = answer(200, model_answer("model-2", status))
    with wire(BUSY, other, other) as server, pytest.raises(InternalServerError) as caught:
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET", "GET"]
    assert "'model-2', not the one called" in str(caught.value)
    assert_says_no_false_word(caught.value)


def test_a_5xx_then_no_training_is_sent_again_relying_on_the_apis_guard(make_api: MakeApi) -> None:
    ok = answer(200, {"job": {}, "model": {}})  # an unreadable 200: the second trigger took effect
    with wire(BUSY, NEW, ok) as server, pytest.raises(APIResponseValidationError):
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET", "PUT"]


# close() during the look at the model -----------------------------------------------------------------------------


def test_close_during_the_look_at_the_model_ends_the_trigger_as_a_connection_error() -> None:
    with wire(by_method(PUT=BUSY, GET=stalled())) as server:
        client = Scenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url)
        outcome: list[BaseException] = []

        def trigger() -> None:
            try:
                client.models.train.trigger("model-1")
            except BaseException as error:
                outcome.append(error)

        thread = threading.Thread(target=trigger)
        with deadline(8):
            thread.start()
            assert wait_until(lambda: server.methods() == ["PUT", "GET"])
            client.close()
            thread.join()

    [error] = outcome
    assert isinstance(error, APIConnectionError)
    assert "closed during the call" in str(error)
    assert "may have taken effect" in str(error)


async def test_async_close_during_the_look_at_the_model_ends_the_trigger_as_a_connection_error() -> None:
    with wire(by_method(PUT=BUSY, GET=stalled())) as server:
        client = AsyncScenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url)
        call = asyncio.ensure_future(client.models.train.trigger("model-1"))
        for _ in range(300):
            if server.methods() == ["PUT", "GET"]:
                break
            await asyncio.sleep(0.01)
        assert server.methods() == ["PUT", "GET"]

        await client.close()

        done, _ = await asyncio.wait([call], timeout=8)
    assert done
    error = call.exception()
    assert isinstance(error, APIConnectionError)
    assert "closed during the call" in str(error)


# A read whose success answer is over the body limit ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b" " * (MAX_BODY_BYTES + 1), {}),
        (gzip_bomb(2 * MAX_BODY_BYTES), {"Content-Encoding": "gzip"}),
    ],
    ids=["plain", "gzip"],
)
def test_a_read_answered_past_the_body_limit_is_a_validation_error_not_retried(
    make_api: MakeApi, body: bytes, headers: dict[str, str]
) -> None:
    with (
        wire(answer(200, body, {"Content-Type": "application/json", **headers})) as server,
        deadline(20),
        pytest.raises(APIResponseValidationError) as caught,
    ):
        make_api(server.url).retrieve("model-1")

    assert server.methods() == ["GET"]
    assert caught.value.status_code == 200
    assert caught.value.response.headers["content-type"] == "application/json"
    assert "larger than the limit" in str(caught.value)
    assert caught.value.attempts == 1

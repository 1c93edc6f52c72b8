"""Deadlines over whole calls and waits, and `close()` while calls are in flight.

Servers stall or trickle for far longer than the bounds under test; each test is guarded by a
generous `deadline` that only a client ignoring its own bound would reach.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from scenario_train import (
    APIConnectionError,
    APITimeoutError,
    AsyncScenario,
    Model,
    RateLimitError,
    Scenario,
    WaitTimeoutError,
)
from scenario_train.testing import set_testing
from tests.support.client import API_KEY, API_SECRET, MakeApi, deadline, model_answer, wait_until
from tests.support.wire import WireServer, answer, by_method, stalled, wire

TRAINING = answer(200, model_answer("model-1", "training"))


# wait(timeout=) bounds the whole wait ---------------------------------------------------------------------------------


def test_a_stalled_poll_ends_at_the_waits_deadline_as_a_wait_timeout(make_api: MakeApi) -> None:
    with (
        wire(TRAINING, stalled()) as server,
        deadline(8),
        pytest.raises(WaitTimeoutError) as caught,
    ):  # the attempt alone would be allowed 60 s
        make_api(server.url).wait("model-1", poll_interval=0.2, timeout=1.0)

    assert isinstance(caught.value.model, Model)
    assert caught.value.model.status == "training"
    assert isinstance(caught.value.__cause__, APITimeoutError)
    assert caught.value.waited >= 0.9


def test_a_first_poll_that_stalls_times_out_without_a_model(make_api: MakeApi) -> None:
    with wire(stalled()) as server, deadline(8), pytest.raises(WaitTimeoutError) as caught:
        make_api(server.url).wait("model-1", timeout=0.5)

    assert caught.value.model is None
    assert "model-1" in str(caught.value)


def test_a_pacing_wait_past_the_deadline_is_cut_short(make_api: MakeApi) -> None:
    busy = answer(429, {"message": "slow down"}, {"Retry-After": "8"})
    with wire(TRAINING, busy) as server, deadline(6), pytest.raises(WaitTimeoutError) as caught:
        make_api(server.url).wait("model-1", poll_interval=0.2, timeout=1.0)

    assert isinstance(caught.value.__cause__, RateLimitError)
    assert server.methods() == ["GET", "GET"]  # the 8 s asked for does not fit: no third poll


def test_a_poll_that_fails_for_good_is_raised_as_it_is(make_api: MakeApi) -> None:
    with wire(TRAINING, answer(404, {"message": "gone"})) as server, pytest.raises(Exception) as caught:
        make_api(server.url).wait("model-1", poll_interval=0.05, timeout=30)

    assert type(caught.value).__name__ == "NotFoundError"


# A call's total bound -----------------------------------------------------------------------------------------------


def test_every_attempt_of_a_call_is_cut_to_its_timeout(make_api: MakeApi) -> None:
    set_testing(True)
    try:
        with wire(stalled()) as server, deadline(8), pytest.raises(APITimeoutError) as caught:
            make_api(server.url, timeout=0.3, max_retries=2).retrieve("model-1")
    finally:
        set_testing(False)

    assert server.methods() == ["GET"] * 3
    assert caught.value.attempts == 3


# close() while calls are in flight ----------------------------------------------------------------------------------


@pytest.fixture
def slow_server() -> Iterator[WireServer]:
    """A server whose answers to triggers never come, and whose model reads stall too."""
    with wire(by_method(PUT=stalled(), GET=stalled(), POST=stalled())) as server:
        yield server


def test_close_from_another_thread_ends_a_call_blocked_reading(slow_server: WireServer) -> None:
    client = Scenario(api_key=API_KEY, api_secret=API_SECRET, base_url=slow_server.url)
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            client.models.retrieve("model-1")
        except BaseException as error:
            outcome.append(error)

    thread = threading.Thread(target=call)
    with deadline(8):
        thread.start()
        assert wait_until(lambda: slow_server.methods() == ["GET"])  # sent, and blocked reading its answer
        assert not outcome
        client.close()
        thread.join()

    [error] = outcome
    assert isinstance(error, APIConnectionError)
    assert "closed during the call" in str(error)


def test_close_during_a_trigger_says_its_outcome_is_unknown(slow_server: WireServer) -> None:
    client = Scenario(api_key=API_KEY, api_secret=API_SECRET, base_url=slow_server.url)
    outcome: list[BaseException] = []
    thread = threading.Thread(target=lambda: _capture(outcome, lambda: client.models.train.trigger("model-1")))
    with deadline(8):
        thread.start()
        assert wait_until(lambda: slow_server.methods() == ["PUT"])  # the trigger went out: its outcome is unknown
        assert not outcome
        client.close()
        thread.join()

    [error] = outcome
    assert isinstance(error, APIConnectionError)
    assert "outcome is unknown" in str(error)


def test_close_wakes_a_call_waiting_to_retry() -> None:
    busy = answer(503, {"message": "busy"}, {"Retry-After": "30"})
    with wire(busy) as server:
        client = Scenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url)
        outcome: list[BaseException] = []
        thread = threading.Thread(target=lambda: _capture(outcome, lambda: client.models.retrieve("model-1")))
        with deadline(8):
            thread.start()
            assert wait_until(lambda: len(server.exchanges) == 1)
            assert not wait_until(lambda: bool(outcome), seconds=0.3)  # sleeping the 30 s asked for
            client.close()
            thread.join()

    [error] = outcome
    assert isinstance(error, APIConnectionError)
    assert len(server.exchanges) == 1


async def test_async_close_ends_a_call_awaiting_its_answer(slow_server: WireServer) -> None:
    client = AsyncScenario(api_key=API_KEY, api_secret=API_SECRET, base_url=slow_server.url)
    call = asyncio.ensure_future(client.models.retrieve("model-1"))
    done, _ = await asyncio.wait([call], timeout=0.3)
    assert not done

    await client.close()

    error = await asyncio.wait_for(_exception(call), timeout=8)
    assert isinstance(error, APIConnectionError)
    assert "closed" in str(error)


async def test_async_close_wakes_a_call_waiting_to_retry() -> None:
    busy = answer(503, {"message": "busy"}, {"Retry-After": "30"})
    with wire(busy) as server:
        client = AsyncScenario(api_key=API_KEY, api_secret=API_SECRET, base_url=server.url)
        call = asyncio.ensure_future(client.models.retrieve("model-1"))
        done, _ = await asyncio.wait([call], timeout=0.5)
        assert not done

        await client.close()

        error = await asyncio.wait_for(_exception(call), timeout=8)
    assert isinstance(error, APIConnectionError)


# Copies ---------------------------------------------------------------------------------------------------------


def test_closing_a_copy_leaves_the_parents_pool_open(make_api: MakeApi) -> None:
    with wire(TRAINING) as server:
        api = make_api(server.url)
        copy = api.with_options(max_retries=0)
        assert copy.retrieve("model-1").model.status == "training"

        copy.run(copy.client.close())  # the copy's client only: the copy shares the parent's event loop

        with pytest.raises(APIConnectionError, match="closed: nothing was sent"):
            copy.retrieve("model-1")
        assert api.retrieve("model-1").model.status == "training"
        assert len({exchange.sock.getpeername() for exchange in server.exchanges}) == 1  # one pool, one connection


def test_closing_the_parent_closes_its_copies(make_api: MakeApi) -> None:
    with wire(TRAINING) as server:
        api = make_api(server.url)
        copy = api.with_options(timeout=5.0)

        api.run(api.client.close())

        with pytest.raises(APIConnectionError, match="closed"):
            copy.retrieve("model-1")
        assert server.exchanges == []


def _capture(outcome: list[BaseException], call: Callable[[], object]) -> None:
    try:
        call()
    except BaseException as error:
        outcome.append(error)


async def _exception(call: asyncio.Future[Any]) -> BaseException | None:
    try:
        await call
    except BaseException as error:
        return error
    return None

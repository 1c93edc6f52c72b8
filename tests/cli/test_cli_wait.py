"""`scenario-train trigger --wait`: following a training to its end, and how progress is shown."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from itertools import pairwise

import pytest

from scenario_train._progress import ProgressPrinter
from scenario_train.testing import MockScenarioAPI
from tests.support.cli import (
    RunCli,
    answer_trigger_leaving_the_model_new,
    call_mock,
    methods,
    progress_bars,
    stages,
    wait_for,
)

# Polls often; gives up (exit 5) rather than hang if the training never ends.
FAST = ("--poll-interval", "0.01", "--wait-timeout", "30")


@pytest.fixture
def when_polled(api: MockScenarioAPI) -> Iterator[Callable[[Callable[[], object]], None]]:
    """Runs an action from another thread once the CLI has polled the model, as a person would meanwhile."""
    threads: list[threading.Thread] = []

    def schedule(action: Callable[[], object]) -> None:
        def run() -> None:
            wait_for(lambda: any(line.startswith("GET ") for line in methods(api)), "the first poll")
            action()

        threads.append(threading.Thread(target=run, daemon=True))
        threads[-1].start()

    yield schedule
    for thread in threads:
        thread.join(timeout=10)
        assert not thread.is_alive()


def test_wait_follows_the_training_to_trained(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("trigger", "m1", "--wait", *FAST)

    assert outcome.code == 0
    assert api.model("m1")["status"] == "trained"
    assert outcome.out.splitlines()[-1] == "Model m1: status=trained"
    assert outcome.err.splitlines()[-1] == "status=trained"


@pytest.mark.scenario_mock(polls_per_step=2)
def test_off_a_terminal_progress_is_plain_lines_one_per_change(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("trigger", "m1", "--wait", *FAST)

    assert outcome.code == 0
    lines = outcome.err.splitlines()
    assert "\r" not in outcome.err and "\x1b" not in outcome.err
    assert len(set(stages(outcome.err))) >= 3, outcome.err
    assert all(earlier != later for earlier, later in pairwise(lines)), outcome.err
    polls = sum(line.startswith("GET ") for line in methods(api))
    assert len(lines) < polls  # each state was read twice but said once


def test_on_a_terminal_progress_is_a_bar_redrawn_in_place(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("trigger", "m1", "--wait", *FAST, terminal=True)

    assert outcome.code == 0
    bars = progress_bars(outcome.err)
    assert len(bars) >= 3, repr(outcome.err)
    assert len({width for _, width in bars}) == 1
    filled = [count for count, _ in bars]
    assert filled == sorted(filled) and filled[0] < filled[-1] == bars[-1][1], bars
    assert any(0 < count < bars[0][1] for count in filled), bars
    assert outcome.err.endswith("\n") and outcome.err.count("\n") == 1, repr(outcome.err)
    assert len(set(stages(outcome.err))) >= 3


@pytest.mark.scenario_mock(polls_per_step=0)
def test_on_a_terminal_a_failed_training_keeps_the_last_progress_drawn(
    api: MockScenarioAPI, cli: RunCli, when_polled: Callable[[Callable[[], object]], None]
) -> None:
    def halfway_then_fail() -> None:
        half = api.advance("m1", 4)["trainingProgress"]["progress"]
        assert 0 < half < 1
        polls = len(methods(api))
        wait_for(lambda: len(methods(api)) > polls + 1, "two polls of the half-done training")
        api.finish("m1", "failed")

    when_polled(halfway_then_fail)

    outcome = cli("trigger", "m1", "--wait", *FAST, terminal=True)

    assert outcome.code == 4
    bars = progress_bars(outcome.err)
    assert bars[-1][0] == bars[-2][0] > 0, bars
    assert "status=failed" in outcome.err.split("\r")[-1]


def _cancel(api: MockScenarioAPI, model_id: str) -> None:
    call_mock(api, "POST", f"/models/{model_id}/train/action", json={"action": "cancel"})


@pytest.mark.scenario_mock(polls_per_step=0)
@pytest.mark.parametrize("ending", ["failed", "training-canceled"])
def test_a_training_that_fails_or_is_canceled_exits_4(
    api: MockScenarioAPI, cli: RunCli, when_polled: Callable[[Callable[[], object]], None], ending: str
) -> None:
    when_polled(lambda: api.finish("m1", "failed") if ending == "failed" else _cancel(api, "m1"))

    outcome = cli("trigger", "m1", "--wait", *FAST)

    assert outcome.code == 4
    assert api.model("m1")["status"] == ending
    assert ending in outcome.error and "m1" in outcome.error
    assert outcome.out.startswith("Training started for model m1")


@pytest.mark.scenario_mock(polls_per_step=0)
def test_wait_timeout_exits_5_and_leaves_the_training_running(api: MockScenarioAPI, cli: RunCli) -> None:
    started = time.monotonic()
    outcome = cli("trigger", "m1", "--wait", "--poll-interval", "0.05", "--wait-timeout", "0.3")

    assert outcome.code == 5
    assert time.monotonic() - started < 5
    assert outcome.error.endswith("the training goes on: follow it with: scenario-train status m1")
    assert api.model("m1")["status"] == "training"
    assert not any(line.startswith("POST ") for line in methods(api))


@pytest.mark.scenario_mock(polls_per_step=0)
@pytest.mark.parametrize("given", ["0.25", "0.350", ".3"])
def test_wait_timeout_is_reported_as_it_was_given(api: MockScenarioAPI, cli: RunCli, given: str) -> None:
    outcome = cli("trigger", "m1", "--wait", "--poll-interval", "0.05", "--wait-timeout", given)

    assert outcome.code == 5
    assert outcome.error.startswith(f"Model 'm1' is still 'training' after {given} s (--wait-timeout);")


def test_a_model_that_shows_no_training_exits_7_saying_so(api: MockScenarioAPI, cli: RunCli) -> None:
    answer_trigger_leaving_the_model_new(api, "m1")

    outcome = cli("trigger", "m1", "--wait", "--poll-interval", "0.01", "--wait-timeout", "0.3")

    assert outcome.code == 7
    assert outcome.out.startswith("Training started for model m1")
    assert outcome.error.startswith("Model 'm1' has no training to wait for: its status is 'new' after ")
    assert outcome.error.endswith("; check it with: scenario-train status m1")
    assert "goes on" not in outcome.error and "left running" not in outcome.error
    assert api.model("m1")["status"] == "new"


def test_no_answer_before_the_wait_timeout_says_how_to_follow_the_training(api: MockScenarioAPI, cli: RunCli) -> None:
    api.delay_next(5, method="GET")

    outcome = cli("trigger", "m1", "--wait", "--project-id", "my project", "--wait-timeout", "0.3")

    assert outcome.code == 5
    assert outcome.error == (
        "No answer about model 'm1' within 0.3 s (--wait-timeout); the training goes on: "
        "follow it with: scenario-train status m1 --project-id 'my project'"
    )


def test_json_with_wait_prints_the_answer_then_the_final_model(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("trigger", "m1", "--wait", "--json", *FAST)

    assert outcome.code == 0
    started, final = outcome.json_lines()
    assert started["model"]["id"] == "m1" and started["model"]["status"] == "training"
    assert final == {"model": api.model("m1")}
    assert final["model"]["status"] == "trained"


@pytest.mark.parametrize(
    "settings",
    [
        ("--poll-interval", "0"),
        ("--poll-interval", "-1"),
        ("--poll-interval", "nan"),
        ("--poll-interval", "inf"),
        ("--poll-interval", "1e10"),
        ("--wait-timeout", "-1"),
        ("--wait-timeout", "0"),
        ("--wait-timeout", "inf"),
    ],
)
def test_bad_wait_settings_are_refused_before_anything_starts(
    api: MockScenarioAPI, cli: RunCli, settings: tuple[str, str]
) -> None:
    outcome = cli("trigger", "m1", "--wait", *settings)

    assert outcome.code == 2
    assert outcome.error.startswith(settings[0])
    assert api.requests == []
    assert api.model("m1")["status"] == "new"


@pytest.mark.scenario_mock(polls_per_step=0)
def test_an_interrupt_while_waiting_exits_130_and_leaves_the_training(
    api: MockScenarioAPI, cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(ProgressPrinter, "__call__", interrupt)

    outcome = cli("trigger", "m1", "--wait", *FAST, "--project-id", "p1")

    assert outcome.code == 130
    assert outcome.err.splitlines()[-1] == (
        "scenario-train: interrupted after the training started: it goes on; "
        "follow it with: scenario-train status m1 --project-id p1"
    )
    assert api.model("m1")["status"] == "training"
    assert not any(line.startswith("POST ") for line in methods(api))

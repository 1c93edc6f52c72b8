"""The pure parts of following a training (`_wait`): when it has ended, and when to look again."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from scenario_train import Model, NoTrainingError, ScenarioError, TrainingFailedError, WaitTimeoutError
from scenario_train._wait import (
    DEFAULT_WAIT_TIMEOUT,
    NO_TRAINING_GRACE,
    Pause,
    Poll,
    check_poll_settings,
    is_finished,
    next_poll_delay,
    wait_steps,
)
from tests.support.client import model_answer


def model(status: str) -> Model:
    return Model.from_dict(model_answer("m-1", status)["model"])


@pytest.mark.parametrize("status", ["trained", "failed", "training-canceled"])
def test_these_statuses_end_a_training(status: str) -> None:
    assert is_finished(model(status))


@pytest.mark.parametrize("status", ["new", "copying", "training", "a-status-added-later"])
def test_other_statuses_do_not(status: str) -> None:
    assert not is_finished(model(status))


@pytest.mark.parametrize(
    ("poll_interval", "elapsed", "timeout", "expected"),
    [
        (10.0, 0.0, 60.0, 10.0),
        (10.0, 49.0, 60.0, 10.0),
        (10.0, 50.0, 60.0, None),
        (10.0, 55.0, 60.0, None),
        (10.0, 61.0, 60.0, None),
        (0.5, 59.4, 60.0, 0.5),
    ],
)
def test_a_next_look_comes_only_if_it_fits_before_the_deadline(
    poll_interval: float, elapsed: float, timeout: float, expected: object
) -> None:
    assert next_poll_delay(poll_interval, elapsed, timeout) == expected


@pytest.mark.parametrize("poll_interval", [0, -1, 0.0, float("nan"), float("inf"), 3601, 1e10, True, "10", None])
def test_poll_interval_must_be_a_positive_bounded_number(poll_interval: object) -> None:
    with pytest.raises(ValueError, match="poll_interval"):
        check_poll_settings(poll_interval, None)


@pytest.mark.parametrize("timeout", [0, -1, -0.001, float("nan"), float("inf"), 1e10, 10**400, True, "60"])
def test_wait_timeout_must_be_a_positive_bounded_number_or_none(timeout: object) -> None:
    with pytest.raises(ValueError, match="timeout"):
        check_poll_settings(10.0, timeout)


@pytest.mark.parametrize(
    ("poll_interval", "timeout", "expected"),
    [(10.0, None, (10.0, DEFAULT_WAIT_TIMEOUT)), (0.01, 0.5, (0.01, 0.5)), (1, 3600, (1.0, 3600.0))],
)
def test_good_poll_settings_pass(poll_interval: float, timeout: float | None, expected: tuple[float, float]) -> None:
    assert check_poll_settings(poll_interval, timeout) == expected


def test_the_messages_name_the_settings_as_the_caller_knows_them() -> None:
    with pytest.raises(ValueError, match=r"^--poll-interval must be"):
        check_poll_settings(float("inf"), None, ("--poll-interval", "--wait-timeout"))
    with pytest.raises(ValueError, match=r"^--wait-timeout must be"):
        check_poll_settings(1.0, -1.0, ("--poll-interval", "--wait-timeout"))


def test_training_failed_error_carries_the_model() -> None:
    failed = model("failed")

    error = TrainingFailedError(failed)

    assert error.model is failed
    assert error.status == "failed"
    assert "m-1" in str(error)
    assert "failed" in str(error)
    assert isinstance(error, ScenarioError)


def test_wait_timeout_error_is_a_timeout_error_carrying_the_last_model() -> None:
    running = model("training")

    error = WaitTimeoutError(running, 12.4)

    assert error.model is running
    assert error.waited == 12.4
    assert isinstance(error, TimeoutError)
    assert isinstance(error, ScenarioError)
    assert "training" in str(error)
    assert "left running" in str(error)


# A model that shows no training --------------------------------------------------------------------------------------


@dataclass
class Played:
    """How a wait went against scripted answers, on a clock that only its pauses move."""

    polls: int
    elapsed: float
    outcome: Model | ScenarioError


def play(*answers: str | Model, poll_interval: float = 10.0, timeout: float = DEFAULT_WAIT_TIMEOUT) -> Played:
    """Runs `wait_steps` with each poll answered by the next answer (a status, or a model); the last one repeats."""
    now = [1000.0]
    flow = wait_steps("m-1", poll_interval, timeout, clock=lambda: now[0])
    polls, result = 0, None
    try:
        while True:
            step = flow.send(result)
            result = None
            if isinstance(step, Poll):
                answer = answers[min(polls, len(answers) - 1)]
                result = model(answer) if isinstance(answer, str) else answer
                polls += 1
            elif isinstance(step, Pause):
                now[0] += step.seconds
    except StopIteration as done:
        return Played(polls, now[0] - 1000.0, done.value)
    except ScenarioError as error:
        return Played(polls, now[0] - 1000.0, error)


def test_a_model_that_never_shows_a_training_ends_the_wait_after_the_grace() -> None:
    played = play("new")

    assert isinstance(played.outcome, NoTrainingError)
    assert played.elapsed == NO_TRAINING_GRACE == 30.0
    assert played.polls == 4  # at 0, 10, 20 and 30 s
    assert played.outcome.model.status == "new"
    assert played.outcome.status == "new"
    assert played.outcome.waited == NO_TRAINING_GRACE


def test_a_model_that_flips_to_training_within_the_grace_is_followed_to_its_end() -> None:
    played = play("new", "new", "new", "training", "trained")

    assert isinstance(played.outcome, Model)
    assert played.outcome.status == "trained"


def test_the_grace_starts_again_after_a_poll_that_shows_a_training() -> None:
    played = play("new", "new", "training", "new")

    assert isinstance(played.outcome, NoTrainingError)
    assert played.elapsed == 30.0 + NO_TRAINING_GRACE


@pytest.mark.parametrize("status", ["training", "copying", "a-status-added-later"])
def test_a_model_that_may_show_a_training_is_followed_to_the_deadline(status: str) -> None:
    played = play(status, timeout=600.0)

    assert isinstance(played.outcome, WaitTimeoutError)
    assert played.elapsed == 600.0


def test_a_new_model_shows_no_training_whatever_its_training_progress_says() -> None:
    new = model("new")
    assert new.training_progress is not None  # the documented example fills it, stage `pending`, on any model

    assert isinstance(play(new).outcome, NoTrainingError)


def test_the_grace_is_cut_to_the_waits_timeout() -> None:
    played = play("new", poll_interval=1.0, timeout=5.0)

    assert isinstance(played.outcome, NoTrainingError)
    assert played.elapsed == 5.0
    assert played.outcome.waited == 5.0


def test_no_training_error_carries_the_model_and_names_its_status() -> None:
    new = model("new")

    error = NoTrainingError(new, 30.0)

    assert error.model is new
    assert error.status == "new"
    assert error.waited == 30.0
    assert isinstance(error, ScenarioError)
    assert not isinstance(error, TimeoutError)
    assert "m-1" in str(error) and "'new'" in str(error)
    assert "left running" not in str(error)

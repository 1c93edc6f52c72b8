"""The pure parts of following a training (`_wait`): when it has ended, and when to look again."""

from __future__ import annotations

import pytest

from scenario_train import Model, ScenarioError, TrainingFailedError, WaitTimeoutError
from scenario_train._wait import DEFAULT_WAIT_TIMEOUT, check_poll_settings, is_finished, next_poll_delay
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

"""Following a training to its end, as steps (`wait_steps`) that the sync and async clients carry out.

`wait(timeout=)` is a deadline for the whole wait: each poll, and each wait before a retry inside
it, is cut to what is left, and at the deadline `WaitTimeoutError` is raised.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from scenario_train_api.models import Model

from ._errors import APIError, ScenarioError
from ._flow import DeadlineReached
from ._limits import MAX_POLL_INTERVAL, MAX_WAIT, check_seconds

__all__ = [
    "DEFAULT_WAIT_TIMEOUT",
    "Pause",
    "Poll",
    "Report",
    "TrainingFailedError",
    "WaitTimeoutError",
    "check_poll_settings",
    "is_finished",
    "next_poll_delay",
    "wait_steps",
]

DEFAULT_WAIT_TIMEOUT = 24 * 3600.0
"""How long `wait` follows a training when given no `timeout`: a day."""

_FINISHED = ("trained", "failed", "training-canceled")
"""The statuses a training ends in (a model's status enum compares equal to its text)."""


class TrainingFailedError(ScenarioError):
    """The training ended without a trained model: its status is `failed` or `training-canceled`."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.status = str(model.status)
        super().__init__(f"Training of model {model.id!r} ended with status {self.status!r}")


class WaitTimeoutError(ScenarioError, TimeoutError):
    """The training did not end before `wait`'s deadline. It was left running.

    `model` is the last state seen, or None when no poll was answered in time.
    """

    def __init__(self, model: Model | None, waited: float, *, model_id: str | None = None) -> None:
        self.model = model
        self.waited = waited
        name = model.id if model is not None else model_id
        if model is None:
            message = f"No answer about model {name!r} within {_seconds(waited)}; the training was left running"
        else:
            message = (
                f"Model {name!r} is still {str(model.status)!r} after {_seconds(waited)}; the training was left running"
            )
        super().__init__(message)


def _seconds(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s"


def is_finished(model: Model) -> bool:
    return model.status in _FINISHED


def check_poll_settings(
    poll_interval: object, timeout: object, names: tuple[str, str] = ("poll_interval", "timeout")
) -> tuple[float, float]:
    """The poll interval and the wait's deadline in seconds (None: `DEFAULT_WAIT_TIMEOUT`), checked."""
    interval = check_seconds(poll_interval, names[0], maximum=MAX_POLL_INTERVAL)
    limit = DEFAULT_WAIT_TIMEOUT if timeout is None else check_seconds(timeout, names[1], maximum=MAX_WAIT)
    return interval, limit


def next_poll_delay(poll_interval: float, elapsed: float, timeout: float) -> float | None:
    """Seconds until the next look, or None when none fits before the deadline."""
    remaining = timeout - elapsed
    if not remaining > poll_interval:
        return None
    return poll_interval


class Poll(NamedTuple):
    """Read the model by `deadline`; answer the `Model`, or the `DeadlineReached` the read raised."""

    deadline: float


class Report(NamedTuple):
    """Show the caller this model (`on_progress`)."""

    model: Model


class Pause(NamedTuple):
    seconds: float


def wait_steps(
    model_id: str, poll_interval: float, timeout: float, clock: Callable[[], float] = time.monotonic
) -> Generator[Poll | Report | Pause, Any, Model]:
    """The steps of `wait`: poll, report, pause, until the training ends or the deadline comes."""
    started = clock()
    deadline = started + timeout
    last: Model | None = None
    while True:
        result = yield Poll(deadline)
        if isinstance(result, DeadlineReached):
            raise _timed_out(last, clock() - started, model_id, result.error)
        model: Model = result
        last = model
        yield Report(model)
        if is_finished(model):
            if model.status == "trained":
                return model
            raise TrainingFailedError(model)
        delay = next_poll_delay(poll_interval, clock() - started, timeout)
        if delay is None:
            yield Pause(max(deadline - clock(), 0.0))
            raise _timed_out(model, clock() - started, model_id, None)
        yield Pause(delay)


def _timed_out(model: Model | None, waited: float, model_id: str, cause: APIError | None) -> WaitTimeoutError:
    error = WaitTimeoutError(model, waited if math.isfinite(waited) else 0.0, model_id=model_id)
    error.__cause__ = cause
    return error

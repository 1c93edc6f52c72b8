"""Following a training to its end, as steps (`wait_steps`) that the sync and async clients carry out.

`wait(timeout=)` is a deadline for the whole wait: each poll, and each wait before a retry inside
it, is cut to what is left, and at the deadline `WaitTimeoutError` is raised. A model that shows no
training (`new`) for `NO_TRAINING_GRACE` raises `NoTrainingError` instead.
"""

from __future__ import annotations

import math
import time
from collections.abc import Awaitable, Callable, Generator
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from scenario_train_api.models import Model

from ._call_steps import DeadlineReached
from ._errors import APIError, ScenarioError
from ._limits import MAX_POLL_INTERVAL, MAX_WAIT, check_seconds
from ._retry import NO_TRAINING

__all__ = [
    "DEFAULT_WAIT_TIMEOUT",
    "NO_TRAINING_GRACE",
    "NoTrainingError",
    "Pause",
    "Poll",
    "Report",
    "TrainingFailedError",
    "WaitTimeoutError",
    "check_poll_settings",
    "is_finished",
    "next_poll_delay",
    "report",
    "report_async",
    "wait_steps",
]

DEFAULT_WAIT_TIMEOUT = 24 * 3600.0
"""How long `wait` follows a training when given no `timeout`: a day."""

NO_TRAINING_GRACE = 30.0
"""How long `wait` follows a model that shows no training before raising `NoTrainingError`.

Right after a trigger, a read of the model may still show it `new`. The grace is measured from the
first poll that showed no training, on the wait's clock, and never outlasts the wait's deadline.
"""

_FINISHED = ("trained", "failed", "training-canceled")
"""The statuses a training ends in (a model's status enum compares equal to its text)."""


class TrainingFailedError(ScenarioError):
    """The training ended without a trained model: its status is `failed` or `training-canceled`."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.status = str(model.status)
        super().__init__(f"Training of model {model.id!r} ended with status {self.status!r}")


class NoTrainingError(ScenarioError):
    """The model shows no training to wait for: its status is `new` (never trained).

    Raised once it has shown so for `NO_TRAINING_GRACE` seconds, or at the wait's deadline if that
    comes first. `model` is the last state seen, `status` its status, `waited` the seconds waited.
    """

    def __init__(self, model: Model, waited: float) -> None:
        self.model = model
        self.status = str(model.status)
        self.waited = waited
        super().__init__(
            f"Model {model.id!r} has no training to wait for: its status is {self.status!r} after {_seconds(waited)}"
        )


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


def shows_no_training(model: Model) -> bool:
    """Whether the model's status is one the spec lists as showing no training, whatever its `trainingProgress`,
    which may be filled anyway. Of those, only `new` is not also an end (`is_finished`), which is checked first.
    Any other status may be a training's (`training`, a model being copied, a status added to the API
    later), and is followed to its end or to the deadline."""
    return str(model.status) in NO_TRAINING


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
    """The steps of `wait`: poll, report, pause, until the training ends, none shows, or the deadline comes."""
    started = clock()
    deadline = started + timeout
    last: Model | None = None
    idle_since: float | None = None  # when the polls began to show no training
    while True:
        result = yield Poll(deadline)
        if isinstance(result, DeadlineReached):
            raise _timed_out(last, clock() - started, model_id, result.error)
        answered = clock()
        model: Model = result
        last = model
        yield Report(model)
        if is_finished(model):
            if model.status == "trained":
                return model
            raise TrainingFailedError(model)
        if not shows_no_training(model):
            idle_since = None
        elif idle_since is None:
            idle_since = answered
        elif answered - idle_since >= NO_TRAINING_GRACE:
            raise NoTrainingError(model, answered - started)
        delay = next_poll_delay(poll_interval, clock() - started, timeout)
        if delay is None:
            yield Pause(max(deadline - clock(), 0.0))
            raise _timed_out(model, clock() - started, model_id, None)
        yield Pause(delay)


def _timed_out(
    model: Model | None, waited: float, model_id: str, cause: APIError | None
) -> WaitTimeoutError | NoTrainingError:
    """The error at the deadline: the grace is cut to it, so a model last seen with no training says so."""
    waited = waited if math.isfinite(waited) else 0.0
    error: WaitTimeoutError | NoTrainingError
    if model is not None and shows_no_training(model):
        error = NoTrainingError(model, waited)
    else:
        error = WaitTimeoutError(model, waited, model_id=model_id)
    error.__cause__ = cause
    return error


def report(on_progress: Callable[[Model], None] | None, model: Model) -> None:
    """Show `wait`'s caller a model read."""
    if on_progress is not None:
        on_progress(model)


async def report_async(on_progress: Callable[[Model], Awaitable[None] | None] | None, model: Model) -> None:
    """Show `wait`'s caller a model read; with `AsyncScenario`, `on_progress` may be a coroutine function."""
    if on_progress is not None:
        reported = on_progress(model)
        if isinstance(reported, Awaitable):
            await reported

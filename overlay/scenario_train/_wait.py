"""Following a training to its end: what counts as the end, and when to look again. No I/O."""

from __future__ import annotations

import math

from scenario_train_api.models import Model, ModelStatus

from ._errors import ScenarioError

__all__ = ["TrainingFailedError", "WaitTimeoutError", "check_poll_settings", "is_finished", "next_poll_delay"]

_FINISHED = frozenset({ModelStatus.TRAINED, ModelStatus.FAILED, ModelStatus.TRAINING_CANCELED})


class TrainingFailedError(ScenarioError):
    """The training ended without a trained model: its status is `failed` or `training-canceled`."""

    def __init__(self, model: Model) -> None:
        self.model = model
        self.status = str(model.status)
        super().__init__(f"Training of model {model.id!r} ended with status {self.status!r}")


class WaitTimeoutError(ScenarioError, TimeoutError):
    """The training did not end in time. It was left running; `model` is the last state seen."""

    def __init__(self, model: Model, waited: float) -> None:
        self.model = model
        self.waited = waited
        super().__init__(
            f"Model {model.id!r} is still {str(model.status)!r} after {waited:.0f} s; the training was left running"
        )


def is_finished(model: Model) -> bool:
    return model.status in _FINISHED


def check_poll_settings(poll_interval: float, timeout: float | None) -> None:
    if isinstance(poll_interval, bool) or not isinstance(poll_interval, int | float) or not poll_interval > 0:
        raise ValueError(f"poll_interval must be a positive number of seconds, not {poll_interval!r}")
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout >= 0 or math.isnan(timeout)
    ):
        raise ValueError(f"timeout must be a non-negative number of seconds or None, not {timeout!r}")


def next_poll_delay(poll_interval: float, elapsed: float, timeout: float | None) -> float | None:
    """Seconds until the next look, or None when the time is up. The last look lands on the deadline."""
    if timeout is None:
        return poll_interval
    remaining = timeout - elapsed
    if remaining <= 0:
        return None
    return min(poll_interval, remaining)

"""How the command line shows a training's progress: a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

from typing import TextIO

from scenario_train_api.models import Model, ModelStatus

__all__ = ["ProgressPrinter", "describe_progress"]

_BAR_WIDTH = 30


def _fraction(model: Model) -> float | None:
    progress = model.training_progress
    if progress is None or progress.progress is None:
        return None
    return min(max(float(progress.progress), 0.0), 1.0)


def describe_progress(model: Model) -> str:
    """One line: status, stage, percentage, queue position and time left, as far as the model tells."""
    parts = [f"status={model.status}"]
    progress = model.training_progress
    if progress is not None:
        parts.append(f"stage={progress.stage}")
        fraction = _fraction(model)
        if fraction is not None:
            parts.append(f"progress={fraction:.0%}")
        if progress.position is not None:
            parts.append(f"position={progress.position:g}")
        if progress.remaining_time_ms is not None:
            parts.append(f"remaining={_duration(progress.remaining_time_ms / 1000)}")
    return " ".join(parts)


def _duration(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s"


class ProgressPrinter:
    """Call with each model read while waiting; call `done()` at the end."""

    def __init__(self, stream: TextIO, *, interactive: bool) -> None:
        self._stream = stream
        self._interactive = interactive
        self._last = ""
        self._fraction = 0.0

    def __call__(self, model: Model) -> None:
        line = describe_progress(model)
        if self._interactive:
            # A trained model reports no progress: its bar is full. Otherwise, unknown keeps the last known.
            fraction = 1.0 if model.status == ModelStatus.TRAINED else _fraction(model)
            if fraction is not None:
                self._fraction = fraction
            filled = round(self._fraction * _BAR_WIDTH)
            bar = "#" * filled + "-" * (_BAR_WIDTH - filled)
            self._stream.write(f"\r[{bar}] {line}\x1b[K")
            self._stream.flush()
        elif line != self._last:
            self._stream.write(line + "\n")
            self._stream.flush()
        self._last = line

    def done(self) -> None:
        if self._interactive and self._last:
            self._stream.write("\n")
            self._stream.flush()

"""How the command line shows a training's progress: a bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import os
import shutil
from typing import TextIO

from scenario_train_api.models import Model, ModelStatus

__all__ = ["ProgressPrinter", "describe_progress", "terminal_columns"]

_BAR_WIDTH = 30
_MIN_BAR_WIDTH = 10
_DETAILS_ROOM = 40
"""What the bar leaves for the details when it can: `status=training stage=queued-for-train`."""


def _fraction(model: Model) -> float | None:
    progress = model.training_progress
    if progress is None or progress.progress is None:
        return None
    return min(max(float(progress.progress), 0.0), 1.0)


def describe_progress(model: Model) -> str:
    """One line: status, stage, percentage, queue position and time left, as far as the model tells."""
    return " ".join(_parts(model, with_fraction=True))


def _parts(model: Model, *, with_fraction: bool) -> list[str]:
    """What `describe_progress` says, part by part."""
    parts = [f"status={model.status}"]
    progress = model.training_progress
    if progress is not None:
        parts.append(f"stage={progress.stage}")
        fraction = _fraction(model)
        if with_fraction and fraction is not None:
            parts.append(f"progress={fraction:.0%}")
        if progress.position is not None:
            parts.append(f"position={progress.position:g}")
        if progress.remaining_time_ms is not None:
            parts.append(f"remaining={_duration(progress.remaining_time_ms / 1000)}")
    return parts


def _duration(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s"


def terminal_columns(stream: TextIO) -> int:
    """The width of the terminal `stream` writes to; else, as `shutil.get_terminal_size` says (COLUMNS, or 80)."""
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):  # not a file descriptor, or not a terminal's
        columns = 0
    return columns or shutil.get_terminal_size().columns


def _bar_width(room: int) -> int:
    """The bar's width in a line of `room` characters: the same at every redraw, so that the bar does not jump."""
    head = len("[] 100%")
    wanted = min(_BAR_WIDTH, max(_MIN_BAR_WIDTH, room - head - 1 - _DETAILS_ROOM))
    return max(0, min(wanted, room - head))


class ProgressPrinter:
    """Call with each model read while waiting; call `done()` at the end.

    On a terminal (`interactive`), one line is redrawn in place: a bar, the percentage, then as
    much of the rest as fits the terminal's width. A line as wide as the terminal would wrap, and each
    redraw would then start a new row.
    """

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
            self._stream.write(f"\r{self._bar_line(model)}\x1b[K")
            self._stream.flush()
        elif line != self._last:
            self._stream.write(line + "\n")
            self._stream.flush()
        self._last = line

    def _bar_line(self, model: Model) -> str:
        room = max(terminal_columns(self._stream) - 1, 1)  # the last column would wrap on some terminals
        width = _bar_width(room)
        filled = round(self._fraction * width)
        line = f"[{'#' * filled}{'-' * (width - filled)}] {self._fraction:4.0%}"
        for part in _parts(model, with_fraction=False):
            if len(line) + 1 + len(part) > room:
                break
            line += " " + part
        return line[:room]

    def done(self) -> None:
        if self._interactive and self._last:
            self._stream.write("\n")
            self._stream.flush()

"""The progress bar of `--wait` on a terminal: one row of the terminal's width, redrawn in place."""

from __future__ import annotations

import io
import os
import re
import struct
import sys
import threading
from typing import TextIO

import pytest

from scenario_train._cli import main
from scenario_train.testing import MockScenarioAPI
from tests.support.cli import PointAt, RunCli, progress_bars

FAST = ("--poll-interval", "0.01", "--wait-timeout", "30")


def _drawn(err: str) -> list[str]:
    """Each line the bar drew, without the `\\r` before it and what clears the rest of the row."""
    return [segment.removesuffix("\n").removesuffix("\x1b[K") for segment in err.split("\r")[1:]]


def _check_fits(err: str, columns: int) -> None:
    drawn = _drawn(err)
    assert len(drawn) >= 3, repr(err)
    assert all(len(line) < columns for line in drawn), drawn
    percentages = [int(match.group(1)) for line in drawn if (match := re.search(r"\] +(\d+)%", line))]
    assert len(percentages) == len(drawn), drawn
    assert percentages == sorted(percentages) and percentages[-1] == 100, percentages
    assert err.count("\n") == 1, repr(err)


@pytest.mark.parametrize("columns", [60, 24])
def test_in_a_narrow_terminal_each_redraw_fits_one_row_and_shows_the_percentage(
    api: MockScenarioAPI, cli: RunCli, columns: int
) -> None:
    outcome = cli("trigger", "m1", "--wait", *FAST, terminal=True, columns=columns)

    assert outcome.code == 0
    _check_fits(outcome.err, columns)


def test_a_wide_terminal_shows_the_whole_line(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("trigger", "m1", "--wait", *FAST, terminal=True, columns=200)

    assert outcome.code == 0
    assert {width for _, width in progress_bars(outcome.err)} == {30}
    assert any("stage=" in line and "remaining=" in line for line in _drawn(outcome.err))


class PseudoTerminal:
    """A real pseudo-terminal of given width, in raw mode: `stream` writes to it, `close()` gives what was written."""

    def __init__(self, columns: int) -> None:
        import fcntl
        import pty
        import termios
        import tty

        self._leader, follower = pty.openpty()
        tty.setraw(follower)
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        self.stream: TextIO = open(follower, "w", encoding="utf-8")  # noqa: SIM115 (closed by close())
        self._written = io.BytesIO()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self._leader, 4096)
            except OSError:  # the follower side was closed and all was read
                return
            if not chunk:
                return
            self._written.write(chunk)

    def close(self) -> str:
        self.stream.close()
        self._reader.join(timeout=10)
        assert not self._reader.is_alive()
        os.close(self._leader)
        return self._written.getvalue().decode()


@pytest.mark.skipif(sys.platform == "win32", reason="no pseudo-terminals on Windows")
def test_the_width_is_that_of_the_terminal_stderr_is_on(
    api: MockScenarioAPI, point_at: PointAt, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_at(api.base_url)
    monkeypatch.setenv("COLUMNS", "200")  # what stdout's terminal could say
    terminal = PseudoTerminal(60)

    try:
        code = main(["trigger", "m1", "--wait", *FAST], out=io.StringIO(), err=terminal.stream)
    finally:
        written = terminal.close()

    assert code == 0
    _check_fits(written, 60)

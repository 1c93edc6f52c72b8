"""Helpers of the command line's tests: what every run must look like, calls to the mock, child processes."""

from __future__ import annotations

import io
import json
import os
import queue
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx

from scenario_train._body import MAX_BODY_BYTES
from scenario_train.testing import MockScenarioAPI
from tests.support.env import without_scenario_variables

REPO = Path(__file__).resolve().parents[2]
# The console script `pip install` made next to the interpreter running the tests.
CONSOLE_SCRIPT = str(Path(sys.executable).parent / "scenario-train")
MODULE = [sys.executable, "-m", "scenario_train"]

API_KEY = "cli-test-key"
# Distinctive, so that finding it anywhere in what the CLI printed is certain to be a leak.
SECRET = "sk-CLI-secret-5b2f9e71d0"
WRONG_SECRET = "sk-CLI-wrong-secret-c41a77"
ERROR_PREFIX = "scenario-train: error: "
INTERRUPTED = "scenario-train: interrupted"
# Long enough for a loaded machine, short enough that a hang fails quickly.
PROCESS_SECONDS = 30.0
_BAR = re.compile(r"\r\[(#*)(-*)\] ")
_FILE_PROGRESS = re.compile(r"\[\d+/\d+\] adding ")

DEEP_JSON = b"[" * 100_000
"""JSON nested far past the limit, deep enough to exhaust the stack of a parser that recurses."""
NOT_UTF8_JSON = b'{"classPrompt": "\xff"}'
TOO_LARGE = f"it is larger than the limit of {MAX_BODY_BYTES} bytes"
TOO_DEEP = "its JSON nests deeper than 128 levels"
NOT_TEXT = "not JSON: not text in utf-8"
ENDLESS_FILE = Path("/dev/zero")
"""A file that never ends: read whole, it would fill the memory."""


@dataclass(frozen=True)
class Outcome:
    """What one run of the command line did."""

    code: int
    out: str
    err: str

    def json_lines(self) -> list[Any]:
        """stdout, one JSON document a line (fails the test if a line is not JSON)."""
        return [json.loads(line) for line in self.out.splitlines()]

    @property
    def error(self) -> str:
        """The error line, without its prefix."""
        lines = [line for line in self.err.splitlines() if line.startswith(ERROR_PREFIX)]
        assert len(lines) == 1, self.err
        return lines[0].removeprefix(ERROR_PREFIX)


class RunCli(Protocol):
    """Runs the command line (err a terminal `columns` wide if told) and checks what holds for every run."""

    def __call__(self, *argv: str, terminal: bool = False, columns: int = 100) -> Outcome: ...


PointAt = Callable[..., None]
"""Points the CLI's environment at a base URL: `point_at(url, api_key=..., api_secret=...)`, None unsets."""


def _is_progress(line: str) -> bool:
    """A plain progress line (of a training, or of files sent), or a terminal's line redrawn with `\\r`."""
    return line.startswith("status=") or line.startswith("\r[") or _FILE_PROGRESS.match(line) is not None


def check_run(outcome: Outcome) -> Outcome:
    """What holds for every run: no traceback, no secret, and an error is one line (after any progress)."""
    printed = outcome.out + outcome.err
    assert "Traceback" not in printed, printed
    assert SECRET not in printed and WRONG_SECRET not in printed, printed
    others = [line for line in outcome.err.split("\n") if line and not _is_progress(line)]
    if outcome.code == 0:
        assert others == [], outcome.err
    else:
        assert len(others) == 1 and outcome.err.endswith(others[0] + "\n"), outcome.err
        if outcome.code == 130:
            assert others[0].startswith(INTERRUPTED), outcome.err
        else:
            assert others[0].startswith(ERROR_PREFIX) and others[0] != ERROR_PREFIX, outcome.err
    return outcome


class TerminalStream(io.StringIO):
    """An err stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def progress_bars(err: str) -> list[tuple[int, int]]:
    """Each bar drawn: (filled, width)."""
    return [(len(filled), len(filled) + len(empty)) for filled, empty in _BAR.findall(err)]


def stages(err: str) -> list[str]:
    return re.findall(r"stage=(\S+)", err)


def call_mock(api: MockScenarioAPI, method: str, path: str, **options: Any) -> httpx.Response:
    """One call to the mock outside the CLI (failing the test unless it succeeds): its answer as it came."""
    with httpx.Client(base_url=api.base_url, auth=(api.api_key, api.api_secret), timeout=10) as client:
        response = client.request(method, path, **options)
    response.raise_for_status()
    return response


def answer_trigger_leaving_the_model_new(api: MockScenarioAPI, model_id: str) -> None:
    """The next trigger of `model_id` is answered 200, as started, while the model stays `new`: never trained."""
    answer = call_mock(api, "PUT", f"/models/{model_id}/train", json={}).content
    api.add_model(model_id)
    api.fail_next(status=200, body=answer, headers={"Content-Type": "application/json"}, method="PUT")


def huge_file(path: Path) -> Path:
    """A file one byte over the limit of what the CLI reads: sparse, so it takes no room on disk."""
    with path.open("wb") as file:
        file.truncate(MAX_BODY_BYTES + 1)
    return path


def child_env(**variables: str) -> dict[str, str]:
    """This process's environment without any SCENARIO_* setting, plus `variables`."""
    return {**without_scenario_variables(os.environ), **variables}


def api_env(api: MockScenarioAPI) -> dict[str, str]:
    """A child's environment pointing at `api` with its credentials."""
    return child_env(
        SCENARIO_BASE_URL=api.base_url, SCENARIO_SDK_API_KEY=api.api_key, SCENARIO_SDK_API_SECRET=api.api_secret
    )


def run_process(command: list[str], env: Mapping[str, str]) -> Outcome:
    """Runs the CLI in a child process; checks what holds for every run."""
    result = subprocess.run(
        command, env=dict(env), capture_output=True, text=True, timeout=PROCESS_SECONDS, check=False, cwd=REPO
    )
    return check_run(Outcome(result.returncode, result.stdout, result.stderr))


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 10.0) -> None:
    """Polls `condition()` until true; fails the test after `seconds`."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.01)


def methods(api: MockScenarioAPI) -> list[str]:
    """`METHOD path` of each request the mock received, in order."""
    return [f"{request.method} {request.path}" for request in api.requests]


def interruptible() -> None:
    """Run in a child before it starts: Ctrl-C (SIGINT) reaches it as it would from a terminal.

    A suite started in the background of a shell without job control (`nohup make test &`) runs with
    SIGINT ignored, which its children inherit: Python then never raises `KeyboardInterrupt`, and
    every test of Ctrl-C failed that way.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


class Child:
    """The CLI in a child process whose stdout is read line by line as it comes; killed if still running at close."""

    def __init__(self, command: list[str], env: Mapping[str, str]) -> None:
        self.command = shlex.join(command)
        self.process = subprocess.Popen(
            command,
            env=dict(env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=REPO,
            preexec_fn=interruptible,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))

    def line(self, seconds: float = PROCESS_SECONDS) -> str:
        """The next line of stdout; fails the test if none comes in time."""
        try:
            return self._lines.get(timeout=seconds)
        except queue.Empty:
            raise AssertionError(f"no line from {self.command} in {seconds} s") from None

    def interrupt(self, seconds: float = 10.0) -> tuple[int, str]:
        """Ctrl-C: its exit code and stderr, once it has ended (fails the test if it does not in time)."""
        self.process.send_signal(signal.SIGINT)
        assert self.process.stderr is not None
        try:
            code = self.process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            raise AssertionError(f"{self.command} did not end within {seconds} s of SIGINT") from None
        return code, self.process.stderr.read()

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()

"""`make demo` end to end: the mock in a child process, the CLI against it, and the story it prints."""

from __future__ import annotations

import subprocess

from tests.support.cli import REPO, child_env, stages

DEMO_SECONDS = 180
MODEL = "demo-model"


def _after(lines: list[str], heading: str) -> list[str]:
    """The lines that follow the first one starting with `heading`, up to the next blank line."""
    start = next(index for index, line in enumerate(lines) if line.startswith(heading)) + 1
    end = next((index for index in range(start, len(lines)) if not lines[index].strip()), len(lines))
    return lines[start:end]


def test_make_demo_runs_end_to_end() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "demo"],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=DEMO_SECONDS,
        check=False,
    )

    printed = result.stdout + result.stderr
    assert result.returncode == 0, printed
    assert "Traceback" not in printed and "scenario-train:" not in printed, printed
    lines = result.stdout.splitlines()

    assert _after(lines, f"$ scenario-train trigger {MODEL} --dry-run")[0].startswith("Dry run: ")
    started = _after(lines, f"$ scenario-train trigger {MODEL} --param")
    assert started[0] == f"Training started for model {MODEL}"
    assert started[-1] == f"Model {MODEL}: status=trained"
    assert _after(lines, f"$ scenario-train status {MODEL}") == [f"Model {MODEL}: status=trained"]
    # Progress went to stderr, in plain lines (not a terminal), through the stages to the end.
    assert result.stderr.splitlines()[-1] == "status=trained"
    assert len(set(stages(result.stderr))) >= 3, result.stderr

    requests = [line.strip() for line in _after(lines, "What happened")]
    train, read = f"PUT /v1/models/{MODEL}/train", f"GET /v1/models/{MODEL}"
    assert requests[:2] == [f"{train} 269", f"{train} 200"], requests
    assert len(requests) >= 4 and set(requests[2:]) == {f"{read} 200"}, requests

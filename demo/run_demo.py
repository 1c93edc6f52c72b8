"""`make demo`: the command line against the embedded mock API, with no credentials and no network.

Starts `scenario-train mock` on a free port, estimates and starts a training through the CLI,
follows it to `trained`, then shows the model and the requests the mock received.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from queue import Empty, Queue

MODEL_ID = "demo-model"
CLI = [sys.executable, "-m", "scenario_train"]
STARTUP_SECONDS = 30.0
STEP_SECONDS = 120.0


def _lines(stream: object, into: Queue[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.put(line.rstrip("\n"))


@contextmanager
def mock_api() -> Iterator[tuple[str, dict[str, str], Queue[str]]]:
    """The mock in a child process: its base URL, the environment that points at it, and its log."""
    process = subprocess.Popen(
        [*CLI, "mock", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    log: Queue[str] = Queue()
    threading.Thread(target=_lines, args=(process.stdout, log), daemon=True).start()
    try:
        first = log.get(timeout=STARTUP_SECONDS)
        prefix = "Mock Scenario API listening on "
        if not first.startswith(prefix):
            raise RuntimeError(f"the mock did not start: {first}")
        base_url = first.removeprefix(prefix).strip()
        print(first)
        for _ in range(4):
            print(log.get(timeout=STARTUP_SECONDS))
        env = {
            **os.environ,
            "SCENARIO_BASE_URL": base_url,
            "SCENARIO_SDK_API_KEY": "demo-key",
            "SCENARIO_SDK_API_SECRET": "demo-secret",
        }
        yield base_url, env, log
    finally:
        process.terminate()
        process.wait(timeout=10)


def run(args: list[str], env: dict[str, str]) -> None:
    print(f"\n$ scenario-train {shlex.join(args)}", flush=True)
    result = subprocess.run([*CLI, *args], env=env, timeout=STEP_SECONDS, check=False)
    if result.returncode != 0:
        raise SystemExit(f"demo failed: `scenario-train {shlex.join(args)}` exited with {result.returncode}")


def drain(log: Queue[str]) -> list[str]:
    lines = []
    while True:
        try:
            lines.append(log.get(timeout=0.2))
        except Empty:
            return lines


def main() -> int:
    print("Starting the embedded mock of Scenario's training API (no credentials, no network needed)\n")
    with mock_api() as (_, env, log):
        run(["trigger", MODEL_ID, "--dry-run"], env)
        run(
            ["trigger", MODEL_ID, "--param", "batchSize=2", "--param", "learningRate=1e-4", "--param", "seed=42",
             "--wait", "--poll-interval", "0.3", "--wait-timeout", "60"],
            env,
        )  # fmt: skip
        run(["status", MODEL_ID], env)
        requests = drain(log)
    print("\nWhat happened: the mock answered these requests, in order:")
    for line in requests:
        print(f"  {line}")
    print(
        f"\nA dry run estimated the cost, the trigger started one training of {MODEL_ID!r}, and polling\n"
        "followed it through its stages to `trained`. Against the real API, set SCENARIO_SDK_API_KEY and\n"
        "SCENARIO_SDK_API_SECRET and run the same commands."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

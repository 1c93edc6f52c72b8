"""The CLI as a real process: its exit codes are the process's, and it never prints a traceback.

Through both ways in: the console script `pip install` made, and `python -m scenario_train`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.cli import (
    CONSOLE_SCRIPT,
    DEEP_JSON,
    ERROR_PREFIX,
    INTERRUPTED,
    MODULE,
    PROCESS_SECONDS,
    TOO_DEEP,
    WRONG_SECRET,
    Child,
    answer_trigger_leaving_the_model_new,
    api_env,
    child_env,
    methods,
    run_process,
    wait_for,
)
from tests.support.images import png, write
from tests.support.net import unused_base_url

WAIT_BRIEFLY = ["--poll-interval", "0.05", "--wait-timeout", "0.2"]
FOLLOW = "follow it with: scenario-train status m1"
LAUNCHERS = {"console-script": [CONSOLE_SCRIPT], "module": MODULE}


@pytest.fixture
def children() -> Iterator[Callable[[list[str], dict[str, str]], Child]]:
    """Starts child processes, each ended (killed if need be) after the test."""
    started: list[Child] = []

    def start(command: list[str], env: dict[str, str]) -> Child:
        started.append(Child(command, env))
        return started[-1]

    yield start
    for child in started:
        child.close()


@pytest.mark.scenario_mock(polls_per_step=0)
@pytest.mark.parametrize("launcher", LAUNCHERS)
@pytest.mark.parametrize(
    ("where", "argv", "code"),
    [
        pytest.param("mock", ["trigger", "m1", "--dry-run"], 0, id="0-ok"),
        pytest.param("wrong-secret", ["status", "m1"], 1, id="1-refused"),
        pytest.param("mock", ["bogus"], 2, id="2-usage"),
        pytest.param("no-credentials", ["status", "m1"], 2, id="2-no-credentials"),
        pytest.param("closed-port", ["--max-retries", "0", "status", "m1"], 3, id="3-no-answer"),
        pytest.param("mock", ["trigger", "m1", "--wait", *WAIT_BRIEFLY], 5, id="5-wait-timeout"),
        pytest.param("not-json", ["trigger", "m1"], 6, id="6-unreadable"),
        pytest.param("not-started", ["trigger", "m1", "--wait", *WAIT_BRIEFLY], 7, id="7-no-training"),
    ],
)
def test_the_exit_code_is_the_processes(
    api: MockScenarioAPI,
    launcher: str,
    where: str,
    argv: list[str],
    code: int,
) -> None:
    env = {
        "mock": lambda: api_env(api),
        "wrong-secret": lambda: {**api_env(api), "SCENARIO_SDK_API_SECRET": WRONG_SECRET},
        "no-credentials": lambda: child_env(SCENARIO_BASE_URL=api.base_url),
        "closed-port": lambda: {**api_env(api), "SCENARIO_BASE_URL": unused_base_url()},
        "not-json": lambda: api_env(api),
        "not-started": lambda: api_env(api),
    }[where]()
    if where == "not-json":
        api.fail_next(status=200, body=b"OK", headers={"Content-Type": "text/plain"})
    if where == "not-started":
        answer_trigger_leaving_the_model_new(api, "m1")

    outcome = run_process([*LAUNCHERS[launcher], *argv], env)

    assert outcome.code == code, outcome
    assert (outcome.out != "") == (code in (0, 5, 7)), outcome  # the trigger's summary comes before the wait ends


def test_a_parameters_file_that_would_exhaust_the_stack_exits_2_without_a_traceback(
    api: MockScenarioAPI, tmp_path: Path
) -> None:
    path = tmp_path / "parameters.json"
    path.write_bytes(DEEP_JSON)

    outcome = run_process([*MODULE, "trigger", "m1", "--parameters-file", str(path)], api_env(api))

    assert outcome.code == 2, outcome
    assert outcome.err == f"{ERROR_PREFIX}{path}: {TOO_DEEP}\n"
    assert api.requests == []


@pytest.mark.scenario_mock(polls_per_step=0)
def test_ctrl_c_while_waiting_exits_130_and_leaves_the_training_running(
    api: MockScenarioAPI, children: Callable[[list[str], dict[str, str]], Child]
) -> None:
    child = children([*MODULE, "trigger", "m1", "--wait", "--poll-interval", "0.05"], api_env(api))
    wait_for(lambda: methods(api).count("GET /v1/models/m1") >= 2, "the CLI to poll", seconds=30)

    code, err = child.interrupt()

    assert code == 130
    assert (
        err.endswith(f"{INTERRUPTED} after the training started: it goes on; {FOLLOW}\n") and "Traceback" not in err
    ), err
    assert api.model("m1")["status"] == "training"
    assert not any(line.startswith("POST ") for line in methods(api))


@pytest.mark.parametrize(
    ("argv", "news"),
    [
        (["trigger", "m1"], f"while the trigger was sent: the training may have started; {FOLLOW}"),
        (["trigger", "m1", "--dry-run"], "during a dry run: no training started"),
        (["cancel", "m1"], f"while the cancel was sent: it may have been received; {FOLLOW}"),
        (["models", "create", "--type", "flux.1-lora"], "while the create was sent: the model may have been created"),
    ],
    ids=["trigger", "dry-run", "cancel", "models-create"],
)
def test_ctrl_c_before_the_answer_says_what_may_have_happened(
    api: MockScenarioAPI, children: Callable[[list[str], dict[str, str]], Child], argv: list[str], news: str
) -> None:
    method = "PUT" if argv[0] == "trigger" else "POST"
    api.delay_next(PROCESS_SECONDS, method=method)
    child = children([*MODULE, "--max-retries", "0", *argv], api_env(api))
    wait_for(lambda: any(line.startswith(method) for line in methods(api)), "the call to arrive", seconds=30)

    code, err = child.interrupt()

    assert code == 130
    assert err == f"{INTERRUPTED} {news}\n", err


def test_ctrl_c_while_an_image_is_sent_says_which_and_what_was_added_before_it(
    api: MockScenarioAPI, children: Callable[[list[str], dict[str, str]], Child], tmp_path: Path
) -> None:
    files = [str(write(tmp_path / name, png())) for name in ("a.png", "b.png", "c.png")]
    api.delay_next(0, method="POST")
    api.delay_next(PROCESS_SECONDS, method="POST")
    child = children([*MODULE, "--max-retries", "0", "images", "add", "m1", *files], api_env(api))

    def posts() -> list[str]:
        return [line for line in methods(api) if line.startswith("POST ")]

    wait_for(lambda: len(posts()) == 2, "the second image to arrive", seconds=30)

    code, err = child.interrupt()

    assert code == 130
    news = f"while {files[1]} was sent: it may have been added (1 of 3 files were added before it; the files after it"
    assert err.endswith(f"{INTERRUPTED} {news} were not sent)\n"), err
    assert len(posts()) == 2


def test_a_file_name_that_is_not_utf8_is_added_and_shown_escaped(api: MockScenarioAPI, tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9 \xff.png")  # Latin-1 bytes, as an old archive may hold
    path = write(tmp_path / name, png())

    outcome = run_process([CONSOLE_SCRIPT, "images", "add", "m1", str(path)], api_env(api))

    assert outcome.code == 0, outcome
    assert outcome.err.endswith("caf\\xe9 \\xff.png' (16 bytes)\n"), outcome.err
    [body] = [request.body for request in api.requests if request.method == "POST"]
    assert body["name"] == "caf\ufffd \ufffd.png"


def test_the_mock_command_serves_until_ctrl_c(children: Callable[[list[str], dict[str, str]], Child]) -> None:
    child = children([*MODULE, "mock", "--port", "0", "--api-key", "k", "--api-secret", "s"], child_env())
    prefix = "Mock Scenario API listening on "
    first = child.line()
    assert first.startswith(prefix), first
    base_url = first.removeprefix(prefix)
    banner = [child.line() for _ in range(4)]
    assert f"SCENARIO_BASE_URL={base_url}" in "\n".join(banner)

    with httpx.Client(base_url=base_url, timeout=10) as client:
        accepted = client.get("/models/m1", auth=("k", "s"))
        refused = client.get("/models/m1", auth=("k", "not-s"))
    assert accepted.status_code == 200 and accepted.json()["model"]["id"] == "m1"
    assert refused.status_code == 401
    assert [child.line(), child.line()] == ["GET /v1/models/m1 200", "GET /v1/models/m1 401"]

    started = time.monotonic()
    code, err = child.interrupt()

    assert time.monotonic() - started < 5
    assert code == 130  # the README's exit code for an interrupt
    assert err == INTERRUPTED + "\n"
    with pytest.raises(httpx.ConnectError), httpx.Client(base_url=base_url, timeout=2) as client:
        client.get("/models/m1", auth=("k", "s"))

"""Exit codes and error lines of `main()`: usage, configuration, refusals, no answer, unreadable answers.

Every run is checked by `check_run`: one error line on the err stream, no traceback, no secret.
"""

from __future__ import annotations

import inspect
import re
import socket
import time

import pytest

from scenario_train import Scenario, __version__
from scenario_train.testing import MockScenarioAPI
from tests.support.cli import SECRET, WRONG_SECRET, PointAt, RunCli
from tests.support.net import unused_base_url


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["bogus"],
        ["trigger"],
        ["status"],
        ["cancel"],
        ["trigger", "m1", "--bogus"],
        ["status", "m1", "extra"],
        ["--timeout", "soon", "status", "m1"],
        ["--max-retries", "2.5", "status", "m1"],
        ["trigger", "m1", "--poll-interval", "often"],
        ["mock", "--port", "any"],
    ],
    ids=repr,
)
def test_usage_errors_exit_2_on_one_line(api: MockScenarioAPI, cli: RunCli, argv: list[str]) -> None:
    outcome = cli(*argv)

    assert outcome.code == 2
    assert outcome.out == ""
    assert "--help" in outcome.error
    assert api.requests == []


@pytest.mark.parametrize(("option", "expected"), [("--version", f"scenario-train {__version__}"), ("--help", "usage:")])
def test_version_and_help_go_to_the_out_stream(run_cli: RunCli, option: str, expected: str) -> None:
    outcome = run_cli(option)

    assert outcome.code == 0
    assert outcome.out.startswith(expected)


@pytest.mark.parametrize(
    ("api_key", "api_secret", "named"),
    [(None, None, "SCENARIO_SDK_API_KEY"), ("key", None, "SCENARIO_SDK_API_SECRET"), (None, SECRET, "API_KEY")],
    ids=["none", "no-secret", "no-key"],
)
def test_missing_credentials_exit_2_and_say_which(
    api: MockScenarioAPI,
    point_at: PointAt,
    run_cli: RunCli,
    api_key: str | None,
    api_secret: str | None,
    named: str,
) -> None:
    point_at(api.base_url, api_key=api_key, api_secret=api_secret)

    outcome = run_cli("status", "m1")

    assert outcome.code == 2
    assert named in outcome.error
    assert api.requests == []


def test_wrong_credentials_exit_1(api: MockScenarioAPI, point_at: PointAt, run_cli: RunCli) -> None:
    point_at(api.base_url, api_secret=WRONG_SECRET)

    outcome = run_cli("trigger", "m1")

    assert outcome.code == 1
    assert "401" in outcome.error
    assert [request.status for request in api.requests] == [401]
    assert api.model("m1")["status"] == "new"


def test_a_second_trigger_while_training_exits_1(api: MockScenarioAPI, cli: RunCli) -> None:
    assert cli("trigger", "m1").code == 0

    outcome = cli("trigger", "m1")

    assert outcome.code == 1
    assert "already training" in outcome.error
    assert [request.status for request in api.requests] == [200, 400]


def test_a_server_error_exits_1(api: MockScenarioAPI, cli: RunCli) -> None:
    api.fail_next(status=503, body={"message": "Down for maintenance"})

    outcome = cli("--max-retries", "0", "status", "m1")

    assert outcome.code == 1
    assert "Down for maintenance" in outcome.error


def test_a_closed_port_exits_3(point_at: PointAt, run_cli: RunCli) -> None:
    point_at(unused_base_url())

    outcome = run_cli("--max-retries", "0", "trigger", "m1")

    assert outcome.code == 3


def test_a_dropped_connection_exits_3(api: MockScenarioAPI, cli: RunCli) -> None:
    api.drop_next()

    outcome = cli("--max-retries", "0", "status", "m1")

    assert outcome.code == 3
    assert [request.status for request in api.requests] == [None]


def test_no_answer_in_time_exits_3(api: MockScenarioAPI, cli: RunCli) -> None:
    api.delay_next(30)  # cut short when the mock stops
    started = time.monotonic()

    outcome = cli("--timeout", "0.2", "--max-retries", "0", "status", "m1")

    assert outcome.code == 3
    assert time.monotonic() - started < 10  # not the 30 s of the delay


@pytest.mark.parametrize(
    ("command", "what"),
    [(("trigger", "m1"), "started"), (("status", "m1"), "could not be read")],
    ids=["trigger", "status"],
)
def test_a_success_that_cannot_be_read_exits_6(
    api: MockScenarioAPI, cli: RunCli, command: tuple[str, ...], what: str
) -> None:
    api.fail_next(status=200, body=b"<html><body>Welcome</body></html>", headers={"Content-Type": "text/html"})

    outcome = cli(*command)

    assert outcome.code == 6
    assert what in outcome.error
    assert [(request.method, request.status) for request in api.requests] == [
        ("PUT" if command[0] == "trigger" else "GET", 200)
    ]


@pytest.mark.parametrize(
    ("options", "problem"),
    [(("--api-key", "k"), "--api-secret"), (("--api-secret", "s"), "--api-key"), (("--port", "70000"), "70000")],
    ids=["key-only", "secret-only", "port-out-of-range"],
)
def test_mock_with_bad_options_exits_2(run_cli: RunCli, options: tuple[str, ...], problem: str) -> None:
    outcome = run_cli("mock", *options)

    assert outcome.code == 2
    assert problem in outcome.error
    assert outcome.out == ""


def test_mock_on_a_port_in_use_exits_2(run_cli: RunCli) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        outcome = run_cli("mock", "--port", str(port))

    assert outcome.code == 2
    assert str(port) in outcome.error


def test_a_trigger_whose_answer_was_lost_but_started_exits_6(api: MockScenarioAPI, cli: RunCli) -> None:
    api.lose_next(method="PUT")

    outcome = cli("trigger", "m1")

    assert outcome.code == 6
    assert "training started" in outcome.error
    assert [request.method for request in api.requests] == ["PUT", "GET"]
    assert api.model("m1")["status"] == "training"


def test_a_trigger_whose_answer_was_lost_is_not_sent_again_and_says_so(api: MockScenarioAPI, cli: RunCli) -> None:
    api.drop_next(method="PUT")

    outcome = cli("trigger", "m1")

    # The client cannot tell a dropped request from a dropped answer: the model is read twice, the
    # trigger is not sent again, and the message says the outcome is unknown.
    assert outcome.code == 3
    assert "its outcome is unknown" in outcome.error
    assert "did not take effect" not in outcome.error
    assert [request.method for request in api.requests] == ["PUT", "GET", "GET"]


def test_a_trigger_answered_503_is_sent_again_once_the_model_shows_none(api: MockScenarioAPI, cli: RunCli) -> None:
    api.fail_next(status=503, method="PUT")

    outcome = cli("trigger", "m1")

    assert outcome.code == 0
    assert [request.method for request in api.requests] == ["PUT", "GET", "PUT"]


def test_a_deeply_nested_success_exits_6_without_a_traceback(api: MockScenarioAPI, cli: RunCli) -> None:
    api.fail_next(status=200, body=b"[" * 100_000 + b"]" * 100_000, headers={"Content-Type": "application/json"})

    outcome = cli("trigger", "m1")

    assert outcome.code == 6
    assert "deeper than" in outcome.error
    assert "Traceback" not in outcome.err


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (("--timeout", "1e10"), "--timeout"),
        (("--timeout", "inf"), "--timeout"),
        (("--timeout", "0"), "--timeout"),
        (("--max-retries", "1000"), "--max-retries"),
        (("--max-retries", "-1"), "--max-retries"),
    ],
)
def test_absurd_settings_are_refused_by_option_name_before_anything_is_sent(
    api: MockScenarioAPI, cli: RunCli, options: tuple[str, ...], named: str
) -> None:
    outcome = cli(*options, "trigger", "m1")

    assert outcome.code == 2
    assert outcome.error.startswith(named)
    assert api.requests == []


def test_a_jwt_with_its_trailing_newline_works_and_a_broken_one_is_refused_unseen(
    api: MockScenarioAPI, point_at: PointAt, run_cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    point_at(api.base_url, api_key=None, api_secret=None)
    monkeypatch.setenv("SCENARIO_SDK_JWT", "broken\x1bjwt-value-77")

    refused = run_cli("status", "m1")

    assert refused.code == 2
    assert "SCENARIO_SDK_JWT" in refused.error
    assert "jwt-value-77" not in refused.err + refused.out
    assert api.requests == []


def _python_names() -> re.Pattern[str]:
    """What only a Python caller knows: the client's snake_case arguments, `name=` of any of them, and None."""
    with Scenario(api_key="key", api_secret="secret", base_url="http://127.0.0.1:9/v1") as client:
        methods = [
            method
            for where in (client.models, client.models.train)
            for name, method in inspect.getmembers(where, callable)
            if not name.startswith("_")
        ]
    names = {name for method in (Scenario.__init__, *methods) for name in inspect.signature(method).parameters}
    names.discard("self")
    snake = [name for name in names if "_" in name]
    return re.compile(rf"\b(?:{'|'.join(snake)})\b|\b(?:{'|'.join(names)})=|\bNone\b")


NO_CREDENTIALS = {"SCENARIO_SDK_API_KEY": None, "SCENARIO_SDK_API_SECRET": None}


@pytest.mark.parametrize(
    ("argv", "environment", "named"),
    [
        (["trigger", " "], {}, "MODEL_ID"),
        (["status", ""], {}, "MODEL_ID"),
        (["cancel", "\t"], {}, "MODEL_ID"),
        (["trigger", "m1", "--project-id", ""], {}, "--project-id"),
        (["status", "m1", "--project-id", " "], {}, "--project-id"),
        (["cancel", "m1", "--project-id", ""], {}, "--project-id"),
        (["--base-url", "bogus", "status", "m1"], {}, "--base-url"),
        (["--base-url", "https://user:pass@example.com/v1", "status", "m1"], {}, "--base-url"),
        (["status", "m1"], {"SCENARIO_BASE_URL": "https://user:pass@example.com/v1"}, "SCENARIO_BASE_URL"),
        (["status", "m1"], NO_CREDENTIALS, "SCENARIO_SDK_API_KEY"),
        (["status", "m1"], {"SCENARIO_SDK_API_KEY": None}, "SCENARIO_SDK_API_KEY"),
        (["status", "m1"], {"SCENARIO_SDK_API_SECRET": None}, "SCENARIO_SDK_API_SECRET"),
        (["status", "m1"], {**NO_CREDENTIALS, "SCENARIO_SDK_JWT": "a b"}, "SCENARIO_SDK_JWT"),
        (["--timeout", "-1", "status", "m1"], {}, "--timeout"),
        (["--timeout", "soon", "status", "m1"], {}, "--timeout"),
        (["--max-retries", "-1", "status", "m1"], {}, "--max-retries"),
        (["trigger", "m1", "--wait", "--wait-timeout", "-1"], {}, "--wait-timeout"),
        (["trigger", "m1", "--wait", "--wait-timeout", "soon"], {}, "--wait-timeout"),
        (["trigger", "m1", "--wait", "--poll-interval", "0"], {}, "--poll-interval"),
        (["trigger", "m1", "--param", "batchSize=two"], {}, "--param batchSize"),
        (["trigger", "m1", "--param", "samplePrompts=[1]"], {}, "--param samplePrompts"),
        (["trigger", "m1", "--training-images-count", "two"], {}, "--training-images-count"),
        (["trigger", "--dry-run", "m1"], {}, "MODEL_ID goes before --dry-run"),
        (["mock", "--port", "70000"], {}, "--port"),
    ],
    ids=repr,
)
def test_errors_name_options_and_variables_never_python_arguments(
    api: MockScenarioAPI,
    cli: RunCli,
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    environment: dict[str, str | None],
    named: str,
) -> None:
    for name, value in environment.items():
        if value is None:
            monkeypatch.delenv(name)
        else:
            monkeypatch.setenv(name, value)

    outcome = cli(*argv)

    assert outcome.code == 2
    assert named in outcome.error
    assert not _python_names().search(outcome.error), outcome.error
    assert "-1.0" not in outcome.error  # a value is quoted as it was typed
    assert api.requests == []

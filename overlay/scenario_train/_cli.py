"""The `scenario-train` command line.

Exit codes: 0 success; 1 the API refused the call (4xx/5xx); 2 usage or configuration error;
3 no answer (connection failure or timeout); 4 the training failed or was canceled;
5 `--wait` timed out (the training goes on); 6 an answer that could not be read, or a trigger that
started a training but whose answer was lost; 7 `--wait` found no training on the model (`new`); 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

import httpx

from scenario_train_api.models import DryRunMode

from ._cli_options import (
    DRY_RUN_MODES,
    base_url_problem,
    count,
    dry_run_mode,
    missing_credentials,
    non_blank,
    seconds,
)
from ._cli_workflow import FileFailed, add_commands, check_files, run_workflow
from ._client import Scenario
from ._errors import (
    AnswerLostError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    MissingCredentialsError,
    OutcomeUnknownError,
    PaginationError,
    ScenarioError,
)
from ._limits import check_attempt_timeout, check_retries
from ._progress import ProgressPrinter, describe_progress
from ._version import __version__
from ._wait import DEFAULT_WAIT_TIMEOUT, NoTrainingError, TrainingFailedError, WaitTimeoutError, check_poll_settings

if TYPE_CHECKING:
    from scenario_train_api.models import DryRunEstimate, Model, TrainModelResponse

__all__ = ["main"]

EXIT_OK = 0
EXIT_API_ERROR = 1
EXIT_USAGE = 2
EXIT_CONNECTION = 3
EXIT_TRAINING_FAILED = 4
EXIT_WAIT_TIMEOUT = 5
EXIT_UNREADABLE_SUCCESS = 6
EXIT_NO_TRAINING = 7
EXIT_INTERRUPTED = 130

_EPILOG = """\
credentials: SCENARIO_SDK_API_KEY + SCENARIO_SDK_API_SECRET (HTTP Basic) or SCENARIO_SDK_JWT (Bearer);
SCENARIO_BASE_URL overrides the API address.

exit codes: 0 ok, 1 refused by the API, 2 usage or configuration error, 3 no answer (connection or
timeout), 4 training failed or canceled, 5 --wait timed out (training goes on), 6 an answer that
could not be read, or a training started whose answer was lost, 7 --wait found no training on the model,
130 interrupted.
"""

_ORIGINAL_ASSETS = "ask for the model's original assets, without transformation (the API's originalAssets)"


_WORKFLOW = {
    "models": "while the create was sent: the model may have been created",
    "images": None,  # says itself which file was in flight
    "jobs": None,
}
"""The commands of `_cli_workflow`, and what Ctrl-C during their call may have left behind."""


class UsageError(Exception):
    """Bad command-line input; reported on one line with exit code 2."""


class Interrupted(Exception):
    """Ctrl-C at a step of a call that changes a training: the message says what it left behind."""


class _Parser(argparse.ArgumentParser):
    """Raises `UsageError` instead of printing the usage block to `sys.stderr` and exiting (sub-parsers too)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="scenario-train",
        description="Create models, add their training images, then start, follow and cancel their trainings on "
        "Scenario's API.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--base-url", help="API address (default: SCENARIO_BASE_URL or the public API)")
    parser.add_argument("--timeout", type=seconds, default="60", help="seconds per request (default 60)")
    parser.add_argument("--max-retries", type=int, default=2, help="retries of a failed request (default 2)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    trigger = commands.add_parser("trigger", help="start a training (billed), or estimate it with --dry-run")
    trigger.add_argument("model_id", type=non_blank, metavar="MODEL_ID")
    trigger.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a training parameter, by its API or snake_case name; VALUE is read by the parameter's type "
        "(text for a string, JSON for a number, boolean or array; an unknown parameter is JSON if it parses, "
        "else text); give each parameter once",
    )
    trigger.add_argument(
        "--parameters-file", type=Path, metavar="FILE", help="a JSON object of parameters; --param overrides it"
    )
    trigger.add_argument("--project-id", type=non_blank, metavar="ID")
    trigger.add_argument(
        "--dry-run",
        nargs="?",
        const=DryRunMode.TRUE.value,
        type=dry_run_mode,
        metavar="MODE",
        help=f"estimate the cost; nothing starts. MODE: {' or '.join(DRY_RUN_MODES)} (default true; api: at the "
        "API tier)",
    )
    trigger.add_argument("--original-assets", action=argparse.BooleanOptionalAction, help=_ORIGINAL_ASSETS)
    trigger.add_argument(
        "--training-images-count", type=count, metavar="N", help="with --dry-run: estimate for N training images"
    )
    trigger.add_argument("--wait", action="store_true", help="follow the training until it ends")
    trigger.add_argument("--poll-interval", type=seconds, default="10", metavar="S", help="with --wait (default 10)")
    trigger.add_argument(
        "--wait-timeout",
        type=seconds,
        default=f"{DEFAULT_WAIT_TIMEOUT:g}",
        metavar="S",
        help=f"with --wait: give up after S seconds; the training goes on (default {DEFAULT_WAIT_TIMEOUT:g}, a day)",
    )
    trigger.add_argument("--json", action="store_true", help="print the server's JSON")

    status = commands.add_parser("status", help="show a model's training status")
    status.add_argument("model_id", type=non_blank, metavar="MODEL_ID")
    status.add_argument("--project-id", type=non_blank, metavar="ID")
    status.add_argument("--original-assets", action=argparse.BooleanOptionalAction, help=_ORIGINAL_ASSETS)
    status.add_argument("--json", action="store_true", help="print the server's JSON")

    cancel = commands.add_parser("cancel", help="cancel a running training")
    cancel.add_argument("model_id", type=non_blank, metavar="MODEL_ID")
    cancel.add_argument("--project-id", type=non_blank, metavar="ID")
    cancel.add_argument("--json", action="store_true", help="print the server's JSON")

    add_commands(commands)

    mock = commands.add_parser("mock", help="run the embedded mock API in the foreground")
    mock.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    mock.add_argument("--api-key", help="API key the mock accepts (default: a demo key)")
    mock.add_argument("--api-secret", help="API secret the mock accepts (default: a demo secret)")

    inspect = commands.add_parser(
        "inspect",
        help="list what saved answers hold that the spec does not describe (exit 1 if anything, 2 if unreadable)",
    )
    inspect.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="a saved answer, or --json output; - is stdin"
    )
    return parser


def _print_trigger(result: TrainModelResponse | DryRunEstimate, out: TextIO) -> None:
    from scenario_train_api.models import DryRunEstimate

    if isinstance(result, DryRunEstimate):
        out.write(f"Dry run: the training would cost {result.creative_units_cost:g} creative units; nothing started.\n")
        return
    job, model = result.job, result.model
    cost = "" if result.creative_units_cost is None else f"{result.creative_units_cost:g} creative units"
    out.write(
        f"Training started for model {model.id}\n"
        f"  job:          {job.job_id} ({job.status})\n"
        f"  model status: {model.status}\n"
        f"  cost:         {cost or 'not reported'}\n"
    )


def _print_model(model: Model, out: TextIO) -> None:
    out.write(f"Model {model.id}: {describe_progress(model)}\n")


def _wait(client: Scenario, args: argparse.Namespace, err: TextIO) -> Model:
    printer = ProgressPrinter(err, interactive=err.isatty())
    try:
        return client.models.train.wait(
            args.model_id,
            poll_interval=args.poll_interval,
            timeout=args.wait_timeout,
            on_progress=printer,
            project_id=args.project_id,
        )
    finally:
        printer.done()


def _client(args: argparse.Namespace, timeout: httpx.Timeout, max_retries: int) -> Scenario:
    problem = base_url_problem(args.base_url, os.environ)
    if problem is not None:
        raise UsageError(problem)
    try:
        return Scenario(base_url=args.base_url, timeout=timeout, max_retries=max_retries)
    except MissingCredentialsError:
        raise UsageError(missing_credentials(os.environ)) from None


def _run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.command == "mock":
        from ._mock_command import run_mock

        return run_mock(port=args.port, api_key=args.api_key, api_secret=args.api_secret, out=out)
    if args.command == "inspect":
        from ._inspect_command import run_inspect

        return run_inspect(args.files, out=out)
    # Every setting is checked before anything is sent: a bad one must not leave a billed training behind.
    timeout = check_attempt_timeout(args.timeout, "--timeout")
    max_retries = check_retries(args.max_retries, "--max-retries")
    if args.command == "trigger":
        check_poll_settings(args.poll_interval, args.wait_timeout, ("--poll-interval", "--wait-timeout"))
    if args.command in _WORKFLOW:
        images = check_files(args.files) if args.command == "images" else []
    with _client(args, timeout, max_retries) as client:
        if args.command == "trigger":
            return _trigger(client, args, out, err)
        if args.command in _WORKFLOW:
            with _interrupted(_WORKFLOW[args.command]):
                run_workflow(client, args, images, out, err)
            return EXIT_OK
        news = None
        raw = client.models.with_raw_response
        if args.command == "status":
            with _interrupted(news):
                answer = raw.retrieve(args.model_id, project_id=args.project_id, original_assets=args.original_assets)
        else:
            news = f"while the cancel was sent: it may have been received; {_follow(args)}"
            with _interrupted(news):
                answer = raw.train.action(args.model_id, action="cancel", project_id=args.project_id)
        model = answer.parse().model
        if args.json:
            out.write(answer.text() + "\n")
        else:
            _print_model(model, out)
        return EXIT_OK


def _trigger(client: Scenario, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    # Imported here: the other commands start without the training parameters' model.
    from ._cli_params import read_parameters

    with _interrupted("before the trigger was sent: no training started"):
        parameters = read_parameters(args.param, args.parameters_file)
    if args.dry_run:
        in_flight = after = "during a dry run: no training started"
    else:
        in_flight = f"while the trigger was sent: the training may have started; {_follow(args)}"
        after = f"after the training started: it goes on; {_follow(args)}"
    with _interrupted(in_flight):
        raw = client.models.train.with_raw_response.trigger(
            args.model_id,
            parameters=parameters,
            project_id=args.project_id,
            dry_run=args.dry_run,
            original_assets=args.original_assets,
            training_images_count=args.training_images_count,
        )
    with _interrupted(after):
        result = raw.parse()
        if args.json:
            out.write(raw.text() + "\n")
        else:
            _print_trigger(result, out)
        if args.wait and not args.dry_run:
            final = _wait(client, args, err)
            if args.json:
                out.write(json.dumps({"model": final.to_dict()}) + "\n")
            else:
                _print_model(final, out)
    return EXIT_OK


@contextmanager
def _interrupted(news: str | None) -> Iterator[None]:
    """Ctrl-C in the block is reported as `Interrupted(news)`, what the call may have left behind (None: nothing)."""
    try:
        yield
    except KeyboardInterrupt:
        if news is None:
            raise
        raise Interrupted(news) from None


def _follow(args: argparse.Namespace) -> str:
    """The command that shows how the training of `args.model_id` goes on."""
    return f"follow it with: {_status_command(args)}"


def _status_command(args: argparse.Namespace) -> str:
    """The command that shows the model `args.model_id`."""
    command = ["scenario-train", "status", args.model_id]
    if args.project_id is not None:
        command += ["--project-id", args.project_id]
    same_url = " (with the same --base-url)" if args.base_url is not None else ""
    return f"{shlex.join(command)}{same_url}"


def _wait_timed_out(exc: WaitTimeoutError, args: argparse.Namespace) -> str:
    """`WaitTimeoutError`'s news, with the time given to --wait-timeout as it was typed."""
    limit = f"{args.wait_timeout!r} s (--wait-timeout)"
    if exc.model is None:
        news = f"No answer about model {args.model_id!r} within {limit}"
    else:
        news = f"Model {exc.model.id!r} is still {str(exc.model.status)!r} after {limit}"
    return f"{news}; the training goes on: {_follow(args)}"


def _message(exc: Exception, args: argparse.Namespace) -> str:
    if isinstance(exc, WaitTimeoutError):
        return _wait_timed_out(exc, args)
    if isinstance(exc, NoTrainingError):
        return f"{exc}; check it with: {_status_command(args)}"
    return str(exc)


def _exit_code(exc: BaseException) -> int:
    if isinstance(exc, FileFailed):
        return _exit_code(exc.cause)
    if isinstance(exc, OutcomeUnknownError):
        return EXIT_CONNECTION
    if isinstance(exc, APIResponseValidationError | AnswerLostError | PaginationError):
        return EXIT_UNREADABLE_SUCCESS
    if isinstance(exc, APIStatusError):
        return EXIT_API_ERROR
    if isinstance(exc, APIConnectionError):
        return EXIT_CONNECTION
    if isinstance(exc, TrainingFailedError):
        return EXIT_TRAINING_FAILED
    if isinstance(exc, WaitTimeoutError):
        return EXIT_WAIT_TIMEOUT
    if isinstance(exc, NoTrainingError):
        return EXIT_NO_TRAINING
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit code instead of raising."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        with redirect_stdout(out):  # --help and --version print to sys.stdout
            args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    except UsageError as exc:
        err.write(f"scenario-train: error: {exc}\n")
        return EXIT_USAGE
    try:
        return _run(args, out, err)
    except BrokenPipeError:
        # The reader went away (`| head`): nothing more to say and nowhere to say it.
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        err.write("scenario-train: interrupted\n")
        return EXIT_INTERRUPTED
    except Interrupted as exc:
        err.write(f"scenario-train: interrupted {exc}\n")
        return EXIT_INTERRUPTED
    except (UsageError, ScenarioError, ValueError, TypeError, FileFailed) as exc:
        err.write(f"scenario-train: error: {_message(exc, args)}\n")
        return _exit_code(exc)

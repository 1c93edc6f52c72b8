"""`scenario-train inspect FILE...`: the drift report of answers saved from the API.

Exit 0 without drift, 1 with drift (findings and a summary on stdout, nothing on stderr, as `diff`
does), 2 with one error line when a file cannot be inspected.
"""

from __future__ import annotations

import copy
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scenario_train._body import MAX_BODY_BYTES
from scenario_train._cli import main
from scenario_train._inspect_command import response_model
from scenario_train.testing import MockScenarioAPI
from scenario_train_api.models import DryRunEstimate, ModelResponse, TrainModelResponse
from tests.support.cli import (
    DEEP_JSON,
    ENDLESS_FILE,
    ERROR_PREFIX,
    NOT_TEXT,
    NOT_UTF8_JSON,
    REPO,
    TOO_DEEP,
    TOO_LARGE,
    Outcome,
    PointAt,
    RunCli,
    huge_file,
)
from tests.support.contract import CURRENT_API_PATH
from tests.support.env import for_a_tool

DOCUMENTED = REPO / "openapi" / "examples" / "train-200.json"
OLDER_RELEASES = sorted((REPO / "tests" / "compat" / "fixtures" / "answers").glob("sdk-*.json"))
FAST = ("--poll-interval", "0.01", "--wait-timeout", "30")


def documented() -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(DOCUMENTED.read_text(encoding="utf-8"))
    return answer


def drifted() -> dict[str, Any]:
    """The documented answer with a field the spec does not name and a status it does not list."""
    answer = documented()
    answer["model"]["trainingProgress"]["gpuName"] = "A100"
    answer["job"]["status"] = "hibernating"
    return answer


def write(path: Path, *documents: Any) -> Path:
    path.write_text("".join(json.dumps(document) + "\n" for document in documents), encoding="utf-8")
    return path


def inspected(*files: Path | str) -> Outcome:
    """A run that inspected every file: drift is its result, not an error, so stderr stays empty.

    (`run_cli` holds every run that exits non-zero to one error line on stderr.)
    """
    out, err = io.StringIO(), io.StringIO()
    outcome = Outcome(main(["inspect", *map(str, files)], out=out, err=err), out.getvalue(), err.getvalue())
    assert outcome.code in (0, 1), outcome
    assert outcome.err == ""
    assert "Traceback" not in outcome.out
    return outcome


def refused(run_cli: RunCli, *files: Path | str) -> str:
    """The one error line of a run that exits 2, which prints nothing on stdout."""
    outcome = run_cli("inspect", *map(str, files))
    assert (outcome.code, outcome.out) == (2, ""), outcome
    return outcome.error


def test_the_documented_example_has_no_drift() -> None:
    outcome = inspected(DOCUMENTED)

    assert outcome.code == 0
    assert outcome.out == "no drift in 1 document of 1 file\n"


def test_answers_of_the_current_api_and_of_older_releases_have_no_drift() -> None:
    count = 1 + len(OLDER_RELEASES)

    outcome = inspected(CURRENT_API_PATH, *OLDER_RELEASES)

    assert OLDER_RELEASES
    assert outcome.out == f"no drift in {count} documents of {count} files\n"


def test_an_undescribed_field_and_an_unlisted_enum_value_are_named_and_exit_1(tmp_path: Path) -> None:
    answer = write(tmp_path / "answer.json", drifted())

    outcome = inspected(answer)

    assert outcome.code == 1
    assert outcome.out.splitlines() == [
        f'{answer}:1: $.job.status: value "hibernating" not listed by JobStatus (string)',
        f"{answer}:1: $.model.trainingProgress.gpuName: field not described by TrainingProgress (string)",
        "drift in 1 document of 1 file: fields not described: 1, enum values not listed: 1",
    ]


def test_the_json_output_of_a_trigger_followed_to_its_end_is_inspected_whole(
    run_cli: RunCli, api: MockScenarioAPI, point_at: PointAt, tmp_path: Path
) -> None:
    point_at(api.base_url)
    saved = tmp_path / "trigger.jsonl"
    saved.write_text(run_cli("trigger", "m1", "--wait", "--json", *FAST).out, encoding="utf-8")

    assert inspected(saved).out == "no drift in 2 documents of 1 file\n"

    started, final = (json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines())
    final["model"]["zzNew"] = [1]
    write(saved, started, final)
    assert inspected(saved).out.splitlines() == [
        f"{saved}:2: $.model.zzNew: field not described by Model (array)",
        "drift in 2 documents of 1 file: fields not described: 1",
    ]


def test_each_shape_is_read_with_its_response_model(tmp_path: Path) -> None:
    estimate = {"creativeUnitsCost": 3, "zzEstimate": True}
    model = {"model": {**documented()["model"], "status": "hibernating"}}
    saved = write(tmp_path / "answers.jsonl", estimate, model)

    assert inspected(saved).out.splitlines()[:2] == [
        f"{saved}:1: $.zzEstimate: field not described by DryRunEstimate (boolean)",
        f'{saved}:2: $.model.status: value "hibernating" not listed by ModelStatus (string)',
    ]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"job": {}, "model": {}}, TrainModelResponse),
        ({"job": {}, "model": {}, "creativeUnitsCost": 1}, TrainModelResponse),
        ({"model": {}}, ModelResponse),
        ({"creativeUnitsCost": 1}, DryRunEstimate),
        ({"job": {}}, None),
        ({"job": {}, "creativeUnitsCost": 1}, None),
        ({"message": "Model is already training"}, None),
        ([{"model": {}}], None),
    ],
)
def test_the_shape_decides_the_response_model(document: object, expected: type | None) -> None:
    assert response_model(document) is expected


def test_a_document_no_response_model_fits_is_said_so_and_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    saved = write(tmp_path / "error.json", documented(), {"message": "Model is already training"})

    error = refused(run_cli, saved)

    assert error.startswith(f"{saved}:2: not an answer of the API: it has none of job and model (TrainModelResponse)")


def test_an_answer_the_spec_cannot_read_is_drift_at_its_path(tmp_path: Path) -> None:
    answer = documented()
    del answer["job"]["jobId"]
    saved = write(tmp_path / "old.json", answer)

    outcome = inspected(saved)

    assert outcome.code == 1
    assert outcome.out.splitlines()[0] == (
        f"{saved}:1: $.job.jobId: TrainModelResponse does not parse it (required field is missing)"
    )


def test_a_pretty_printed_answer_and_later_documents_are_found_on_their_lines(tmp_path: Path) -> None:
    saved = tmp_path / "answers.txt"
    pretty = json.dumps({"creativeUnitsCost": 2}, indent=2)
    saved.write_text(f"\n{pretty}\n\n{json.dumps({'creativeUnitsCost': 1, 'zz': None})}", encoding="utf-8")

    assert inspected(saved).out.splitlines()[0] == f"{saved}:6: $.zz: field not described by DryRunEstimate (null)"


def test_several_files_are_summed_up(tmp_path: Path) -> None:
    first = write(tmp_path / "a.json", drifted())
    second = write(tmp_path / "b.json", documented(), drifted())

    outcome = inspected(first, second, DOCUMENTED)

    assert outcome.out.splitlines()[-1] == (
        "drift in 4 documents of 3 files: fields not described: 2, enum values not listed: 2"
    )
    assert [line.split(":")[0] for line in outcome.out.splitlines()[:-1]] == [str(first)] * 2 + [str(second)] * 2


def test_stdin_is_read_for_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(json.dumps(drifted()).encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    out, err = io.StringIO(), io.StringIO()

    assert main(["inspect", "-"], out=out, err=err) == 1
    assert out.getvalue().startswith('-:1: $.job.status: value "hibernating"')


class Endless(io.RawIOBase):
    """A stream of zero bytes that never ends."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        buffer[:] = bytes(len(buffer))
        return len(buffer)


@pytest.mark.parametrize(
    ("stdin", "problem"),
    [
        (lambda: io.BytesIO(DEEP_JSON), TOO_DEEP),
        (lambda: io.BytesIO(NOT_UTF8_JSON), NOT_TEXT),
        (lambda: io.BytesIO(bytes(MAX_BODY_BYTES + 1)), TOO_LARGE),
        (lambda: io.BufferedReader(Endless()), TOO_LARGE),
    ],
    ids=["deep", "not-utf8", "huge", "endless"],
)
def test_stdin_past_the_limits_of_an_answer_exits_2_with_one_line(
    run_cli: RunCli, monkeypatch: pytest.MonkeyPatch, stdin: Callable[[], io.BytesIO | io.BufferedReader], problem: str
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(stdin()))

    assert refused(run_cli, "-") == f"-: {problem}"


@pytest.mark.skipif(not ENDLESS_FILE.exists(), reason="no /dev/zero here")
def test_a_file_that_never_ends_is_read_only_up_to_the_limit(run_cli: RunCli) -> None:
    assert refused(run_cli, ENDLESS_FILE) == f"{ENDLESS_FILE}: {TOO_LARGE}"


def unreadable_cases(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, the end of its error line)."""
    cases = {
        "missing": (tmp_path / "missing.json", "cannot read it: No such file or directory"),
        "a folder": (tmp_path, "cannot read it: Is a directory"),
        "empty": (tmp_path / "empty.json", "not JSON: it is empty"),
        "blank": (tmp_path / "blank.json", "not JSON: it is empty"),
        "not JSON": (tmp_path / "text.json", "not JSON at line 1 column 1: Expecting value"),
        "cut short": (tmp_path / "cut.json", "not JSON at line 1 column 23: Unterminated string starting at"),
        "NaN": (tmp_path / "nan.json", "not JSON: NaN is not JSON"),
        "not text": (tmp_path / "binary.json", "not JSON: not text in utf-8"),
        "too deep": (tmp_path / "deep.json", TOO_DEEP),
        "very deep": (tmp_path / "very-deep.json", TOO_DEEP),
        "too large": (huge_file(tmp_path / "huge.json"), TOO_LARGE),
    }
    contents = {
        "empty": b"",
        "blank": b" \n\t\n",
        "not JSON": b"Bad Gateway",
        "cut short": b'{"creativeUnitsCost": "',
        "NaN": b'{"creativeUnitsCost": NaN}',
        "not text": b'{"creativeUnitsCost": "\xff"}',
        "too deep": b'{"model": ' + b"[" * 200 + b"]" * 200 + b"}",
        "very deep": DEEP_JSON,
    }
    for name, content in contents.items():
        cases[name][0].write_bytes(content)
    return cases


@pytest.mark.parametrize(
    "case",
    [
        "missing",
        "a folder",
        "empty",
        "blank",
        "not JSON",
        "cut short",
        "NaN",
        "not text",
        "too deep",
        "very deep",
        "too large",
    ],
)
def test_a_file_that_cannot_be_read_as_json_exits_2_with_one_line(run_cli: RunCli, tmp_path: Path, case: str) -> None:
    file, reason = unreadable_cases(tmp_path)[case]

    error = refused(run_cli, write(tmp_path / "good.json", drifted()), file)

    assert error.startswith(f"{file}: {reason}"), error


def test_without_a_file_it_is_a_usage_error(run_cli: RunCli) -> None:
    outcome = run_cli("inspect")

    assert outcome.code == 2
    assert outcome.error.startswith("the following arguments are required: FILE")


def test_no_value_of_an_undescribed_field_is_printed(tmp_path: Path) -> None:
    answer = copy.deepcopy(drifted())
    answer["job"]["zzToken"] = "sk-do-not-print-4f1e"
    outcome = inspected(write(tmp_path / "answer.json", answer))

    assert "sk-do-not-print-4f1e" not in outcome.out
    assert ERROR_PREFIX not in outcome.out


GENERATOR = Path(sys.executable).with_name("openapi-python-client")


@pytest.mark.skipif(not GENERATOR.exists(), reason="the generator is installed by `make setup`")
def test_the_drift_goes_away_once_the_spec_describes_it(tmp_path: Path) -> None:
    # The README's steps: add what the report names to the spec, regenerate, inspect again.
    spec = yaml.safe_load((REPO / "openapi" / "scenario-train.yaml").read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["JobStatus"]["enum"].append("hibernating")
    schemas["TrainingProgress"]["properties"]["gpuName"] = {"type": "string"}
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    shutil.copytree(REPO / "openapi" / "examples", tmp_path / "examples")
    env = {**os.environ, "PATH": f"{GENERATOR.parent}{os.pathsep}{os.environ['PATH']}"}
    generate = [str(GENERATOR), "generate", "--path", str(tmp_path / "spec.json"), "--meta", "none"]
    generate += ["--config", str(REPO / "generator-config.yaml")]
    generate += ["--custom-template-path", str(REPO / "openapi" / "templates")]
    generate += ["--output-path", str(tmp_path / "scenario_train_api")]
    subprocess.run(generate, env=for_a_tool(env), check=True, capture_output=True, timeout=120)
    answer = write(tmp_path / "answer.json", drifted())

    ran = subprocess.run(
        [sys.executable, "-m", "scenario_train", "inspect", str(answer)],
        env={**env, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "no drift in 1 document of 1 file\n", "")

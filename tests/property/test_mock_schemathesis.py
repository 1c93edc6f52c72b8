"""schemathesis against the embedded mock, from the spec, deterministic and with bounded examples.

The mock's state-dependent 400s (a second trigger, a cancel of no training) are documented answers,
so the check that valid data is accepted is left out.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.env import for_a_tool

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "scenario-train.yaml"
ST = Path(sys.executable).with_name("st")
# A valid trigger of a model already training, or a cancel of one that is not, is refused with a
# documented 400 by design: the mock keeps a state per model, so that check does not apply.
STATEFUL_400 = ("--exclude-checks", "positive_data_acceptance")
FAILED_OPERATION = re.compile(r"^_+ ([A-Z]+) (\S+) _+$", re.MULTILINE)


@pytest.fixture(scope="module")
def mock() -> Iterator[MockScenarioAPI]:
    with MockScenarioAPI() as api:
        yield api


def schemathesis(mock: MockScenarioAPI, cwd: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = [str(ST), "run", str(SPEC), "--url", mock.base_url, "--auth", f"{mock.api_key}:{mock.api_secret}"]
    command += ["--max-examples", "25", "--generation-deterministic", "--workers", "1", "--no-color", *options]
    # cwd: it writes .schemathesis/ where it runs.
    return subprocess.run(command, cwd=cwd, env=for_a_tool(), capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def coverage_phase(mock: MockScenarioAPI, tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """The phase that also sends methods the spec does not declare."""
    return schemathesis(mock, tmp_path_factory.mktemp("st"), "--phases", "coverage", *STATEFUL_400)


def test_every_answer_of_the_mock_conforms_to_the_spec(mock: MockScenarioAPI, tmp_path: Path) -> None:
    result = schemathesis(mock, tmp_path, "--phases", "examples,fuzzing,stateful", *STATEFUL_400)
    assert result.returncode == 0, result.stdout[-4000:]
    assert " passed" in result.stdout


def test_the_coverage_phase_finds_nothing(coverage_phase: subprocess.CompletedProcess[str]) -> None:
    assert coverage_phase.returncode == 0, coverage_phase.stdout[-4000:]

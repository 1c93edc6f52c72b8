"""The wheel installs into a fresh virtual environment, with its dependencies from PyPI, and imports.

Slow (a build, a venv, a download): marked `slow`, which `make test` does not deselect.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.env import for_a_tool

REPO = Path(__file__).resolve().parents[2]


def run(*command: str | Path, cwd: Path) -> str:
    # Not the project's environment: no PYTHONPATH, no editable install leaking into the new venv.
    env = {key: value for key, value in for_a_tool().items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=600
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_wheel_installs_and_imports_in_a_fresh_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    run(sys.executable, "-m", "build", "--wheel", "--outdir", dist, REPO, cwd=tmp_path)
    wheels = list(dist.glob("*.whl"))
    assert len(wheels) == 1, wheels

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheels[0], cwd=tmp_path)

    where = run(
        python,
        "-I",
        "-c",
        "import scenario_train_api, scenario_train; print(scenario_train_api.__file__); print(scenario_train.__file__)",
        cwd=tmp_path,
    )

    site_packages = venv / "lib"
    for module_file in where.split():
        assert Path(module_file).resolve().is_relative_to(site_packages.resolve()), module_file

"""`check_dist.py` accepts complete distributions and names what is wrong in the others.

The distributions here are small archives written by the test, so these cases run in
milliseconds; `test_install.py` builds the real wheel.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.packaging import check_dist

SCRIPT = Path(check_dist.__file__).resolve()
SDIST_ROOT = "scenario_train-0.1.0"


def good_wheel() -> list[str]:
    return [
        *(f"{package}/{name}" for package in check_dist.PACKAGES for name in ("__init__.py", "py.typed")),
        "scenario_train_api/models/model.py",
        "scenario_train/testing/__init__.py",
        "scenario_train-0.1.0.dist-info/METADATA",
    ]


def good_sdist() -> list[str]:
    files = [*check_dist.SDIST_FILES]
    for folder in check_dist.SDIST_FOLDERS:
        files += check_dist.repository_files(folder)
    return [f"{SDIST_ROOT}/{name}" for name in files]


def write_dist(folder: Path, wheel: list[str], sdist: list[str]) -> Path:
    folder.mkdir()
    with zipfile.ZipFile(folder / "scenario_train-0.1.0-py3-none-any.whl", "w") as archive:
        for name in wheel:
            archive.writestr(name, "")
    with tarfile.open(folder / f"{SDIST_ROOT}.tar.gz", "w:gz") as archive:
        for name in sdist:
            archive.addfile(tarfile.TarInfo(name), io.BytesIO(b""))
    return folder


def run_script(dist: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), str(dist)], capture_output=True, text=True, check=False)


def test_complete_distributions_pass(tmp_path: Path) -> None:
    result = run_script(write_dist(tmp_path / "dist", good_wheel(), good_sdist()))

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_the_script_exits_non_zero_and_names_the_problem(tmp_path: Path) -> None:
    wheel = [name for name in good_wheel() if name != "scenario_train/py.typed"]

    result = run_script(write_dist(tmp_path / "dist", wheel, good_sdist()))

    assert result.returncode == 1
    assert "wheel: scenario_train/py.typed is missing" in result.stderr


@pytest.mark.parametrize(
    "left_out", ["scenario_train_api/py.typed", "scenario_train/py.typed", "scenario_train/__init__.py"]
)
def test_wheel_without_a_package_file(tmp_path: Path, left_out: str) -> None:
    wheel = [name for name in good_wheel() if name != left_out]

    problems = check_dist.check(write_dist(tmp_path / "dist", wheel, good_sdist()))

    assert problems == [f"wheel: {left_out} is missing"]


@pytest.mark.parametrize(
    "stray",
    [
        "tests/contract/test_documented_example.py",
        "openapi/scenario-train.yaml",
        "generated/scenario_train_api/__init__.py",
        "scenario_train_api/templates/model.py.jinja",
        "scenario_train/conftest.py",
    ],
)
def test_wheel_with_repository_files(tmp_path: Path, stray: str) -> None:
    problems = check_dist.check(write_dist(tmp_path / "dist", [*good_wheel(), stray], good_sdist()))

    assert problems == [f"wheel: {stray} does not belong in the wheel"]


@pytest.mark.parametrize(
    "left_out",
    [
        "Makefile",
        "openapi/scenario-train.yaml",
        "openapi/templates/model.py.jinja",
        "generated/scenario_train_api/models/model.py",
        "generated/scenario_train_api/py.typed",
    ],
)
def test_sdist_without_what_regenerates_the_client(tmp_path: Path, left_out: str) -> None:
    sdist = [name for name in good_sdist() if name != f"{SDIST_ROOT}/{left_out}"]
    assert len(sdist) == len(good_sdist()) - 1, f"{left_out} is not among the files the sdist needs"

    problems = check_dist.check(write_dist(tmp_path / "dist", good_wheel(), sdist))

    assert problems == [f"sdist: {left_out} is missing"]


def test_folder_without_both_distributions(tmp_path: Path) -> None:
    dist = write_dist(tmp_path / "dist", good_wheel(), good_sdist())
    (dist / f"{SDIST_ROOT}.tar.gz").unlink()

    result = run_script(dist)

    assert result.returncode == 1
    assert "expected one wheel and one sdist" in result.stderr

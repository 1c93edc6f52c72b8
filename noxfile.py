"""The compatibility matrix (`make matrix`, part of `make test`).

- previous_release: the previous release's wheel, built from the commit release/last-release.json
  names, in a venv of its own, runs a scripted scenario against this tree's mock (started in
  another process) and parses the recorded answers of older API releases.
- suite: the test suite on Python 3.11-3.13, with httpx and attrs at the lowest versions
  pyproject.toml declares and at the newest. Python 3.11 with the newest is the default cell,
  run by make test's own pytest, so it is not repeated here. The lowest cells run without
  orjson (the optional `fast` extra), the others with it: the suite passes either way.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tarfile
from io import BytesIO
from pathlib import Path

import nox

nox.options.sessions = ["previous_release", "suite"]
nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "venv"

REPO = Path(__file__).resolve().parent
LOWEST = ("httpx==0.24.0", "attrs==22.2.0")  # pyproject.toml's floors
# Every test folder but those that check tooling (release, packaging, Prism through Node), which
# does not change with the interpreter or the httpx and attrs releases.
SUITE = ["tests/client", "tests/mock", "tests/cli", "tests/contract", "tests/docs", "tests/compat", "tests/switch"]
CELLS = [("3.11", "lowest"), ("3.12", "lowest"), ("3.12", "newest"), ("3.13", "lowest"), ("3.13", "newest")]


@nox.session
@nox.parametrize(("python", "deps"), CELLS)
def suite(session: nox.Session, deps: str) -> None:
    session.install("-e", ".[dev]", *(LOWEST if deps == "lowest" else ()))
    if deps == "lowest":
        session.run("python", "-m", "pip", "uninstall", "--quiet", "--yes", "orjson")
    session.run(
        "python",
        "-c",
        "import sys, importlib.util, httpx, attrs; "
        "print(sys.version.split()[0], httpx.__version__, attrs.__version__, bool(importlib.util.find_spec('orjson')))",
    )
    session.run("pytest", "-q", "-p", "no:cacheprovider", *SUITE, *session.posargs)


@nox.session(python="3.11")
def previous_release(session: nox.Session) -> None:
    record = json.loads((REPO / "release/last-release.json").read_text())
    source = Path(session.create_tmp()) / f"scenario-train-{record['version']}"
    _export(record["commit"], source)
    wheels = source.parent / "wheels"
    session.run("python", "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(wheels), str(source))
    [wheel] = wheels.glob(f"scenario_train-{record['version']}-*.whl")
    session.install(str(wheel))
    mock = subprocess.Popen(
        [sys.executable, "-m", "scenario_train", "mock", "--port", "0"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert mock.stdout is not None
        banner = "".join(mock.stdout.readline() for _ in range(2))
        url = re.search(r"listening on (\S+)", banner)
        key = re.search(r"API key '([^']+)' with API secret '([^']+)'", banner)
        if url is None or key is None:
            session.error(f"the mock did not start: {banner!r}")
        scenario = str(REPO / "tests/compat/previous_release_scenario.py")
        # From the temporary folder, so that nothing of this checkout can be imported by mistake.
        with session.chdir(source.parent):
            session.run("python", scenario, record["version"], url[1], key[1], key[2])
    finally:
        mock.terminate()
        mock.wait(timeout=10)


def _export(commit: str, dest: Path) -> None:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", commit], capture_output=True, check=True
    )
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")

"""The compatibility matrix (`make matrix`, part of `make ci`): what `make test`, on one interpreter
with the dependencies its venv resolves, cannot show.

Each suite cell proves one claim, and runs the tests whose outcome may differ with it (SUITE): the
client, the command line, the mock, the parsed models, the older answers, the vendor switch, the
README's examples, an operation added to the spec reaching both clients, and the local checks of a
training folder (an image's body sent as an httpx stream, the manifest's atomic writes). Not the
checks of files, of the spec and of the tooling (tests/release, packaging, prism, property,
templates, typing, and the files in SAME_IN_EVERY_CELL), which no cell changes: make test runs them.

- suite(3.11-lowest): httpx and attrs at the floors pyproject.toml declares, without orjson (the
  optional `fast` extra), on the oldest Python declared.
- suite(3.12-newest), suite(3.13-newest): httpx and attrs at the newest releases pyproject.toml
  allows (checked, not assumed), with orjson, on the other Pythons declared.
- previous_release: the previous release's wheel, built from the commit release/last-release.json
  names, in a venv of its own, runs a scripted scenario against this tree's mock (started in
  another process) and parses the recorded answers of older API releases.
- upstream: whether httpx or attrs has a release that the declared ranges leave out. It says so
  and passes: moving a bound is a maintainer's decision (README, "Moving a dependency bound").

uv makes and fills every environment (nox's uv backend), from the pins of pyproject.toml.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tarfile
import tomllib
from io import BytesIO
from pathlib import Path

import nox
from packaging.requirements import Requirement
from packaging.version import Version

nox.options.sessions = ["previous_release", "suite", "upstream"]
nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "uv"

REPO = Path(__file__).resolve().parent
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
DECLARED = [Requirement(text) for text in PROJECT["dependencies"]]
SUITE = [
    "tests/client",
    "tests/mock",
    "tests/cli",
    "tests/contract",
    "tests/docs",
    "tests/compat",
    "tests/switch",
    "tests/operations",
    "tests/local",
]
# In SUITE's folders, but checks of files and tools: the spec checker, the copies of the vendor's
# reference tables, the strict pydantic models of the spec, and the recorded answers' derivation.
SAME_IN_EVERY_CELL = [
    "tests/contract/test_check_spec.py",
    "tests/contract/test_reference_copies.py",
    "tests/contract/test_pydantic_crosscheck.py",
    "tests/compat/test_older_answers.py::test_the_recorded_answer_is_what_the_field_table_derives",
]
# The suite on as many workers as make test (WORKERS), a test file whole on one worker.
PARALLEL = ["-n", os.environ.get("WORKERS", "auto"), "--dist", "loadfile"]
CELLS = [
    nox.param("3.11", "lowest", id="3.11-lowest"),
    nox.param("3.12", "newest", id="3.12-newest"),
    nox.param("3.13", "newest", id="3.13-newest"),
]
WHAT_IS_INSTALLED = (
    "import json, sys, importlib.util, httpx, attrs; print(json.dumps({'python': sys.version.split()[0], "
    "'httpx': httpx.__version__, 'attrs': attrs.__version__, "
    "'orjson': importlib.util.find_spec('orjson') is not None}))"
)
# openapi-python-client, which the tests use only to name fields as the generator does, caps httpx
# below 0.29; the newest cells replace that cap with the range this package declares.
OVERRIDDEN = ("httpx",)


@nox.session
@nox.parametrize(("python", "deps"), CELLS)
def suite(session: nox.Session, deps: str) -> None:
    if deps == "lowest":
        session.install("-e", ".[dev]", *floors())
        session.run("uv", "pip", "uninstall", "--quiet", "orjson")
    else:
        overrides = Path(session.create_tmp()) / "overrides.txt"
        overrides.write_text("".join(f"{r}\n" for r in DECLARED if r.name in OVERRIDDEN))
        session.install("-e", ".[dev]", "--override", str(overrides))
    installed = json.loads(session.run("python", "-c", WHAT_IS_INSTALLED, silent=True, stderr=None) or "{}")
    session.log(f"cell: {installed}")
    wanted = dict(pin.split("==") for pin in floors()) if deps == "lowest" else newest_allowed(session)
    for name in ("httpx", "attrs"):
        if installed[name] != wanted[name]:
            session.error(f"the {deps} cell has {name} {installed[name]}, not {wanted[name]}")
    # As in make test: compiled once, and bytecode cached for the run despite PYTHONDONTWRITEBYTECODE.
    session.run("python", "-m", "compileall", "-q", "-j", "0", "overlay", "generated", "tests", silent=True)
    ignored = [f"--deselect={path}" if "::" in path else f"--ignore={path}" for path in SAME_IN_EVERY_CELL]
    session.run(
        "pytest",
        *("-q", "-p", "no:cacheprovider", *PARALLEL, *ignored, *SUITE, *session.posargs),
        env={"PYTHONDONTWRITEBYTECODE": None},
    )


def floors() -> list[str]:
    """`name==X` for each `name>=X` that pyproject.toml declares."""
    pins = []
    for requirement in DECLARED:
        [floor] = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        pins.append(f"{requirement.name}=={floor}")
    return pins


def newest_allowed(session: nox.Session) -> dict[str, str]:
    """The newest release of each declared dependency within its declared range, on the session's Python."""
    return _resolve(session, [str(requirement) for requirement in DECLARED], python=str(session.python))


def _resolve(session: nox.Session, requirements: list[str], *, python: str) -> dict[str, str]:
    """What uv resolves `requirements` to today (the newest releases that satisfy them), by name."""
    listed = Path(session.create_tmp()) / "resolve.in"
    listed.write_text("".join(f"{line}\n" for line in requirements))
    compiled = session.run(
        sys.executable,  # nox's own interpreter, which has uv beside nox (the release extra)
        "-m",
        "uv",
        "pip",
        "compile",
        "--quiet",
        "--no-header",
        "--no-annotate",
        "--python-version",
        python,
        str(listed),
        silent=True,
        external=True,
        stderr=None,
    )
    return dict(re.findall(r"^([A-Za-z0-9._-]+)==(\S+)$", compiled or "", re.MULTILINE))


@nox.session(venv_backend="none")
def upstream(session: nox.Session) -> None:
    """Says which newest release of httpx or attrs the declared ranges leave out; never fails for it."""
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    newest = _resolve(session, [requirement.name for requirement in DECLARED], python=python)
    for requirement in DECLARED:
        release = newest.get(requirement.name)
        if release is None:
            session.error(f"uv resolved no release of {requirement.name}")
        elif requirement.specifier.contains(Version(release), prereleases=False):
            session.log(f"{requirement.name} {release}, its newest release, is within {requirement}")
        else:
            session.warn(
                f"{requirement.name} {release} is out and {requirement} leaves it out: "
                "see the README, 'Moving a dependency bound'"
            )


@nox.session(python="3.11")
def previous_release(session: nox.Session) -> None:
    record = json.loads((REPO / "release/last-release.json").read_text())
    source = Path(session.create_tmp()) / f"scenario-train-{record['version']}"
    _export(record["commit"], source)
    wheels = source.parent / "wheels"
    session.run("uv", "build", "--quiet", "--wheel", "--out-dir", str(wheels), str(source))
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

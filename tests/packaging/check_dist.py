"""Check the wheel and the sdist that `make build` wrote.

Usage: python tests/packaging/check_dist.py DIST_DIR

The wheel must ship both packages, each typed (`py.typed`), and nothing of the repository's
tests or spec tooling. The sdist must carry what regenerates and checks the client: the spec and
its example, the templates, the generator config and script, the generated code, the Makefile, and
the tools that write the blocking resources and api.md (with api.md itself).
Exits 1 with one line per problem. Standard library only.
"""

from __future__ import annotations

import sys
import tarfile
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("scenario_train_api", "scenario_train")
NOT_IN_WHEEL = ("tests", "openapi", "generated", "overlay")
SDIST_FILES = (
    "Makefile",
    "pyproject.toml",
    "generator-config.yaml",
    "openapi/scenario-train.yaml",
    "openapi/examples/train-200.json",
    "openapi/generate.py",
    "tools/unasync.py",
    "tools/api_reference.py",
    "api.md",
)
# Every file of these folders of the checkout must be in the sdist.
SDIST_FOLDERS = ("openapi/templates", "generated/scenario_train_api")


def repository_files(folder: str) -> list[str]:
    root = REPO / folder
    return sorted(
        path.relative_to(REPO).as_posix()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def wheel_problems(names: Iterable[str]) -> list[str]:
    members = set(names)
    problems = []
    for package in PACKAGES:
        for needed in ("__init__.py", "py.typed"):
            if f"{package}/{needed}" not in members:
                problems.append(f"wheel: {package}/{needed} is missing")
    for name in sorted(members):
        top = PurePosixPath(name).parts[0]
        if top in NOT_IN_WHEEL or name.endswith((".jinja", "conftest.py")):
            problems.append(f"wheel: {name} does not belong in the wheel")
    return problems


def sdist_problems(names: Iterable[str]) -> list[str]:
    # Members sit under one folder named after the distribution: strip it.
    members = {PurePosixPath(*PurePosixPath(name).parts[1:]).as_posix() for name in names}
    problems = [f"sdist: {needed} is missing" for needed in SDIST_FILES if needed not in members]
    for folder in SDIST_FOLDERS:
        expected = repository_files(folder)
        if not expected:
            problems.append(f"sdist: cannot list {folder} in the checkout at {REPO}")
        problems += [f"sdist: {needed} is missing" for needed in expected if needed not in members]
    return problems


def check(dist: Path) -> list[str]:
    wheels = sorted(dist.glob("*.whl"))
    sdists = sorted(dist.glob("*.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        return [f"{dist}: expected one wheel and one sdist, found {[path.name for path in wheels + sdists]}"]
    with zipfile.ZipFile(wheels[0]) as wheel:
        problems = wheel_problems(wheel.namelist())
    with tarfile.open(sdists[0]) as sdist:
        problems += sdist_problems(member.name for member in sdist.getmembers() if member.isfile())
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} DIST_DIR", file=sys.stderr)
        return 2
    dist = Path(argv[1])
    problems = check(dist)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{dist}: {len(problems)} problem(s) in the distributions", file=sys.stderr)
        return 1
    print(f"{dist}: wheel and sdist contain what they must")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

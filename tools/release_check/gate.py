"""What must agree with the required version: `_version.py`, the CHANGELOG and the README's install lines."""

from __future__ import annotations

import re
from pathlib import Path

from .changes import Version, format_version, parse_version

__all__ = ["VERSION_FILE", "gate_problems", "read_version"]

VERSION_FILE = Path("overlay/scenario_train/_version.py")
_VERSION = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_INSTALL = re.compile(r"scenario-train==([0-9A-Za-z.+!-]+)")


def read_version(tree: Path) -> Version:
    text = (tree / VERSION_FILE).read_text(encoding="utf-8")
    found = _VERSION.search(text)
    if found is None:
        raise ValueError(f"{VERSION_FILE} defines no __version__")
    return parse_version(found[1])


def _changelog_has(changelog: str, version: str) -> bool:
    return re.search(rf"^##\s+\[?{re.escape(version)}\]?(\s|$)", changelog, re.MULTILINE) is not None


def gate_problems(current: Version, required: Version, changelog: str, readme: str) -> list[str]:
    shown = format_version(current)
    problems = []
    if current < required:
        problems.append(f"{VERSION_FILE} says {shown}; the changes need at least {format_version(required)}")
    if not _changelog_has(changelog, shown):
        problems.append(f"CHANGELOG.md has no '## {shown}' entry")
    for named in sorted(set(_INSTALL.findall(readme)) - {shown}):
        problems.append(f"README.md installs scenario-train=={named}, not {shown}")
    return problems

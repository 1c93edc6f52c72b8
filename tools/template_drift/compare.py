"""The three-way difference of an override: the pristine upstream copy it was based on, the upstream template
installed now, and ours.

What upstream changed between the two versions is what must be carried into ours; `git merge-file`
(offline, no repository needed) tells whether that change would apply to ours as it stands.
"""

from __future__ import annotations

import difflib
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from .headers import Template

__all__ = ["Folders", "Verdict", "compare"]


@dataclass(frozen=True)
class Folders:
    ours: Path
    """openapi/templates"""
    pristine: Path
    """openapi/templates-upstream: one folder per upstream version, with the same relative paths as ours."""
    upstream: Path
    """The templates of the installed generator."""
    installed: str
    """The installed generator's version."""


@dataclass
class Verdict:
    """What one template calls for: `lines` to print, and whether anything must be done (`ok`)."""

    ok: bool
    lines: list[str] = field(default_factory=list)


def compare(template: Template, folders: Folders) -> Verdict:
    path, base = template.path, template.base
    upstream = folders.upstream / path
    if base is None:
        if upstream.exists():
            return Verdict(
                False, [f"{path}: ours, but upstream {folders.installed} has a template of that name: ours hides it"]
            )
        return Verdict(True, [f"{path}: ours, no upstream template of that name"])
    pristine = folders.pristine / base / path
    shown = f"{folders.pristine.name}/{base}/{path}"
    if not pristine.is_file():
        record = " (make template-drift RECORD=1)" if base == folders.installed else ""
        return Verdict(False, [f"{path}: based on {base}, but there is no pristine copy {shown}{record}"])
    if not upstream.is_file():
        return Verdict(
            False, [f"{path}: based on {base}; upstream {folders.installed} has no such template: ours is unused"]
        )
    old, new = _text(pristine), _text(upstream)
    if base == folders.installed:
        if old != new:
            return Verdict(False, [f"{path}: the pristine copy {shown} is not upstream {base}'s template: restore it"])
        return Verdict(True, [f"{path}: based on {base}, the installed version"])
    if old == new:
        return Verdict(
            False,
            [f"{path}: based on {base}; unchanged upstream in {folders.installed}: name that version in its header"],
        )
    diff = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        f"upstream {base}/{path}",
        f"upstream {folders.installed}/{path}",
    )
    merge = _try_merge(folders.ours / path, pristine, upstream)
    lines = [f"{path}: based on {base}; CHANGED upstream in {folders.installed}, to carry into ours ({merge[0]}):"]
    return Verdict(False, lines + [line.rstrip("\n") for line in diff] + merge[1])


def _text(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _try_merge(ours: Path, base: Path, theirs: Path) -> tuple[str, list[str]]:
    """Whether upstream's change applies to ours as it stands, and the conflicting regions if not."""
    git = shutil.which("git")
    if git is None:
        return "git not found: the merge was not tried", []
    merged = subprocess.run(
        [
            git,
            "merge-file",
            "-p",
            "--diff3",
            "-L",
            "ours",
            "-L",
            "pristine",
            "-L",
            "upstream",
            str(ours),
            str(base),
            str(theirs),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if merged.returncode == 0:
        return "it merges into ours cleanly", []
    if merged.returncode < 0 or merged.returncode > 127:
        return f"git merge-file failed: {merged.stderr.strip()}", []
    conflicts = _conflicts(merged.stdout.splitlines())
    return f"{merged.returncode} conflict{'s' if merged.returncode > 1 else ''} with ours, below the diff", conflicts


def _conflicts(lines: list[str]) -> list[str]:
    """The regions between git's conflict markers, markers included."""
    shown: list[str] = []
    inside = False
    for line in lines:
        if line.startswith("<<<<<<< "):
            inside = True
        if inside:
            shown.append(line)
        if line.startswith(">>>>>>> "):
            inside = False
    return shown

"""`make template-drift RECORD=1`: keep pristine copies of the installed upstream templates that ours are based on."""

from __future__ import annotations

import shutil

from .compare import Folders
from .headers import Template

__all__ = ["record"]


def record(templates: list[Template], folders: Folders) -> list[str]:
    """Copy the installed upstream template of each override whose header names the installed version, and drop
    the pristine copies no header names any more. Returns what could not be recorded."""
    problems: list[str] = []
    wanted = {f"{t.base}/{t.path}" for t in templates if t.base is not None}
    for template in templates:
        if template.base is None:
            continue
        if template.base != folders.installed:
            problems.append(
                f"{template.path}: its header names {template.base}, not the installed {folders.installed}: "
                "carry upstream's changes into it first (make template-drift shows them), then name the version"
            )
            continue
        target = folders.pristine / template.base / template.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(folders.upstream / template.path, target)
    for stale in [path for path in folders.pristine.rglob("*") if path.is_file()]:
        if stale.relative_to(folders.pristine).as_posix() not in wanted:
            stale.unlink()
    for folder in sorted((path for path in folders.pristine.rglob("*") if path.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return problems

"""Optic's verdicts on a spec change (`optic diff OLD NEW --check`), kept where they are right here.

Optic calls an added enum value breaking; this project's enums are open, so that verdict becomes
a feature. Every other failed Optic check stays breaking. Optic misses some breaks (an optional
field made required, a renamed parameter): spec_rules catches those.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable
from pathlib import Path

from .changes import Change, Kind

__all__ = ["OpticError", "optic_changes", "parse_optic_output"]

SOURCE = "optic"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_OPERATION = re.compile(r"^\S*\s*(GET|PUT|POST|PATCH|DELETE|HEAD|OPTIONS|TRACE) (\S+):\s*$")
_CONTEXT = re.compile(r"^\s*- (.+): (added|removed|changed)\s*$")
_FAILED = re.compile(r"^\s*x \[([^\]]+)\] (.+)$")
_OPEN_ENUM = re.compile(r"cannot add enum option")


class OpticError(RuntimeError):
    """Optic could not run or did not finish its diff."""


def parse_optic_output(text: str) -> list[Change]:
    """One change per distinct failed check; the same finding under several operations counts once."""
    changes: dict[tuple[str, str], Change] = {}
    operation = context = ""
    for line in _ANSI.sub("", text).splitlines():
        if found := _OPERATION.match(line):
            operation, context = f"{found[1]} {found[2]}", ""
        elif found := _CONTEXT.match(line):
            context = found[1]
        elif found := _FAILED.match(line):
            rule, message = found[1], found[2]
            where = f"{operation} {context}".strip()
            if _OPEN_ENUM.search(message):
                change = Change(Kind.FEATURE, SOURCE, where, f"{message} [{rule}] -> feature: enums are open")
            else:
                change = Change(Kind.BREAKING, SOURCE, where, f"{message} [{rule}]")
            changes.setdefault((context or operation, message), change)
    return list(changes.values())


def optic_changes(optic: Path, old_spec: Path, new_spec: Path) -> list[Change]:
    """Run the pinned Optic offline on two spec files."""
    if not optic.exists():
        raise OpticError(f"Optic is not installed at {optic}: run `make release-tools`")
    env = {**os.environ, "NO_COLOR": "1", "OPTIC_TELEMETRY_LEVEL": "off"}
    result = subprocess.run(
        [str(optic), "diff", str(old_spec.resolve()), str(new_spec.resolve()), "--check"],
        # With CI set, Optic writes ci-run-details.json where it runs: beside the old spec, never the checkout.
        cwd=old_spec.parent,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    # Optic exits 1 when a check failed, 0 when none did; anything else is a crash.
    if result.returncode not in (0, 1):
        raise OpticError(f"optic exited {result.returncode}: {_tail(result.stderr or result.stdout)}")
    changes = parse_optic_output(result.stdout)
    if result.returncode == 1 and not changes:
        raise OpticError(f"optic reported failed checks that could not be read: {_tail(result.stdout)}")
    return changes


def _tail(text: str, lines: int = 5) -> str:
    return " | ".join(_last(text.strip().splitlines(), lines))


def _last(items: Iterable[str], count: int) -> list[str]:
    return list(items)[-count:]

"""A classified change, and the version it calls for while the package is 0.x or later."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

__all__ = ["Change", "Kind", "Version", "bump_name", "format_version", "parse_version", "required_version"]

Version = tuple[int, int, int]


class Kind(IntEnum):
    """Ordered by the bump each needs: the largest kind found decides."""

    FIX = 1
    FEATURE = 2
    BREAKING = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, order=True)
class Change:
    kind: Kind
    source: str  # "spec", "python", "attrs" or "optic": which check found it
    where: str
    what: str

    def line(self) -> str:
        return f"{self.kind.label:<9} {self.source:<7} {self.where}: {self.what}"


def parse_version(text: str) -> Version:
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", text.strip())
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {text!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def required_version(base: Version, kind: Kind | None) -> Version:
    """The lowest version that may ship `kind` of change after `base` (semver; 0.x shifts down one)."""
    major, minor, patch = base
    if kind is None:
        return base
    if major == 0:
        return (0, minor + 1, 0) if kind is Kind.BREAKING else (0, minor, patch + 1)
    if kind is Kind.BREAKING:
        return (major + 1, 0, 0)
    return (major, minor + 1, 0) if kind is Kind.FEATURE else (major, minor, patch + 1)


def bump_name(base: Version, kind: Kind | None) -> str:
    if kind is None:
        return "none"
    major, minor, _ = required_version(base, kind)
    if major != base[0]:
        return "major"
    return "minor" if minor != base[1] else "patch"


def format_version(version: Version) -> str:
    return ".".join(str(part) for part in version)

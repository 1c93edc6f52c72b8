"""The bump each class of change needs, and what must agree with the version."""

from __future__ import annotations

import pytest
from release_check.changes import Kind, bump_name, parse_version, required_version
from release_check.gate import gate_problems

CHANGELOG = "# Changelog\n\n## 0.2.0 — unreleased\n\n## 0.1.0 — 2026-11-27\n"
README = "pip install scenario-train==0.2.0\n\npip install 'scenario-train==0.2.0'\n"


@pytest.mark.parametrize(
    ("base", "kind", "required", "bump"),
    [
        ("0.1.0", None, "0.1.0", "none"),
        ("0.1.0", Kind.FIX, "0.1.1", "patch"),
        ("0.1.0", Kind.FEATURE, "0.1.1", "patch"),
        ("0.1.3", Kind.BREAKING, "0.2.0", "minor"),
        ("1.2.3", Kind.FEATURE, "1.3.0", "minor"),
        ("1.2.3", Kind.BREAKING, "2.0.0", "major"),
    ],
)
def test_bumps_follow_semver_with_0x_shifted_down(base: str, kind: Kind | None, required: str, bump: str) -> None:
    assert required_version(parse_version(base), kind) == parse_version(required)
    assert bump_name(parse_version(base), kind) == bump


def test_a_consistent_version_passes() -> None:
    assert gate_problems((0, 2, 0), (0, 2, 0), CHANGELOG, README) == []


def test_a_version_above_the_required_one_passes() -> None:
    assert gate_problems((0, 2, 0), (0, 1, 1), CHANGELOG, README) == []


def test_a_version_below_the_required_one_fails() -> None:
    [problem] = gate_problems((0, 2, 0), (0, 3, 0), CHANGELOG.replace("0.2.0", "0.3.0") + "## 0.2.0\n", README)
    assert "the changes need at least 0.3.0" in problem


def test_a_version_without_a_changelog_entry_fails() -> None:
    assert gate_problems((0, 2, 0), (0, 2, 0), "## 0.1.0\n## 0.2.0.1\n", README) == [
        "CHANGELOG.md has no '## 0.2.0' entry"
    ]


def test_a_readme_naming_another_version_fails() -> None:
    problems = gate_problems((0, 2, 0), (0, 2, 0), CHANGELOG, README + "pip install scenario-train==0.1.0\n")
    assert problems == ["README.md installs scenario-train==0.1.0, not 0.2.0"]


def test_a_malformed_version_is_refused() -> None:
    with pytest.raises(ValueError, match=r"MAJOR\.MINOR\.PATCH"):
        parse_version("0.2")

"""`python -m release_check` end to end, in a throwaway git repository holding a tiny project."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from release_check.__main__ import main

from tests.support.release import base_spec, schemas, write_packages

SPEC = Path("openapi/scenario-train.yaml")


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=True).stdout.strip()


def set_version(repo: Path, version: str, *, changelog: bool = True, readme: bool = True) -> None:
    (repo / "overlay/scenario_train/_version.py").write_text(f'__version__ = "{version}"\n')
    entries = f"## {version} — unreleased\n\n" if changelog and version != "0.1.0" else ""
    (repo / "CHANGELOG.md").write_text(f"# Changelog\n\n{entries}## 0.1.0 — 2026-11-27\n")
    (repo / "README.md").write_text(f"pip install 'scenario-train=={version if readme else '0.1.0'}'\n")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A project released as 0.1.0 at its first commit, as release/last-release.json records."""
    write_packages(tmp_path)
    (tmp_path / SPEC).parent.mkdir(parents=True)
    (tmp_path / SPEC).write_text(yaml.safe_dump(base_spec()))
    set_version(tmp_path, "0.1.0")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "0.1.0")
    record = {"version": "0.1.0", "commit": git(tmp_path, "rev-parse", "HEAD")}
    (tmp_path / "release").mkdir()
    (tmp_path / "release/last-release.json").write_text(json.dumps(record))
    return tmp_path


def edit_spec(repo: Path, edit: str) -> None:
    spec = base_spec()
    if edit == "optional-made-required":
        schemas(spec)["Model"]["required"].append("name")
    elif edit == "field-removed":
        schemas(spec)["Model"]["properties"].pop("tags")
    else:
        schemas(spec)["Model"]["properties"]["jobId"] = {"type": "string"}
    (repo / SPEC).write_text(yaml.safe_dump(spec))


def run(repo: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--repo", str(repo), "--no-optic"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_no_change_passes_at_the_released_version(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(repo, capsys)
    assert code == 0, out
    assert "bump required: none -> at least 0.1.0" in out


@pytest.mark.parametrize("edit", ["optional-made-required", "field-removed"])
def test_a_breaking_change_fails_until_version_and_changelog_say_so(
    repo: Path, capsys: pytest.CaptureFixture[str], edit: str
) -> None:
    edit_spec(repo, edit)
    code, out = run(repo, capsys)
    assert code == 1
    assert "breaking" in out
    assert "bump required: minor -> at least 0.2.0" in out
    assert "FAIL: overlay/scenario_train/_version.py says 0.1.0; the changes need at least 0.2.0" in out

    set_version(repo, "0.2.0", changelog=False)
    code, out = run(repo, capsys)
    assert code == 1
    assert "CHANGELOG.md has no '## 0.2.0' entry" in out

    set_version(repo, "0.2.0", readme=False)
    code, out = run(repo, capsys)
    assert code == 1
    assert "README.md installs scenario-train==0.1.0, not 0.2.0" in out

    set_version(repo, "0.2.0")
    assert run(repo, capsys)[0] == 0


def test_an_optional_field_added_passes_with_a_patch_bump(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_spec(repo, "optional-field-added")
    code, out = run(repo, capsys)
    assert code == 1
    assert "bump required: patch -> at least 0.1.1" in out

    set_version(repo, "0.1.1")
    code, out = run(repo, capsys)
    assert code == 0, out
    assert "feature   spec    Model.jobId: optional field added" in out


def test_base_may_be_any_git_ref(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_spec(repo, "field-removed")
    set_version(repo, "0.2.0")
    git(repo, "add", ".")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "0.2.0")
    assert main(["--repo", str(repo), "--no-optic", "--base", "HEAD"]) == 0
    assert "bump required: none -> at least 0.2.0" in capsys.readouterr().out


def test_an_unknown_base_is_a_usage_error(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--repo", str(repo), "--no-optic", "--base", "no-such-ref"]) == 2
    assert "cannot read 'no-such-ref' from git" in capsys.readouterr().err

"""The tree to compare against: the last release recorded in the repository, or any git ref."""

from __future__ import annotations

import io
import json
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from .changes import Version, parse_version

__all__ = ["EXPORTED", "LAST_RELEASE", "Base", "export_tree", "last_release"]

LAST_RELEASE = Path("release/last-release.json")
# What the comparison reads: the spec, and the sources of both packages.
EXPORTED = ("openapi", "overlay", "generated")


@dataclass(frozen=True)
class Base:
    ref: str
    version: Version | None  # known when the ref is a recorded release


def last_release(repo: Path) -> Base:
    record = json.loads((repo / LAST_RELEASE).read_text(encoding="utf-8"))
    return Base(ref=str(record["commit"]), version=parse_version(str(record["version"])))


def export_tree(repo: Path, ref: str, dest: Path) -> None:
    """The spec and sources as committed at `ref`, written under `dest` (clones may lack tags, not commits)."""
    result = subprocess.run(
        ["git", "-C", str(repo), "archive", "--format=tar", ref, *EXPORTED],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise ValueError(f"cannot read {ref!r} from git: {result.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(result.stdout)) as archive:
        archive.extractall(dest, filter="data")

"""`python -m release_check [--base REF]`: print each change since BASE, its class and the bump needed."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from .attrs_models import compare_attrs
from .base import Base, export_tree, last_release
from .changes import Change, Kind, bump_name, format_version, required_version
from .gate import gate_problems, read_version
from .optic import OpticError, optic_changes
from .python_api import compare_packages as compare_python
from .python_api import load_packages
from .spec_rules import compare_specs

SPEC = Path("openapi/scenario-train.yaml")
OPTIC = Path("release/optic/node_modules/.bin/optic")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="release-check", description=__doc__)
    parser.add_argument("--base", help="git ref to compare with (default: the release in release/last-release.json)")
    parser.add_argument("--repo", type=Path, default=Path.cwd(), help="the repository (default: here)")
    parser.add_argument("--no-optic", action="store_true", help="skip Optic's second opinion on the spec")
    return parser.parse_args(argv)


def find_changes(repo: Path, base_tree: Path, *, use_optic: bool) -> list[Change]:
    old_spec, new_spec = base_tree / SPEC, repo / SPEC
    changes = compare_specs(yaml.safe_load(old_spec.read_text()), yaml.safe_load(new_spec.read_text()))
    if use_optic and old_spec.read_bytes() != new_spec.read_bytes():
        changes += optic_changes(repo / OPTIC, old_spec, new_spec)
    old = load_packages([base_tree / "overlay", base_tree / "generated"])
    new = load_packages([repo / "overlay", repo / "generated"])
    changes += compare_python(old, new)
    changes += compare_attrs(old["scenario_train_api"], new["scenario_train_api"])
    return sorted(changes, key=lambda change: (-change.kind, change.source, change.where, change.what))


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    repo = Path(
        subprocess.run(
            ["git", "-C", str(args.repo), "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True
        ).stdout.strip()
    )
    base = Base(args.base, None) if args.base else last_release(repo)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="release-check-") as scratch:
        base_tree = Path(scratch)
        try:
            export_tree(repo, base.ref, base_tree)
            base_version = read_version(base_tree)
            changes = find_changes(repo, base_tree, use_optic=not args.no_optic)
        except (ValueError, OpticError) as error:
            print(f"release-check: {error}", file=sys.stderr)
            return 2
    problems = []
    if base.version is not None and base.version != base_version:
        problems.append(
            f"release/last-release.json says {format_version(base.version)}, "
            f"but {base.ref} has {format_version(base_version)}"
        )
    print(f"release-check: working tree against {base.ref} (version {format_version(base_version)})")
    for change in changes:
        print("  " + change.line())
    needed = max((change.kind for change in changes), default=None)
    required = required_version(base_version, needed)
    counts = ", ".join(f"{sum(c.kind is kind for c in changes)} {kind.label}" for kind in reversed(Kind))
    print(f"{counts}; bump required: {bump_name(base_version, needed)} -> at least {format_version(required)}")
    current = read_version(repo)
    problems += gate_problems(current, required, (repo / "CHANGELOG.md").read_text(), (repo / "README.md").read_text())
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    verdict = "fails" if problems else "passes"
    print(f"version {format_version(current)} {verdict} ({time.monotonic() - started:.1f} s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

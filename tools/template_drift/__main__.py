"""`python -m template_drift [--record]`: how each overridden template stands against the installed generator's.

For each override: the upstream version it was copied from (its header), and, once the pinned
generator is newer, the diff upstream made to that template since (to carry into ours) and whether
it merges into ours. Exit 0 when every override is based on the installed version, 1 otherwise.
Offline: it reads the installed generator, openapi/templates and openapi/templates-upstream only.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from pathlib import Path

from .compare import Folders, compare
from .headers import read_templates
from .record import record

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = "openapi-python-client"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="template-drift", description=__doc__)
    parser.add_argument("--templates", type=Path, default=ROOT / "openapi" / "templates", help="our templates")
    parser.add_argument(
        "--pristine", type=Path, default=ROOT / "openapi" / "templates-upstream", help="pristine upstream copies"
    )
    parser.add_argument("--upstream", type=Path, help="upstream templates (default: the installed generator's)")
    parser.add_argument("--upstream-version", help="their version (default: the installed generator's)")
    parser.add_argument(
        "--record", action="store_true", help="copy the installed upstream templates ours are based on as pristine"
    )
    arguments = parser.parse_args(argv)
    if (arguments.upstream is None) != (arguments.upstream_version is None):
        parser.error("give both --upstream and --upstream-version, or neither")
    return arguments


def _installed() -> tuple[Path, str]:
    import openapi_python_client

    return Path(openapi_python_client.__file__).parent / "templates", importlib.metadata.version(GENERATOR)


def main(argv: list[str] | None = None) -> int:
    arguments = _arguments(argv)
    upstream, version = (arguments.upstream, arguments.upstream_version) if arguments.upstream else _installed()
    folders = Folders(arguments.templates, arguments.pristine, upstream, version)
    templates, problems = read_templates(folders.ours)
    if arguments.record:
        problems += record(templates, folders)
    print(f"{len(templates)} templates in {folders.ours}; upstream: {GENERATOR} {version} ({upstream})")
    done = 0
    for template in templates:
        verdict = compare(template, folders)
        print("\n".join(verdict.lines))
        done += verdict.ok
    for problem in problems:
        print(problem)
    if problems or done < len(templates):
        need = len(templates) - done
        print(f"template drift: {need} of {len(templates)} templates need work; {len(problems)} other problems")
        return 1
    print(f"no template drift: every override is based on {GENERATOR} {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

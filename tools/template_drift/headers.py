"""The header each template in openapi/templates opens with: the upstream template it copies, and from which version.

An override opens with `{# Copied from openapi-python-client 0.29.1 (templates/model.py.jinja). It differs ...`;
a template of our own, which the generator does not have, with `{# Not an upstream template ...`
(`{#-` as well: the comment may trim the whitespace after it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Template", "read_templates"]

_COPIED = re.compile(r"\{#-?\s*Copied from openapi-python-client (?P<version>\S+) \(templates/(?P<path>[^)\s]+)\)\.")
_OWN = re.compile(r"\{#-?\s*Not an upstream template")


@dataclass(frozen=True)
class Template:
    """A template of openapi/templates, by its path there (the generator's name for it)."""

    path: str
    base: str | None
    """The upstream version it was copied from; None for a template of our own."""


def read_templates(folder: Path) -> tuple[list[Template], list[str]]:
    """The templates of `folder`, and what is wrong with their headers."""
    templates: list[Template] = []
    problems: list[str] = []
    for file in sorted(path for path in folder.rglob("*") if path.is_file()):
        path = file.relative_to(folder).as_posix()
        text = file.read_text(encoding="utf-8")
        copied = _COPIED.match(text)
        if copied is not None:
            if copied["path"] != path:
                problems.append(f"{path}: its header names templates/{copied['path']}, not templates/{path}")
            templates.append(Template(path, copied["version"]))
        elif _OWN.match(text):
            templates.append(Template(path, None))
        else:
            problems.append(
                f"{path}: does not open with '{{# Copied from openapi-python-client VERSION (templates/{path}).' "
                "and why it differs, nor with '{# Not an upstream template'"
            )
    return templates, problems

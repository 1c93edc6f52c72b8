"""Answers in the shape each older API release sent, derived from today's answer and the field table.

The field table (`tests/reference/response-fields.tsv`, from the vendor's SDK releases 0.2.0 to 2.4.0)
says when each field of the 200 answer appeared and went. The answer of release R is today's
answer (`tests/contract/fixtures/current-api-200.json`) with the fields R did not have taken out, the fields R
had that are gone since put back, `required.conditionalValues` in place of `required.conditional`
up to 2.2.0, and the model types R listed that are gone since (`sd-xl-lora`, ...).

`python tests/compat/old_answers.py` writes `fixtures/answers/sdk-R.json`; a test checks that
the files are what this derivation gives. Standard library only: the previous release's test
venv imports it too.
"""

from __future__ import annotations

import copy
import csv
import json
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

FIXTURES = Path(__file__).resolve().with_name("fixtures")
REFERENCE = Path(__file__).resolve().parents[1] / "reference"
ANSWERS = FIXTURES / "answers"
CURRENT = Path(__file__).resolve().parents[1] / "contract" / "fixtures" / "current-api-200.json"
LAST_CONDITIONAL_VALUES = (2, 2, 0)


class Field(NamedTuple):
    tokens: tuple[str, ...]
    required: bool
    type: str
    first: tuple[int, ...]
    last: tuple[int, ...]


def release(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def show(version: tuple[int, ...]) -> str:
    return ".".join(str(part) for part in version)


def tokens(path: str) -> tuple[str, ...]:
    """`$.a.b[].c` -> ("a", "b", "[]", "c")."""
    return tuple(path.removeprefix("$.").replace("[]", ".[]").split("."))


@cache
def fields() -> tuple[Field, ...]:
    """The field table, read once: each answer's derivation consults it for every field and enum value."""
    with (REFERENCE / "response-fields.tsv").open(newline="") as table:
        return tuple(
            Field(
                tokens(row["path"]),
                row["required"] == "required",
                row["type"],
                release(row["first_seen"]),
                release(row["last_seen"]),
            )
            for row in csv.DictReader(table, delimiter="\t")
        )


def releases() -> list[tuple[int, ...]]:
    return sorted({field.first for field in fields()} | {field.last for field in fields()})


def holders(document: Any, path: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """Every object of `document` at `path` (a path of tokens, `[]` for each item of a list)."""
    if not path:
        if isinstance(document, dict):
            yield document
        return
    head, rest = path[0], path[1:]
    if head == "[]":
        for item in document if isinstance(document, list) else []:
            yield from holders(item, rest)
    elif isinstance(document, dict) and head in document:
        yield from holders(document[head], rest)


def removed_enum_values(version: tuple[int, ...]) -> dict[tuple[str, ...], list[str]]:
    """The enum values `version` listed that are gone since, by field path."""
    enums = json.loads((REFERENCE / "response-enums.json").read_text())["enums"]
    found: dict[tuple[str, ...], list[str]] = {}
    for path, values in enums.items():
        for value in values:
            if release(value["first_seen"]) <= version <= release(value["last_seen"]) < releases()[-1]:
                found.setdefault(tokens(path), []).append(value["value"])
    return found


def answer_for(version: tuple[int, ...]) -> dict[str, Any]:
    document: dict[str, Any] = copy.deepcopy(json.loads(CURRENT.read_text()))
    newest = releases()[-1]
    # Deepest paths first, so that a field is not looked for inside a parent already taken out.
    for field in sorted(fields(), key=lambda field: -len(field.tokens)):
        *parent, name = field.tokens
        for holder in holders(document, tuple(parent)):
            if version < field.first:
                holder.pop(name, None)
            elif field.first <= version <= field.last < newest and name not in holder and field.type != "?":
                holder[name] = _example(field.type)
            elif field.type == "?" and field.first <= version <= field.last:
                holder.setdefault(name, 0)  # a field of unrecorded type that only these releases sent
    if version <= LAST_CONDITIONAL_VALUES:
        for path in {field.tokens[:-1] for field in fields() if field.tokens[-1] == "conditionalValues"}:
            for holder in holders(document, path):
                if "conditional" in holder:
                    holder["conditionalValues"] = holder.pop("conditional")["values"]
    for path, values in removed_enum_values(version).items():
        *parent, name = path
        if name == "[]":  # a list of enum values: add the old ones
            for holder in holders(document, tuple(parent[:-1])):
                holder[parent[-1]] = [*holder.get(parent[-1], []), *values]
        else:
            for holder in holders(document, tuple(parent)):
                holder[name] = values[-1]
    return document


def _example(kind: str) -> Any:
    return {"string": "", "number": 0, "boolean": False, "object": {}}.get(kind.split("<")[0], [])


def answer_path(version: tuple[int, ...]) -> Path:
    return ANSWERS / f"sdk-{show(version)}.json"


def write_all() -> None:
    ANSWERS.mkdir(exist_ok=True)
    for version in releases():
        answer_path(version).write_text(json.dumps(answer_for(version), indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write_all()
    sys.exit(0)

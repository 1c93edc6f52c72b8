"""`fixtures/current-api-200.json` is a realistic answer of today's API (SDK 2.4.0).

It is written by hand from the reference list of response fields; these tests keep it complete
(every field the current API sends) and current (no field the API stopped sending).
"""

from __future__ import annotations

import csv
import re
from typing import Any

from contract_support import body, reference_file

CURRENT_RELEASE = "2.4.0"


def reference_fields() -> list[dict[str, str]]:
    with reference_file("response-fields.tsv").open(encoding="utf-8", newline="") as tsv:
        return list(csv.DictReader(tsv, delimiter="\t"))


def path_parts(path: str) -> list[str]:
    """`$.model.inputs[].name` -> ["model", "inputs", "[]", "name"]."""
    assert path.startswith("$"), path
    return [key or "[]" for key, _ in re.findall(r"\.([^.\[\]]+)|(\[\])", path[1:])]


def is_present(document: Any, parts: list[str]) -> bool:
    """Whether some value of `document` sits at the path, `[]` meaning any array item."""
    if not parts:
        return True
    head, rest = parts[0], parts[1:]
    if head == "[]":
        return isinstance(document, list) and any(is_present(item, rest) for item in document)
    return isinstance(document, dict) and head in document and is_present(document[head], rest)


def test_path_parts_reads_the_reference_spelling() -> None:
    assert path_parts("$.job.metadata.flow[].inputs[].items[][].required.conditional.values") == [
        "job",
        "metadata",
        "flow",
        "[]",
        "inputs",
        "[]",
        "items",
        "[]",
        "[]",
        "required",
        "conditional",
        "values",
    ]
    assert path_parts("$.costDetails.skybox-base-360") == ["costDetails", "skybox-base-360"]


def test_is_present_needs_the_whole_path() -> None:
    document = {"a": [{"b": 1}, {"c": None}]}

    assert is_present(document, ["a", "[]", "c"])
    assert not is_present(document, ["a", "[]", "d"])
    assert not is_present(document, ["a", "b"])


def test_fixture_has_every_field_of_the_current_api() -> None:
    fixture = body("current-api")
    current = [row["path"] for row in reference_fields() if row["last_seen"] == CURRENT_RELEASE]

    assert current, f"no path of the reference list is current in {CURRENT_RELEASE}"
    assert [path for path in current if not is_present(fixture, path_parts(path))] == []


def test_fixture_has_no_field_the_api_stopped_sending() -> None:
    fixture = body("current-api")
    removed = [row["path"] for row in reference_fields() if row["last_seen"] != CURRENT_RELEASE]

    assert [path for path in removed if is_present(fixture, path_parts(path))] == []

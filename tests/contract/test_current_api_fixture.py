"""`fixtures/current-api-200.json` is a realistic answer of today's API (SDK 2.4.0).

It is written by hand from the reference lists; these tests keep it complete (every field the
current API sends), current (no field the API stopped sending), and keep the spec's enums in
step with every value the vendor published.
"""

from __future__ import annotations

import csv

from tests.support.contract import (
    body,
    enum_values,
    matching_locations,
    pattern_parts,
    property_schema,
    published_enums,
    reference_file,
)

CURRENT_RELEASE = "2.4.0"
JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "boolean": bool,
    "string": str,
    "number": (int, float),
    "integer": int,
}


def reference_fields() -> list[dict[str, str]]:
    with reference_file("response-fields.tsv").open(encoding="utf-8", newline="") as tsv:
        return list(csv.DictReader(tsv, delimiter="\t"))


def test_pattern_parts_reads_the_reference_spelling() -> None:
    assert pattern_parts("$.job.metadata.flow[].inputs[].items[][].required.conditional.values") == [
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
    assert pattern_parts("$.costDetails.skybox-base-360") == ["costDetails", "skybox-base-360"]


def test_matching_locations_needs_the_whole_path() -> None:
    document = {"a": [{"b": 1}, {"c": None}, {"c": 2}]}

    assert matching_locations(document, "$.a[].c") == [("a", 1, "c"), ("a", 2, "c")]
    assert matching_locations(document, "$.a[].d") == []
    assert matching_locations(document, "$.a.b") == []


def test_fixture_has_every_field_of_the_current_api() -> None:
    fixture = body("current-api")
    current = [row["path"] for row in reference_fields() if row["last_seen"] == CURRENT_RELEASE]

    assert current, f"no path of the reference list is current in {CURRENT_RELEASE}"
    assert [path for path in current if not matching_locations(fixture, path)] == []


def test_fixture_has_no_field_the_api_stopped_sending() -> None:
    fixture = body("current-api")
    removed = [row["path"] for row in reference_fields() if row["last_seen"] != CURRENT_RELEASE]

    assert [path for path in removed if matching_locations(fixture, path)] == []


def test_spec_enums_list_every_value_the_vendor_published() -> None:
    fixture = body("current-api")
    problems = []
    for pattern, entries in published_enums().items():
        locations = matching_locations(fixture, pattern)
        assert locations, f"the fixture has no value at {pattern}"
        schema = property_schema("current-api", locations[0])
        values = enum_values(schema)
        published = [entry["value"] for entry in entries]
        if values is None:
            # A one-value "enum" the spec types plainly (`includeOutputsInWorkflowJob`: true).
            expected_type = JSON_TYPES[schema["type"]]
            problems += [f"{pattern}: {value!r}" for value in published if not isinstance(value, expected_type)]
        else:
            problems += [f"{pattern}: {value!r} is not in the spec" for value in published if value not in values]
    assert problems == []

"""Optic's verdicts, kept where they are right here: an added enum value is a feature."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from release_check.__main__ import OPTIC
from release_check.changes import Kind
from release_check.optic import optic_changes, parse_optic_output
from release_check.spec_rules import compare_specs

from tests.support.release import base_spec, schemas

REPO = Path(__file__).resolve().parents[2]
# Optic 1.0.9's report (colours stripped) for one added enum value and one removed field.
REPORT = """\
x Scenario model training old.yaml
x PUT /models/{modelId}/train:
  - response 200:
    - body application/json:
      - property /schema/properties/model/properties/name: removed

        x [prevent removing response property] cannot remove response property 'name'. This is a breaking change.
        at old.yaml:1:1

      - property /schema/properties/model/properties/status: changed

        x [request and response property enums] cannot add enum option 'paused' from 'status' property. This is \
a breaking change.
x GET /models/{modelId}:
      - property /schema/properties/model/properties/name: removed

        x [prevent removing response property] cannot remove response property 'name'. This is a breaking change.
"""


def test_optic_report_keeps_its_breaks_and_turns_an_added_enum_value_into_a_feature() -> None:
    changes = parse_optic_output(REPORT)
    assert [(change.kind, change.where.split()[-1]) for change in changes] == [
        (Kind.BREAKING, "/schema/properties/model/properties/name"),
        (Kind.FEATURE, "/schema/properties/model/properties/status"),
    ]
    assert "enums are open" in changes[1].what


def write(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(spec))
    return path


def test_optic_on_a_real_pair_and_where_the_project_rules_are_needed(tmp_path: Path) -> None:
    old = base_spec()
    new = copy.deepcopy(old)
    schemas(new)["Status"]["enum"].append("paused")
    schemas(new)["Model"]["properties"].pop("tags")
    schemas(new)["Model"]["required"].append("name")

    optic = optic_changes(REPO / OPTIC, write(tmp_path / "old.yaml", old), write(tmp_path / "new.yaml", new))

    verdicts = {(change.kind, change.where.rsplit("/", 1)[-1]) for change in optic}
    assert (Kind.BREAKING, "tags") in verdicts
    assert (Kind.FEATURE, "status") in verdicts
    # Optic does not flag the optional field made required: the project rule does.
    assert (Kind.BREAKING, "name") not in verdicts
    assert (Kind.BREAKING, "Model.name") in {(change.kind, change.where) for change in compare_specs(old, new)}

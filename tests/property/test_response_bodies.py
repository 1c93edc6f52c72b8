"""Bodies generated from each response schema of the spec parse, and give themselves back exactly.

hypothesis-jsonschema draws valid bodies from the spec's own schemas; a mutated body (a field
taken out or given a value of another type) parses or raises only ParseError. Example counts are
small, fixed and derandomized: a TrainModelResponse body costs about 0.4 s to draw.
"""

from __future__ import annotations

import contextlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from scenario_train_api import models
from scenario_train_api.errors import ParseError

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "scenario-train.yaml"
# Drawn bodies per schema: the big ones are slow to draw.
EXAMPLES = {
    "TrainModelResponse": 8,
    "ModelResponse": 8,
    "DryRunEstimate": 30,
    "ErrorBody": 30,
    "ModelsPage": 3,
    "TrainingImageResponse": 30,
    "TrainingImagePairsResponse": 30,
    "AssetUploadResponse": 5,
    "AssetResponse": 5,
    "UploadResponse": 20,
    "CostEstimate": 30,
    "JobResponse": 5,
}


def fixed(max_examples: int) -> settings:
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text())
    return loaded


def response_schema_names() -> list[str]:
    """The component of every response body of every operation, shared responses included."""
    found: set[str] = set()
    for item in spec()["paths"].values():
        for operation in item.values():
            for answer in operation.get("responses", {}).values():
                if "$ref" in answer:
                    answer = spec()["components"]["responses"][answer["$ref"].rsplit("/", 1)[-1]]
                for media in answer.get("content", {}).values():
                    if "$ref" in media["schema"]:  # not the `{}` of an undocumented body
                        found.add(media["schema"]["$ref"].rsplit("/", 1)[-1])
    return sorted(found)


def bodies(name: str) -> st.SearchStrategy[Any]:
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec()["components"]}
    return from_schema(schema)


def same_json(left: Any, right: Any) -> bool:
    """Equal as JSON text: 1 and 1.0, or True and 1, differ."""
    return json.dumps(left, sort_keys=True) == json.dumps(right, sort_keys=True)


def test_every_response_schema_has_an_example_count() -> None:
    assert set(response_schema_names()) == set(EXAMPLES)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_a_valid_body_parses_and_round_trips(name: str) -> None:
    model = getattr(models, name)

    @fixed(EXAMPLES[name])
    @given(bodies(name))
    def check(body: Any) -> None:
        sent = json.loads(json.dumps(body))
        assert same_json(model.from_dict(sent).to_dict(), body)

    check()


def locations(document: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found: list[tuple[str | int, ...]] = []
    items = (
        document.items() if isinstance(document, dict) else enumerate(document) if isinstance(document, list) else ()
    )
    for key, value in items:
        found.append((*prefix, key))
        found.extend(locations(value, (*prefix, key)))
    return found


OTHER_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=3),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
)


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_a_mutated_body_parses_or_raises_only_parse_error(name: str) -> None:
    model = getattr(models, name)

    @fixed(max(EXAMPLES[name] // 2, 4))
    @given(bodies(name), st.data())
    def check(body: Any, data: st.DataObject) -> None:
        places = locations(body)
        if places:
            *parent, key = data.draw(st.sampled_from(places), label="location")
            holder = body
            for part in parent:
                holder = holder[part]
            if data.draw(st.booleans(), label="remove") and isinstance(holder, dict):
                del holder[key]
            else:
                holder[key] = data.draw(OTHER_VALUES, label="value")
        else:
            body = data.draw(OTHER_VALUES, label="body")
        with contextlib.suppress(ParseError):
            model.from_dict(body)

    check()

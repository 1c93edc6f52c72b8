"""Whatever a trigger's body and query hold, the mock answers below 500, in strict JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario_train.testing import MockScenarioAPI
from tests.support.mock import loopback_client, schema
from tests.support.raw_http import strict_json

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
)
parameter_names = st.sampled_from(sorted(schema("TrainingParameters")["properties"])) | st.text(max_size=10)
documents = (
    values
    | st.fixed_dictionaries({"parameters": st.dictionaries(parameter_names, values, max_size=4)})
    | st.fixed_dictionaries({"parameters": values})
)


def lax_json(document: Any) -> bytes:
    """JSON as a lax writer sends it: NaN and infinities as the literals NaN and Infinity."""
    return json.dumps(document, allow_nan=True).encode()


bodies = documents.map(lax_json) | st.binary(max_size=64)
query_values = st.text(max_size=8) | st.sampled_from(["true", "false", "api", "1", "-1", "\u00b2", "\uff11", "1e999"])
queries = st.dictionaries(
    st.sampled_from(["dryRun", "originalAssets", "projectId", "trainingImagesCount", "other"]), query_values
)


def test_any_body_and_query_get_an_answer_below_500_in_strict_json(
    capfd: pytest.CaptureFixture[str],
) -> None:
    with MockScenarioAPI(polls_per_step=0) as api, loopback_client(api) as client:
        model_ids = iter(range(10**6))

        @settings(
            max_examples=300,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.too_slow],
        )
        @given(body=bodies, query=queries)
        def trigger(body: bytes, query: dict[str, str]) -> None:
            answer = client.put(f"/models/m{next(model_ids)}/train", params=query, content=body)

            assert answer.status_code in (200, 269, 400), answer.text
            document = strict_json(answer.content)
            assert isinstance(document, dict)
            if answer.status_code == 400:
                assert isinstance(document["message"], str) and document["message"]

        trigger()

    assert "Traceback" not in capfd.readouterr().err


def test_strict_json_refuses_what_a_lax_writer_sends() -> None:
    for text in (b"NaN", b"[Infinity]", b"-Infinity", b"1e999", lax_json(float("inf"))):
        with pytest.raises(ValueError):
            strict_json(text)
    assert strict_json(b'{"a": [1.5, -2]}') == {"a": [1.5, -2]}

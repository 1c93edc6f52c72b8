"""The client against an independent server: Prism validates every request against the spec.

Prism answers a request that breaks the spec with an error status (here the spec's 400) and lists the
problems in an `sl-violations` header, so a clean 2xx without that header means the request conformed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

from scenario_train import AuthenticationError, BadRequestError, DryRunEstimate, Scenario

pytestmark = pytest.mark.prism

EXAMPLE = json.loads((Path(__file__).resolve().parents[2] / "openapi/examples/train-200.json").read_text("utf-8"))
KEY, SECRET = "prism-key", "prism-secret"


class Exchange:
    """An httpx client for `http_client=` that records every response, and can ask Prism for a given status."""

    def __init__(self, prefer: str | None = None) -> None:
        self.responses: list[httpx.Response] = []
        hooks: dict[str, list[Any]] = {"response": [self.responses.append], "request": []}
        if prefer is not None:
            hooks["request"].append(lambda request: request.headers.__setitem__("Prefer", prefer))
        self.http_client = httpx.Client(event_hooks=hooks)

    def violations(self) -> list[str]:
        return [r.headers["sl-violations"] for r in self.responses if "sl-violations" in r.headers]


@pytest.fixture
def exchange() -> Exchange:
    return Exchange()


@pytest.fixture
def client(prism_url: str, exchange: Exchange) -> Iterator[Scenario]:
    with Scenario(
        api_key=KEY, api_secret=SECRET, base_url=prism_url, max_retries=0, http_client=exchange.http_client
    ) as client:
        yield client


def test_trigger_conforms_and_the_documented_example_comes_back_parsed(client: Scenario, exchange: Exchange) -> None:
    result = client.models.train.trigger(
        "model with/slash",
        parameters={"batchSize": 2, "learningRate": 1e-4, "samplePrompts": ["a cat"], "lrScheduler": "cosine"},
        project_id="project-1",
        original_assets=True,
        training_images_count=12,
    )
    assert [r.status_code for r in exchange.responses] == [200]
    assert exchange.violations() == []
    assert result.to_dict() == EXAMPLE
    assert result.job.job_id == EXAMPLE["job"]["jobId"]


def test_trigger_without_parameters_sends_a_conforming_empty_body(client: Scenario, exchange: Exchange) -> None:
    client.models.train.trigger("model-1")
    assert exchange.violations() == []
    assert json.loads(exchange.responses[0].request.content) == {}


@pytest.mark.parametrize("mode", [True, "api"])
def test_dry_run_conforms_and_the_269_estimate_parses(prism_url: str, mode: Literal[True, "api"]) -> None:
    exchange = Exchange(prefer="code=269")
    with Scenario(
        api_key=KEY, api_secret=SECRET, base_url=prism_url, max_retries=0, http_client=exchange.http_client
    ) as client:
        estimate = client.models.train.trigger("model-1", dry_run=mode)
    assert isinstance(estimate, DryRunEstimate)
    assert [r.status_code for r in exchange.responses] == [269]
    assert exchange.violations() == []


def test_retrieve_and_cancel_conform(client: Scenario, exchange: Exchange) -> None:
    model = client.models.retrieve("model-1", project_id="project-1").model
    cancelled = client.models.train.action("model-1", action="cancel").model
    assert exchange.violations() == []
    assert [r.status_code for r in exchange.responses] == [200, 200]
    assert model.id and cancelled.id


def test_prism_does_reject_a_request_that_breaks_the_spec(client: Scenario, prism_url: str, exchange: Exchange) -> None:
    """Without this, the conformance tests above could pass against a server that checks nothing."""
    response = httpx.put(
        f"{prism_url}/models/model-1/train",
        params={"trainingImagesCount": "many"},
        json={"parameters": {"batchSize": "two"}},
        auth=(KEY, SECRET),
    )
    assert response.status_code == 422
    problems = {tuple(v["location"]) for v in json.loads(response.headers["sl-violations"])}
    assert {("request", "query", "trainingimagescount"), ("request", "body", "parameters", "batchSize")} <= problems
    with pytest.raises(BadRequestError):
        client.models.train.action("model-1", action="pause")  # type: ignore[arg-type]
    assert "action" in exchange.violations()[0]


def test_prism_refuses_missing_credentials(prism_url: str) -> None:
    with Scenario(jwt="not-checked-by-prism", base_url=prism_url, max_retries=0) as client:
        client.models.retrieve("model-1")
    response = httpx.get(f"{prism_url}/models/model-1")
    assert response.status_code == 401

    def strip_credentials(request: httpx.Request) -> None:
        del request.headers["Authorization"]

    no_credentials = httpx.Client(event_hooks={"request": [strip_credentials]})
    with (
        Scenario(
            api_key=KEY, api_secret=SECRET, base_url=prism_url, max_retries=0, http_client=no_credentials
        ) as client,
        pytest.raises(AuthenticationError),
    ):
        client.models.retrieve("model-1")

"""Statuses outside Python's `HTTPStatus` list reach the caller as ints and parse as the spec says.

The dry run answers 269; proxies and load balancers answer 499 and 520-529. The expected parsed
type of every status is read from the spec's responses (exact code, then `5XX`-style range).
"""

from __future__ import annotations

import importlib
import json
from http import HTTPStatus
from types import ModuleType
from typing import Any

import httpx
import pytest

from scenario_train_api.client import Client
from scenario_train_api.errors import UnexpectedStatus
from scenario_train_api.models import DryRunEstimate
from scenario_train_api.types import Response
from tests.support.contract import ref_name, spec_document

BASE_URL = "https://api.cloud.scenario.com/v1"
ODD_STATUSES = [269, 499, *range(520, 530)]
BODIES: dict[str, dict[str, Any]] = {
    "DryRunEstimate": {"creativeUnitsCost": 150, "creativeUnitsDiscount": 0, "costDetails": {"train-model": 150}},
    "CostEstimate": {"creativeUnitsCost": 2, "creativeUnitsDiscount": 0},
    "ErrorBody": {"message": "origin unreachable", "traceId": "1f7c9e4b2a"},
}


def operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    """(module, method, path, responses) for every operation of the spec; the generator puts each module
    under its operation's tag: `models.train_model`."""
    found = []
    for path, methods in spec_document()["paths"].items():
        for method, operation in methods.items():
            module = "".join(f"_{char.lower()}" if char.isupper() else char for char in operation["operationId"])
            found.append((f"{operation['tags'][0]}.{module}", method, path, operation["responses"]))
    return found


def expected_schema(responses: dict[str, Any], status: int) -> str | None:
    response = responses.get(str(status)) or responses.get(f"{status // 100}XX")
    if response is None:
        return None
    if "$ref" in response:
        response = spec_document()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    return ref_name(response["content"]["application/json"]["schema"])


def build(
    module: ModuleType, method: str, status: int, content: bytes, client: Client, content_type: str = "application/json"
) -> Response[Any]:
    request = httpx.Request(method.upper(), f"{BASE_URL}/models/model_BrhYqnJk6LSwRxzM2UWm5uTk/train")
    response = httpx.Response(status, content=content, headers={"content-type": content_type}, request=request)
    built: Response[Any] = module._build_response(client=client, response=response)
    return built


CASES = [
    pytest.param(module, method, responses, status, id=f"{module}-{status}")
    for module, method, _, responses in operations()
    for status in ODD_STATUSES
]


def test_the_odd_statuses_are_not_in_httpstatus() -> None:
    assert not set(ODD_STATUSES) & {status.value for status in HTTPStatus}


@pytest.mark.parametrize(("module_name", "method", "responses", "status"), CASES)
def test_odd_status_reaches_the_caller(module_name: str, method: str, responses: dict[str, Any], status: int) -> None:
    module = importlib.import_module(f"scenario_train_api.api.{module_name}")
    schema = expected_schema(responses, status)
    payload = BODIES.get(schema or "", {"message": "unexpected"})

    built = build(module, method, status, json.dumps(payload).encode(), Client(base_url=BASE_URL))

    assert type(built.status_code) is int
    assert built.status_code == status
    if schema is None:
        assert built.parsed is None
    else:
        assert built.parsed is not None
        assert type(built.parsed).__name__ == schema
        assert built.parsed.to_dict() == payload


def test_dry_run_answer_parses_as_an_estimate() -> None:
    module = importlib.import_module("scenario_train_api.api.models.train_model")

    built = build(module, "put", 269, json.dumps(BODIES["DryRunEstimate"]).encode(), Client(base_url=BASE_URL))

    assert built.status_code == 269
    assert isinstance(built.parsed, DryRunEstimate)
    assert built.parsed.creative_units_cost == 150


def test_undocumented_odd_status_raises_when_asked_to() -> None:
    module = importlib.import_module("scenario_train_api.api.models.train_model")
    client = Client(base_url=BASE_URL, raise_on_unexpected_status=True)

    with pytest.raises(UnexpectedStatus) as caught:
        build(module, "put", 499, b"", client)

    assert caught.value.status_code == 499


@pytest.mark.parametrize("status", [502, 520])
def test_proxy_error_page_that_is_not_json(status: int) -> None:
    module = importlib.import_module("scenario_train_api.api.models.train_model")

    page = b"<html><body>Web server is down</body></html>"

    built = build(module, "put", status, page, Client(base_url=BASE_URL), content_type="text/html")

    assert built.status_code == status
    assert built.parsed is None
    assert built.content == page

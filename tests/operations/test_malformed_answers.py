"""A 2xx answer that breaks its schema, is not JSON, or is over the body limit, for every operation of the table.

Each case is a call of the generated method, with `Scenario` and with `AsyncScenario`, against a scripted
loopback server (`tests.support.wire`) that answers every request with the bad body. A new operation of
the spec is covered once the package is regenerated: the cases are drawn from `OPERATIONS`.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from scenario_train import APIResponseValidationError, AsyncScenario, Scenario
from scenario_train._body import MAX_BODY_BYTES
from scenario_train.testing import set_testing
from scenario_train_api.api import OPERATIONS
from tests.support.wire import Script, answer, gzip_bomb, wire

NOT_THE_SCHEMA = {"unexpected": [1]}
NOT_JSON = b"<html><body>All good</body></html>"


@pytest.fixture(autouse=True)
def _no_backoff() -> Iterator[None]:
    set_testing(True)
    yield
    set_testing(False)


@functools.cache
def _bomb() -> bytes:
    return gzip_bomb(2 * MAX_BODY_BYTES)


def bad_answer(kind: str, status: int) -> Script:
    if kind == "schema":
        return answer(status, NOT_THE_SCHEMA)
    if kind == "text":
        return answer(status, NOT_JSON, {"Content-Type": "text/html"})
    return answer(status, _bomb(), {"Content-Encoding": "gzip", "Content-Type": "application/json"})


ANSWERS = [
    (name, int(status), reference)
    for name, operation in sorted(OPERATIONS.items())
    for status, reference in sorted(operation.responses.items())
    if status.startswith("2")
]
"""Each operation's successful statuses, with the model the table reads there (None: no schema)."""

BAD_ANSWERS = [
    pytest.param(name, status, kind, id=f"{name}-{status}-{kind}")
    for name, status, reference in ANSWERS
    for kind in ("schema", "text", "over-the-limit")
    if reference is not None or kind == "over-the-limit"  # without a schema, any JSON or text is an answer
]


def _method(client: object, sdk_method: str) -> Callable[..., Any]:
    found: Any = client
    for part in sdk_method.split("."):
        found = getattr(found, part)
    return found  # type: ignore[no-any-return]


def call(client: Scenario | AsyncScenario, name: str, status: int = 200, times: int = 1) -> list[object]:
    """The operation's method called `times`, with a value for each required argument (and a dry run for a 269)."""
    method = _method(client, OPERATIONS[name].sdk_method)
    positional: list[object] = []
    keywords: dict[str, object] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.name == "dry_run" and status == 269:
            keywords["dry_run"] = "true"
        if parameter.default is not inspect.Parameter.empty:
            continue
        value: object = [] if "Sequence[" in str(parameter.annotation) else "x"
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[parameter.name] = value
        else:
            positional.append(value)
    if isinstance(client, Scenario):
        return [walked(method(*positional, **keywords)) for _ in range(times)]

    async def in_turn() -> list[object]:
        results = []
        for _ in range(times):
            result = method(*positional, **keywords)
            # A listing (models.list) is walked, not awaited: its pages are its calls.
            results.append([each async for each in result] if hasattr(result, "iter_pages") else await result)
        return results

    return asyncio.run(in_turn())


def walked(result: Any) -> object:
    """A listing (models.list) walked through, for its pages are its calls; any other result as it is."""
    return list(result) if hasattr(result, "iter_pages") else result


def client_for(flavour: str, base_url: str) -> Scenario | AsyncScenario:
    kind = Scenario if flavour == "sync" else AsyncScenario
    return kind(api_key="key", api_secret="secret", base_url=base_url)


def test_every_operation_with_a_successful_answer_has_a_case() -> None:
    assert {name for name, _, _ in ANSWERS} == set(OPERATIONS)


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("name", "status", "kind"), BAD_ANSWERS)
def test_a_bad_successful_answer_is_a_validation_error_holding_it_and_is_not_resent(
    flavour: str, name: str, status: int, kind: str
) -> None:
    with wire(bad_answer(kind, status)) as server, pytest.raises(APIResponseValidationError) as caught:
        call(client_for(flavour, server.url), name, status)

    assert server.methods() == [OPERATIONS[name].method]
    assert caught.value.response.status_code == status
    expected = {
        "schema": "does not match the schema",
        "text": "is not a JSON object",
        "over-the-limit": "larger than the limit",
    }[kind]
    assert expected in str(caught.value)
    if kind == "schema":
        assert caught.value.response.json() == NOT_THE_SCHEMA


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(
    ("name", "status"), [(name, status) for name, status, reference in ANSWERS if reference is None]
)
def test_an_answer_without_a_schema_is_returned_as_the_json_or_text_it_holds(
    flavour: str, name: str, status: int
) -> None:
    with wire(bad_answer("schema", status), bad_answer("text", status)) as server:
        answers = call(client_for(flavour, server.url), name, status, times=2)

    assert answers == [NOT_THE_SCHEMA, NOT_JSON.decode()]

    assert server.methods() == [OPERATIONS[name].method] * 2

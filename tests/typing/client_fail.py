"""Type-checked by test_typing.py under `mypy --strict`: each line marked `# error: CODE` must fail with that code."""

from __future__ import annotations

import httpx

from scenario_train import AsyncScenario, RateLimitError, Scenario


def mistakes(client: Scenario, mode: str) -> None:
    # Through trigger's overloads, a parameter mypy refuses is "no overload matches".
    client.models.train.trigger("m", parameters={"batchSizee": 2})  # error: call-overload
    client.models.train.trigger("m", parameters={"batchSize": "two"})  # error: call-overload
    client.models.train.trigger("m", parameters={"lrScheduler": "cosinus"})  # error: call-overload
    client.models.train.action("m", action="pause")  # error: arg-type
    client.models.train.trigger("m", dry_run=mode)  # error: call-overload
    client.models.train.trigger("m", extra_headers={"X": 1})  # error: dict-item
    client.models.train.with_raw_response.trigger("m", parameters={"seed": "one"})  # error: call-overload
    client.models.train.trigger(model_id=1)  # error: call-overload
    # The calls generated from the operations table: typed arguments, and no method the table lacks.
    client.models.retrieve("m", original_assets="yes")  # error: arg-type
    client.models.retrieve("m", project="p")  # error: call-arg
    client.models.retrieve()  # error: call-arg
    client.models.train.action("m", project_id=1)  # error: arg-type
    client.models.with_raw_response.retrieve("m", original_assets=1)  # error: arg-type
    client.models.retrieve_thumbnail("m")  # error: attr-defined
    client.models.list(page_size="10")  # error: arg-type
    client.models.list(page=2)  # error: call-arg
    Scenario(http_client=httpx.AsyncClient())  # error: arg-type
    AsyncScenario(timeout="60")  # error: arg-type


def an_error_body_read_without_a_test(error: RateLimitError) -> float:
    # The body is a JSON value or text, not Any: which one it is must be tested before use.
    if error.body.get("remainingSeconds") is None:  # error: union-attr
        return 0
    return error.body  # error: return-value

"""The clients compared: raw httpx (the floor), scenario-train, and the vendor SDK, each making the same trigger."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from scenario_train import TrainingParametersDict

KEY, SECRET = "bench-key", "bench-secret"
PARAMETERS: TrainingParametersDict = {"batchSize": 2, "learningRate": 1e-4, "maxTrainSteps": 500}

Call = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


def raw_httpx(base_url: str, model_id: str = "model_bench") -> tuple[Call, Callable[[], None]]:
    client = httpx.Client(base_url=base_url, auth=(KEY, SECRET), timeout=60.0)

    def call() -> object:
        response = client.put(f"/models/{model_id}/train", json={"parameters": PARAMETERS})
        response.raise_for_status()
        return json.loads(response.content)

    return call, client.close


def this_client(base_url: str, model_id: str = "model_bench") -> tuple[Call, Callable[[], None]]:
    from scenario_train import Scenario

    client = Scenario(api_key=KEY, api_secret=SECRET, base_url=base_url, max_retries=0)
    return (lambda: client.models.train.trigger(model_id, parameters=PARAMETERS)), client.close


def vendor_sdk(base_url: str, model_id: str = "model_bench") -> tuple[Call, Callable[[], None]] | None:
    try:
        from scenario_sdk import Scenario as VendorScenario  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    client: Any = VendorScenario(api_key=KEY, api_secret=SECRET, base_url=base_url, max_retries=0)
    return (lambda: client.models.train.trigger(model_id, parameters=PARAMETERS)), client.close


def async_raw_httpx(base_url: str) -> tuple[AsyncCall, Callable[[], Awaitable[None]]]:
    client = httpx.AsyncClient(base_url=base_url, auth=(KEY, SECRET), timeout=60.0)

    async def call() -> object:
        response = await client.put("/models/model_bench/train", json={"parameters": PARAMETERS})
        response.raise_for_status()
        return json.loads(response.content)

    return call, client.aclose


def async_this_client(base_url: str) -> tuple[AsyncCall, Callable[[], Awaitable[None]]]:
    from scenario_train import AsyncScenario

    client = AsyncScenario(api_key=KEY, api_secret=SECRET, base_url=base_url, max_retries=0)
    return (lambda: client.models.train.trigger("model_bench", parameters=PARAMETERS)), client.close


def set_fast_json(enabled: bool) -> None:
    """Decode with orjson (when installed) or with json alone: the optional `fast` extra, on or off."""
    from scenario_train import _json

    _json._FAST[:] = []
    if not enabled:
        _json._FAST.append(None)

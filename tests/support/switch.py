"""What the switch tests share: the two SDKs as one type, and the wire as the mock saw it.

A switch test is a snippet of vendor code: a test function that takes `sdk`, the module a user imports
(`scenario_sdk`, the vendor's 2.4.0, or `scenario_train`), and `mock`, a started `MockScenarioAPI`. It
runs once per SDK and asserts the same values for both. Where the two differ on purpose, the snippet
states each SDK's behaviour with `by_sdk(sdk, vendor=..., ours=...)`; the README's section "Switching
from the vendor SDK" lists each such difference.

`sdk` is typed as the vendor's module: a snippet is vendor code, checked by `mypy --strict` against the
vendor's own types, and `scenario_train` runs it unchanged (it is cast to that type, not checked as it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar, cast

import httpx
import pytest
import scenario_sdk

import scenario_train
from scenario_train.testing import MockScenarioAPI

T = TypeVar("T")

JWT = "switch-test-jwt"
"""The Bearer token the `mock` fixture accepts besides its key and secret."""


class SDK(Protocol):
    """The names a vendor user imports from `scenario_sdk`, with the vendor's types."""

    @property
    def Scenario(self) -> type[scenario_sdk.Scenario]: ...
    @property
    def AsyncScenario(self) -> type[scenario_sdk.AsyncScenario]: ...
    @property
    def APIError(self) -> type[scenario_sdk.APIError]: ...
    @property
    def APIStatusError(self) -> type[scenario_sdk.APIStatusError]: ...
    @property
    def APIConnectionError(self) -> type[scenario_sdk.APIConnectionError]: ...
    @property
    def APITimeoutError(self) -> type[scenario_sdk.APITimeoutError]: ...
    @property
    def APIResponseValidationError(self) -> type[scenario_sdk.APIResponseValidationError]: ...
    @property
    def BadRequestError(self) -> type[scenario_sdk.BadRequestError]: ...
    @property
    def AuthenticationError(self) -> type[scenario_sdk.AuthenticationError]: ...
    @property
    def NotFoundError(self) -> type[scenario_sdk.NotFoundError]: ...
    @property
    def ConflictError(self) -> type[scenario_sdk.ConflictError]: ...
    @property
    def RateLimitError(self) -> type[scenario_sdk.RateLimitError]: ...
    @property
    def InternalServerError(self) -> type[scenario_sdk.InternalServerError]: ...


VENDOR: SDK = scenario_sdk
OURS: SDK = cast(SDK, scenario_train)
SDKS = [pytest.param(VENDOR, id="scenario_sdk"), pytest.param(OURS, id="scenario_train")]


def by_sdk(sdk: SDK, *, vendor: T, ours: T) -> T:
    """What a snippet expects of this SDK, where the two differ on purpose."""
    return vendor if sdk is VENDOR else ours


def connect(sdk: SDK, mock: MockScenarioAPI, **options: Any) -> scenario_sdk.Scenario:
    """`sdk.Scenario(api_key=..., api_secret=..., base_url=mock.base_url, **options)`."""
    return sdk.Scenario(api_key=mock.api_key, api_secret=mock.api_secret, base_url=mock.base_url, **options)


def aconnect(sdk: SDK, mock: MockScenarioAPI, **options: Any) -> scenario_sdk.AsyncScenario:
    """`sdk.AsyncScenario(api_key=..., api_secret=..., base_url=mock.base_url, **options)`."""
    return sdk.AsyncScenario(api_key=mock.api_key, api_secret=mock.api_secret, base_url=mock.base_url, **options)


def at(document: object, *path: str) -> Any:
    """`document[path[0]][path[1]]...` of a JSON document typed `object` (as the vendor types `to_dict()`)."""
    for key in path:
        assert isinstance(document, dict), f"not an object at {key!r}: {document!r}"
        document = document[key]
    return document


@dataclass(frozen=True)
class Sent:
    """One request as the mock received it, with what a snippet compares."""

    method: str
    path: str
    query: dict[str, str]
    body: Any
    status: int | None


def wire(mock: MockScenarioAPI, since: int = 0) -> list[Sent]:
    """The requests the mock received (from the `since`-th on), without their headers."""
    return [Sent(r.method, r.path, r.query, r.body, r.status) for r in mock.requests[since:]]


def calls(mock: MockScenarioAPI, since: int = 0) -> list[str]:
    """The requests the mock received as `"PUT /v1/models/m/train"`, in order."""
    return [f"{r.method} {r.path}" for r in mock.requests[since:]]


def sent_headers(mock: MockScenarioAPI, index: int = -1) -> dict[str, str]:
    """The headers of one request the mock received: lower-case names, the credentials redacted."""
    return mock.requests[index].headers


class AnswerLost(httpx.HTTPTransport):
    """A transport whose first trigger reaches the server, which acts on it, but whose answer is lost.

    The answer is replaced by `lost(request)`: an exception (e.g. a timeout after the request went
    out) or another response (e.g. the 502 of a proxy). Every other request goes through untouched.
    """

    def __init__(self, lost: Callable[[httpx.Request], httpx.Response | Exception]) -> None:
        super().__init__()
        self._lost: Callable[[httpx.Request], httpx.Response | Exception] | None = lost
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        with self._lock:
            lost, self._lost = (self._lost, None) if request.method == "PUT" else (None, self._lost)
        if lost is None:
            return response
        response.read()
        response.close()
        instead = lost(request)
        if isinstance(instead, Exception):
            raise instead
        return instead

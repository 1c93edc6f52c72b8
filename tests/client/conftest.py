"""Fixtures of the public client's tests: loopback servers, and clients of both kinds."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from scenario_train import _logs
from scenario_train.testing import set_testing
from tests.support.client import API_KEY, API_SECRET, Api, Kind, LoopbackServer, MakeApi


@pytest.fixture
def servers() -> Iterator[Callable[..., LoopbackServer]]:
    """Starts loopback servers (each its own origin), stopped after the test."""
    started: list[LoopbackServer] = []

    def start(host: str = "127.0.0.1") -> LoopbackServer:
        started.append(LoopbackServer(host))
        return started[-1]

    yield start
    for server in started:
        server.close()


@pytest.fixture
def server(servers: Callable[..., LoopbackServer]) -> LoopbackServer:
    return servers()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> Kind:
    """A test that makes its client with `make_api` or `api` runs with `Scenario`, then with `AsyncScenario`."""
    value: Kind = request.param
    return value


@pytest.fixture
def make_api(kind: Kind) -> Iterator[MakeApi]:
    """Makes clients of the test's kind (Basic credentials unless told otherwise), closed after the test."""
    made: list[Api] = []

    def make(base_url: str, **options: Any) -> Api:
        if "jwt" not in options:
            options = {"api_key": API_KEY, "api_secret": API_SECRET, **options}
        made.append(Api.make(kind, base_url=base_url, **options))
        return made[-1]

    yield make
    for api in made:
        api.close()


@pytest.fixture
def api(make_api: MakeApi, server: LoopbackServer) -> Api:
    """A client of the test's kind on `server`, with the default settings."""
    return make_api(server.url)


@pytest.fixture
def no_retry_waits() -> Iterator[None]:
    """Retries without their waits (`set_testing`), for a test that counts attempts and does not time them."""
    set_testing(True)
    yield
    set_testing(False)


@pytest.fixture
def scenario_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Sets `SCENARIO_LOG` so that the next client reads it, as in a fresh process; undoes what that did."""
    logger = logging.getLogger("scenario_train")
    level, handlers = logger.level, list(logger.handlers)

    def set_level(value: str) -> None:
        monkeypatch.setenv("SCENARIO_LOG", value)
        monkeypatch.setattr(_logs, "_configured", False)

    yield set_level
    logger.setLevel(level)
    logger.handlers[:] = handlers

"""An attempt's deadline bounds the lookup of the host's name, sync and async.

The resolver is patched to block until the test lets it go (or 6 s pass, as a slow DNS server
would), so the machine's own DNS plays no part. Each test checks an ordering: the call ended while
the lookup was still blocked.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from scenario_train import APITimeoutError
from tests.support.client import MakeApi, deadline, model_answer
from tests.support.wire import answer, wire

SLOW_HOST = "slow-lookup.test"


class SlowResolver:
    """`socket.getaddrinfo` for `SLOW_HOST` blocks until `release()`, then fails as an unknown name."""

    def __init__(self, original: Any) -> None:
        self._original = original
        self.released = threading.Event()
        self.asked = threading.Event()

    def __call__(self, host: Any, *args: Any, **kwargs: Any) -> Any:
        if (host.decode() if isinstance(host, bytes) else host) != SLOW_HOST:  # anyio passes it IDNA-encoded
            return self._original(host, *args, **kwargs)
        self.asked.set()
        self.released.wait(6.0)
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    def release(self) -> None:
        self.released.set()


@pytest.fixture
def resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowResolver]:
    slow = SlowResolver(socket.getaddrinfo)
    monkeypatch.setattr(socket, "getaddrinfo", slow)
    yield slow
    slow.release()


@pytest.mark.parametrize("call", ["trigger", "retrieve"])
def test_a_slow_name_lookup_ends_at_the_attempts_deadline(make_api: MakeApi, resolver: SlowResolver, call: str) -> None:
    api = make_api(f"http://{SLOW_HOST}:9/v1", timeout=1.5, max_retries=0)
    try:
        with deadline(5.5), pytest.raises(APITimeoutError) as caught:
            getattr(api, call)("model-1")
        assert resolver.asked.is_set()
        assert not resolver.released.is_set()  # the call ended while the lookup was still blocked
    finally:
        resolver.release()  # before the async client's loop closes: it waits for its resolver thread

    assert caught.value.attempts == 1


def test_a_host_given_by_address_connects_without_a_lookup(make_api: MakeApi, resolver: SlowResolver) -> None:
    with wire(answer(200, model_answer("model-1", "new"))) as server:
        model = make_api(server.url, timeout=1.5, max_retries=0).retrieve("model-1").model

    assert model.status == "new"
    assert not resolver.asked.is_set()

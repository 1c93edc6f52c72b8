"""The HTTP side: concurrency, keep-alive, framing, lifecycle and foreground use."""

from __future__ import annotations

import asyncio
import http.client
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.cli import interruptible
from tests.support.mock import client_options, loopback_client, valid_error
from tests.support.net import free_port
from tests.support.raw_http import AUTHORIZATION, READ_M1, connect


@pytest.fixture
def raw(scenario_mock: MockScenarioAPI) -> Iterator[socket.socket]:
    with connect(scenario_mock) as sock:
        yield sock


async def test_50_concurrent_connections_are_served_at_once(scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.delay_next(seconds=0.5, times=50)
    options = client_options(scenario_mock, limits=httpx.Limits(max_connections=50))

    async with httpx.AsyncClient(**options) as client:
        started = time.perf_counter()
        answers = await asyncio.gather(*(client.get(f"/models/m{index}") for index in range(50)))
        took = time.perf_counter() - started

    assert [answer.status_code for answer in answers] == [200] * 50
    assert [answer.json()["model"]["id"] for answer in answers] == [f"m{index}" for index in range(50)]
    # A bound far from both ends, on however busy a machine: 50 half-second answers take 25 s one at a time.
    assert 0.5 <= took < 10, "one at a time, 50 half-second answers would take 25 s"
    assert len(scenario_mock.requests) == 50


async def test_50_concurrent_triggers_start_one_training(scenario_mock: MockScenarioAPI) -> None:
    async with httpx.AsyncClient(**client_options(scenario_mock)) as client:
        answers = await asyncio.gather(*(client.put("/models/m1/train") for _ in range(50)))

    assert sorted(answer.status_code for answer in answers) == [200] + [400] * 49
    assert scenario_mock.model("m1")["status"] == "training"


def test_a_connection_is_kept_alive(scenario_mock: MockScenarioAPI) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", scenario_mock.port, timeout=5)
    local_ports = set()
    try:
        for _ in range(3):
            connection.request("PUT", "/v1/models/m1/train", body=b"{}", headers={"Authorization": AUTHORIZATION})
            answer = connection.getresponse()
            answer.read()
            assert answer.status in (200, 400) and not answer.will_close
            assert connection.sock is not None
            local_ports.add(connection.sock.getsockname()[1])
    finally:
        connection.close()

    assert len(local_ports) == 1


def test_a_chunked_body_is_read(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    response = client.put("/models/m1/train", content=iter([b'{"parameters":', b' {"seed": 5}}']))

    assert response.status_code == 200
    assert scenario_mock.requests[0].headers["transfer-encoding"] == "chunked"
    assert response.json()["model"]["parameters"]["seed"] == 5


def test_head_answers_headers_only(client: httpx.Client) -> None:
    response = client.head("/models/m1")

    assert (response.status_code, response.content, response.headers["allow"]) == (405, b"", "DELETE, GET, PUT")
    assert int(response.headers["content-length"]) > 0
    assert client.get("/models/m1").status_code == 200, "a body after HEAD would garble the next answer"


def test_a_wrong_method_names_the_allowed_one(client: httpx.Client) -> None:
    response = client.post("/models/m1/train", json={})

    assert (response.status_code, response.headers["allow"]) == (405, "PUT")
    assert valid_error(response) == "Method POST not allowed"


def test_the_mock_listens_only_between_start_and_stop() -> None:
    api = MockScenarioAPI()
    with pytest.raises(RuntimeError):
        _ = api.base_url

    with api:
        assert api.base_url == f"http://127.0.0.1:{api.port}/v1"
        with loopback_client(api) as client:
            assert client.get("/models/m1").status_code == 200

    with pytest.raises(httpx.ConnectError), loopback_client(api) as client:
        client.get("/models/m1")
    with pytest.raises(RuntimeError, match="once"):
        api.start()


def test_stop_closes_idle_kept_alive_connections(scenario_mock: MockScenarioAPI, raw: socket.socket) -> None:
    raw.sendall(READ_M1)
    assert raw.recv(12) == b"HTTP/1.1 200"

    scenario_mock.stop()

    raw.settimeout(2)
    while raw.recv(65536):
        pass  # the rest of the answer, then the end of the connection


def test_a_chosen_port() -> None:
    port = free_port()

    with MockScenarioAPI(port=port) as api:
        assert (api.port, api.base_url) == (port, f"http://127.0.0.1:{port}/v1")


def test_foreground_use_waits_until_stopped() -> None:
    lines: list[str] = []
    api = MockScenarioAPI(log=lines.append).start()
    try:
        assert api.wait(timeout=0.01) is False
        with loopback_client(api) as client:
            client.put("/models/m1/train")
            client.get("/nowhere")
        threading.Timer(0.05, api.stop).start()

        assert api.wait(timeout=5) is True
    finally:
        api.stop()
    assert lines == ["PUT /v1/models/m1/train 200", "GET /v1/nowhere 404"]


FOREGROUND = """
from scenario_train.testing import MockScenarioAPI

api = MockScenarioAPI(log=print).start()
try:
    print(api.base_url, flush=True)
    api.wait()
except KeyboardInterrupt:
    print("interrupted", flush=True)
finally:
    api.stop()
"""


def test_the_foreground_recipe_serves_until_ctrl_c() -> None:
    with subprocess.Popen(
        [sys.executable, "-c", FOREGROUND],
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=interruptible,
    ) as process:
        try:
            assert process.stdout is not None
            base_url = process.stdout.readline().strip()
            assert httpx.get(f"{base_url}/models/m1", auth=("demo-key", "demo-secret")).status_code == 200

            process.send_signal(signal.SIGINT)

            assert process.wait(timeout=5) == 0
            assert process.stdout.read().splitlines() == ["GET /v1/models/m1 200", "interrupted"]
        finally:
            process.kill()

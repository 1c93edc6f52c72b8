"""Queued faults: error answers, dropped connections and delays, then the service as usual."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.mock import loopback_client, valid_error


def statuses(client: httpx.Client, count: int, path: str = "/models/m1") -> list[int]:
    return [client.get(path).status_code for _ in range(count)]


def test_fail_next_answers_n_times_then_the_service_answers(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    scenario_mock.fail_next(times=2, status=503)

    assert statuses(client, 3) == [503, 503, 200]
    assert [request.status for request in scenario_mock.requests] == [503, 503, 200]


def test_a_rate_limit_with_its_headers(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.fail_next(
        status=429,
        body={"remainingSeconds": 2},
        headers={"Retry-After": "2", "retry-after-ms": "1500", "x-should-retry": "true"},
    )

    response = client.put("/models/m1/train")

    assert response.status_code == 429
    assert response.json() == {"message": "Too Many Requests", "remainingSeconds": 2}
    assert (response.headers["retry-after"], response.headers["retry-after-ms"]) == ("2", "1500")
    assert response.headers["x-should-retry"] == "true"


def test_any_status_body_and_headers(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    page = b"<html><body>502 Bad Gateway</body></html>"
    scenario_mock.fail_next(status=502, body=page, headers={"content-type": "text/html"})
    scenario_mock.fail_next(status=200, body={"message": "custom", "unexpected": True})
    scenario_mock.fail_next(status=520)

    html, odd_200, proxy = (client.get("/models/m1") for _ in range(3))

    assert (html.status_code, html.content, html.headers["content-type"]) == (502, page, "text/html")
    assert odd_200.json() == {"message": "custom", "unexpected": True}
    assert (proxy.status_code, valid_error(proxy)) == (520, "HTTP 520")


def test_a_failed_trigger_changes_nothing(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.fail_next(status=500)

    assert client.put("/models/m1/train").status_code == 500
    assert scenario_mock.model("m1")["status"] == "new"
    assert client.put("/models/m1/train").status_code == 200


def test_a_dropped_trigger_changes_nothing(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.drop_next()

    with pytest.raises(httpx.RemoteProtocolError):
        client.put("/models/m1/train")
    assert scenario_mock.model("m1")["status"] == "new"
    assert client.put("/models/m1/train").status_code == 200


def test_method_and_path_narrow_the_requests_a_fault_takes(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    scenario_mock.fail_next(status=503, method="put", path="*/train")
    scenario_mock.fail_next(status=500, path="/v1/models/other")

    assert client.get("/models/m1").status_code == 200
    assert client.post("/models/m1/train/action", json={"action": "cancel"}).status_code == 400
    assert client.put("/models/m1/train/action").status_code == 405
    assert client.put("/models/m1/train").status_code == 503
    assert client.put("/models/m1/train").status_code == 200
    assert statuses(client, 2, "/models/other") == [500, 200]


def test_faults_are_taken_in_the_order_they_were_queued(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.fail_next(status=502)
    scenario_mock.fail_next(times=2, status=504)

    assert statuses(client, 4) == [502, 504, 504, 200]


def test_faults_come_before_credentials(scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.fail_next(status=503)

    with loopback_client(scenario_mock, auth=None) as anonymous:
        assert statuses(anonymous, 2) == [503, 401]


def test_clear_faults(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.fail_next(times=5)
    scenario_mock.drop_next()

    scenario_mock.clear_faults()

    assert statuses(client, 2) == [200, 200]


def test_a_dropped_connection_gets_no_answer(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    client.get("/models/m1")  # the next request goes out on this kept-alive connection
    scenario_mock.drop_next(times=2)

    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/models/m1")
    with loopback_client(scenario_mock) as fresh, pytest.raises(httpx.RemoteProtocolError):
        fresh.get("/models/m1")

    assert statuses(client, 1) == [200]
    assert [request.status for request in scenario_mock.requests] == [200, None, None, 200]


def test_a_delay_holds_the_answer_back(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    # Long enough that the next, undelayed answer comes well within it on however busy a machine.
    scenario_mock.delay_next(seconds=1.0)

    started = time.perf_counter()
    delayed = client.put("/models/m1/train")
    took = time.perf_counter() - started
    started = time.perf_counter()
    client.get("/models/m1")
    next_took = time.perf_counter() - started

    assert delayed.status_code == 200
    assert took >= 1.0 and next_took < 1.0
    assert scenario_mock.model("m1")["status"] == "training"


def test_a_delayed_request_is_carried_out_even_if_the_client_gives_up(scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.delay_next(seconds=1.0, method="PUT")  # far past the 0.05 s timeout, on a busy machine too

    with loopback_client(scenario_mock, timeout=0.05) as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.put("/models/m1/train")

    deadline = time.monotonic() + 5
    while scenario_mock.model("m1")["status"] != "training" and time.monotonic() < deadline:
        time.sleep(0.01)
    assert scenario_mock.model("m1")["status"] == "training"


def test_stop_cuts_a_delay_short() -> None:
    api = MockScenarioAPI().start()
    api.delay_next(seconds=30)
    with loopback_client(api, timeout=0.1) as impatient, pytest.raises(httpx.ReadTimeout):
        impatient.get("/models/m1")

    started = time.perf_counter()
    api.stop()

    assert time.perf_counter() - started < 10  # not the 30 s of the delay
    assert api.requests[0].status is None


@pytest.mark.parametrize(
    ("queue", "message"),
    [
        (lambda api: api.fail_next(times=0), "times"),
        (lambda api: api.fail_next(status=600), "status"),
        (lambda api: api.fail_next(status=101), "status"),
        (lambda api: api.drop_next(times=-1), "times"),
        (lambda api: api.delay_next(seconds=-1), "seconds"),
    ],
)
def test_nonsense_faults_are_refused(
    scenario_mock: MockScenarioAPI, queue: Callable[[MockScenarioAPI], None], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        queue(scenario_mock)


def test_a_lost_trigger_takes_effect_and_gets_no_answer(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.lose_next(method="PUT")

    with pytest.raises(httpx.RemoteProtocolError):
        client.put("/models/m1/train", json={})

    assert scenario_mock.model("m1")["status"] == "training"
    assert [request.status for request in scenario_mock.requests] == [None]

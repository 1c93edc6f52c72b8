"""The pure retry policy of `_retry`: no network, no clock, no randomness."""

from __future__ import annotations

import email.utils
from typing import Any

import httpx
import pytest

from scenario_train._retry import (
    DEFAULT_RETRY_POLICY,
    RetryDecision,
    RetryPolicy,
    backoff_delay,
    decide,
    is_retryable_status,
    server_wait,
)

NOW = 1_700_000_000.0
"""A fixed 'now' for HTTP dates (a whole second, so that dates are exact)."""


def http_date(epoch: float) -> str:
    return email.utils.formatdate(epoch, usegmt=True)


@pytest.mark.parametrize(
    "status", [408, 429, 500, 501, 502, 503, 504, 520, 521, 522, 523, 524, 525, 526, 527, 529, 599]
)
def test_retryable_statuses(status: int) -> None:
    assert is_retryable_status(status)


@pytest.mark.parametrize("status", [200, 201, 269, 301, 307, 400, 401, 403, 404, 405, 409, 418, 422, 499])
def test_statuses_that_are_not_retried(status: int) -> None:
    assert not is_retryable_status(status)


# server_wait --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "body", "status", "expected"),
    [
        ({"retry-after-ms": "1500"}, None, 503, 1.5),
        ({"retry-after-ms": "250.5"}, None, 429, 0.2505),
        ({"retry-after": "3"}, None, 503, 3.0),
        ({"retry-after": " 7 "}, None, 503, 7.0),
        ({"retry-after": http_date(NOW + 30)}, None, 503, 30.0),
        ({}, {"message": "cooldown", "remainingSeconds": 12}, 429, 12.0),
        ({}, {"remainingSeconds": 2.5}, 429, 2.5),
    ],
    ids=["ms", "ms-fraction", "seconds", "seconds-spaces", "http-date", "remaining-int", "remaining-float"],
)
def test_server_wait_reads_each_source(headers: dict[str, str], body: Any, status: int, expected: float) -> None:
    assert server_wait(headers, body, status_code=status, now=NOW) == pytest.approx(expected)


def test_server_wait_reads_headers_whatever_their_case() -> None:
    headers = httpx.Headers({"Retry-After-Ms": "400", "RETRY-AFTER": "9"})

    assert server_wait(headers, None, status_code=503) == pytest.approx(0.4)


def test_server_wait_is_none_when_nothing_is_asked() -> None:
    assert server_wait({}, None, status_code=503, now=NOW) is None
    assert server_wait({}, {"message": "busy"}, status_code=429, now=NOW) is None


@pytest.mark.parametrize(
    ("headers", "body", "expected"),
    [
        ({"retry-after-ms": "2000", "retry-after": "5"}, {"remainingSeconds": 9}, 2.0),
        ({"retry-after": "5"}, {"remainingSeconds": 9}, 5.0),
        ({"retry-after": http_date(NOW + 4)}, {"remainingSeconds": 9}, 4.0),
        ({"retry-after-ms": "0", "retry-after": "5"}, None, 0.0),
    ],
    ids=["ms-over-all", "retry-after-over-remaining", "date-over-remaining", "zero-ms-still-wins"],
)
def test_server_wait_precedence(headers: dict[str, str], body: Any, expected: float) -> None:
    assert server_wait(headers, body, status_code=429, now=NOW) == pytest.approx(expected)


@pytest.mark.parametrize("bad", ["", "soon", "nan", "inf", "-inf", "1e999", "0x10"])
def test_a_bad_value_is_ignored_and_the_next_source_is_read(bad: str) -> None:
    assert server_wait({"retry-after-ms": bad, "retry-after": "4"}, None, status_code=503) == 4.0
    assert server_wait({"retry-after": bad}, {"remainingSeconds": 6}, status_code=429, now=NOW) == 6.0


@pytest.mark.parametrize("remaining", ["10", True, None, float("nan"), float("inf"), [3], {"s": 3}])
def test_a_remaining_seconds_that_is_not_a_finite_number_is_ignored(remaining: object) -> None:
    assert server_wait({}, {"remainingSeconds": remaining}, status_code=429) is None


def test_remaining_seconds_counts_on_a_429_only() -> None:
    assert server_wait({}, {"remainingSeconds": 5}, status_code=503) is None
    assert server_wait({}, {"remainingSeconds": 5}, status_code=None) is None


def test_remaining_seconds_needs_a_json_object() -> None:
    assert server_wait({}, "remainingSeconds: 5", status_code=429) is None
    assert server_wait({}, [{"remainingSeconds": 5}], status_code=429) is None


def test_an_http_date_needs_now() -> None:
    assert server_wait({"retry-after": http_date(NOW + 30)}, None, status_code=503) is None


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"retry-after-ms": "-500"}, None),
        ({"retry-after": "-3"}, None),
        ({"retry-after": http_date(NOW - 3600)}, None),
        ({}, {"remainingSeconds": -5}),
    ],
    ids=["ms", "seconds", "past-date", "remaining"],
)
def test_a_negative_wait_is_zero(headers: dict[str, str], body: Any) -> None:
    assert server_wait(headers, body, status_code=429, now=NOW) == 0.0


# backoff_delay ------------------------------------------------------------------------------------


def test_backoff_doubles_from_the_initial_delay_up_to_the_cap() -> None:
    policy = RetryPolicy(initial_delay=0.25, max_delay=3.0)

    assert [backoff_delay(retry, 0.0, policy) for retry in range(1, 7)] == [0.25, 0.5, 1.0, 2.0, 3.0, 3.0]


def test_the_default_backoff_starts_at_half_a_second_and_stops_at_eight() -> None:
    assert backoff_delay(1, 0.0) == 0.5
    assert backoff_delay(2, 0.0) == 1.0
    assert backoff_delay(20, 0.0) == 8.0


@pytest.mark.parametrize("retry", [1, 2, 5, 9])
def test_jitter_takes_up_to_a_quarter_off(retry: int) -> None:
    full = backoff_delay(retry, 0.0)
    delays = [backoff_delay(retry, jitter) for jitter in (0.0, 0.1, 0.5, 0.9, 0.999999)]

    assert delays == sorted(delays, reverse=True)
    assert all(0.75 * full <= delay <= full for delay in delays)
    assert backoff_delay(retry, 0.5) == pytest.approx(0.875 * full)
    assert backoff_delay(retry, 0.999999) == pytest.approx(0.75 * full, rel=1e-5)


# decide -------------------------------------------------------------------------------------------


def decision(**overrides: Any) -> RetryDecision:
    arguments: dict[str, Any] = {"attempt": 1, "status_code": 503, "headers": {}, "elapsed": 0.0, "jitter": 0.0}
    arguments.update(overrides)
    return decide(**arguments)


@pytest.mark.parametrize("status", [200, 201, 204, 269, 299])
def test_a_success_is_never_retried(status: int) -> None:
    result = decision(status_code=status, headers={"x-should-retry": "true", "retry-after-ms": "10"})

    assert result == RetryDecision(False, 0.0, result.reason)
    assert str(status) in result.reason


@pytest.mark.parametrize("value", ["false", "FALSE", " False "])
def test_x_should_retry_false_is_obeyed(value: str) -> None:
    result = decision(status_code=503, headers={"x-should-retry": value})

    assert not result.retry
    assert "x-should-retry" in result.reason


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422, 499])
def test_other_client_errors_are_not_retried(status: int) -> None:
    assert not decision(status_code=status, headers={"retry-after": "1"}).retry


@pytest.mark.parametrize("status", [408, 429, 500, 503, 520, 529, None])
def test_retryable_failures_wait_the_backoff_when_nothing_is_asked(status: int | None) -> None:
    for attempt in (1, 2):
        result = decision(attempt=attempt, status_code=status, jitter=0.3)
        assert result.retry
        assert result.delay == backoff_delay(attempt, 0.3)


def test_the_attempts_run_out_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2)

    assert decision(attempt=2, policy=policy).retry
    exhausted = decision(attempt=3, policy=policy)
    assert not exhausted.retry
    assert "3 attempts" in exhausted.reason
    assert not decision(attempt=1, policy=RetryPolicy(max_retries=0)).retry
    assert not decision(attempt=3, status_code=None, policy=policy).retry


def test_the_wait_the_server_asks_for_is_the_delay() -> None:
    result = decision(status_code=429, headers={"retry-after": "12"}, body={"remainingSeconds": 40})

    assert result.retry
    assert result.delay == 12.0


def test_a_connection_error_has_no_server_ask() -> None:
    assert decision(status_code=None, headers={"retry-after": "12"}).delay == backoff_delay(1, 0.0)


def test_an_http_date_is_read_with_now() -> None:
    result = decision(status_code=503, headers={"retry-after": http_date(NOW + 20)}, now=NOW)

    assert result.delay == pytest.approx(20.0)


@pytest.mark.parametrize(("asked", "retry"), [("60", True), ("60.001", False), ("61", False), ("86400", False)])
def test_a_server_ask_over_60_seconds_is_not_slept_on(asked: str, retry: bool) -> None:
    result = decision(status_code=429, headers={"retry-after": asked})

    assert result.retry is retry
    assert result.delay == (60.0 if retry else 0.0)


def test_the_cap_on_the_servers_ask_is_the_policys() -> None:
    assert not decision(headers={"retry-after": "6"}, policy=RetryPolicy(max_server_wait=5.0)).retry
    assert DEFAULT_RETRY_POLICY.max_server_wait == 60.0


@pytest.mark.parametrize(
    ("elapsed", "headers", "retry"),
    [
        (0.0, {}, True),
        (299.4, {}, True),
        (299.6, {}, False),
        (290.0, {"retry-after": "10"}, True),
        (290.0, {"retry-after": "10.5"}, False),
        (301.0, {"retry-after": "0"}, False),
    ],
)
def test_no_retry_starts_past_max_elapsed(elapsed: float, headers: dict[str, str], retry: bool) -> None:
    result = decision(elapsed=elapsed, headers=headers, policy=RetryPolicy(max_elapsed=300.0))

    assert result.retry is retry
    if not retry:
        assert "300" in result.reason

"""The pure retry policy of `_retry`: no network, no clock, no randomness."""

from __future__ import annotations

import email.utils
import math
from typing import Any, get_args

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario_train import JSONValue
from scenario_train._retry import (
    DEFAULT_RETRY_POLICY,
    NO_TRAINING,
    Decision,
    Effect,
    Ending,
    RetryPolicy,
    after_check,
    backoff_delay,
    decide,
    is_retryable_status,
    may_be_in_flight,
    redirect_target,
    resends_freely,
    says_training,
    server_wait,
)
from tests.support.mock import spec

NOW = 1_700_000_000.0
EFFECTS: tuple[Effect, ...] = get_args(Effect)
WITH_EFFECT = [effect for effect in EFFECTS if not resends_freely(effect)]
"""The effects of calls sent at most once: every one but a read and an idempotent change."""
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


@pytest.mark.parametrize("bad", ["", "soon", "nan", "0x10", "1,5"])
def test_an_unreadable_value_is_ignored_and_the_next_source_is_read(bad: str) -> None:
    assert server_wait({"retry-after-ms": bad, "retry-after": "4"}, None, status_code=503) == 4.0
    assert server_wait({"retry-after": bad}, {"remainingSeconds": 6}, status_code=429, now=NOW) == 6.0


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({"retry-after-ms": "inf"}, None),
        ({"retry-after": "Infinity"}, None),
        ({"retry-after": "1e999"}, None),
        ({"retry-after": "9" * 400}, None),
        ({"retry-after": "Fri, 01 Jan 10000 00:00:00 GMT"}, None),
        ({"retry-after": "Sat, 01 Jan 99999 00:00:00 GMT"}, None),
        ({}, {"remainingSeconds": 10**400}),
        ({}, {"remainingSeconds": float("inf")}),
    ],
    ids=["ms-inf", "infinity", "1e999", "400-digits", "year-10000", "year-99999", "huge-int", "inf"],
)
def test_a_wait_too_long_to_represent_is_infinite(headers: dict[str, str], body: Any) -> None:
    assert server_wait(headers, body, status_code=429, now=NOW) == math.inf


@pytest.mark.parametrize("remaining", ["10", True, None, float("nan"), [3], {"s": 3}])
def test_a_remaining_seconds_that_is_not_a_number_is_ignored(remaining: JSONValue) -> None:
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


def decision(
    status: int | None = 503, *, sent: bool = True, headers: dict[str, str] | None = None, **overrides: Any
) -> Decision:
    arguments: dict[str, Any] = {
        "attempt": 1,
        "effect": "none",
        "unknown_before": False,
        "remaining": 300.0,
        "jitter": 0.0,
        "now": NOW,
    }
    arguments.update(overrides)
    body = arguments.pop("body", None)
    return decide(Ending(status, sent=sent, headers=headers or {}, body=body), **arguments)


@pytest.mark.parametrize("value", ["false", "FALSE", " False "])
def test_x_should_retry_false_is_obeyed(value: str) -> None:
    result = decision(503, headers={"x-should-retry": value})

    assert result.action == "fail"
    assert "x-should-retry" in result.reason


@pytest.mark.parametrize("effect", EFFECTS)
def test_x_should_retry_true_is_obeyed_even_for_a_status_not_retried(effect: Effect) -> None:
    assert decision(400, headers={"x-should-retry": "true"}, effect=effect).action == "retry"
    assert decision(503, headers={"x-should-retry": "true"}, effect=effect).action == "retry"


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 418, 422, 499])
@pytest.mark.parametrize("effect", EFFECTS)
def test_other_client_errors_are_not_retried(status: int, effect: Effect) -> None:
    result = decision(status, headers={"retry-after": "1"}, effect=effect)

    assert result.action == "fail"
    assert not result.notable


@pytest.mark.parametrize("effect", ["none", "idempotent"])
@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 520, 529, None])
def test_a_read_or_an_idempotent_change_retries_what_is_retryable_after_the_backoff(
    status: int | None, effect: Effect
) -> None:
    for attempt in (1, 2):
        result = decision(status, attempt=attempt, jitter=0.3, effect=effect)
        assert result.action == "retry"
        assert result.delay == backoff_delay(attempt, 0.3)


@pytest.mark.parametrize("effect", WITH_EFFECT)
@pytest.mark.parametrize("status", [408, 429])
def test_a_call_with_an_effect_is_sent_again_after_a_refusal(effect: Effect, status: int) -> None:
    assert decision(status, effect=effect).action == "retry"


@pytest.mark.parametrize("effect", WITH_EFFECT)
def test_a_call_with_an_effect_that_did_not_reach_the_server_is_sent_again(effect: Effect) -> None:
    assert decision(None, sent=False, effect=effect).action == "retry"


@pytest.mark.parametrize("effect", WITH_EFFECT)
@pytest.mark.parametrize("status", [None, 500, 502, 503, 504, 520, 599])
def test_a_call_with_an_effect_whose_outcome_is_unknown_is_checked_not_resent(
    effect: Effect, status: int | None
) -> None:
    assert decision(status, effect=effect).action == "check"
    assert decision(status, effect=effect, attempt=9).action == "check"  # even with no retries left


@pytest.mark.parametrize("effect", WITH_EFFECT)
def test_a_400_after_an_unknown_outcome_is_checked(effect: Effect) -> None:
    assert decision(400, effect=effect, unknown_before=True).action == "check"
    assert decision(400, effect=effect, unknown_before=False).action == "fail"
    assert decision(400, effect="none", unknown_before=True).action == "fail"
    assert decision(400, effect="idempotent", unknown_before=True).action == "fail"


def test_the_attempts_run_out_after_max_retries() -> None:
    policy = RetryPolicy(max_retries=2)

    assert decision(attempt=2, policy=policy).action == "retry"
    exhausted = decision(attempt=3, policy=policy)
    assert exhausted.action == "fail"
    assert "gave up after 3 attempts" in exhausted.reason
    assert decision(attempt=1, policy=RetryPolicy(max_retries=0)).action == "fail"
    assert decision(None, sent=False, attempt=3, effect="train", policy=policy).action == "fail"


def test_the_wait_the_server_asks_for_is_the_delay() -> None:
    result = decision(429, headers={"retry-after": "12"}, body={"remainingSeconds": 40})

    assert result.action == "retry"
    assert result.delay == 12.0


def test_a_connection_error_has_no_server_ask() -> None:
    assert decision(None, headers={"retry-after": "12"}).delay == backoff_delay(1, 0.0)


def test_an_http_date_is_read_with_now() -> None:
    result = decision(503, headers={"retry-after": http_date(NOW + 20)})

    assert result.delay == pytest.approx(20.0)


@pytest.mark.parametrize(
    ("asked", "action"),
    [("60", "retry"), ("60.001", "fail"), ("61", "fail"), ("86400", "fail"), ("inf", "fail"), ("9" * 400, "fail")],
)
def test_a_server_ask_over_60_seconds_is_not_slept_on(asked: str, action: str) -> None:
    result = decision(429, headers={"retry-after": asked})

    assert result.action == action
    assert result.delay == (60.0 if action == "retry" else 0.0)


def test_the_cap_on_the_servers_ask_is_the_policys() -> None:
    assert decision(headers={"retry-after": "6"}, policy=RetryPolicy(max_server_wait=5.0)).action == "fail"
    assert DEFAULT_RETRY_POLICY.max_server_wait == 60.0


@pytest.mark.parametrize(
    ("remaining", "headers", "action"),
    [
        (10.0, {}, "retry"),
        (0.4, {}, "fail"),
        (10.5, {"retry-after": "10"}, "retry"),
        (10.0, {"retry-after": "10"}, "fail"),
    ],
)
def test_no_retry_whose_wait_would_pass_the_deadline(remaining: float, headers: dict[str, str], action: str) -> None:
    result = decision(503, headers=headers, remaining=remaining)

    assert result.action == action
    assert result.out_of_time is (action == "fail")


def test_the_total_bound_of_a_call() -> None:
    assert DEFAULT_RETRY_POLICY.total(60.0) == 300.0
    assert RetryPolicy(max_retries=0).total(5.0) == 5.0
    assert RetryPolicy(max_retries=3, max_server_wait=10.0).total(2.0) == 4 * 2.0 + 3 * 10.0


# after_check --------------------------------------------------------------------------------------


NO_ANSWER = Ending(None)


def checked(status: str | None, effect: Effect, ending: Ending = NO_ANSWER, **overrides: Any) -> Decision | None:
    arguments: dict[str, Any] = {"attempt": 1, "remaining": 300.0, "jitter": 0.0, "now": NOW}
    arguments.update(overrides)
    return after_check(status, ending, effect=effect, **arguments)


def test_a_trigger_took_effect_when_the_model_is_training() -> None:
    assert checked("training", "train") is None


def test_the_statuses_that_show_no_training_are_those_the_spec_lists() -> None:
    status = spec()["components"]["schemas"]["ModelStatus"]
    listed = status["x-no-training"]

    assert set(listed) == NO_TRAINING
    assert set(listed) <= set(status["enum"])
    assert "training" not in listed


FROM_THE_API = Ending(503)
"""An answer of the API itself: the request is no longer on its way."""


@pytest.mark.parametrize("status", sorted(NO_TRAINING))
def test_a_trigger_answered_5xx_is_sent_again_when_the_model_shows_no_training(status: str) -> None:
    result = checked(status, "train", FROM_THE_API)

    assert result is not None
    assert result.action == "retry"
    assert result.delay == backoff_delay(1, 0.0)
    assert status in result.reason
    assert "refuses a second trigger" in result.reason  # what the resend relies on, said plainly


@pytest.mark.parametrize("status", ["copying", "queued-for-training", "a-new-status", ""])
def test_a_status_not_listed_as_showing_no_training_proves_nothing(status: str) -> None:
    result = checked(status, "train", FROM_THE_API)

    assert result is not None
    assert result.action == "fail"
    assert "outcome is unknown" in result.reason


@pytest.mark.parametrize(
    "ending", [NO_ANSWER, Ending(502), Ending(504), Ending(520), Ending(524), Ending(599)], ids=repr
)
@pytest.mark.parametrize("status", sorted(NO_TRAINING))
def test_after_a_lost_answer_no_model_status_proves_the_call_did_not_act(ending: Ending, status: str) -> None:
    result = checked(status, "train", ending)

    assert result is not None
    assert result.action == "fail"
    assert "outcome is unknown" in result.reason
    assert "did not take effect" not in result.reason


def test_may_be_in_flight() -> None:
    assert may_be_in_flight(Ending(None))
    assert not may_be_in_flight(Ending(None, sent=False))
    assert [status for status in range(400, 600) if may_be_in_flight(Ending(status))] == [502, 504, *range(520, 600)]


@pytest.mark.parametrize(
    ("ending", "says"),
    [
        (Ending(400, body={"message": "Model is already training"}), True),
        (Ending(400, body={"error": "model ALREADY TRAINING"}), True),
        (Ending(400, body="Model is already training"), True),
        (Ending(400, body={"message": "Model has no training images"}), False),
        (Ending(400, body={"message": ["already training"]}), False),
        (Ending(409, body={"message": "Model is already training"}), False),
        (Ending(400, body=None), False),
        (Ending(None), False),
    ],
)
def test_says_training(ending: Ending, says: bool) -> None:
    assert says_training(ending) is says


def test_already_training_after_an_unknown_outcome_means_the_trigger_took_effect() -> None:
    assert checked("new", "train", Ending(400, body={"message": "Model is already training"})) is None


def test_a_cancel_took_effect_when_the_model_is_canceled_and_is_resent_while_it_trains() -> None:
    assert checked("training-canceled", "cancel") is None
    resent = checked("training", "cancel", FROM_THE_API)
    assert resent is not None and resent.action == "retry"
    lost = checked("training", "cancel")
    assert lost is not None and lost.action == "fail"
    ended = checked("trained", "cancel", FROM_THE_API)
    assert ended is not None and ended.action == "fail"


@pytest.mark.parametrize("effect", ["train", "cancel"])
def test_a_model_that_could_not_be_read_leaves_the_outcome_unknown(effect: Effect) -> None:
    result = checked(None, effect)

    assert result is not None
    assert result.action == "fail"
    assert "unknown" in result.reason


def test_a_check_after_a_refusal_does_not_send_again() -> None:
    refused = checked("new", "train", Ending(400, body={"message": "Model has no training images"}))

    assert refused is not None and refused.action == "fail"


def test_a_check_after_a_5xx_sends_again_as_the_server_asked() -> None:
    paced = checked("new", "train", Ending(503, headers={"retry-after": "7"}))
    assert paced is not None and paced.action == "retry" and paced.delay == 7.0
    too_long = checked("new", "train", Ending(503, headers={"retry-after": "61"}))
    assert too_long is not None and too_long.action == "fail"


def test_a_check_sends_again_only_within_the_attempts_and_the_time_left() -> None:
    out_of_attempts = checked("new", "train", FROM_THE_API, attempt=3)
    assert out_of_attempts is not None and out_of_attempts.action == "fail"
    out_of_time = checked("new", "train", FROM_THE_API, remaining=0.1)
    assert out_of_time is not None and out_of_time.action == "fail" and out_of_time.out_of_time


# redirect_target ----------------------------------------------------------------------------------

HOME = httpx.URL("https://api.example.com/v1")


def target(location: str | None, *, effect: Effect = "none", status: int = 302, hops: int = 0) -> httpx.URL | None:
    url = httpx.URL("https://api.example.com/v1/models/m")
    return redirect_target(
        effect=effect, status=status, location=location, url=url, home=HOME, hops=hops, policy=DEFAULT_RETRY_POLICY
    )


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_read_follows_a_redirect_within_the_origin(status: int) -> None:
    assert target("/v1/models/n", status=status) == httpx.URL("https://api.example.com/v1/models/n")
    assert target("n?x=1", status=status) == httpx.URL("https://api.example.com/v1/models/n?x=1")


@pytest.mark.parametrize(
    "location",
    [
        "https://elsewhere.example.com/v1/models/m",
        "http://api.example.com/v1/models/m",
        "https://api.example.com:8443/v1/models/m",
        "ftp://api.example.com/v1/models/m",
        "//evil.example.com/x",
        "",
        None,
        "http://[::1",
    ],
)
def test_a_redirect_elsewhere_or_unreadable_is_not_followed(location: str | None) -> None:
    assert target(location) is None


@pytest.mark.parametrize("effect", ["train", "cancel"])
def test_a_call_with_an_effect_never_follows_a_redirect(effect: Effect) -> None:
    assert target("/v1/models/m/train", effect=effect, status=307) is None


def test_redirects_are_followed_a_bounded_number_of_times() -> None:
    assert target("/v1/x", hops=DEFAULT_RETRY_POLICY.max_redirects - 1) is not None
    assert target("/v1/x", hops=DEFAULT_RETRY_POLICY.max_redirects) is None
    assert target("/v1/x", status=300) is None
    assert target("/v1/x", status=304) is None


# Properties: nothing the server sends makes the policy raise -------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
HEADER_NAMES = st.sampled_from(["retry-after", "retry-after-ms", "x-should-retry", "location", "other"])
HEADERS = st.dictionaries(
    HEADER_NAMES, st.text(max_size=40) | st.from_regex(r"-?[0-9]{1,400}(\.[0-9]+)?(e-?[0-9]{1,4})?")
)
BODIES = JSON | st.fixed_dictionaries({"remainingSeconds": JSON | st.integers() | st.floats()})


@given(
    status=st.none() | st.integers(100, 999),
    sent=st.booleans(),
    headers=HEADERS,
    body=BODIES,
    attempt=st.integers(1, 20),
    effect=st.sampled_from(EFFECTS),
    unknown_before=st.booleans(),
    remaining=st.floats(-10, 1e6, allow_nan=False),
    jitter=st.floats(0, 1, exclude_max=True),
)
def test_decide_never_raises_and_waits_within_the_cap(
    status: int | None,
    sent: bool,
    headers: dict[str, str],
    body: Any,
    attempt: int,
    effect: Effect,
    unknown_before: bool,
    remaining: float,
    jitter: float,
) -> None:
    result = decide(
        Ending(status, sent=sent, headers=headers, body=body),
        attempt=attempt,
        effect=effect,
        unknown_before=unknown_before,
        remaining=remaining,
        jitter=jitter,
        now=NOW,
    )

    assert result.action in ("retry", "check", "fail")
    if result.action == "retry":
        assert 0.0 <= result.delay <= DEFAULT_RETRY_POLICY.max_server_wait
        assert result.delay < remaining
        assert attempt <= DEFAULT_RETRY_POLICY.max_retries
        assert (
            resends_freely(effect)
            or not sent
            or status in (408, 429)
            or headers.get("x-should-retry", "").strip().lower() == "true"
        )


@given(headers=HEADERS, body=BODIES, status=st.none() | st.integers(100, 999), now=st.none() | st.floats(0, 1e12))
def test_server_wait_never_raises(headers: dict[str, str], body: Any, status: int | None, now: float | None) -> None:
    wait = server_wait(headers, body, status_code=status, now=now)

    assert wait is None or (wait >= 0.0 and not math.isnan(wait))


@given(
    status=st.none() | st.text(max_size=30) | st.sampled_from(["new", "trained", "training", "training-canceled"]),
    answered=st.none() | st.integers(100, 999),
    body=BODIES,
    effect=st.sampled_from(["none", "train", "cancel"]),
    attempt=st.integers(1, 50),
)
def test_after_check_never_raises_nor_resends_what_may_still_be_on_its_way(
    status: str | None, answered: int | None, body: Any, effect: Effect, attempt: int
) -> None:
    ending = Ending(answered, body=body)
    result = after_check(status, ending, effect=effect, attempt=attempt, remaining=100.0, jitter=0.5, now=NOW)

    assert result is None or result.action in ("retry", "fail")
    if result is not None and result.action == "retry":
        assert not may_be_in_flight(ending)
        assert effect != "train" or status in NO_TRAINING
    if result is not None:
        assert "did not take effect" not in result.reason

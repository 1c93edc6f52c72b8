"""When to send a request again, and after how long. Pure functions: no I/O, no clock, no randomness of their own."""

from __future__ import annotations

import email.utils
import math
from collections.abc import Mapping
from typing import Any

import attrs

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "RetryDecision",
    "RetryPolicy",
    "backoff_delay",
    "decide",
    "is_retryable_status",
    "server_wait",
]


@attrs.frozen
class RetryPolicy:
    max_retries: int = 2
    """Retries after the first attempt: 2 means at most 3 requests."""
    initial_delay: float = 0.5
    """Backoff before the first retry, doubled for each next one."""
    max_delay: float = 8.0
    """Upper bound of the computed backoff."""
    max_server_wait: float = 60.0
    """The longest wait the server may ask for. A longer one is not slept on: the error is raised at once."""
    max_elapsed: float = 300.0
    """No retry starts once the call has lasted this long, counting the wait before it."""


DEFAULT_RETRY_POLICY = RetryPolicy()


@attrs.frozen
class RetryDecision:
    retry: bool
    delay: float
    """Seconds to wait before the next attempt (0 when not retrying)."""
    reason: str
    """Why, in words, for logs and error messages."""


def is_retryable_status(status_code: int) -> bool:
    """408, 429 and every status of 500 and above (including 52x from proxies) are worth another try."""
    return status_code in (408, 429) or status_code >= 500


def server_wait(
    headers: Mapping[str, str], body: Any, *, status_code: int | None = None, now: float | None = None
) -> float | None:
    """The wait the server asked for, in seconds, or None if it asked for none.

    In order: `retry-after-ms`, `Retry-After` (seconds or an HTTP date, which needs `now`),
    then the `remainingSeconds` field of a 429 cooldown body.
    """
    value = headers.get("retry-after-ms")
    if value is not None:
        milliseconds = _number(value)
        if milliseconds is not None:
            return max(milliseconds / 1000, 0.0)
    value = headers.get("retry-after")
    if value is not None:
        seconds = _number(value)
        if seconds is not None:
            return max(seconds, 0.0)
        if now is not None:
            date = email.utils.parsedate_tz(value)
            if date is not None:
                return max(email.utils.mktime_tz(date) - now, 0.0)
    if status_code == 429 and isinstance(body, dict):
        remaining = body.get("remainingSeconds")
        if isinstance(remaining, int | float) and not isinstance(remaining, bool) and math.isfinite(remaining):
            return max(float(remaining), 0.0)
    return None


def backoff_delay(retry_number: int, jitter: float, policy: RetryPolicy = DEFAULT_RETRY_POLICY) -> float:
    """Exponential backoff for the `retry_number`-th retry (1-based).

    `jitter` in [0, 1) takes up to a quarter off, so that clients do not retry in step.
    """
    base = min(policy.initial_delay * 2.0 ** (retry_number - 1), policy.max_delay)
    return base * (1 - 0.25 * jitter)


def decide(
    *,
    attempt: int,
    status_code: int | None,
    headers: Mapping[str, str],
    body: Any = None,
    elapsed: float,
    jitter: float,
    now: float | None = None,
    policy: RetryPolicy = DEFAULT_RETRY_POLICY,
) -> RetryDecision:
    """Whether to retry after `attempt` (1-based) ended with `status_code`, or with no answer when it is None.

    A success is never retried: a trigger that was answered 2xx started a training.
    """
    if status_code is not None:
        if 200 <= status_code < 300:
            return RetryDecision(False, 0.0, f"status {status_code} is a success")
        should_retry = headers.get("x-should-retry", "").strip().lower()
        if should_retry == "false":
            return RetryDecision(False, 0.0, "the server said x-should-retry: false")
        if not is_retryable_status(status_code):
            return RetryDecision(False, 0.0, f"status {status_code} is not retried")
    if attempt > policy.max_retries:
        return RetryDecision(False, 0.0, f"gave up after {attempt} attempts")
    asked = server_wait(headers, body, status_code=status_code, now=now) if status_code is not None else None
    if asked is not None:
        if asked > policy.max_server_wait:
            return RetryDecision(
                False, 0.0, f"the server asked to wait {asked:g} s, over the {policy.max_server_wait:g} s cap"
            )
        delay, source = asked, "as the server asked"
    else:
        delay, source = backoff_delay(attempt, jitter, policy), "backoff"
    if elapsed + delay > policy.max_elapsed:
        return RetryDecision(False, 0.0, f"retrying would pass the {policy.max_elapsed:g} s limit of the call")
    what = "no answer" if status_code is None else f"status {status_code}"
    return RetryDecision(True, delay, f"{what}; waiting {delay:.2f} s {source}")


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None

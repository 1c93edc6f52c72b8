"""When to send a call again, after how long, and when to look at the server's state instead.

Pure functions of what the attempts have seen: no I/O, no clock and no randomness of their own.
None of them raises, whatever the server sent.
"""

from __future__ import annotations

import email.utils
import math
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

import httpx

from ._json import JSONValue

__all__ = [
    "DEFAULT_RETRY_POLICY",
    "NO_TRAINING",
    "Decision",
    "Effect",
    "Ending",
    "RetryPolicy",
    "after_check",
    "backoff_delay",
    "decide",
    "is_retryable_status",
    "may_be_in_flight",
    "redirect_target",
    "resend",
    "resends_freely",
    "says_training",
    "server_text",
    "server_wait",
]

Effect = Literal["none", "idempotent", "train", "cancel", "create", "add", "once"]
"""What a call does on the server, as the policy reads it (`_outcomes.effect_of` gives each operation's):

- `none`: nothing (a read, a dry run); `idempotent`: a change that sending again repeats harmlessly.
  Both are sent again freely.
- The others are sent again only when it is proven safe, and each is resolved its own way when its
  outcome is unknown: `train` starts a training and `cancel` cancels one (read from the model's
  status), `create` creates a model (looked for among the models created since the call began),
  `add` adds training images (looked for among the model's), and `once` cannot be resolved.
"""

Action = Literal["retry", "check", "fail"]


def resends_freely(effect: Effect) -> bool:
    """Whether a call with `effect` may be sent again whatever became of the last attempt."""
    return effect in ("none", "idempotent")


REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class RetryPolicy(NamedTuple):
    max_retries: int = 2
    """Sends after the first: 2 means at most 3 requests."""
    initial_delay: float = 0.5
    """Backoff before the first retry, doubled for each next one."""
    max_delay: float = 8.0
    """Upper bound of the computed backoff."""
    max_server_wait: float = 60.0
    """The longest wait the server may ask for. A longer one is not slept on: the error is raised at once."""
    max_redirects: int = 5
    """Same-origin redirects a read follows in one attempt."""

    def total(self, attempt_timeout: float) -> float:
        """The bound of a whole call: every attempt at its longest, and the longest wait before each retry."""
        return (self.max_retries + 1) * attempt_timeout + self.max_retries * self.max_server_wait


DEFAULT_RETRY_POLICY = RetryPolicy()


class Ending(NamedTuple):
    """How one attempt ended."""

    status: int | None
    """The status answered, or None when no usable answer arrived."""
    sent: bool = True
    """False only when the request is known not to have reached the server (a connect error, a pool timeout)."""
    headers: Mapping[str, str] = {}
    body: JSONValue = None


class Decision(NamedTuple):
    action: Action
    delay: float = 0.0
    """Seconds to wait before the next attempt (when retrying)."""
    reason: str = ""
    """Why, in words, for logs and error messages."""
    out_of_time: bool = False
    """Only the call's deadline stood in the way of another attempt."""
    notable: bool = True
    """Whether the reason is worth a note in the error's message (a plain 404 needs none)."""
    unknown: bool = False
    """The call is given up while it may have taken effect: a look at the server's state did not settle it."""
    found: tuple[Any, ...] = ()
    """What that look found that bears on the call (models, training images), for the error to carry."""


def is_retryable_status(status_code: int) -> bool:
    """408, 429 and every status of 500 and above (including 52x from proxies) are worth another try."""
    return status_code in (408, 429) or status_code >= 500


def decide(
    ending: Ending,
    *,
    attempt: int,
    effect: Effect,
    unknown_before: bool,
    remaining: float,
    jitter: float,
    now: float,
    policy: RetryPolicy = DEFAULT_RETRY_POLICY,
) -> Decision:
    """What to do after attempt number `attempt` (1-based) of a call failed as `ending` says.

    A call with an effect is sent again only when it provably did not reach the server, when the
    server says so (a 408, a 429, `x-should-retry: true`), or after a look at the model (`check`)
    shows it did not take effect. `remaining` is the time left before the call's deadline.
    """
    status = ending.status
    if status is None:
        if ending.sent and not resends_freely(effect):
            return Decision("check", reason="no answer after the request went out: its outcome is unknown")
        return resend(ending, attempt, remaining, jitter, now, policy)
    should_retry = _header(ending.headers, "x-should-retry").strip().lower()
    if not resends_freely(effect) and (
        (status == 400 and unknown_before) or (status >= 500 and should_retry != "true" and should_retry != "false")
    ):
        why = "after an attempt whose outcome is unknown" if status == 400 else "which may come after the call acted"
        return Decision("check", reason=f"status {status} {why}")
    if should_retry == "false":
        return Decision("fail", reason="the server said x-should-retry: false")
    if should_retry != "true" and not is_retryable_status(status):
        return Decision("fail", reason=f"status {status} is not retried", notable=False)
    return resend(ending, attempt, remaining, jitter, now, policy)


NO_TRAINING = frozenset({"new", "trained", "failed", "training-canceled"})
"""The model statuses that show no training under way: those the spec marks `x-no-training` on `ModelStatus`.

A status outside this set, `training` or one the client has never seen, proves nothing about a trigger.
"""

_GATEWAY_STATUSES = frozenset({502, 504})


def may_be_in_flight(ending: Ending) -> bool:
    """Whether the request may still be on its way to the API or through it: no answer came after it went out,
    or a gateway answered for a server it could not hear from in time (502, 504, and the 52x of proxies)."""
    if ending.status is None:
        return ending.sent
    return ending.status in _GATEWAY_STATUSES or ending.status >= 520


def says_training(ending: Ending) -> bool:
    """Whether an answer says a training is already running: the API's `400 Model is already training`."""
    return server_text(ending, 400, "already training")


def server_text(ending: Ending, status: int, words: str) -> bool:
    """Whether an answer of `status` says `words` (in any case) in its text or in a field of its error body."""
    if ending.status != status:
        return False
    body = ending.body
    texts = [body] if isinstance(body, str) else []
    if isinstance(body, dict):
        texts = [value for key in ("message", "error", "reason", "detail") if isinstance(value := body.get(key), str)]
    return any(words in text.lower() for text in texts)


def after_check(
    model_status: str | None,
    ending: Ending,
    *,
    effect: Effect,
    attempt: int,
    remaining: float,
    jitter: float,
    now: float,
    policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    unread: str = "the model could not be read to find out",
) -> Decision | None:
    """What the model's status, read after `ending` left the outcome unknown, says: None if the call took effect.

    `model_status` is None when the model could not be read (`unread` says why): the outcome stays
    unknown. Only a status of `NO_TRAINING` shows that a trigger has not started a training, and
    only once no request of the call may still be on its way: after a lost answer (or a gateway's
    502 or 504) nothing is sent again. After a 5xx from the API and such a status, the call is sent
    again, and the API's refusal of a second trigger while one runs guards against a request the
    read could not see. A 4xx stands as the answer.
    """
    if model_status is None:
        return Decision("fail", reason=f"its outcome is unknown: {unread}")
    if effect == "train" and (model_status == "training" or says_training(ending)):
        return None
    if effect == "cancel" and model_status == "training-canceled":
        return None
    seen = f"the model showed {model_status!r} when read"
    if effect == "train" and model_status not in NO_TRAINING:
        return Decision("fail", reason=f"its outcome is unknown: {seen}, a status that does not show whether it acted")
    if effect == "cancel" and model_status != "training":
        return Decision("fail", reason=f"{seen}: the action cannot be sent again")
    if may_be_in_flight(ending):
        return Decision(
            "fail", reason=f"its outcome is unknown: {seen}, but the request may still be on its way; not sent again"
        )
    if ending.status is not None and ending.status < 500:
        return Decision("fail", reason=seen)
    again = resend(ending, attempt, remaining, jitter, now, policy)
    guard = "the API refuses a second trigger while one runs" if effect == "train" else "a cancel starts nothing"
    return again._replace(reason=f"{seen}, after an answer from the API, so it is sent again ({guard}); {again.reason}")


def resend(ending: Ending, attempt: int, remaining: float, jitter: float, now: float, policy: RetryPolicy) -> Decision:
    """Sending again after `ending`: after the server's wait if it asked for one within the cap, else the backoff."""
    if ending.status is None:
        what = "no answer" if ending.sent else "the request did not reach the server"
        return _again(what, backoff_delay(attempt, jitter, policy), attempt, remaining, policy)
    what = f"status {ending.status}"
    asked = server_wait(ending.headers, ending.body, status_code=ending.status, now=now)
    if asked is None:
        return _again(what, backoff_delay(attempt, jitter, policy), attempt, remaining, policy)
    if not asked <= policy.max_server_wait:
        return Decision("fail", reason=f"the server asked for a wait over the {policy.max_server_wait:g} s cap")
    return _again(what, asked, attempt, remaining, policy, source="as the server asked")


def _again(
    what: str, delay: float, attempt: int, remaining: float, policy: RetryPolicy, *, source: str = "backoff"
) -> Decision:
    if attempt > policy.max_retries:
        return Decision("fail", reason=f"{what}; gave up after {attempt} attempt{'s' if attempt > 1 else ''}")
    if not delay < remaining:
        return Decision("fail", reason=f"{what}; no time left for another attempt", out_of_time=True)
    return Decision("retry", delay, f"{what}; waiting {delay:.2f} s {source}")


def redirect_target(
    *,
    effect: Effect,
    status: int,
    location: str | None,
    url: httpx.URL,
    home: httpx.URL,
    hops: int,
    policy: RetryPolicy,
) -> httpx.URL | None:
    """Where to follow a redirect, or None to stop there and raise it.

    Only a read follows, only to the origin of the base URL (`home`), at most `max_redirects` times:
    a redirected trigger might be sent twice, and credentials never go to another origin.
    """
    if effect != "none" or status not in REDIRECT_STATUSES or not location or hops >= policy.max_redirects:
        return None
    try:
        target = url.join(location)
    except (httpx.InvalidURL, ValueError, TypeError):
        return None
    if (target.scheme, target.host, target.port) != (home.scheme, home.host, home.port):
        return None
    return target


def server_wait(
    headers: Mapping[str, str], body: JSONValue, *, status_code: int | None = None, now: float | None = None
) -> float | None:
    """The wait the server asked for, in seconds; `math.inf` for one too long to represent; None if none.

    In order: `retry-after-ms`, `Retry-After` (seconds or an HTTP date, which needs `now`),
    then the `remainingSeconds` field of a 429 cooldown body. Unreadable values count as not given.
    """
    milliseconds = _seconds(_header(headers, "retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    retry_after = _header(headers, "retry-after")
    seconds = _seconds(retry_after)
    if seconds is not None:
        return seconds
    if retry_after and now is not None:
        date = _date_wait(retry_after, now)
        if date is not None:
            return date
    if status_code == 429 and isinstance(body, dict):
        remaining = body.get("remainingSeconds")
        if isinstance(remaining, int | float):  # a JSON number, not text
            return _seconds(remaining)
    return None


def backoff_delay(retry_number: int, jitter: float, policy: RetryPolicy = DEFAULT_RETRY_POLICY) -> float:
    """Exponential backoff for the `retry_number`-th retry (1-based).

    `jitter` in [0, 1) takes up to a quarter off, so that clients do not retry in step.
    """
    exponent = min(max(retry_number - 1, 0), 64)
    base = min(policy.initial_delay * 2.0**exponent, policy.max_delay)
    return base * (1 - 0.25 * min(max(jitter, 0.0), 1.0))


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    return value if isinstance(value, str) else ""


def _seconds(value: object) -> float | None:
    """A non-negative number of seconds from a header's text or a JSON number; inf if too large; None if none."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    try:
        seconds = float(value)
    except OverflowError:
        return math.inf  # an integer too large for a float
    except ValueError:
        return None
    if math.isnan(seconds):
        return None
    return max(seconds, 0.0)


def _date_wait(value: str, now: float) -> float | None:
    try:
        date = email.utils.parsedate_tz(value)
        if date is None:
            return None
        return max(email.utils.mktime_tz(date) - now, 0.0)
    except (OverflowError, ValueError, TypeError, IndexError):
        # A date the calendar cannot hold, such as the year 10000: far away, so over any cap.
        return math.inf

"""The bounds of the settings a caller gives: what is refused, before anything is sent, and in which words.

Each check takes the name the caller knows the setting by: the argument (`timeout`) for the
library, the option (`--timeout`) for the command line.
"""

from __future__ import annotations

import math

import httpx

__all__ = [
    "MAX_ATTEMPT_TIMEOUT",
    "MAX_POLL_INTERVAL",
    "MAX_RETRIES",
    "MAX_WAIT",
    "check_attempt_timeout",
    "check_retries",
    "check_seconds",
]

MAX_ATTEMPT_TIMEOUT = 3600.0
"""The longest a single attempt may be given: an hour."""
MAX_RETRIES = 10
MAX_POLL_INTERVAL = 3600.0
MAX_WAIT = 7 * 24 * 3600.0
"""The longest `wait` may follow a training: a week."""


def check_seconds(value: object, name: str, *, maximum: float) -> float:
    """A positive, finite number of seconds no larger than `maximum`; `ValueError` naming `name` otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number of seconds, not {type(value).__name__}")
    try:
        seconds = float(value)
    except OverflowError:
        seconds = math.inf
    if not (seconds > 0 and math.isfinite(seconds)):
        raise ValueError(f"{name} must be a positive, finite number of seconds, not {value!r}")
    if seconds > maximum:
        raise ValueError(f"{name} must be at most {maximum:g} seconds, not {value!r}")
    return seconds


def check_attempt_timeout(timeout: object, name: str = "timeout") -> httpx.Timeout:
    """Seconds, or an `httpx.Timeout` with every phase set: an attempt never waits without end."""
    if isinstance(timeout, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            value = getattr(timeout, phase)
            if value is None:
                raise ValueError(f"every phase of {name} must be set: its {phase} timeout is None")
            check_seconds(value, f"the {phase} phase of {name}", maximum=MAX_ATTEMPT_TIMEOUT)
        return timeout
    seconds = check_seconds(timeout, name, maximum=MAX_ATTEMPT_TIMEOUT)
    return httpx.Timeout(seconds, connect=min(seconds, 5.0))


def check_retries(value: object, name: str = "max_retries") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RETRIES:
        raise ValueError(f"{name} must be a whole number from 0 to {MAX_RETRIES}, not {value!r}")
    return value

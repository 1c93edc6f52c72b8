"""The command line's option values: read as given, and refused in the words of the option, never of Python.

The library's checks name its arguments (`model_id`, `base_url`, `api_key=`); a person at the
command line knows `MODEL_ID`, `--base-url` and the environment variables instead.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping

from scenario_train_api.models import DryRunMode

from ._config import ENV_API_KEY, ENV_API_SECRET, ENV_BASE_URL, ENV_JWT, resolve_base_url

DRY_RUN_MODES = tuple(mode.value for mode in DryRunMode)

__all__ = [
    "DRY_RUN_MODES",
    "Seconds",
    "base_url_problem",
    "count",
    "dry_run_mode",
    "missing_credentials",
    "non_blank",
    "seconds",
]


class Seconds(float):
    """A number of seconds that reads back as it was typed: `2.5` stays `2.5`, `-1` stays `-1`."""

    text: str

    def __new__(cls, text: str) -> Seconds:
        value = super().__new__(cls, text)
        value.text = text.strip()
        return value

    def __repr__(self) -> str:
        return self.text

    __str__ = __repr__


def seconds(text: str) -> Seconds:
    """argparse's type of an option in seconds; its bounds are checked with the others, by `_limits`."""
    try:
        return Seconds(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None


def non_blank(text: str) -> str:
    """argparse's type of MODEL_ID and of an ID option."""
    if not text.strip():
        raise argparse.ArgumentTypeError("must not be blank")
    return text


def count(text: str) -> int:
    """argparse's type of a count: a whole number (the spec states no range: the server judges it)."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"takes a whole number, not {text!r}") from None


def dry_run_mode(text: str) -> str:
    """argparse's type of --dry-run's MODE, which takes the token after it: often a misplaced MODEL_ID."""
    if text not in DRY_RUN_MODES:
        raise argparse.ArgumentTypeError(
            f"MODE is {' or '.join(DRY_RUN_MODES)}, not {text!r} (MODEL_ID goes before --dry-run)"
        )
    return text


def base_url_problem(given: str | None, environ: Mapping[str, str]) -> str | None:
    """What is wrong with the base URL from `--base-url` (`given`) or the environment, named so; None if nothing."""
    try:
        resolve_base_url(given, environ)
    except ValueError as exc:
        # The library's message starts with the argument's name, and may end with advice for Python callers.
        reason = str(exc).split("; pass ")[0].partition(" ")[2]
        return f"{'--base-url' if given is not None else ENV_BASE_URL} {reason}"
    return None


def missing_credentials(environ: Mapping[str, str]) -> str:
    """Which environment variables to set, said for the command line, which takes credentials from nowhere else."""
    key, secret = ((environ.get(name) or "").strip() for name in (ENV_API_KEY, ENV_API_SECRET))
    if key or secret:
        unset, set_ = (ENV_API_SECRET, ENV_API_KEY) if key else (ENV_API_KEY, ENV_API_SECRET)
        return f"{unset} is not set, though {set_} is: set both, or {ENV_JWT}"
    return f"no credentials: set {ENV_API_KEY} and {ENV_API_SECRET} (HTTP Basic), or {ENV_JWT} (Bearer)"

"""A call's request, built from the generated operations table (`scenario_train_api.api.OPERATIONS`).

The table gives each operation's method, path and query parameters, and its effect (`x-effect` in
the spec), which the retry policy reads. No I/O; the models the table names are not loaded here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

from scenario_train_api.api import OPERATIONS

from ._flow import Call
from ._retry import retry_effect

__all__ = ["build"]


def build(
    name: str,
    path: Mapping[str, str],
    query: Mapping[str, object],
    body: Any = None,
    *,
    check: Callable[[], Call] | None = None,
    subject: str | None = None,
) -> Call:
    """The call of operation `name` (`train_model`), its parameters given by their Python names.

    A query parameter that is None is not sent; an enum is sent as its value.
    """
    operation = OPERATIONS[name]
    url = operation.path.format_map({p.python_name: _segment(path[p.python_name]) for p in operation.path_parameters})
    known = {parameter.python_name: parameter.name for parameter in operation.query_parameters}
    params = {}
    for python_name, value in query.items():
        if value is not None:
            params[known[python_name]] = value.value if isinstance(value, Enum) else value
    return Call(operation.method, url, params, body, retry_effect(operation.effect), check, subject=subject)


def _segment(value: str) -> str:
    """One percent-encoded path segment. `quote` leaves dots alone, and HTTP clients resolve "." and ".."
    segments: those are encoded too, so that they stay one segment."""
    return quote(value, safe="") if value.strip(".") else "%2E" * len(value)

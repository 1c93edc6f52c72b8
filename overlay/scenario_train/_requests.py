"""A call's request, built from the generated operations table (`scenario_train_api.api.OPERATIONS`).

The table gives each operation's method, path and query parameters, and its effect (`x-effect` in
the spec), which the retry policy reads. No I/O; the models the table names are not loaded here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

from scenario_train_api.api import OPERATIONS

from ._call_steps import Call
from ._retry import Effect, retry_effect

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
    method, template, path_names, query_names, effect = _operation(name)
    url = template.format_map({python_name: _segment(path[python_name]) for python_name in path_names})
    params = {}
    for python_name, value in query.items():
        if value is not None:
            params[query_names[python_name]] = value.value if isinstance(value, Enum) else value
    return Call(method, url, params, body, effect, check, subject=subject)


@functools.cache
def _operation(name: str) -> tuple[str, str, tuple[str, ...], dict[str, str], Effect]:
    """What `build` reads of the table's entry: read once per operation, as every call of it reads the same."""
    operation = OPERATIONS[name]
    query_names = {parameter.python_name: parameter.name for parameter in operation.query_parameters}
    path_names = tuple(parameter.python_name for parameter in operation.path_parameters)
    return operation.method, operation.path, path_names, query_names, retry_effect(operation.effect)


def _segment(value: str) -> str:
    """One percent-encoded path segment. `quote` leaves dots alone, and HTTP clients resolve "." and ".."
    segments: those are encoded too, so that they stay one segment."""
    return quote(value, safe="") if value.strip(".") else "%2E" * len(value)

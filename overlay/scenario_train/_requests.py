"""A call's request, built from the generated operations table (`scenario_train_api.api.OPERATIONS`).

The table gives each operation's method, path and query parameters, and its effect (`x-effect` and
`x-idempotent` in the spec), which the retry policy reads (`_outcomes.effect_of`); a call whose
unknown outcome is resolved by a read gets that read here. No I/O; the models the table names are
not loaded here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any
from urllib.parse import quote

from scenario_train_api.api import OPERATIONS

from ._call_steps import Call
from ._outcomes import effect_of
from ._retry import Effect

__all__ = ["build"]


def build(
    name: str,
    path: Mapping[str, str],
    query: Mapping[str, object],
    body: Any = None,
    *,
    check: Callable[..., Call] | None = None,
    subject: str | None = None,
) -> Call:
    """The call of operation `name` (`train_model`), its parameters given by their Python names.

    A query parameter that is None is not sent; an enum is sent as its value. Unless `check` is
    given, a call that acts on a model reads that model to find out what became of it, and a
    creation of a model lists the models created since it began, in the same project.
    """
    method, template, path_names, query_names, effect = _operation(name)
    url = template.format_map({python_name: _segment(path[python_name]) for python_name in path_names})
    params = {}
    for python_name, value in query.items():
        if value is not None:
            params[query_names[python_name]] = value.value if isinstance(value, Enum) else value
    if check is None and effect in ("train", "cancel", "add"):
        check = functools.partial(_model_read, path["model_id"], query.get("project_id"))
    elif check is None and effect == "create":
        check = functools.partial(_models_listing, query.get("project_id"))
    return Call(method, url, params, body, effect, check, subject=subject, operation=name, path=path)


def _model_read(model_id: str, project_id: object) -> Call:
    return build("get_model", {"model_id": model_id}, {"project_id": project_id}, subject=model_id)


def _models_listing(project_id: object, *, created_after: str, pagination_token: str | None) -> Call:
    """A page of the models created after `created_after`, oldest first."""
    from scenario_train_api.models import ModelSortBy, SortDirection

    query = {
        "project_id": project_id,
        "sort_by": ModelSortBy.CREATEDAT,
        "sort_direction": SortDirection.ASC,
        "created_after": created_after,
        "pagination_token": pagination_token,
    }
    return build("list_models", {}, query)


@functools.cache
def _operation(name: str) -> tuple[str, str, tuple[str, ...], dict[str, str], Effect]:
    """What `build` reads of the table's entry: read once per operation, as every call of it reads the same."""
    operation = OPERATIONS[name]
    query_names = {parameter.python_name: parameter.name for parameter in operation.query_parameters}
    path_names = tuple(parameter.python_name for parameter in operation.path_parameters)
    effect = effect_of(operation.name, operation.effect, idempotent=operation.idempotent)
    return operation.method, operation.path, path_names, query_names, effect


def _segment(value: str) -> str:
    """One percent-encoded path segment. `quote` leaves dots alone, and HTTP clients resolve "." and ".."
    segments: those are encoded too, so that they stay one segment."""
    return quote(value, safe="") if value.strip(".") else "%2E" * len(value)

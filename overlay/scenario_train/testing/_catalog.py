"""The models as a catalogue: their settings changed, their soft deletion, and the pages that list them.

Pure functions. A page is cut by a pagination token that holds where the previous page ended (the sort
key of its last model), so that a model created between two pages neither shifts nor repeats the next.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from types import MappingProxyType
from typing import Any

from scenario_train_api.models import ModelListPrivacy, ModelListStatus, ModelSortBy, ModelStatus, SortDirection

from ._answers import iso
from ._state import Model, Refused

LIMITS = {"name": 64, "shortDescription": 256}
"""The longest `name` and `shortDescription`, in characters (the vendor's docs of create and update)."""
DEFAULT_PAGE_SIZE = 100
MAX_PAGE_SIZE = 500
_TOKEN_PREFIX = "mock1."


def checked(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a create or update body, refused (400) past the documented lengths."""
    for name, limit in LIMITS.items():
        value = fields.get(name)
        if isinstance(value, str) and len(value) > limit:
            raise Refused(f"Invalid body: $.{name}: at most {limit} characters")
    return dict(fields)


def update(model: Model, fields: Mapping[str, Any], parameters: Mapping[str, Any], now: float) -> Model:
    """The model with `fields` set (a None unsets its field) and `parameters` laid over its own."""
    if "type" in fields and fields["type"] != model.type and model.status is not ModelStatus.NEW:
        raise Refused("The type can only be changed while the model is new")
    if fields.get("epoch") is not None and model.status is not ModelStatus.TRAINED:
        raise Refused("The epoch can only be set on a trained model")
    settings = dict(model.settings)
    for name, value in checked(fields).items():
        if value is None:
            settings.pop(name, None)
        else:
            settings[name] = value
    return dataclasses.replace(
        model,
        settings=MappingProxyType(settings),
        parameters={**model.parameters, **parameters},
        updated_at=now,
    )


def delete(model: Model, now: float) -> Model:
    """Deleted softly: listed with `status=deleted` for 30 days, 404 to every other call."""
    return dataclasses.replace(model, deleted_at=now, updated_at=now)


def page(models: Sequence[Model], query: Mapping[str, Any]) -> tuple[list[Model], str | None]:
    """The models of one page of `GET /models` (query values by Python name), and the next page's token.

    The mock's models are private: `privacy=public` lists none, and the filters the vendor documents as
    public only (`type`, `types`, `tags`, `collectionIds`, `updatedAfter`, `updatedBefore`) are ignored.
    """
    size = query.get("page_size", DEFAULT_PAGE_SIZE)
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise Refused(f"pageSize must be from 1 to {MAX_PAGE_SIZE}")
    sort_by = query.get("sort_by", ModelSortBy.CREATEDAT)
    if sort_by is ModelSortBy.SCORE and ("privacy" not in query or "status" not in query):
        raise Refused("sortBy=score needs privacy and status")
    for bound in ("created_after", "created_before"):
        if bound in query and sort_by is not ModelSortBy.CREATEDAT:
            raise Refused(f"{_wire(bound)} needs sortBy=createdAt")
    bounds = {name: _instant(query[name], _wire(name)) for name in ("created_after", "created_before") if name in query}
    if query.get("privacy") is ModelListPrivacy.PUBLIC:
        return [], None
    key = _sort_key(sort_by)
    descending = query.get("sort_direction", SortDirection.DESC) is SortDirection.DESC
    kept = sorted((model for model in models if _kept(model, query, bounds)), key=key, reverse=descending)
    token = query.get("pagination_token")
    if token is not None:
        after = _cursor(token)
        kept = [model for model in kept if (key(model) < after if descending else key(model) > after)]
    shown = kept[:size]
    if len(kept) <= size:
        return shown, None
    return shown, _token(key(shown[-1]))


def _kept(model: Model, query: Mapping[str, Any], bounds: Mapping[str, int]) -> bool:
    status = query.get("status")
    if status is ModelListStatus.DELETED:
        if model.deleted_at is None:
            return False
    elif model.deleted_at is not None or (status is not None and model.status.value != status.value):
        return False
    collection = query.get("collection_id")
    if collection is not None and collection not in model.settings.get("collectionIds", []):
        return False
    created = _milliseconds(model.created_at)
    if "created_after" in bounds and not created > bounds["created_after"]:
        return False
    return not ("created_before" in bounds and not created < bounds["created_before"])


Key = Callable[[Model], tuple[int, str]]


def _sort_key(sort_by: ModelSortBy) -> Key:
    if sort_by is ModelSortBy.UPDATEDAT:
        return lambda model: (_milliseconds(model.updated_at), model.id)
    # The mock keeps no score: `score` sorts as `createdAt`.
    return lambda model: (_milliseconds(model.created_at), model.id)


def _token(position: tuple[int, str]) -> str:
    return _TOKEN_PREFIX + base64.urlsafe_b64encode(json.dumps(list(position)).encode()).decode().rstrip("=")


def _cursor(token: str) -> tuple[int, str]:
    """Where the page before the token ended; 400 for a token the mock did not give."""
    try:
        if not token.startswith(_TOKEN_PREFIX):
            raise ValueError(token)
        encoded = token[len(_TOKEN_PREFIX) :]
        decoded = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
        milliseconds, model_id = decoded
        if type(milliseconds) is not int or not isinstance(model_id, str):
            raise ValueError(token)
    except (ValueError, TypeError, binascii.Error):
        raise Refused("Invalid paginationToken") from None
    return milliseconds, model_id


def _instant(text: str, name: str) -> int:
    """An ISO date (`2026-12-08T10:00:00.000Z`) in milliseconds since the epoch."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise Refused(f"{name} must be an ISO date") from None
    if moment.tzinfo is None:
        raise Refused(f"{name} must be an ISO date with its time zone")
    return round(moment.timestamp() * 1000)


def _milliseconds(epoch: float) -> int:
    """A time as the answers show it, to the millisecond: a date compared with one read from an answer is
    compared with what that answer showed."""
    return _instant(iso(epoch), "a date")


def _wire(python_name: str) -> str:
    head, *rest = python_name.split("_")
    return head + "".join(part.title() for part in rest)

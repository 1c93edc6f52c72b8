"""What the mock keeps: its models, each created on first use, its assets and its uploads; every change is atomic."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from ._state import Model, new_model, not_found

T = TypeVar("T")


class Models:
    """The models, each made at its own millisecond: the answers show times to the millisecond, and two models
    never show the same `createdAt`, so that their order in a list is that in which they were made."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._models: dict[str, Model] = {}
        self._lock = threading.Lock()
        self._clock = clock
        self._last_made = 0.0

    def update(self, model_id: str, change: Callable[[Model, float], Model]) -> Model:
        """Apply `change(model, now)` and keep its result; nothing changes if it raises.

        A model id never seen is a `new` model with training images (`new_model`)."""
        with self._lock:
            now = self._clock()
            found = self._models.get(model_id)
            model = change(found or new_model(model_id, self._made_at(now)), now)
            if found is None:
                self._last_made = model.created_at
            self._models[model_id] = model
            return model

    def create(self, make: Callable[[float], Model]) -> Model:
        """Keep the model `make(now)` makes, under its own id (a new one)."""
        with self._lock:
            model = make(self._made_at(self._clock()))
            if model.id in self._models:
                raise ValueError(f"model {model.id!r} exists")
            self._last_made = model.created_at
            self._models[model.id] = model
            return model

    def all(self) -> list[Model]:
        with self._lock:
            return list(self._models.values())

    def _made_at(self, now: float) -> float:
        """`now`, or the millisecond after the last model's making if that is not before it."""
        return max(now, math.floor(self._last_made * 1000 + 1) / 1000)


class Records(Generic[T]):
    """Records by id, each made by the call that creates it; an unknown id is 404."""

    def __init__(self, kind: str, clock: Callable[[], float] = time.time) -> None:
        self._records: dict[str, T] = {}
        self._lock = threading.Lock()
        self._kind = kind
        self._clock = clock

    def add(self, record_id: str, make: Callable[[float], T]) -> T:
        with self._lock:
            record = make(self._clock())
            self._records[record_id] = record
            return record

    def get(self, record_id: str) -> T:
        with self._lock:
            found = self._records.get(record_id)
        if found is None:
            raise not_found(f"{self._kind} {record_id}")
        return found

    def update(self, record_id: str, change: Callable[[T, float], T]) -> T:
        """Apply `change(record, now)` and keep its result; nothing changes if it raises."""
        with self._lock:
            found = self._records.get(record_id)
            if found is None:
                raise not_found(f"{self._kind} {record_id}")
            record = change(found, self._clock())
            self._records[record_id] = record
            return record

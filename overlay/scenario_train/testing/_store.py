"""The models the mock knows, each created on first use; every change is atomic."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from ._state import Model, new_model


class Models:
    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._models: dict[str, Model] = {}
        self._lock = threading.Lock()
        self._clock = clock

    def update(self, model_id: str, change: Callable[[Model, float], Model]) -> Model:
        """Apply `change(model, now)` and keep its result; nothing changes if it raises."""
        with self._lock:
            now = self._clock()
            model = change(self._models.get(model_id) or new_model(model_id, now), now)
            self._models[model_id] = model
            return model

"""The model store applies one change at a time: concurrent requests cannot interleave."""

from __future__ import annotations

import threading
import time

from scenario_train.testing._state import Model
from scenario_train.testing._store import Models


def test_changes_never_overlap() -> None:
    models = Models()
    inside: list[int] = []
    overlapped = threading.Event()

    def slow_change(model: Model, now: float) -> Model:
        inside.append(1)
        if len(inside) > 1:
            overlapped.set()
        time.sleep(0.01)
        inside.pop()
        return model

    threads = [threading.Thread(target=models.update, args=("m1", slow_change)) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)

    assert not overlapped.is_set()

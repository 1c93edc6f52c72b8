"""Faults queued by a test, each taken by the next request it matches."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from fnmatch import fnmatchcase

from ._server import Answer


@dataclass(frozen=True, slots=True)
class Reply:
    """Answer this instead of what the service would."""

    answer: Answer


@dataclass(frozen=True, slots=True)
class Drop:
    """Close the connection without answering."""


@dataclass(frozen=True, slots=True)
class Delay:
    """Wait, then answer as the service would."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Lose:
    """Handle the request as usual, then close the connection without answering."""


Fault = Reply | Drop | Delay | Lose


@dataclass(frozen=True, slots=True)
class Target:
    method: str | None = None
    path: str | None = None
    """A glob (`fnmatch`) matched against the request path."""

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method.upper() == method.upper()) and (
            self.path is None or fnmatchcase(path, self.path)
        )


class Faults:
    def __init__(self) -> None:
        self._pending: list[tuple[Fault, Target, int]] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault, target: Target, times: int) -> None:
        if times < 1:
            raise ValueError(f"times must be at least 1, not {times}")
        with self._lock:
            self._pending.append((fault, target, times))

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for index, (fault, target, times) in enumerate(self._pending):
                if target.matches(method, path):
                    if times == 1:
                        del self._pending[index]
                    else:
                        self._pending[index] = (fault, target, times - 1)
                    return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._pending.clear()

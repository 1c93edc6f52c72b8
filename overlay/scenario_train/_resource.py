"""What every resource (`client.models`, `client.models.train`) shares: the client it calls through,
whether it answers raw responses, and the types of the calls' common arguments."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar, cast

import httpx

from ._call_steps import Call
from ._raw import AsyncRawResponse, RawResponse

if TYPE_CHECKING:
    from scenario_train_api.models import TrainingParameters
    from scenario_train_api.models.training_parameters import TrainingParametersDict

__all__ = ["Action", "Body", "Headers", "Parameters", "Query", "RawView", "Resource", "Timeout"]

T = TypeVar("T")
Timeout = float | httpx.Timeout | None
Parameters: TypeAlias = "TrainingParametersDict | TrainingParameters | None"
Headers = Mapping[str, str] | None
Query = Mapping[str, Any] | None
Body = Mapping[str, Any] | None
Action = Literal["cancel"]


class Resource:
    _path = ""
    """Where the client offers it, as the spec's `x-sdk-method` names it: `models.train`."""

    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

    if not TYPE_CHECKING:  # mypy sees only the methods written by hand

        def __getattr__(self, name: str) -> Any:
            """A method of an operation of the table that has none written by hand (`_table_methods`), or a
            resource that holds such methods."""
            if name.startswith("_"):
                raise AttributeError(name)
            from ._table_methods import method_for, prefix_of

            path = f"{self._path}.{name}"
            method = method_for(self, path)
            if method is not None:
                return method
            if prefix_of(path):
                below = Resource(self._client, raw=self._raw)
                below._path = path
                return below
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _call(self, call: Call, parse: Callable[[httpx.Response], T], timeout: Timeout) -> T:
        response, attempts = self._client._send(call, timeout)
        if self._raw:
            return cast(T, RawResponse(response, parse, attempts))  # typed by `as_raw` where the caller sees it
        return parse(response)

    async def _acall(self, call: Call, parse: Callable[[httpx.Response], T], timeout: Timeout) -> T:
        response, attempts = await self._client._send(call, timeout)
        if self._raw:
            return cast(T, AsyncRawResponse(response, parse, attempts))
        return parse(response)


class RawView:
    """A resource's `with_raw_response`: its methods, each returning the raw response."""

    _resource: Resource

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_"):
                raise AttributeError(name)
            return getattr(self._resource, name)

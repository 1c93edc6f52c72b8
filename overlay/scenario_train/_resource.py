"""What every resource (`client.models`, `client.models.train`) shares: the client it calls through,
whether it answers raw responses, and the types of the calls' common arguments."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar, cast

import httpx

from ._call_steps import Call
from ._raw import AsyncRawResponse, RawResponse

if TYPE_CHECKING:
    from scenario_train_api.models import TrainingParameters
    from scenario_train_api.models.training_parameters import TrainingParametersDict

__all__ = ["Body", "Headers", "Parameters", "Query", "Resource", "Timeout"]

T = TypeVar("T")
Timeout = float | httpx.Timeout | None
Parameters: TypeAlias = "TrainingParametersDict | TrainingParameters | None"
Headers = Mapping[str, str] | None
Query = Mapping[str, Any] | None
Body = Mapping[str, Any] | None


class Resource:
    """A resource of a client (`client.models`): the client it calls through, and whether its calls answer
    the raw response (`with_raw_response`) instead of the typed result."""

    def __init__(self, client: Any, *, raw: bool = False) -> None:
        self._client = client
        self._raw = raw

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

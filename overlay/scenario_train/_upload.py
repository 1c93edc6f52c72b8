"""An upload's parts, sent to the URLs the API returned: whether a part's PUT is sent again, and how it ended.

Pure functions. A part's PUT is idempotent (the same bytes to the same presigned URL), so it is sent
again after any failure that another try may mend: no answer, a timeout, a 408, a 429 or a 5xx, up to
the client's `max_retries`. A 4xx other than those (an expired URL, a refused signature) is final.
"""

from __future__ import annotations

import httpx

from ._body import BodyError, decode_json
from ._call_steps import Answer, ClientClosed, Failure
from ._errors import APIConnectionError, APIError, APITimeoutError, status_error

__all__ = ["UPLOAD_DONE", "part_pause", "part_result", "part_where"]

UPLOAD_DONE = frozenset({"imported", "complete", "failed"})
"""The statuses an upload ends in (workflow-api-facts.md §7); `entityId` is the asset once `imported`."""

_AGAIN = frozenset({408, 429})


def part_where(url: httpx.URL | str) -> str:
    """The part's URL without its query, which holds the presigned signature: for messages."""
    return str(httpx.URL(url).copy_with(query=None, fragment=None))


def part_pause(result: Answer | Failure, attempt: int, max_retries: int) -> float | None:
    """Seconds to wait before sending the part again after `attempt` ended in `result`, or None: it is final."""
    if attempt > max_retries:
        return None
    if isinstance(result, Answer):
        status = result.response.status_code
        if status < 300 or not (status in _AGAIN or status >= 500):
            return None
    elif isinstance(result.error, ClientClosed):
        return None
    return min(0.5 * 2.0 ** (attempt - 1), 8.0)


def part_result(result: Answer | Failure, attempt: int) -> httpx.Response | APIError:
    """The part's 2xx answer, or the error its last attempt ended in (never quoting the URL's signature)."""
    where = f"PUT {part_where(result.response.request.url if isinstance(result, Answer) else result.request.url)}"
    if isinstance(result, Answer):
        response = result.response
        if response.is_success:
            return response
        try:
            body = decode_json(response.content)
        except BodyError:
            body = None
        return status_error(response, body, attempts=attempt, notes=f"an upload part, {where}")
    request = result.request
    if isinstance(result.error, ClientClosed):
        return APIConnectionError(f"The client was closed during an upload part ({where})", request=request)
    if isinstance(result.error, httpx.TimeoutException):
        message = f"No answer in time to an upload part ({where}) after {attempt} attempt(s)"
        return APITimeoutError(message, request=request, attempts=attempt)
    message = f"An upload part failed ({where}) after {attempt} attempt(s): {type(result.error).__name__}"
    return APIConnectionError(message, request=request, attempts=attempt)

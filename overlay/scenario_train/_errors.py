"""The errors a call can raise. Every one of them carries what the server sent, if anything."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._json import JSONValue

if TYPE_CHECKING:
    from scenario_train_api.models import Model

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AnswerLostError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ScenarioError",
    "UnprocessableEntityError",
]


class ScenarioError(Exception):
    """Base of every error this package raises."""


class MissingCredentialsError(ScenarioError):
    """No usable credentials were given or found in the environment. Raised when the client is made."""


class APIError(ScenarioError):
    """Base of every error this client raises about a call."""

    message: str
    request: httpx.Request | None
    attempts: int
    """How many times the request was sent (1 when it was not retried)."""

    def __init__(self, message: str, *, request: httpx.Request | None, attempts: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.attempts = attempts


class APIStatusError(APIError):
    """The server answered with an error status (4xx, 5xx, or any status that is not a success)."""

    response: httpx.Response
    status_code: int
    body: JSONValue
    """The decoded JSON error body, or its text when it is not JSON (`None` when empty)."""
    request_id: str | None
    """The server's trace id, from the `x-request-id` header or a `traceId` / `trace_id` body field."""

    def __init__(self, message: str, *, response: httpx.Response, body: JSONValue, attempts: int = 1) -> None:
        super().__init__(message, request=response.request, attempts=attempts)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id(response, body)


class RedirectError(APIStatusError):
    """A 3xx the client did not follow.

    A trigger or an action is never redirected: sent again elsewhere, it might act twice. A read
    follows a few redirects within the base URL's origin, and no other.
    """

    location: str | None
    """The `Location` the server gave, if any."""

    def __init__(self, message: str, *, response: httpx.Response, body: JSONValue, attempts: int = 1) -> None:
        super().__init__(message, response=response, body=body, attempts=attempts)
        self.location = response.headers.get("location")


class BadRequestError(APIStatusError):
    """400: for example `Model is already training`, or a model without training images."""


class AuthenticationError(APIStatusError):
    """401: the API key and secret (or the JWT) were refused."""


class PermissionDeniedError(APIStatusError):
    """403: these credentials or this project cannot use the model, or the plan does not allow it."""


class NotFoundError(APIStatusError):
    """404: no such model."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but its values were refused."""


class RateLimitError(APIStatusError):
    """429: a cooldown between launches (`remainingSeconds`) or a plan ceiling (`actionName`, `actionLimit`)."""


class InternalServerError(APIStatusError):
    """Any status of 500 or above, including the 52x statuses of proxies."""


class APIConnectionError(APIError):
    """No answer was received: the connection failed or was dropped.

    For a trigger, the training may or may not have started.
    """

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None, attempts: int = 1) -> None:
        super().__init__(message, request=request, attempts=attempts)


class APITimeoutError(APIConnectionError):
    """No answer arrived within the timeout."""


class AnswerLostError(APIError):
    """A call reached the server and took effect, but its answer was lost, and cannot be made from what was read.

    The attempt ended without a readable answer (a timeout, a reset, a malformed answer), so the
    client read the model to find out. For a trigger, the model shows a training under way; for an
    addition of training images, the API says the asset is already a training image of the model,
    which does not list it. The call is not sent again. `model` is the model as read then; the
    trigger's job id is not known.
    """

    model: Model

    def __init__(self, message: str, *, request: httpx.Request | None, model: Model, attempts: int = 1) -> None:
        super().__init__(message, request=request, attempts=attempts)
        self.model = model


class OutcomeUnknownError(APIError):
    """A call that creates or changes something may have taken effect, and the client could not find out.

    Its attempt ended without an answer from the API (a timeout, a dropped connection, a gateway's
    502 or 504), or with one that may come after the call acted (a 5xx), and a look at the server's
    state did not settle it: nothing created was found while the request may still be on its way,
    several things match, or nothing identifies what it made (a model without a name). It was not
    sent again. `may_exist` says what may exist now, `found` holds what the look found that bears on
    it (the models or training images), and `error` is how the last attempt ended.
    """

    may_exist: str
    """E.g. "a model named 'cats' of type 'flux.1-lora' may have been created"."""
    found: tuple[Any, ...]
    """The models (`Model`) or training images (`TrainingImage`) found that match the call, if any."""
    error: APIError
    """How the last attempt ended: `APITimeoutError`, `APIConnectionError` or an `APIStatusError`."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None,
        may_exist: str,
        found: tuple[Any, ...] = (),
        error: APIError,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, request=request, attempts=attempts)
        self.may_exist = may_exist
        self.found = found
        self.error = error


class PaginationError(APIError):
    """A listing's pages did not end: the server sent a page token it had sent before, or more pages than
    `scenario_train._pages.MAX_PAGES` (10 000). Raised by the iteration, after the pages before were given.
    """

    token: str
    """The page token the server sent last."""
    pages: int
    """How many pages were read."""

    def __init__(self, message: str, *, token: str, pages: int) -> None:
        super().__init__(message, request=None)
        self.token = token
        self.pages = pages


class APIResponseValidationError(APIError):
    """The server answered with success but its body could not be read.

    For a trigger this means the training started: `response` holds the raw answer.
    """

    response: httpx.Response
    status_code: int
    body: JSONValue
    """The decoded JSON body, or its text when it is not JSON (`None` when empty or when it could not be read)."""

    def __init__(self, message: str, *, response: httpx.Response, body: JSONValue, attempts: int = 1) -> None:
        super().__init__(message, request=response.request, attempts=attempts)
        self.response = response
        self.status_code = response.status_code
        self.body = body


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    if 300 <= status_code < 400:
        return RedirectError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


MAX_DETAIL = 300
"""The longest part of an error message taken from the server's body; the whole body stays on `.body`."""


def status_error(response: httpx.Response, body: JSONValue, *, attempts: int, notes: str = "") -> APIStatusError:
    """The error for an answer with a status that is not a success, with its final message."""
    message = f"Error code: {response.status_code}"
    detail = server_message(body)
    if detail:
        message = f"{message} - {detail}"
    if response.status_code in (301, 302, 303, 307, 308):
        location = response.headers.get("location")
        message = f"{message} (redirected to {shorten(location) if location else 'no Location'}; not followed)"
    if notes:
        message = f"{message} ({notes})"
    return status_error_class(response.status_code)(message, response=response, body=body, attempts=attempts)


def server_message(body: JSONValue) -> str | None:
    """The human part of an error body, from the fields the API is known to use, at most `MAX_DETAIL` long."""
    if isinstance(body, dict):
        parts = [str(value) for key in ("message", "reason", "error", "detail") if (value := body.get(key))]
        return shorten("; ".join(dict.fromkeys(parts))) or None
    if isinstance(body, str) and body.strip():
        return shorten(body.strip())
    return None


def shorten(text: str, limit: int = MAX_DETAIL) -> str:
    """`text` cut to `limit` characters, saying how much was left out."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text) - limit} more characters)"


def request_id(response: httpx.Response, body: JSONValue) -> str | None:
    """The server's trace id: the `x-request-id` or `x-trace-id` header, or a `traceId` / `trace_id` body field."""
    header = response.headers.get("x-request-id") or response.headers.get("x-trace-id")
    if header:
        return str(header)
    if isinstance(body, dict):
        for key in ("traceId", "trace_id"):
            if isinstance(body.get(key), str):
                return str(body[key])
    return None

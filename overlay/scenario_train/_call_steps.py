"""One API call as a sequence of steps: the attempts, the waits, the look at the model, the final error.

`steps()` is a generator. It yields what to do (`Send` a request, `Sleep`, `Check` the model) and
is sent back what came of it. `AsyncSender` and `Sender` (`_async_sender`, `_sync_sender`) carry
the steps out, one awaiting and one blocking, so the logic of a call is written once, and every
decision in it is made by the pure policy of `_retry`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import httpx

from scenario_train_api.errors import ParseError

from ._body import BodyError, decode_json, json_or_text
from ._errors import (
    AnswerLostError,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    OutcomeUnknownError,
    shorten,
    status_error,
)
from ._logs import logger
from ._outcomes import CLOCK_SKEW, Verdict, added_images, created_model, iso_time, looked_for, may_exist, next_page
from ._outcomes import settle as settle_verdict
from ._retry import (
    Decision,
    Effect,
    Ending,
    RetryPolicy,
    after_check,
    backoff_delay,
    decide,
    redirect_target,
    resends_freely,
)

if TYPE_CHECKING:
    from ._images import EncodedBody

__all__ = [
    "Answer",
    "Call",
    "Check",
    "ClientClosed",
    "DeadlineReached",
    "Failure",
    "Send",
    "Sleep",
    "Step",
    "steps",
]


class Call(NamedTuple):
    """One API call: what to send, what it does on the server, and how to find out whether it did."""

    method: str
    url: str
    params: Mapping[str, Any]
    json: Any = None
    effect: Effect = "none"
    check: Callable[..., Call] | None = None
    """Makes the read that shows whether the call took effect, for when its outcome is unknown: the model it
    acts on; for a creation (effect `create`), a page of the models created after `created_after` (ISO), from
    `pagination_token`."""
    headers: Mapping[str, str] | None = None
    """The caller's headers for this call (`extra_headers`), over the client's."""
    subject: str | None = None
    """The id of the model the call acts on: a check that reads another model proves nothing."""
    operation: str = ""
    """The operation's name in the table (`create_model`), for what an unknown outcome may have done."""
    path: Mapping[str, str] | None = None
    """The values of its path parameters, by Python name."""
    content: EncodedBody | None = None
    """A body written beforehand (an image's JSON, `_images.encoded_body`), sent instead of `json`, intact on
    every attempt. `json` then says what it holds, the image by a stand-in: what the look at an unknown
    outcome reads (the image's `name`)."""


class Send(NamedTuple):
    """Send `request` and read its answer, all by `deadline` (`time.monotonic()`)."""

    request: httpx.Request
    deadline: float


class Sleep(NamedTuple):
    """Wait `seconds`; answer None, or `ClientClosed()` when the client was closed meanwhile."""

    seconds: float


class Check(NamedTuple):
    """Make the call `call` (a read) by `deadline`; answer its response, the `APIError` it raised, or
    `ClientClosed()` when the client was closed meanwhile."""

    call: Call
    deadline: float


Step = Send | Sleep | Check


class Answer(NamedTuple):
    """The server answered; the body was read whole and decoded."""

    response: httpx.Response


class Failure(NamedTuple):
    """The attempt failed: `error` is an `httpx.RequestError`, a `BodyError` or `ClientClosed`."""

    error: Exception
    request: httpx.Request
    response: httpx.Response | None = None
    """The answer, when its status arrived but its body could not be read."""


class ClientClosed(Exception):
    """The client was closed before or during the attempt; `sent` says whether its request may have gone out."""

    def __init__(self, *, sent: bool = False) -> None:
        super().__init__("the client is closed")
        self.sent = sent


class DeadlineReached(Exception):
    """A call made with an outer deadline (by `wait`) ran out of time; `error` is how it last failed."""

    def __init__(self, error: APIError) -> None:
        super().__init__(error.message)
        self.error = error


def steps(
    call: Call,
    request: httpx.Request,
    *,
    policy: RetryPolicy,
    attempt_timeout: float,
    deadline: float,
    outer: bool,
    home: httpx.URL,
    clock: Callable[[], float] = time.monotonic,
    wall: Callable[[], float] = time.time,
    jitter: Callable[[], float] = random.random,
) -> Generator[Step, Any, tuple[httpx.Response, int]]:
    """The steps of `call`, ending in its successful answer and the attempts made, or raising its `APIError`.

    `deadline` bounds the whole call; `outer` says it is a caller's deadline (that of `wait`), which
    the call reports by `DeadlineReached` once it has waited it out.
    """
    unsure = False
    """An attempt ended in a way that may have let the call take effect."""
    started = wall()
    """When the call began, by this machine's clock: what it created is looked for from then on."""
    clocks = _Clocks(clock, jitter, wall)
    attempt = 0
    while True:
        attempt += 1
        attempt_end = min(clock() + attempt_timeout, deadline)
        result = yield Send(request, attempt_end)
        if isinstance(result, Answer):
            if result.response.is_success:
                return result.response, attempt
            result = yield from _follow_redirects(call, result, policy, home, attempt_end)
            if isinstance(result, Answer) and result.response.is_success:
                return result.response, attempt
        if isinstance(result, Failure) and isinstance(result.error, ClientClosed):
            raise _closed_error(result.request, call, attempt, sent=result.error.sent or unsure)
        # A success status came but not its body: a call with an effect has acted, and a read over a
        # limit of the body would get the same answer again. A read cut short is made again.
        if (
            isinstance(result, Failure)
            and result.response is not None
            and result.response.is_success
            and (not resends_freely(call.effect) or isinstance(result.error, BodyError))
        ):
            raise _unreadable_success(result, call, attempt)
        ending = _ending(result)
        decision = decide(
            ending,
            attempt=attempt,
            effect=call.effect,
            unknown_before=unsure,
            remaining=deadline - clock(),
            jitter=jitter(),
            now=wall(),
            policy=policy,
        )
        looked = _Looked(unsure, started)
        if decision.action == "check":
            unsure = True
            resolved = yield from _resolve(
                call, request, result, ending, attempt, deadline=deadline, policy=policy, clocks=clocks, looked=looked
            )
            if isinstance(resolved, httpx.Response):
                return resolved, attempt
            decision = resolved
        if decision.action == "fail" and unsure and call.check is not None and not resends_freely(call.effect):
            # Before giving up on an unknown outcome, look once more: a request still on its way at the
            # last look may have landed since.
            pause = backoff_delay(attempt, jitter(), policy)
            if pause < deadline - clock():
                if isinstance((yield Sleep(pause)), ClientClosed):
                    raise _closed_error(request, call, attempt, sent=True)
                final = yield from _resolve(
                    call,
                    request,
                    result,
                    ending,
                    attempt,
                    deadline=deadline,
                    policy=policy,
                    clocks=clocks,
                    looked=looked,
                )
                if isinstance(final, httpx.Response):
                    return final, attempt
                if final.unknown and decision.unknown:
                    decision = final  # what the last look saw
        if decision.action == "fail":
            error = _error(result, call, attempt, decision, unsure)
            if decision.unknown and call.effect not in ("train", "cancel"):
                error = _outcome_unknown(error, call, decision)
            if outer and (decision.out_of_time or clock() >= deadline):
                yield Sleep(max(deadline - clock(), 0.0))
                raise DeadlineReached(error)
            raise error
        _log_retry(call, attempt, policy, ending, decision)
        slept = yield Sleep(decision.delay)
        if isinstance(slept, ClientClosed):
            raise _closed_error(request, call, attempt, sent=True)


class _Clocks(NamedTuple):
    clock: Callable[[], float]
    jitter: Callable[[], float]
    wall: Callable[[], float]


class _Looked(NamedTuple):
    """What a look at the server's state needs to know of the call besides the attempt it follows."""

    unknown_before: bool
    """An earlier attempt's outcome was unknown."""
    started: float
    """When the call began (`time.time()`)."""


def _resolve(
    call: Call,
    request: httpx.Request,
    result: Answer | Failure,
    ending: Ending,
    attempt: int,
    *,
    deadline: float,
    policy: RetryPolicy,
    clocks: _Clocks,
    looked: _Looked,
) -> Generator[Step, Any, Decision | httpx.Response]:
    """Looks at the server's state after `ending` left the outcome of `call` unknown: what to do next, or, for a
    call that took effect, its answer, made from what was read. Raises `AnswerLostError` for a call that took
    effect whose answer cannot be made (a trigger's)."""
    if call.check is None:
        return Decision(
            "fail",
            reason="its outcome is unknown: the client has no read that shows whether it acted",
            unknown=call.effect == "once",
        )
    if call.effect in ("create", "add"):
        verdict, model = yield from _look(call, request, ending, attempt, deadline=deadline, looked=looked)
        decision = settle_verdict(
            verdict,
            ending,
            attempt=attempt,
            remaining=deadline - clocks.clock(),
            jitter=clocks.jitter(),
            now=clocks.wall(),
            policy=policy,
        )
        if decision is not None:
            return decision
        if verdict.answer is not None:
            return httpx.Response(200, json=verdict.answer, request=request)
        raise _unanswered(result, verdict, model, attempt)
    checked = yield Check(call.check(), deadline)
    if isinstance(checked, ClientClosed):
        raise _closed_error(request, call, attempt, sent=True)
    model = _model(checked)
    status, unread = (None, "the model could not be read to find out") if model is None else (str(model.status), "")
    if model is not None and call.subject is not None and model.id != call.subject:
        status, unread = None, f"the model read back was {shorten(str(model.id))!r}, not the one called"
    after = after_check(
        status,
        ending,
        effect=call.effect,
        attempt=attempt,
        remaining=deadline - clocks.clock(),
        jitter=clocks.jitter(),
        now=clocks.wall(),
        policy=policy,
        unread=unread,
    )
    if after is not None:
        return after
    if call.effect == "cancel":
        assert isinstance(checked, httpx.Response)
        return checked
    raise _answer_lost(result, model, attempt)


def _look(
    call: Call, request: httpx.Request, ending: Ending, attempt: int, *, deadline: float, looked: _Looked
) -> Generator[Step, Any, tuple[Verdict, Any]]:
    """What the server's state says of a creation or an addition, and the model read for an addition."""
    assert call.check is not None
    since = looked.started - CLOCK_SKEW
    if call.effect == "add":
        checked = yield Check(call.check(), deadline)
        if isinstance(checked, ClientClosed):
            raise _closed_error(request, call, attempt, sent=True)
        model = _model(checked)
        if model is not None and call.subject is not None and model.id != call.subject:
            model = None
        return added_images(model, call.json, ending, unknown_before=looked.unknown_before, since=since), model
    if looked_for(call.json) is None:
        return created_model(None, call.json, since=since), None
    models: list[Any] = []
    seen: list[str] = []
    token: str | None = None
    while True:
        read = call.check(created_after=iso_time(since), pagination_token=token)
        checked = yield Check(read, deadline)
        if isinstance(checked, ClientClosed):
            raise _closed_error(request, call, attempt, sent=True)
        page = _models_page(checked)
        if page is None:
            return created_model(None, call.json, since=since), None
        models += page.models
        token, cut_short = next_page(page.next_pagination_token, seen, len(seen) + 1)
        if token is None:
            return created_model(models, call.json, since=since, cut_short=cut_short), None
        seen.append(token)


def _follow_redirects(
    call: Call, result: Answer | Failure, policy: RetryPolicy, home: httpx.URL, deadline: float
) -> Generator[Step, Any, Answer | Failure]:
    hops = 0
    while isinstance(result, Answer) and result.response.is_redirect:
        response = result.response
        target = redirect_target(
            effect=call.effect,
            status=response.status_code,
            location=response.headers.get("location"),
            url=response.request.url,
            home=home,
            hops=hops,
            policy=policy,
        )
        if target is None:
            break
        hops += 1
        request = response.request
        redirect = httpx.Request("GET", target, headers=request.headers, extensions=request.extensions)
        result = yield Send(redirect, deadline)
    return result


def _sent(error: Exception) -> bool:
    """Whether a request that failed with `error` may have reached the server."""
    return not isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout | ClientClosed)


def _ending(result: Answer | Failure) -> Ending:
    if isinstance(result, Failure):
        return Ending(None, sent=_sent(result.error))
    response = result.response
    return Ending(response.status_code, headers=response.headers, body=json_or_text(response.content))


def _model(checked: object) -> Any:
    """The model a check read, or None when it could not be read."""
    if not isinstance(checked, httpx.Response):
        return None
    from scenario_train_api.models import ModelResponse

    try:
        document = decode_json(checked.content)
        return ModelResponse.from_dict(document).model if isinstance(document, dict) else None
    except (BodyError, ParseError):
        return None


def _models_page(checked: object) -> Any:
    """The page of models a listing read, or None when it could not be read."""
    if not isinstance(checked, httpx.Response):
        return None
    from scenario_train_api.models import ModelsPage

    try:
        document = decode_json(checked.content)
        return ModelsPage.from_dict(document) if isinstance(document, dict) else None
    except (BodyError, ParseError):
        return None


def _error(result: Answer | Failure, call: Call, attempt: int, decision: Decision, unsure: bool) -> APIError:
    """The error a call ends in, with its final message: what happened, then why it was not retried."""
    notes = []
    if decision.notable:
        notes.append(
            decision.reason
            if attempt == 1 or "gave up" in decision.reason
            else f"{attempt} attempts; {decision.reason}"
        )
    elif attempt > 1:
        notes.append(f"{attempt} attempts")
    if unsure and isinstance(result, Answer) and not resends_freely(call.effect) and not decision.unknown:
        notes.append("an earlier attempt's outcome was unknown, so it may have taken effect")
    suffix = f" ({'; '.join(notes)})" if notes else ""
    if isinstance(result, Answer):
        response = result.response
        return status_error(response, json_or_text(response.content), attempts=attempt, notes="; ".join(notes))
    exc = result.error
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        message = f"Request timed out ({type(exc).__name__}){suffix}"
        error = APITimeoutError(message, request=result.request, attempts=attempt)
    else:
        message = f"Connection error ({_describe(exc)}){suffix}"
        error = APIConnectionError(message, request=result.request, attempts=attempt)
    if not isinstance(exc, httpx.LocalProtocolError | ClientClosed):
        # A local protocol error may quote the request's own header values: it is not chained.
        error.__cause__ = exc
    return error


def _closed_error(request: httpx.Request, call: Call, attempt: int, *, sent: bool) -> APIConnectionError:
    if not sent:
        message = "The client is closed: nothing was sent"
    elif resends_freely(call.effect):
        message = "The client was closed during the call"
    else:
        message = "The client was closed during the call, whose outcome is unknown: it may have taken effect"
    return APIConnectionError(message, request=request, attempts=attempt)


def _describe(exc: Exception) -> str:
    if isinstance(exc, ClientClosed):
        return "the client is closed"
    if isinstance(exc, httpx.LocalProtocolError):
        return "the request could not be sent as it is"
    if isinstance(exc, BodyError):
        return str(exc)
    text = str(exc)
    return f"{type(exc).__name__}: {shorten(text)}" if text else type(exc).__name__


def _unreadable_success(result: Failure, call: Call, attempt: int) -> APIResponseValidationError:
    response = result.response
    assert response is not None
    effect = {
        "train": "the training started",
        "cancel": "the action took effect",
        "create": "the model was created",
        "add": "the training images were added",
        "once": "the call took effect",
        "idempotent": "the call took effect",
        "none": "it is not read again, as the same answer would come back",
    }[call.effect]
    error = APIResponseValidationError(
        f"The server answered {response.status_code} but its body could not be read "
        f"({_describe(result.error)}); {effect}",
        response=response,
        body=None,
        attempts=attempt,
    )
    error.__cause__ = result.error
    return error


def _answer_lost(result: Answer | Failure, model: Any, attempt: int) -> AnswerLostError:
    if isinstance(result, Answer):
        how = f"was answered {result.response.status_code}"
    else:
        how = f"got no readable answer ({_describe(result.error)})"
    status = str(model.status)
    if status == "training":
        shown = f"the model now shows a training under way (status {status!r})"
    else:
        shown = f"it says the model is already training (read as {status!r}) after an attempt of unknown outcome"
    return _lost(
        f"The trigger {how}, but {shown}: the training started, and the trigger was not sent again",
        result,
        model,
        attempt,
    )


def _outcome_unknown(error: APIError, call: Call, decision: Decision) -> OutcomeUnknownError:
    """The error of a call given up while it may have taken effect: what may exist, then how it ended."""
    what = may_exist(call.operation, call.path or {}, call.json)
    unknown = OutcomeUnknownError(
        f"{what[:1].upper()}{what[1:]}, and the call was not sent again: {error.message}",
        request=error.request,
        may_exist=what,
        found=decision.found,
        error=error,
        attempts=error.attempts,
    )
    unknown.__cause__ = error
    return unknown


def _unanswered(result: Answer | Failure, verdict: Verdict, model: Any, attempt: int) -> AnswerLostError:
    """The error of training images that were added while no answer says which."""
    message = (
        f"The training images were added ({verdict.reason}), but the model does not list them to answer with: "
        "they were not sent again"
    )
    return _lost(message, result, model, attempt)


def _lost(message: str, result: Answer | Failure, model: Any, attempt: int) -> AnswerLostError:
    request = result.response.request if isinstance(result, Answer) else result.request
    error = AnswerLostError(message, request=request, model=model, attempts=attempt)
    if isinstance(result, Failure):
        error.__cause__ = result.error
    return error


def _log_retry(call: Call, attempt: int, policy: RetryPolicy, ending: Ending, decision: Decision) -> None:
    logger.info(
        "%s %s: attempt %d of %d failed (%s); retrying in %.2f s",
        call.method.upper(),
        call.url,
        attempt,
        policy.max_retries + 1,
        "no answer" if ending.status is None else f"status {ending.status}",
        decision.delay,
    )

"""The client against servers that misbehave on the wire: redirects, broken framing, trickles, bombs, deep JSON.

Each server is scripted byte by byte (`wire`). Every test runs with `Scenario` and with `AsyncScenario`.
Time bounds are generous guards (`deadline`) against a client that would hang for the whole script,
never measurements.
"""

from __future__ import annotations

import gzip
import json
import socket
import threading
import zlib
from collections.abc import Callable, Iterator

import pytest

from scenario_train import (
    AnswerLostError,
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    RedirectError,
)
from scenario_train._body import MAX_BODY_BYTES
from scenario_train._json import MAX_NESTING
from scenario_train.testing import set_testing
from tests.support.client import EXAMPLE, MakeApi, deadline, model_answer, wait_until
from tests.support.wire import Exchange, Script, answer, by_method, gzip_bomb, head, raw, stalled, trickled, wire

TRAINING = answer(200, model_answer("model-1", "training"))
NEW = answer(200, model_answer("model-1", "new"))
OK = answer(200, EXAMPLE)


@pytest.fixture(autouse=True)
def _no_backoff() -> Iterator[None]:
    set_testing(True)
    yield
    set_testing(False)


# Redirects are answers ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "location",
    ["/v1/models/model-1/train", "ftp://127.0.0.1/v1/models/model-1/train", "http://other.invalid/train", ""],
    ids=["same-path", "other-scheme", "other-origin", "no-location"],
)
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirected_trigger_is_sent_once_and_raised_with_its_location(
    make_api: MakeApi, status: int, location: str
) -> None:
    headers = {"Location": location} if location else {}
    with wire(answer(status, {"message": "moved"}, headers)) as server, pytest.raises(RedirectError) as caught:
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT"]
    assert caught.value.status_code == status
    assert caught.value.location == (location or None)
    assert caught.value.attempts == 1


def test_a_redirected_cancel_is_not_followed_either(make_api: MakeApi) -> None:
    with (
        wire(answer(307, None, {"Location": "/v1/models/model-1/train/action"})) as server,
        pytest.raises(RedirectError),
    ):
        make_api(server.url).action("model-1")

    assert server.methods() == ["POST"]


def test_a_read_follows_same_origin_redirects(make_api: MakeApi) -> None:
    with wire(
        answer(302, None, {"Location": "/v1/models/elsewhere"}),
        answer(307, None, {"Location": "/v1/models/model-1?again=1"}),
        answer(200, model_answer("model-1", "trained")),
    ) as server:
        model = make_api(server.url).retrieve("model-1").model

    assert model.status == "trained"
    assert [exchange.target for exchange in server.exchanges] == [
        "/v1/models/model-1",
        "/v1/models/elsewhere",
        "/v1/models/model-1?again=1",
    ]
    assert len({exchange.headers["authorization"] for exchange in server.exchanges}) == 1


def test_a_read_stops_following_a_redirect_loop(make_api: MakeApi) -> None:
    with wire(answer(307, None, {"Location": "/v1/models/model-1"})) as server, pytest.raises(RedirectError):
        make_api(server.url, max_retries=2).retrieve("model-1")

    assert server.methods() == ["GET"] * 6  # the read and 5 redirects, in one attempt: a redirect is not retried


def test_a_read_does_not_follow_a_redirect_to_another_origin(make_api: MakeApi) -> None:
    with (
        wire(OK) as elsewhere,
        wire(answer(302, None, {"Location": f"{elsewhere.url}/models/model-1"})) as server,
        pytest.raises(RedirectError) as caught,
    ):
        make_api(server.url).retrieve("model-1")

    assert caught.value.location == f"{elsewhere.url}/models/model-1"
    assert elsewhere.exchanges == []


# Broken answers to a trigger: the outcome is unknown, and the model tells --------------------------------------------

MALFORMED_HEADS = {
    "conflicting-content-length": head(200, {"Content-Length": "5"})[:-2] + b"Content-Length: 6\r\n\r\nhello!",
    "header-line-without-colon": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nthis line has no colon\r\n\r\n{}",
    "garbage-status-line": b"HTTP/1.1 two hundred\r\n\r\n",
    "not-http": b"\x00\x01\x02 hello",
}


@pytest.mark.parametrize("bad", MALFORMED_HEADS.values(), ids=MALFORMED_HEADS.keys())
def test_a_malformed_answer_to_a_trigger_is_resolved_by_the_model_not_resent(make_api: MakeApi, bad: bytes) -> None:
    with wire(by_method(PUT=raw(bad), GET=TRAINING)) as server, pytest.raises(AnswerLostError) as caught:
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET"]
    assert caught.value.model.status == "training"
    assert caught.value.attempts == 1


@pytest.mark.parametrize("bad", MALFORMED_HEADS.values(), ids=MALFORMED_HEADS.keys())
def test_a_malformed_answer_is_not_resent_even_when_the_model_shows_no_training(make_api: MakeApi, bad: bytes) -> None:
    with wire(raw(bad), NEW, NEW, OK) as server, pytest.raises(APIConnectionError) as caught:
        make_api(server.url).trigger("model-1")

    # The answer was lost: the trigger may still be on its way, so a model that shows no training yet
    # proves nothing. It is read once more before the client gives up, and not sent again.
    assert server.methods() == ["PUT", "GET", "GET"]
    assert "its outcome is unknown" in str(caught.value)
    assert "did not take effect" not in str(caught.value)


def test_a_5xx_to_a_trigger_is_checked_before_it_is_resent(make_api: MakeApi) -> None:
    with wire(answer(503, {"message": "busy"}), NEW, OK) as server:
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET", "PUT"]


def test_a_5xx_whose_trigger_took_effect_is_not_resent(make_api: MakeApi) -> None:
    with wire(answer(500, {"message": "oops"}), TRAINING) as server, pytest.raises(AnswerLostError) as caught:
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET"]
    assert "answered 500" in str(caught.value)


def test_already_training_after_an_unknown_outcome_resolves_by_the_model(make_api: MakeApi) -> None:
    already = answer(400, {"message": "Model is already training"})
    with wire(answer(503, {"message": "busy"}), NEW, already, TRAINING) as server, pytest.raises(AnswerLostError):
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET", "PUT", "GET"]


def test_a_trigger_whose_model_cannot_be_read_ends_unknown_and_is_not_resent(make_api: MakeApi) -> None:
    with (
        wire(by_method(PUT=raw(b""), GET=answer(404, {"message": "no such model"}))) as server,
        pytest.raises(APIConnectionError) as caught,
    ):
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT", "GET", "GET"]
    assert "outcome is unknown" in str(caught.value)


def test_a_cancel_whose_answer_was_lost_returns_the_canceled_model(make_api: MakeApi) -> None:
    with wire(by_method(POST=raw(b""), GET=answer(200, model_answer("model-1", "training-canceled")))) as server:
        model = make_api(server.url).action("model-1").model

    assert model.status == "training-canceled"
    assert server.methods() == ["POST", "GET"]


def test_a_dry_run_is_resent_without_a_check(make_api: MakeApi) -> None:
    estimate = answer(269, {"creativeUnitsCost": 3})
    with wire(raw(b""), estimate) as server:
        result = make_api(server.url).trigger("model-1", dry_run=True)

    assert result.creative_units_cost == 3
    assert server.methods() == ["PUT", "PUT"]


# Time: a trickle cannot stretch an attempt ----------------------------------------------------------------------------

BODY = json.dumps(EXAMPLE).encode()
HEAD = head(200, {"Content-Type": "application/json"}, length=len(BODY))
ANSWER = HEAD + BODY


@pytest.mark.parametrize(
    "script",
    [
        trickled(ANSWER, every=0.1),
        stalled(HEAD + BODY[:100]),
        stalled(b"HTTP/1.1 200 OK\r\nContent-Type: appl"),
    ],
    ids=["trickled-head-and-body", "stalled-body", "stalled-head"],
)
def test_an_attempt_ends_within_its_timeout_however_the_bytes_come(make_api: MakeApi, script: Script) -> None:
    with wire(by_method(GET=script)) as server, deadline(10):  # the trickle alone would take 11 minutes
        with pytest.raises(APITimeoutError):
            make_api(server.url, timeout=0.5, max_retries=1).retrieve("model-1")
        assert wait_until(lambda: all(exchange.hung_up for exchange in server.exchanges))

    assert server.methods() == ["GET", "GET"]
    assert all(exchange.sent < len(BODY) for exchange in server.exchanges)


def test_a_trigger_whose_body_trickles_past_its_timeout_has_started(make_api: MakeApi) -> None:
    def script(exchange: Exchange) -> None:
        exchange.write(HEAD)
        exchange.trickle(BODY, every=0.1)

    with wire(script) as server, deadline(10), pytest.raises(APIResponseValidationError) as caught:
        make_api(server.url, timeout=0.5).trigger("model-1")

    # The status arrived, so the training started; only its body could not be read in time.
    assert server.methods() == ["PUT"]
    assert "the training started" in str(caught.value)


def test_a_trigger_stalled_before_its_status_is_resolved_by_the_model(make_api: MakeApi) -> None:
    with wire(stalled(b"HTTP/1.1 2"), TRAINING) as server, deadline(10), pytest.raises(AnswerLostError) as caught:
        make_api(server.url, timeout=0.5).trigger("model-1")

    assert server.methods() == ["PUT", "GET"]
    assert isinstance(caught.value.__cause__, Exception)


# Kept-alive connections: one the server has given up on is not reused ------------------------------------------------


def test_a_connection_the_server_closed_while_idle_is_not_reused(make_api: MakeApi) -> None:
    closed = threading.Event()

    def answer_and_close(exchange: Exchange) -> None:
        exchange.write(ANSWER)
        exchange.sock.shutdown(socket.SHUT_RDWR)  # the FIN goes out now, whoever still holds the socket
        exchange.hung_up = True
        closed.set()

    with wire(answer_and_close, OK) as server:
        api = make_api(server.url)
        api.trigger("model-1")
        assert closed.wait(5)
        result = api.trigger("model-1")

    assert result.model.id == EXAMPLE["model"]["id"]
    # Sent on the dead connection, the trigger would have met its end unanswered and been checked by a GET.
    assert server.methods() == ["PUT", "PUT"]
    assert server.exchanges[1].sock is not server.exchanges[0].sock


def test_a_connection_with_a_stray_answer_waiting_is_not_reused(make_api: MakeApi) -> None:
    answered = threading.Event()

    def stray_after_answer(exchange: Exchange) -> None:
        exchange.write(ANSWER)
        answered.wait(5)
        exchange.write(head(408, length=0))  # as some servers say when they time an idle connection out
        exchange.stall(5)

    with wire(stray_after_answer, OK) as server:
        api = make_api(server.url)
        api.trigger("model-1")
        answered.set()
        assert wait_until(lambda: server.exchanges[0].sent > len(ANSWER))
        result = api.trigger("model-1")

    # Read on the old connection, the 408 would have been taken for the second trigger's answer.
    assert result.model.id == EXAMPLE["model"]["id"]
    assert server.methods() == ["PUT", "PUT"]
    assert server.exchanges[1].sock is not server.exchanges[0].sock


# Bodies: decoded size and nesting are bounded -----------------------------------------------------------------------


def deep(levels: int) -> bytes:
    return b'{"job": ' + b"[" * levels + b"]" * levels + b', "model": {}}'


def test_a_deeply_nested_success_is_a_validation_error_holding_the_raw_answer(make_api: MakeApi) -> None:
    body = deep(100_000)
    with (
        wire(answer(200, body, {"Content-Type": "application/json"})) as server,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        make_api(server.url).trigger("model-1")

    assert server.methods() == ["PUT"]
    assert caught.value.response.content == body
    assert f"deeper than {MAX_NESTING}" in str(caught.value)


def test_nesting_at_the_limit_is_read(make_api: MakeApi) -> None:
    body = json.dumps({"model": model_answer("model-1", "new")["model"] | {"x": json.loads(deep(MAX_NESTING - 3))}})
    with wire(answer(200, body.encode(), {"Content-Type": "application/json"})) as server:
        model = make_api(server.url).retrieve("model-1").model

    assert model.status == "new"


def test_a_deeply_nested_error_body_is_kept_as_text(make_api: MakeApi) -> None:
    body = deep(10_000)
    with (
        wire(answer(500, body, {"Content-Type": "application/json"})) as server,
        pytest.raises(InternalServerError) as caught,
    ):
        make_api(server.url, max_retries=0).retrieve("model-1")

    assert caught.value.body == body.decode()


def test_a_gzip_bomb_is_cut_off_at_the_size_limit(make_api: MakeApi) -> None:
    bomb = gzip_bomb(4 * MAX_BODY_BYTES)
    assert len(bomb) < MAX_BODY_BYTES // 100
    with (
        wire(answer(200, bomb, {"Content-Encoding": "gzip", "Content-Type": "application/json"})) as server,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        make_api(server.url).trigger("model-1")

    assert "larger than the limit" in str(caught.value)
    assert server.methods() == ["PUT"]


@pytest.mark.parametrize("coding", ["gzip", "deflate", "raw-deflate", "gzip, deflate"])
def test_a_compressed_answer_is_read(make_api: MakeApi, coding: str) -> None:
    encoders: dict[str, Callable[[bytes], bytes]] = {
        "gzip": gzip.compress,
        "deflate": zlib.compress,
        "raw-deflate": lambda data: zlib.compress(data, wbits=-zlib.MAX_WBITS),
        "gzip, deflate": lambda data: zlib.compress(gzip.compress(data)),
    }
    header = "deflate" if coding == "raw-deflate" else coding
    encoded = answer(200, encoders[coding](BODY), {"Content-Encoding": header, "Content-Type": "application/json"})
    with wire(encoded) as server:
        result = make_api(server.url).trigger("model-1")

    assert result.to_dict() == EXAMPLE
    assert server.exchanges[0].headers["accept-encoding"] == "gzip, deflate"


def test_an_encoding_the_client_did_not_ask_for_is_refused(make_api: MakeApi) -> None:
    with (
        wire(answer(200, b"\x1b\x00\x00", {"Content-Encoding": "br"})) as server,
        pytest.raises(APIResponseValidationError) as caught,
    ):
        make_api(server.url).trigger("model-1")

    assert "'br'" in str(caught.value)


def test_an_error_message_is_bounded_and_the_body_kept_whole(make_api: MakeApi) -> None:
    message = "x" * 100_000
    with wire(answer(400, {"message": message})) as server, pytest.raises(APIStatusError) as caught:
        make_api(server.url).trigger("model-1")

    assert len(str(caught.value)) < 1000
    assert caught.value.body == {"message": message}

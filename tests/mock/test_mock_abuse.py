"""Malformed requests, sent as exact bytes: each gets a clear 4xx JSON answer, never a 500 or a
traceback, and the mock goes on serving."""

from __future__ import annotations

import socket
import tracemalloc
from collections.abc import Iterator

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from scenario_train.testing._body import MAX_BODY_BYTES
from tests.support.mock import loopback_client
from tests.support.raw_http import AUTHORIZATION, READ_M1, RawAnswer, connect, exchange, read_answer, request

TRIGGER = "/v1/models/m1/train"
TOO_LARGE = f"The body is larger than {MAX_BODY_BYTES} bytes"


@pytest.fixture
def sock(scenario_mock: MockScenarioAPI) -> Iterator[socket.socket]:
    with connect(scenario_mock) as sock:
        yield sock


def assert_served_after(api: MockScenarioAPI, sock: socket.socket, answer: RawAnswer) -> None:
    """A normal request is answered: on the same connection if it stays open, else on a new one."""
    if answer.closes:
        assert answer.headers["connection"] == "close"
        assert sock.recv(1) == b"", "the connection is closed after the answer"
        with connect(api) as fresh:
            assert exchange(fresh, READ_M1).status == 200
    else:
        assert exchange(sock, READ_M1).status == 200


def assert_no_traceback(capfd: pytest.CaptureFixture[str]) -> None:
    assert "Traceback" not in capfd.readouterr().err


# Refused by the service, after the body was read whole: the connection stays open.
REFUSED_BY_THE_SERVICE = [
    pytest.param(request("PUT", TRIGGER, body=b'{"parameters":'), 400, "not valid JSON", id="bad-json"),
    pytest.param(request("PUT", TRIGGER, body=b'{"a": "\xff"}'), 400, "not valid JSON", id="not-utf8"),
    pytest.param(request("PUT", TRIGGER, body=b"[" * 65 + b"]" * 65), 400, "deeper than 64", id="too-deep"),
    pytest.param(request("PUT", TRIGGER, body=b"[" * 100_000), 400, "deeper than 64", id="deep-unclosed"),
    pytest.param(request("PUT", TRIGGER, body=b'{"a":' * 100 + b"1" + b"}" * 100), 400, "deeper", id="deep-obj"),
    pytest.param(request("PUT", TRIGGER, body=b'{"parameters": {"seed": 1e999}}'), 400, "beyond the range", id="1e999"),
    pytest.param(
        request("PUT", TRIGGER, body=b'{"parameters": {"seed": -1e999}}'), 400, "beyond the range", id="-1e999"
    ),
    pytest.param(request("PUT", TRIGGER, body=b'{"parameters": {"seed": NaN}}'), 400, "not valid JSON", id="nan"),
    pytest.param(request("PUT", TRIGGER, body=b'{"x": Infinity}'), 400, "not valid JSON", id="infinity"),
    pytest.param(request("PUT", TRIGGER, body=b'{"x": -Infinity}'), 400, "not valid JSON", id="-infinity"),
    pytest.param(
        request("PUT", TRIGGER, body=b'{"x": 1' + b"0" * 5000 + b"}"), 400, "not valid JSON", id="5000-digits"
    ),
    pytest.param(
        request("PUT", TRIGGER + "?dryRun=true&trainingImagesCount=%C2%B2"), 400, "must be an integer", id="superscript"
    ),
    pytest.param(
        request("PUT", TRIGGER + "?dryRun=true&trainingImagesCount=%EF%BC%91"),
        400,
        "must be an integer",
        id="fullwidth",
    ),
    pytest.param(
        request("PUT", TRIGGER + "?dryRun=true&trainingImagesCount=%D9%A1"),
        400,
        "must be an integer",
        id="arabic-indic",
    ),
    pytest.param(request("PUT", TRIGGER + "?trainingImagesCount=1.5"), 400, "must be an integer", id="fraction"),
    pytest.param(request("PUT", TRIGGER + "?trainingImagesCount=+1"), 400, "must be an integer", id="plus-sign"),
    pytest.param(request("PUT", TRIGGER + "?trainingImagesCount="), 400, "must be an integer", id="empty-count"),
    pytest.param(
        request("PUT", TRIGGER + "?trainingImagesCount=" + "9" * 5000),
        400,
        "at most 4300 digits",
        id="5000-digit-count",
    ),
    pytest.param(request("GET", "/v1/models/m1?originalAssets=%00"), 400, "true or false", id="nul-in-query"),
    pytest.param(
        b"GET /v1/models/m1 HTTP/1.1\r\nAuthorization: Basic \xff\xfe\xfd\r\n\r\n", 401, "Invalid", id="basic-latin1"
    ),
    pytest.param(
        "GET /v1/models/m1 HTTP/1.1\r\nAuthorization: Basic é\r\n\r\n".encode(), 401, "Invalid", id="basic-utf8"
    ),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\nAuthorization: Basic !!\r\n\r\n", 401, "Invalid", id="basic-not-b64"),
    pytest.param(
        b"GET /v1/models/m1 HTTP/1.1\r\nAuthorization: Basic /w==\r\n\r\n", 401, "Invalid", id="basic-not-utf8-pair"
    ),
    pytest.param(
        b"GET /v1/models/m1 HTTP/1.1\r\nAuthorization: Bearer \xff\r\n\r\n", 401, "Invalid", id="bearer-latin1"
    ),
    pytest.param(request("GET", "/v1/nowhere"), 404, "Not found", id="unknown-path"),
    pytest.param(request("FOO", "/v1/nowhere"), 404, "Not found", id="unknown-method-and-path"),
]


@pytest.mark.parametrize(
    ("path", "allowed", "method"),
    [
        (path, allowed, method)
        for path, allowed in [("/v1/models/m1", "DELETE, GET, PUT"), (TRIGGER, "PUT"), (f"{TRIGGER}/action", "POST")]
        for method in ["TRACE", "PATCH", "DELETE", "OPTIONS", "HEAD", "FOO", "get", "M-SEARCH"]
        if method not in allowed.split(", ")
    ],
)
def test_any_other_method_on_a_known_route_is_405_naming_the_allowed_one(
    scenario_mock: MockScenarioAPI, sock: socket.socket, method: str, path: str, allowed: str
) -> None:
    answer = exchange(sock, request(method, path))

    assert (answer.status, answer.headers["allow"]) == (405, allowed)
    if method != "HEAD":
        assert answer.message() == f"Method {method} not allowed"
    assert_served_after(scenario_mock, sock, answer)


# Cannot be told apart from what follows it on the connection: answered, then closed.
MALFORMED_HTTP = [
    pytest.param(
        request("PUT", TRIGGER, headers=f"Content-Length: {MAX_BODY_BYTES + 1}\r\n"), 400, "Conflicting", id="2-lengths"
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: {MAX_BODY_BYTES + 1}\r\n\r\n".encode(), 413, TOO_LARGE, id="413"
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: {10**20}\r\n\r\n".encode(), 413, TOO_LARGE, id="huge-length"
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: 1{'0' * 5000}\r\n\r\n".encode(), 413, TOO_LARGE, id="5000-digits"
    ),
    pytest.param(f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: -1\r\n\r\n".encode(), 400, "number of bytes", id="neg"),
    pytest.param(f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: x\r\n\r\n".encode(), 400, "number of bytes", id="x"),
    pytest.param(f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n".encode(), 400, "number of bytes", id="hex"),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: \u0661\r\n\r\n".encode(), 400, "number of bytes", id="arabic"
    ),
    pytest.param(f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: 1, 2\r\n\r\n{{}}".encode(), 400, "Conflicting", id="1,2"),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{{}}".encode(),
        400,
        "cannot both",
        id="length-and-chunked",
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n".encode(), 400, "only", id="gzip"
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".encode(), 400, "hexadecimal", id="zz"
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n+2\r\n{{}}\r\n0\r\n\r\n".encode(),
        400,
        "hexadecimal",
        id="signed-size",
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0x2\r\n{{}}\r\n0\r\n\r\n".encode(),
        400,
        "hexadecimal",
        id="0x-size",
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\n{{}}\r\n0\r\n\r\n".encode(),
        400,
        "not the size",
        id="chunk-longer-than-announced",
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n{'0' * 5000}1\r\n".encode(),
        400,
        "too long",
        id="endless-size-line",
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n{'F' * 16}\r\n".encode(),
        413,
        TOO_LARGE,
        id="huge-chunk",
    ),
    pytest.param(
        f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n".encode() + b"X: 1\r\n" * 40 + b"\r\n",
        400,
        "trailer",
        id="endless-trailers",
    ),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\nX: a\x00b\r\n\r\n", 400, "header X", id="nul-in-header"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\nX: a\x1bb\r\n\r\n", 400, "header X", id="escape-in-header"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\nX: a\r\n  folded\r\n\r\n", 400, "header X", id="obs-fold"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\nno colon\r\n\r\n", 400, "header block", id="no-colon"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\n lead: x\r\n\r\n", 400, "header block", id="leading-space"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\n: x\r\n\r\n", 400, "header block", id="empty-name"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\nX\x7fY: 1\r\n\r\n", 400, "header block", id="control-in-name"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1\r\nX@Y: 1\r\n\r\n", 400, "name", id="separator-in-name"),
    pytest.param(b"G\x01T /v1/models/m1 HTTP/1.1\r\n\r\n", 400, "method", id="control-in-method"),
    pytest.param(b"GET /v1/models/m\xc3\xa9 HTTP/1.1\r\n\r\n", 400, "target", id="non-ascii-target"),
    pytest.param(b"GET /v1/models/m\x00 HTTP/1.1\r\n\r\n", 400, "target", id="nul-in-target"),
    pytest.param(b"GET http://[::1/v1/models/m1 HTTP/1.1\r\n\r\n", 400, "target", id="broken-absolute-url"),
    pytest.param(b"GET /v1/models/m1\r\n\r\n", 400, "HTTP/0.9", id="http-0.9"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.x\r\n\r\n", 400, "version", id="bad-version"),
    pytest.param(b"GET /v1/models/m1 HTTP/1.1 extra\r\n\r\n", 400, "version", id="four-words"),
    pytest.param(b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414, "Too Long", id="long-line"),
    pytest.param(b"GET / HTTP/1.1\r\nX: " + b"a" * 70_000 + b"\r\n\r\n", 431, "Line too long", id="long-header"),
    pytest.param(b"GET / HTTP/1.1\r\n" + b"X: 1\r\n" * 101 + b"\r\n", 431, "Too many headers", id="101-headers"),
]


@pytest.mark.parametrize(
    ("raw", "status", "message", "closes"),
    [(*case.values, False) for case in REFUSED_BY_THE_SERVICE] + [(*case.values, True) for case in MALFORMED_HTTP],
    ids=[case.id for case in (*REFUSED_BY_THE_SERVICE, *MALFORMED_HTTP)],
)
def test_a_malformed_request_gets_a_json_4xx_and_the_mock_goes_on_serving(
    scenario_mock: MockScenarioAPI,
    sock: socket.socket,
    capfd: pytest.CaptureFixture[str],
    raw: bytes,
    status: int,
    message: str,
    closes: bool,
) -> None:
    answer = exchange(sock, raw)

    assert (answer.status, answer.closes) == (status, closes)
    assert answer.headers["content-type"] == "application/json; charset=utf-8"
    assert message in answer.message()
    assert (scenario_mock.requests == []) == closes, "only what the HTTP layer can read reaches the service"
    assert_served_after(scenario_mock, sock, answer)
    assert_no_traceback(capfd)


def test_a_large_body_is_refused_before_it_is_sent(sock: socket.socket) -> None:
    sock.sendall(f"PUT {TRIGGER} HTTP/1.1\r\nContent-Length: {MAX_BODY_BYTES + 1}\r\n\r\n".encode())

    # Not one byte of the body was sent: an answer now means the mock did not wait for it.
    assert read_answer(sock).status == 413


def test_a_chunked_body_is_refused_at_the_chunk_past_the_limit(sock: socket.socket) -> None:
    chunk = b"a" * 65536
    sock.sendall(f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
    for _ in range(MAX_BODY_BYTES // len(chunk) + 1):
        sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    # The last chunk was never sent: the answer comes while the body is unfinished.
    assert read_answer(sock).status == 413


def test_expect_100_continue_gets_the_413_instead_of_100(sock: socket.socket) -> None:
    sock.sendall(
        f"PUT {TRIGGER} HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: {MAX_BODY_BYTES + 1}\r\n\r\n".encode()
    )

    assert sock.recv(65536).startswith(b"HTTP/1.1 413 ")


def test_expect_100_continue_gets_100_for_a_sound_request(sock: socket.socket) -> None:
    sock.sendall(
        f"PUT {TRIGGER} HTTP/1.1\r\nAuthorization: {AUTHORIZATION}\r\nExpect: 100-continue\r\n"
        "Content-Length: 2\r\n\r\n".encode()
    )
    assert sock.recv(65536) == b"HTTP/1.1 100 Continue\r\n\r\n"

    sock.sendall(b"{}")

    assert read_answer(sock).status == 200


def test_a_body_of_exactly_the_limit_is_read(client: httpx.Client) -> None:
    padding = MAX_BODY_BYTES - len(b'{"parameters": {"validationPrompt": ""}}')
    body = b'{"parameters": {"validationPrompt": "' + b"a" * padding + b'"}}'
    assert len(body) == MAX_BODY_BYTES

    answer = client.put("/models/m1/train", content=body)

    assert answer.status_code == 200
    assert answer.json()["model"]["parameters"]["validationPrompt"] == "a" * padding


def test_a_client_sending_too_large_a_body_reads_the_413(client: httpx.Client) -> None:
    answer = client.put("/models/m1/train", content=b" " * (4 * MAX_BODY_BYTES))

    assert (answer.status_code, answer.json()["message"]) == (413, TOO_LARGE)
    assert client.get("/models/m1").status_code == 200


def test_memory_stays_bounded_while_a_huge_chunked_body_is_refused(sock: socket.socket) -> None:
    chunk = b"%x\r\n%s\r\n" % (65536, b"a" * 65536)
    tracemalloc.start()
    try:
        sock.sendall(f"PUT {TRIGGER} HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".encode())
        for _ in range(16 * MAX_BODY_BYTES // 65536):
            sock.sendall(chunk)
        sock.sendall(b"0\r\n\r\n")
        answer = read_answer(sock)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert answer.status == 413
    assert peak < 4 * MAX_BODY_BYTES, f"{peak} bytes at the peak for a body of {16 * MAX_BODY_BYTES}"


def test_connections_opened_before_the_abuse_are_still_served(
    scenario_mock: MockScenarioAPI, sock: socket.socket, capfd: pytest.CaptureFixture[str]
) -> None:
    assert exchange(sock, READ_M1).status == 200
    for raw in (
        b"G\x01T / HTTP/1.1\r\n\r\n",
        b"PUT /v1/models/m1/train HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n",
        request("PUT", TRIGGER, body=b"[" * 100_000),
    ):
        with connect(scenario_mock) as other:
            assert 400 <= exchange(other, raw).status < 500

    assert exchange(sock, READ_M1).status == 200
    with loopback_client(scenario_mock) as client:
        assert client.put("/models/m1/train", json={"parameters": {"seed": 1}}).status_code == 200
    assert_no_traceback(capfd)

"""`client.uploads.upload_file`: an image sent through `/uploads`, its parts to the URLs the API returned,
never with the client's credentials, sent again on failure, and bounded by the timeout when read slowly."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scenario_train import APIConnectionError, APITimeoutError, PermissionDeniedError
from scenario_train._images import PART_SIZE
from scenario_train.testing import MockScenarioAPI
from tests.support.client import API_KEY, Api, LoopbackServer, MakeApi, Received, Reply, deadline
from tests.support.images import noise, png, write
from tests.support.wire import head, trickled, wire

UPLOAD_ID = "upload_1"


def upload(api: Api, path: Path, **options: Any) -> Any:
    return api.run(api.client.uploads.upload_file(path, **options))


def upload_json(server: LoopbackServer, status: str, parts: int = 0) -> dict[str, Any]:
    """An answer of the upload calls; while `pending`, with a part URL on `server` itself."""
    body: dict[str, Any] = {
        "id": UPLOAD_ID,
        "authorId": "a",
        "createdAt": "2026-01-01T00:00:00Z",
        "fileName": "big.png",
        "kind": "image",
        "ownerId": "o",
        "source": "multipart",
        "status": status,
        "updatedAt": "2026-01-01T00:00:00Z",
    }
    if parts:
        body["parts"] = [
            {"expires": "2026-01-01T01:00:00Z", "number": n, "url": f"{server.url}/parts/{n}?X-Amz-Signature=sig{n}"}
            for n in range(1, parts + 1)
        ]
    if status == "imported":
        body["entityId"] = "asset_1"
    return {"upload": body}


@pytest.fixture
def big_image(tmp_path: Path) -> Path:
    """An image of two parts."""
    return write(tmp_path / "big.png", png(noise(PART_SIZE + 1000)))


@pytest.fixture
def small_image(tmp_path: Path) -> Path:
    """An image of one part."""
    return write(tmp_path / "small.png", png(noise(2000)))


def test_an_image_goes_through_the_mock_and_becomes_an_asset(make_api: MakeApi, big_image: Path) -> None:
    with MockScenarioAPI() as mock:
        api = make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret)

        done = upload(api, big_image, poll_interval=0.05)

        assert (done.status.value, done.file_name) == ("imported", "big.png")
        assert done.entity_id is not None
        parts = [request for request in mock.requests if request.path.startswith("/parts/")]
        # The part server answers 400 to any Authorization header: both parts were taken without one.
        assert [(request.method, request.status) for request in parts] == [("PUT", 200), ("PUT", 200)]
        assert all(request.api_key is None for request in parts)
        calls = [(request.method, request.path) for request in mock.requests if not request.path.startswith("/parts/")]
        assert calls[:2] == [("POST", "/v1/uploads"), ("POST", f"/v1/uploads/{done.id}/action")]


def test_a_part_url_on_the_api_origin_gets_no_credentials_or_default_headers(
    make_api: MakeApi, server: LoopbackServer, small_image: Path
) -> None:
    server.reply(
        Reply(json=upload_json(server, "pending", parts=1)),
        Reply(),
        Reply(json=upload_json(server, "imported")),
    )
    api = make_api(server.url, default_headers={"X-Team": "team-1"})

    done = upload(api, small_image)

    assert done.entity_id == "asset_1"
    create, part, complete = server.received
    assert (part.method, part.path, part.query) == ("PUT", "/v1/parts/1", {"X-Amz-Signature": "sig1"})
    assert part.body == small_image.read_bytes()
    headers = {name.lower() for name in part.headers}
    assert "authorization" not in headers and "x-team" not in headers
    assert "authorization" in {name.lower() for name in create.headers}  # the API's own calls keep theirs
    assert complete.json == {"action": "complete"}


def test_a_failed_part_is_sent_again(
    make_api: MakeApi, server: LoopbackServer, small_image: Path, no_retry_waits: None
) -> None:
    server.reply(
        Reply(json=upload_json(server, "pending", parts=1)),
        Reply(status=503, text="busy"),
        Reply(drop=True),
        Reply(),
        Reply(json=upload_json(server, "imported")),
    )

    done = upload(make_api(server.url, max_retries=2), small_image)

    assert done.status.value == "imported"
    assert [request.method for request in server.received] == ["POST", "PUT", "PUT", "PUT", "POST"]


def test_a_refused_part_is_final_and_its_error_hides_the_signature(
    make_api: MakeApi, server: LoopbackServer, small_image: Path
) -> None:
    server.reply(Reply(json=upload_json(server, "pending", parts=1)), Reply(status=403, text="expired"))

    with pytest.raises(PermissionDeniedError) as caught:
        upload(make_api(server.url), small_image)

    assert [request.method for request in server.received] == ["POST", "PUT"]
    assert "/parts/1" in str(caught.value) and "sig1" not in str(caught.value)


def test_the_upload_is_polled_until_it_ends(make_api: MakeApi, server: LoopbackServer, small_image: Path) -> None:
    server.reply(
        Reply(json=upload_json(server, "pending", parts=1)),
        Reply(),
        Reply(json=upload_json(server, "validating")),
        Reply(json=upload_json(server, "validated")),
        Reply(json=upload_json(server, "imported")),
    )

    done = upload(make_api(server.url), small_image, poll_interval=0.01)

    assert done.entity_id == "asset_1"
    assert [request.method for request in server.received] == ["POST", "PUT", "POST", "GET", "GET"]


@pytest.fixture
def slow_reader() -> Iterator[str]:
    """A part server on loopback that takes the connection and then reads a few bytes a second."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                sock, _ = listener.accept()
            except TimeoutError:
                continue
            with sock:
                sock.settimeout(0.1)
                while not stop.is_set():
                    try:
                        if not sock.recv(64):
                            break
                    except TimeoutError:
                        pass
                    time.sleep(0.1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join(5)
    listener.close()


def test_a_slow_reading_part_server_cannot_hold_the_upload(
    make_api: MakeApi, server: LoopbackServer, slow_reader: str, big_image: Path
) -> None:
    # A part's bytes go in one write, which the attempt's timeout bounds as a whole.
    answer = upload_json(server, "pending", parts=2)
    for part in answer["upload"]["parts"]:
        part["url"] = part["url"].replace(server.url, slow_reader)
    server.reply(Reply(json=answer))
    api = make_api(server.url, timeout=1.0, max_retries=0)

    with deadline(30), pytest.raises(APIConnectionError) as caught:
        upload(api, big_image)

    assert isinstance(caught.value, APITimeoutError)
    assert [request.method for request in server.received] == ["POST"]


def test_the_api_key_never_reaches_a_part(server: LoopbackServer, small_image: Path, make_api: MakeApi) -> None:
    seen: list[Received] = []

    def part(request: Received) -> Reply:
        seen.append(request)
        return Reply()

    server.reply(Reply(json=upload_json(server, "pending", parts=1)), part, Reply(json=upload_json(server, "imported")))
    upload(make_api(server.url), small_image)

    [request] = seen
    assert all(API_KEY not in value for value in request.headers.values())


def test_an_injected_http_client_s_own_auth_is_not_sent_to_a_part(
    make_api: MakeApi, server: LoopbackServer, small_image: Path, kind: str
) -> None:
    server.reply(
        Reply(json=upload_json(server, "pending", parts=1)),
        Reply(),
        Reply(json=upload_json(server, "imported")),
    )
    auth = ("proxy-user", "proxy-password")
    http_client = httpx.Client(auth=auth) if kind == "sync" else httpx.AsyncClient(auth=auth)

    upload(make_api(server.url, http_client=http_client), small_image)

    create, part, _ = server.received
    assert "authorization" not in {name.lower() for name in part.headers}
    assert create.headers.get("Authorization") is not None


def test_a_part_server_trickling_its_answer_cannot_hold_the_upload(
    make_api: MakeApi, server: LoopbackServer, small_image: Path
) -> None:
    # Each byte comes within the read timeout: only the attempt's deadline, as a whole, ends it.
    trickle = head(200, {f"X-Slow-{n}": "x" for n in range(200)}, length=0)
    with wire(trickled(trickle, 0.2)) as part_server:
        answer = upload_json(server, "pending", parts=1)
        answer["upload"]["parts"][0]["url"] = f"{part_server.url}/parts/1?X-Amz-Signature=sig1"
        server.reply(Reply(json=answer))
        api = make_api(server.url, timeout=1.0, max_retries=0)

        with deadline(20), pytest.raises(APITimeoutError):
            upload(api, small_image)

        assert part_server.methods() == ["PUT"]

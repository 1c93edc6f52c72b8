"""Assets and uploads over HTTP: an image uploaded inline, or in parts to presigned URLs on a second origin that
never takes the API's credentials, completed, validated and imported as an asset."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.mock import loopback_client, valid_answer, valid_error

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
UPLOAD = ("post", "/uploads")
READ_UPLOAD = ("get", "/uploads/{uploadId}")
COMPLETE = ("post", "/uploads/{uploadId}/action")
ASSET = ("post", "/assets")


def start(client: httpx.Client, content: bytes = PNG, parts: int = 2, **fields: Any) -> dict[str, Any]:
    body = {
        "fileName": "big.png",
        "contentType": "image/png",
        "fileSize": len(content),
        "parts": parts,
        "kind": "image",
        **fields,
    }
    response = client.post("/uploads", json=body)
    assert response.status_code == 200, response.text
    upload: dict[str, Any] = valid_answer(response, UPLOAD)["upload"]
    return upload


def send_parts(upload: dict[str, Any], content: bytes) -> list[httpx.Response]:
    """Each part's bytes to its URL, with a client that has no credentials, as the parts are meant to be sent."""
    size = -(-len(content) // len(upload["parts"]))
    with httpx.Client(timeout=5.0) as storage:
        return [
            storage.put(part["url"], content=content[(part["number"] - 1) * size : part["number"] * size])
            for part in upload["parts"]
        ]


def complete(client: httpx.Client, upload_id: str) -> httpx.Response:
    return client.post(f"/uploads/{upload_id}/action", json={"action": "complete"})


def read(client: httpx.Client, upload_id: str) -> dict[str, Any]:
    response = client.get(f"/uploads/{upload_id}")
    assert response.status_code == 200, response.text
    upload: dict[str, Any] = valid_answer(response, READ_UPLOAD)["upload"]
    return upload


def test_an_image_is_uploaded_in_parts_and_imported_as_an_asset(client: httpx.Client) -> None:
    upload = start(client, parts=3)
    sent = send_parts(upload, PNG)

    completed = complete(client, upload["id"])
    statuses = [read(client, upload["id"])["status"] for _ in range(3)]
    imported = read(client, upload["id"])

    assert upload["status"] == "pending" and [part["number"] for part in upload["parts"]] == [1, 2, 3]
    assert [response.status_code for response in sent] == [200, 200, 200]
    assert all(response.headers["etag"] for response in sent)
    assert valid_answer(completed, COMPLETE)["upload"]["status"] == "validating"
    assert statuses == ["validated", "imported", "imported"]
    assert imported["entityId"].startswith("asset_") and "parts" not in imported
    assert client.put(f"/assets/{imported['entityId']}", json={"description": "a big one"}).status_code == 200


def test_an_imported_upload_is_a_training_image_by_its_asset_id(client: httpx.Client) -> None:
    upload = start(client)
    send_parts(upload, PNG)
    complete(client, upload["id"])
    while (current := read(client, upload["id"]))["status"] != "imported":
        assert current["status"] in ("validating", "validated")
    model_id = client.post("/models", json={"type": "flux.2-dev-lora"}).json()["model"]["id"]

    added = client.post(f"/models/{model_id}/training-images", json={"assetId": current["entityId"]})

    assert added.status_code == 200
    assert (added.json()["trainingImage"]["id"], added.json()["trainingImage"]["name"]) == (
        current["entityId"],
        "big.png",
    )


def test_the_parts_are_on_another_origin_that_refuses_the_api_s_credentials(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    upload = start(client, parts=1)
    url = upload["parts"][0]["url"]
    api = urlsplit(scenario_mock.base_url)

    with loopback_client(scenario_mock, base_url="") as credentialed:
        refused = credentialed.put(url, content=PNG)

    assert (urlsplit(url).scheme, urlsplit(url).hostname) == (api.scheme, api.hostname)
    assert urlsplit(url).port != api.port
    assert (refused.status_code, valid_error(refused)) == (
        400,
        "Only one auth mechanism allowed: the URL is presigned, and an Authorization header came",
    )
    [recorded] = [request for request in scenario_mock.requests if request.path.startswith("/parts/")]
    assert recorded.headers["authorization"] == "Basic [redacted]"
    assert (complete(client, upload["id"]).status_code, read(client, upload["id"])["status"]) == (400, "pending")


def test_a_part_with_a_wrong_signature_or_of_no_upload_is_refused(client: httpx.Client) -> None:
    upload = start(client, parts=1)
    url = upload["parts"][0]["url"]
    origin = url[: url.index("/parts/")]

    with httpx.Client(timeout=5.0) as storage:
        forged = storage.put(url.replace("X-Amz-Signature=", "X-Amz-Signature=0"), content=PNG)
        other_part = storage.put(url.replace(f"/{upload['id']}/1?", f"/{upload['id']}/2?"), content=PNG)
        nowhere = storage.put(f"{origin}/parts/upload_none/1", content=PNG)
        read_back = storage.get(url)

    assert [forged.status_code, other_part.status_code, nowhere.status_code] == [403, 403, 404]
    assert (read_back.status_code, read_back.headers["allow"]) == (405, "PUT")


def test_a_part_is_sent_again_freely_and_the_last_bytes_count(client: httpx.Client) -> None:
    upload = start(client, parts=1)
    url = upload["parts"][0]["url"]

    with httpx.Client(timeout=5.0) as storage:
        assert storage.put(url, content=b"not the image").status_code == 200
        assert storage.put(url, content=PNG).status_code == 200

    assert complete(client, upload["id"]).status_code == 200


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (lambda content: [], "Parts not uploaded: 1, 2"),
        (lambda content: [content[:10]], "Parts not uploaded: 2"),
        (lambda content: [content, content], f"The parts hold {2 * len(PNG)} bytes; fileSize says {len(PNG)}"),
    ],
    ids=["none", "one of two", "too many bytes"],
)
def test_an_upload_completes_only_with_every_part_and_every_byte(
    client: httpx.Client, parts: Any, message: str
) -> None:
    upload = start(client, parts=2)
    with httpx.Client(timeout=5.0) as storage:
        for part, content in zip(upload["parts"], parts(PNG), strict=False):
            storage.put(part["url"], content=content)

    refused = complete(client, upload["id"])

    assert (refused.status_code, valid_error(refused)) == (400, message)
    assert read(client, upload["id"])["status"] == "pending"


def test_a_completed_upload_takes_no_more_parts_and_completes_once(client: httpx.Client) -> None:
    upload = start(client, parts=1)
    send_parts(upload, PNG)
    complete(client, upload["id"])

    again = complete(client, upload["id"])
    [late] = send_parts(upload, PNG)

    assert (again.status_code, valid_error(again)) == (400, f"Upload {upload['id']} is validating, not pending")
    assert (late.status_code, valid_error(late)) == (
        400,
        f"Upload {upload['id']} is validating: it takes no more parts",
    )


def test_a_file_that_is_no_image_fails_with_its_reason(client: httpx.Client) -> None:
    text = b"plain text, not an image" * 10
    upload = start(client, content=text, parts=1)
    send_parts(upload, text)
    complete(client, upload["id"])

    read(client, upload["id"])
    failed = read(client, upload["id"])

    assert (failed["status"], failed.get("entityId")) == ("failed", None)
    assert failed["errorMessage"] == "The file is not a PNG, JPEG, GIF, WebP, AVIF, HEIC, TIFF or SVG image"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"fileSize": None}, "A multipart upload needs fileSize"),
        ({"parts": 0}, "Invalid body: $.parts: a whole number from 1 to 10000"),
        ({"parts": 1.5}, "Invalid body: $.parts: a whole number from 1 to 10000"),
        ({"fileSize": 0}, "Invalid body: $.fileSize: a whole number of bytes, at least 1"),
        ({"kind": "model"}, "The mock simulates uploads of images only, not of kind 'model'"),
        ({"url": "https://example.com/a.png"}, "The mock does not simulate imports from a URL: only multipart uploads"),
    ],
)
def test_an_upload_the_mock_cannot_make_is_refused(client: httpx.Client, fields: dict[str, Any], message: str) -> None:
    body = {"fileName": "a.png", "contentType": "image/png", "fileSize": 10, "parts": 1, "kind": "image", **fields}

    refused = client.post("/uploads", json={key: value for key, value in body.items() if value is not None})

    assert (refused.status_code, valid_error(refused)) == (400, message)


def test_a_dry_run_of_an_upload_answers_269_with_its_cost(client: httpx.Client) -> None:
    body = {"fileName": "a.png", "contentType": "image/png", "fileSize": 10, "parts": 1, "kind": "image"}

    estimate = client.post("/uploads", params={"dryRun": "true"}, json=body)

    assert estimate.status_code == 269
    assert valid_answer(estimate, UPLOAD) == {"creativeUnitsCost": 0, "creativeUnitsDiscount": 0}


def test_an_unknown_upload_is_404(client: httpx.Client) -> None:
    for answer in (client.get("/uploads/upload_none"), complete(client, "upload_none")):
        assert (answer.status_code, valid_error(answer)) == (404, "Upload upload_none not found")


def test_an_image_under_6_mb_is_an_asset_and_its_description_is_set(client: httpx.Client) -> None:
    created = client.post(
        "/assets", json={"name": "cat.png", "image": f"data:image/png;base64,{base64.b64encode(PNG).decode()}"}
    )
    asset = valid_answer(created, ASSET)["asset"]

    described = client.put(f"/assets/{asset['id']}", json={"description": "a cat"})

    assert (asset["mimeType"], asset["properties"]["size"], asset["status"]) == ("image/png", len(PNG), "success")
    assert "job" not in created.json()
    assert valid_answer(described, ("put", "/assets/{assetId}"))["asset"]["description"] == "a cat"
    missing = client.put("/assets/asset_none", json={"description": "x"})
    assert (missing.status_code, valid_error(missing)) == (404, "Asset asset_none not found")


def test_an_image_of_6_mb_or_more_goes_through_uploads(client: httpx.Client) -> None:
    large = PNG + b"\x00" * (6_000_000 - len(PNG))
    small = large[:-1]

    refused = client.post("/assets", json={"name": "big.png", "image": base64.b64encode(large).decode()})
    taken = client.post("/assets", json={"name": "big.png", "image": base64.b64encode(small).decode()})

    assert (refused.status_code, valid_error(refused)) == (
        413,
        "An image of 6000000 bytes or more goes through /uploads",
    )
    assert taken.status_code == 200


def test_a_body_that_carries_no_image_keeps_the_one_mib_limit(client: httpx.Client) -> None:
    refused = client.post(
        "/models", content=b"{" + b" " * (1024 * 1024) + b"}", headers={"Content-Type": "application/json"}
    )

    assert refused.status_code == 413

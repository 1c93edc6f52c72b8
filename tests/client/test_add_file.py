"""`client.models.training_images.add_file`: an image file read once and sent as a body written beforehand,
within about its encoded size of memory, intact on a retry, never added twice when its answer is lost; a large
one through `/uploads`. Every test runs with `Scenario` and with `AsyncScenario`, against the embedded mock.
"""

from __future__ import annotations

import base64
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from scenario_train import Scenario
from scenario_train._images import ASSETS_LIMIT
from scenario_train.testing import MockScenarioAPI, RecordedRequest
from tests.support.cli import REPO, api_env
from tests.support.client import Api, MakeApi
from tests.support.images import noise, png, sparse, write
from tests.support.mock import loopback_client

pytestmark = pytest.mark.usefixtures("no_retry_waits")


@pytest.fixture
def mock() -> Iterator[MockScenarioAPI]:
    with MockScenarioAPI() as api:
        yield api


@pytest.fixture
def model_id(mock: MockScenarioAPI) -> str:
    with loopback_client(mock) as http:
        created: str = http.post("/models", json={"type": "flux.1-lora"}).json()["model"]["id"]
    return created


@pytest.fixture
def on_mock(make_api: MakeApi, mock: MockScenarioAPI) -> Api:
    return make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret)


@pytest.fixture
def image(tmp_path: Path) -> Path:
    return write(tmp_path / "cat.png", png(noise(300_000)))


def add_file(api: Api, model_id: str, path: Path, **options: Any) -> Any:
    return api.run(api.client.models.training_images.add_file(model_id, path, **options))


def additions(mock: MockScenarioAPI, model_id: str) -> list[RecordedRequest]:
    return [request for request in mock.requests if request.path == f"/v1/models/{model_id}/training-images"]


def image_sent(request: RecordedRequest) -> bytes:
    head, encoded = request.body["data"].split(",", 1)
    assert head == "data:image/png;base64"
    return base64.b64decode(encoded, validate=True)


def names(mock: MockScenarioAPI, model_id: str) -> list[str]:
    return [image["name"] for image in mock.model(model_id)["trainingImages"]]


def test_a_file_is_sent_as_a_data_url_with_its_name(
    on_mock: Api, mock: MockScenarioAPI, model_id: str, image: Path
) -> None:
    added = add_file(on_mock, model_id, image, preset="subject")

    assert added.training_image.name == "cat.png"
    (request,) = additions(mock, model_id)
    assert {key: value for key, value in request.body.items() if key != "data"} == {
        "name": "cat.png",
        "preset": "subject",
    }
    assert image_sent(request) == image.read_bytes()
    assert names(mock, model_id) == ["cat.png"]


def test_a_name_given_is_the_image_s(on_mock: Api, mock: MockScenarioAPI, model_id: str, image: Path) -> None:
    added = add_file(on_mock, model_id, image, name="dog.png")

    assert added.training_image.name == "dog.png"
    assert names(mock, model_id) == ["dog.png"]


def test_a_retry_sends_the_same_bytes_again(on_mock: Api, mock: MockScenarioAPI, model_id: str, image: Path) -> None:
    mock.fail_next(status=503, method="POST", path="*/training-images")

    add_file(on_mock, model_id, image)

    first, second = additions(mock, model_id)
    assert (first.status, second.status) == (503, 200)
    assert image_sent(first) == image_sent(second) == image.read_bytes()
    assert names(mock, model_id) == ["cat.png"]


def test_a_retry_through_a_caller_s_http_client_sends_the_same_bytes_again(
    mock: MockScenarioAPI, model_id: str, image: Path
) -> None:
    """The request is built by the caller's client (its headers merged in), the body set on it; sync only, as the
    async client builds it the same way (`_sender`)."""
    mock.fail_next(status=503, method="POST", path="*/training-images")
    with (
        httpx.Client(headers={"X-Team": "team-1"}) as http,
        Scenario(base_url=mock.base_url, http_client=http, api_key=mock.api_key, api_secret=mock.api_secret) as client,
    ):
        client.models.training_images.add_file(model_id, image)

    first, second = additions(mock, model_id)
    assert image_sent(first) == image_sent(second) == image.read_bytes()
    assert second.headers.get("x-team") == "team-1"
    assert names(mock, model_id) == ["cat.png"]


def test_a_lost_answer_does_not_add_the_image_twice(
    on_mock: Api, mock: MockScenarioAPI, model_id: str, image: Path
) -> None:
    mock.lose_next(method="POST", path="*/training-images")

    added = add_file(on_mock, model_id, image)

    assert added.training_image.name == "cat.png"
    assert len(additions(mock, model_id)) == 1
    assert [image["id"] for image in mock.model(model_id)["trainingImages"]] == [added.training_image.id]


def test_a_large_file_goes_through_uploads_without_credentials_to_the_part_server(
    on_mock: Api, mock: MockScenarioAPI, model_id: str, tmp_path: Path
) -> None:
    large = sparse(tmp_path / "large.png", png(), ASSETS_LIMIT)

    added = add_file(on_mock, model_id, large, preset="style")

    parts = [request for request in mock.requests if request.path.startswith("/parts/")]
    assert parts and all(request.api_key is None and request.status == 200 for request in parts)
    (request,) = additions(mock, model_id)
    assert request.body == {"assetId": added.training_image.id, "preset": "style"}
    assert names(mock, model_id) == ["large.png"]


def test_the_debug_log_leaves_out_the_image(
    on_mock: Api, model_id: str, image: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="scenario_train"):
        add_file(on_mock, model_id, image)

    (line,) = [record.getMessage() for record in caplog.records if "training-images" in record.getMessage()][:1]
    assert "bytes written beforehand, not logged" in line
    assert len(line) < 2000


def test_memory_stays_near_the_image_s_size(kind: str, mock: MockScenarioAPI, model_id: str, tmp_path: Path) -> None:
    size = 4_000_000
    big = write(tmp_path / "big.png", png(noise(size)))
    command = [sys.executable, "-m", "tests.client.add_file_child", kind, model_id, str(big)]

    ran = subprocess.run(command, env=api_env(mock), cwd=REPO, capture_output=True, text=True, timeout=300, check=False)

    assert ran.returncode == 0, ran.stderr
    peak = int(ran.stdout)
    # The body holds the base64, 4/3 of the image; holding it twice (as a string, then as JSON) would be 8/3.
    assert peak < size * 1.4 + 2**20
    assert image_sent(additions(mock, model_id)[-1]) == big.read_bytes()

"""A model's training images and pairs over HTTP: added, replaced, removed; and what a training then needs."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.mock import valid_answer, valid_error

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 24
ADD = ("post", "/models/{modelId}/training-images")
REPLACE = ("put", "/models/{modelId}/training-images/{trainingImageId}")
PAIRS = ("put", "/models/{modelId}/training-images/pairs")


def data_url(content: bytes = PNG, mime_type: str = "image/png") -> str:
    return f"data:{mime_type};base64,{base64.b64encode(content).decode()}"


def new_model(client: httpx.Client, model_type: str = "flux.2-dev-lora") -> str:
    model_id: str = client.post("/models", json={"type": model_type}).json()["model"]["id"]
    return model_id


def asset(client: httpx.Client, name: str = "cat.png", content: bytes = PNG) -> str:
    response = client.post("/assets", json={"name": name, "image": base64.b64encode(content).decode()})
    assert response.status_code == 200, response.text
    asset_id: str = response.json()["asset"]["id"]
    return asset_id


def add(client: httpx.Client, model_id: str, **body: Any) -> dict[str, Any]:
    response = client.post(f"/models/{model_id}/training-images", json=body)
    assert response.status_code == 200, response.text
    image: dict[str, Any] = valid_answer(response, ADD)["trainingImage"]
    return image


def model(client: httpx.Client, model_id: str) -> dict[str, Any]:
    document: dict[str, Any] = client.get(f"/models/{model_id}").json()["model"]
    return document


def test_an_image_sent_as_data_becomes_a_training_image_and_an_asset(client: httpx.Client) -> None:
    model_id = new_model(client)

    image = add(client, model_id, data=data_url(), name="cat.png")

    assert image["id"].startswith("asset_") and image["name"] == "cat.png"
    after = model(client, model_id)
    assert after["trainingImagesNumber"] == 1
    assert [(each["id"], each["name"]) for each in after["trainingImages"]] == [(image["id"], "cat.png")]
    assert client.put(f"/assets/{image['id']}", json={"description": "a cat"}).status_code == 200


def test_assets_are_added_one_by_one_or_ten_at_once(client: httpx.Client) -> None:
    model_id = new_model(client)
    assets = [asset(client, f"{index}.png") for index in range(11)]

    first = add(client, model_id, assetId=assets[0])
    batch = add(client, model_id, assetIds=assets[1:])

    assert (first["id"], batch["id"]) == (assets[0], assets[1])
    after = model(client, model_id)
    assert after["trainingImagesNumber"] == 11
    assert [image["id"] for image in after["trainingImages"]] == assets


def test_more_than_ten_asset_ids_are_refused_and_add_none(client: httpx.Client) -> None:
    model_id = new_model(client)
    assets = [asset(client, f"{index}.png") for index in range(11)]

    refused = client.post(f"/models/{model_id}/training-images", json={"assetIds": assets})

    assert (refused.status_code, valid_error(refused)) == (400, "Too many assetIds provided in a single request")
    assert model(client, model_id)["trainingImagesNumber"] == 0


def test_an_asset_already_attached_is_refused_alone_or_in_a_batch(client: httpx.Client) -> None:
    model_id = new_model(client)
    attached, other = asset(client), asset(client)
    add(client, model_id, assetId=attached)

    again = client.post(f"/models/{model_id}/training-images", json={"assetId": attached})
    in_batch = client.post(f"/models/{model_id}/training-images", json={"assetIds": [other, attached]})
    twice = client.post(f"/models/{model_id}/training-images", json={"assetIds": [other, other]})

    message = "The provided assetId is already a training image of this model"
    assert [(answer.status_code, valid_error(answer)) for answer in (again, in_batch, twice)] == [(400, message)] * 3
    assert model(client, model_id)["trainingImagesNumber"] == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({}, "One of data, assetId or assetIds is required"),
        ({"name": "cat.png"}, "One of data, assetId or assetIds is required"),
        ({"assetIds": []}, "Invalid body: $.assetIds: at least one asset id"),
        ({"assetIds": ["asset_a"], "name": "x"}, "assetIds cannot be used with assetId, data or name"),
        ({"assetId": "asset_unknown"}, "Asset asset_unknown not found"),
        ({"data": "data:image/png;base64,%%%"}, "Invalid body: $.data: not an image in base64 or a base64 data URL"),
        (
            {"data": data_url(b"just some text", "image/png")},
            "Invalid body: $.data: not a PNG, JPEG, GIF, WebP, AVIF, HEIC, TIFF or SVG image",
        ),
        ({"preset": "sharp", "data": data_url()}, "Invalid body: $.preset: not one of the values the spec lists"),
    ],
)
def test_an_image_the_mock_cannot_add_is_refused(client: httpx.Client, body: dict[str, Any], message: str) -> None:
    model_id = new_model(client)

    refused = client.post(f"/models/{model_id}/training-images", json=body)

    assert (refused.status_code, valid_error(refused)) == (400, message)
    assert model(client, model_id)["trainingImagesNumber"] == 0


def test_a_training_image_is_replaced_in_its_place_and_removed(client: httpx.Client) -> None:
    model_id = new_model(client)
    first, second, third = (add(client, model_id, data=data_url(), name=f"{index}.png")["id"] for index in range(3))

    replaced = client.put(
        f"/models/{model_id}/training-images/{second}", json={"data": data_url(JPEG), "name": "j.jpg"}
    )
    new_id = valid_answer(replaced, REPLACE)["trainingImage"]["id"]
    removed = client.delete(f"/models/{model_id}/training-images/{first}")

    assert removed.status_code == 200
    after = model(client, model_id)
    assert [(image["id"], image["name"]) for image in after["trainingImages"]] == [(new_id, "j.jpg"), (third, "2.png")]
    assert after["trainingImagesNumber"] == 2


def test_an_image_that_is_not_a_training_image_of_the_model_is_404(client: httpx.Client) -> None:
    model_id = new_model(client)
    stranger = asset(client)

    for answer in (
        client.put(f"/models/{model_id}/training-images/{stranger}", json={"data": data_url()}),
        client.delete(f"/models/{model_id}/training-images/{stranger}"),
    ):
        assert (answer.status_code, valid_error(answer)) == (404, f"Training image {stranger} not found")


def test_the_pairs_route_wins_over_the_training_image_route(client: httpx.Client) -> None:
    model_id = new_model(client, "flux.2-dev-edit-lora")
    before, after = (add(client, model_id, data=data_url(), name=name)["id"] for name in ("before.png", "after.png"))

    answer = client.put(
        f"/models/{model_id}/training-images/pairs",
        json=[{"sourceId": before, "targetId": after, "instruction": "make it night"}],
    )

    assert valid_answer(answer, PAIRS) == {
        "count": 1,
        "pairs": [{"instruction": "make it night", "sourceId": before, "targetId": after}],
    }
    assert model(client, model_id)["trainingImagePairs"] == answer.json()["pairs"]
    assert model(client, model_id)["trainingImagesNumber"] == 2


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"sourceId": "a"}, "Invalid body: $: expected array, got object"),
        ([{"sourceId": 1}], "Invalid body: $[0].sourceId: expected string, got number"),
        ([{"sourceId": "asset_x"}], "Invalid body: $[0]: a pair needs its sourceId and its targetId"),
        (
            [{"sourceId": "asset_x", "targetId": "asset_y"}],
            "Invalid body: $[0].sourceId: 'asset_x' is not a training image of this model",
        ),
    ],
)
def test_pairs_must_be_an_array_naming_training_images_of_the_model(
    client: httpx.Client, body: Any, message: str
) -> None:
    model_id = new_model(client, "flux.2-dev-edit-lora")

    refused = client.put(f"/models/{model_id}/training-images/pairs", json=body)

    assert (refused.status_code, valid_error(refused)) == (400, message)


def test_a_removed_image_takes_its_pairs_with_it(client: httpx.Client) -> None:
    model_id = new_model(client, "flux.2-dev-edit-lora")
    images = [add(client, model_id, data=data_url(), name=f"{index}.png")["id"] for index in range(3)]
    pairs = [{"sourceId": images[0], "targetId": images[1]}, {"sourceId": images[1], "targetId": images[2]}]
    client.put(f"/models/{model_id}/training-images/pairs", json=pairs)

    client.delete(f"/models/{model_id}/training-images/{images[0]}")

    assert [pair["sourceId"] for pair in model(client, model_id)["trainingImagePairs"]] == [images[1]]


def test_a_caption_is_the_description_of_the_image_s_asset(client: httpx.Client) -> None:
    model_id = new_model(client)
    image_id = add(client, model_id, data=data_url(), name="cat.png")["id"]

    client.put(f"/assets/{image_id}", json={"description": "a tabby cat, sitting"})

    [image] = model(client, model_id)["trainingImages"]
    assert image["description"] == "a tabby cat, sitting"


def test_a_created_model_trains_once_it_has_images_and_a_type(client: httpx.Client) -> None:
    untyped = client.post("/models", json={}).json()["model"]["id"]
    add(client, untyped, data=data_url())

    refused = client.put(f"/models/{untyped}/train", json={})
    client.put(f"/models/{untyped}", json={"type": "flux.2-dev-lora"})
    started = client.put(f"/models/{untyped}/train", json={})

    assert (refused.status_code, valid_error(refused)) == (400, "Model has no type: set one with PUT /models/{modelId}")
    assert started.status_code == 200
    assert started.json()["model"]["trainingImagesNumber"] == 1


def test_an_edit_model_trains_once_it_has_two_pairs(client: httpx.Client) -> None:
    model_id = new_model(client, "qwen-image-edit-lora")
    images = [add(client, model_id, data=data_url(), name=f"{index}.png")["id"] for index in range(4)]
    client.put(f"/models/{model_id}/training-images/pairs", json=[{"sourceId": images[0], "targetId": images[1]}])

    refused = client.put(f"/models/{model_id}/train", json={})
    pairs = [{"sourceId": images[0], "targetId": images[1]}, {"sourceId": images[2], "targetId": images[3]}]
    client.put(f"/models/{model_id}/training-images/pairs", json=pairs)
    started = client.put(f"/models/{model_id}/train", json={})

    assert (refused.status_code, valid_error(refused)) == (400, "Model needs at least 2 training image pairs")
    assert started.status_code == 200


def test_a_model_first_met_by_its_id_still_has_three_images_and_a_pair(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    read = model(client, "legacy")

    assert read["trainingImagesNumber"] == 3 and read["type"] == "flux.1-lora"
    assert len(read["trainingImagePairs"]) == 1
    added = add(client, "legacy", data=data_url())
    assert model(client, "legacy")["trainingImagesNumber"] == 4
    assert scenario_mock.model("legacy")["trainingImages"][-1]["id"] == added["id"]

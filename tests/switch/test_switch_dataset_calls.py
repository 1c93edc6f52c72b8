"""The calls before a training (models, training images, assets, uploads, jobs) give the same values with either SDK.

Each test is a snippet of vendor code run with `scenario_sdk` 2.4.0 and with `scenario_train`; see
`switch_support`. Each call goes through `with_raw_response`, so a snippet also checks that the parsed
answer gives back exactly the JSON the server sent (`to_dict()`), with either SDK.
"""

from __future__ import annotations

import base64
import inspect
from typing import Any

import httpx
import pytest
import scenario_sdk

import scenario_train
from scenario_train.testing import MockScenarioAPI
from scenario_train_api.api import OPERATIONS
from tests.support.images import png
from tests.support.switch import SDK, Sent, aconnect, at, by_sdk, calls, connect, wire

IMAGE = "data:image/png;base64," + base64.b64encode(png()).decode()

PAGE_DIFFERENCES = ("has_next_page", "get_next_page")
"""What the vendor's `models.list` cursor has and our lazy listing does not; the README says so."""


def read_whole(raw: Any) -> Any:
    """The parsed answer of a `with_raw_response` call, checked to give back the server's JSON exactly."""
    parsed = raw.parse()
    assert parsed.to_dict() == raw.json()
    return parsed


def _resource_method(client: object, sdk_method: str) -> Any:
    found: Any = client
    for name in sdk_method.split("."):
        found = getattr(found, name)
    return found


@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_every_call_of_the_table_takes_the_vendors_arguments_by_the_vendors_names(operation: str) -> None:
    sdk_method = OPERATIONS[operation].sdk_method
    vendor = scenario_sdk.Scenario(api_key="k", api_secret="s", base_url="http://127.0.0.1:9")
    ours = scenario_train.Scenario(api_key="k", api_secret="s", base_url="http://127.0.0.1:9")

    def arguments(client: object) -> dict[str, str]:
        signature = inspect.signature(_resource_method(client, sdk_method))
        return {name: parameter.kind.name for name, parameter in signature.parameters.items()}

    assert arguments(ours) == arguments(vendor)


def test_create_retrieve_update_and_delete_a_model(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)

    created = read_whole(
        client.models.with_raw_response.create(
            name="Dogs", type="flux.1-lora", short_description="my dog", project_id="project-1"
        )
    )
    model_id = created.model.id
    # A field named as a Python builtin is read with a trailing `_` from ours (the generator's name), not yet
    # as the vendor's `type`: the README lists the fields (`type_`, `class_`, `format_`, `input_`, `max_`, `min_`).
    model_type = getattr(created.model, by_sdk(sdk, vendor="type", ours="type_"))
    assert (created.model.name, model_type, created.model.status) == ("Dogs", "flux.1-lora", "new")
    assert hasattr(created.model, "type") is by_sdk(sdk, vendor=True, ours=False)
    assert created.model.short_description == "my dog"
    assert created.model.training_images_number == 0

    retrieved = read_whole(client.models.with_raw_response.retrieve(model_id, project_id="project-1"))
    assert (retrieved.model.id, retrieved.model.name) == (model_id, "Dogs")

    updated = read_whole(client.models.with_raw_response.update(model_id, name="Cats", type="flux.1-lora"))
    assert (updated.model.id, updated.model.name, updated.model.short_description) == (model_id, "Cats", "my dog")

    deleted = client.models.with_raw_response.delete(model_id, project_id="project-1")
    assert deleted.status_code == 200
    assert deleted.parse() == deleted.json()  # no schema: the vendor reads any JSON as it is, and so do we
    with pytest.raises(sdk.NotFoundError):
        client.models.retrieve(model_id)

    assert wire(mock) == [
        Sent(
            "POST",
            "/v1/models",
            {"projectId": "project-1"},
            {"name": "Dogs", "type": "flux.1-lora", "shortDescription": "my dog"},
            200,
        ),
        Sent("GET", f"/v1/models/{model_id}", {"projectId": "project-1"}, None, 200),
        Sent("PUT", f"/v1/models/{model_id}", {}, {"name": "Cats", "type": "flux.1-lora"}, 200),
        Sent("DELETE", f"/v1/models/{model_id}", {"projectId": "project-1"}, None, 200),
        Sent("GET", f"/v1/models/{model_id}", {}, None, 404),
    ]


def test_list_walks_every_page_by_its_token(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)
    made = [client.models.create(name=f"m{number}", type="flux.1-lora").model.id for number in range(3)]

    listing = client.models.list(page_size=2, status="new", sort_direction="asc")
    seen = [model.id for model in listing]

    assert sorted(seen) == sorted(made)
    sent = [sent.query for sent in wire(mock, since=3)]
    token = sent[-1].get("paginationToken")
    assert token
    assert sent == [
        {"pageSize": "2", "status": "new", "sortDirection": "asc"},
        {"pageSize": "2", "status": "new", "sortDirection": "asc", "paginationToken": token},
    ]
    # The vendor's cursor is also its first page; ours is a lazy listing (README, "What differs").
    for name in PAGE_DIFFERENCES:
        assert callable(getattr(listing, name, None)) is by_sdk(sdk, vendor=True, ours=False), name


def test_training_images_are_added_from_a_data_url_or_assets_replaced_and_deleted(
    sdk: SDK, mock: MockScenarioAPI
) -> None:
    client = connect(sdk, mock)
    model_id = client.models.create(name="Dogs", type="flux.1-lora").model.id

    added = read_whole(
        client.models.training_images.with_raw_response.add(model_id, data=IMAGE, name="dog.png", preset="subject")
    )
    image_id = added.training_image.id
    assert added.training_image.name == "dog.png"

    assets = [read_whole(client.assets.with_raw_response.upload(name=f"a{n}.png", image=IMAGE)) for n in range(3)]
    asset_ids = [asset.asset.id for asset in assets]
    assert [asset.asset.kind for asset in assets] == ["image"] * 3
    captioned = read_whole(client.assets.with_raw_response.update(asset_ids[0], description="a dog on grass"))
    assert (captioned.asset.id, captioned.asset.description) == (asset_ids[0], "a dog on grass")

    by_id = read_whole(client.models.training_images.with_raw_response.add(model_id, asset_id=asset_ids[0]))
    assert (by_id.training_image.id, by_id.training_image.description) == (asset_ids[0], "a dog on grass")
    by_ids = client.models.training_images.with_raw_response.add(model_id, asset_ids=asset_ids[1:])
    assert by_ids.status_code == 200
    assert read_whole(by_ids).training_image.id in asset_ids[1:]
    assert client.models.retrieve(model_id).model.training_images_number == 4

    replaced = read_whole(
        client.models.training_images.with_raw_response.replace(
            image_id, model_id=model_id, data=IMAGE, name="dog-2.png"
        )
    )
    assert replaced.training_image.name == "dog-2.png"
    new_id = replaced.training_image.id
    deleted = client.models.training_images.with_raw_response.delete(new_id, model_id=model_id)
    assert deleted.status_code == 200
    assert deleted.parse() == deleted.json()
    assert client.models.retrieve(model_id).model.training_images_number == 3

    bodies = [sent.body for sent in wire(mock) if sent.path.endswith("/training-images") or "/assets" in sent.path]
    assert bodies == [
        {"data": IMAGE, "name": "dog.png", "preset": "subject"},
        *[{"name": f"a{n}.png", "image": IMAGE} for n in range(3)],
        {"description": "a dog on grass"},
        {"assetId": asset_ids[0]},
        {"assetIds": asset_ids[1:]},
    ]
    assert [f"{sent.method} {sent.path}" for sent in wire(mock) if "/training-images/" in sent.path] == [
        f"PUT /v1/models/{model_id}/training-images/{image_id}",
        f"DELETE /v1/models/{model_id}/training-images/{new_id}",
    ]


def test_replace_pairs_sends_the_pairs_as_a_top_level_array(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)
    model_id = client.models.create(name="Edits", type="flux.2-dev-edit-lora").model.id
    before, after = (client.models.training_images.add(model_id, data=IMAGE).training_image.id for _ in range(2))

    answer = read_whole(
        client.models.training_images.with_raw_response.replace_pairs(
            model_id,
            body=[{"source_id": before, "target_id": after, "instruction": "make it night"}],  # the vendor's TypedDict
            project_id="project-1",
        )
    )

    pairs = [{"sourceId": before, "targetId": after, "instruction": "make it night"}]
    assert (answer.count, at(answer.to_dict(), "pairs")) == (1, pairs)
    assert (answer.pairs[0].source_id, answer.pairs[0].target_id) == (before, after)
    assert wire(mock)[-1] == Sent(
        "PUT", f"/v1/models/{model_id}/training-images/pairs", {"projectId": "project-1"}, pairs, 200
    )
    by_json_names = client.models.training_images.replace_pairs(
        model_id,
        body=[{"sourceId": after, "targetId": before}],  # type: ignore[typeddict-unknown-key]  # the JSON names
    )
    assert (by_json_names.pairs[0].source_id, wire(mock)[-1].body) == (after, [{"sourceId": after, "targetId": before}])
    with pytest.raises(sdk.BadRequestError):
        client.models.training_images.replace_pairs(model_id, body=[{"source_id": "nope", "target_id": after}])


def test_an_upload_is_created_read_and_completed(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)
    content = png(b"x" * 100)

    created = read_whole(
        client.uploads.with_raw_response.create(
            file_name="dog.png", file_size=len(content), content_type="image/png", kind="image", parts=1
        )
    )
    upload_id = created.upload.id
    assert created.upload.status == "pending"
    parts = created.upload.parts or []
    assert len(parts) == 1
    # The part PUT is no call of either SDK: a user sends it with any HTTP client.
    assert httpx.put(parts[0].url, content=content).status_code == 200

    retrieved = read_whole(client.uploads.with_raw_response.retrieve(upload_id))
    assert retrieved.upload.id == upload_id
    completed = read_whole(client.uploads.with_raw_response.trigger_action(upload_id, action="complete"))
    assert completed.upload.id == upload_id
    assert completed.upload.status in ("validating", "imported")

    assert [sent.body for sent in wire(mock) if sent.path.startswith("/v1/uploads")] == [
        {"fileName": "dog.png", "fileSize": len(content), "contentType": "image/png", "kind": "image", "parts": 1},
        None,
        {"action": "complete"},
    ]


def test_a_training_job_is_read_by_its_id(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)
    job_id = client.models.train.trigger("model-1").job.job_id

    job = read_whole(client.jobs.with_raw_response.retrieve(job_id, project_id="project-1"))

    assert (job.job.job_id, job.job.status) == (job_id, "queued")
    assert wire(mock)[-1] == Sent("GET", f"/v1/jobs/{job_id}", {"projectId": "project-1"}, None, 200)
    with pytest.raises(sdk.NotFoundError):
        client.jobs.retrieve("no-such-job")


async def test_the_calls_before_a_training_give_the_same_values_with_async_scenario(
    sdk: SDK, mock: MockScenarioAPI
) -> None:
    async with aconnect(sdk, mock) as client:
        model_id = (await client.models.create(name="Edits", type="flux.2-dev-edit-lora")).model.id
        asset_id = (await client.assets.upload(name="a.png", image=IMAGE)).asset.id
        await client.assets.update(asset_id, description="before")
        before = (await client.models.training_images.add(model_id, asset_id=asset_id)).training_image
        after = (await client.models.training_images.add(model_id, data=IMAGE)).training_image
        raw = await client.models.training_images.with_raw_response.replace_pairs(
            model_id, body=[{"source_id": before.id, "target_id": after.id, "instruction": "night"}]
        )
        pairs = await raw.parse()
        listed = [model async for model in client.models.list(page_size=10)]
        upload = (
            await client.uploads.create(
                file_name="a.png", file_size=10, content_type="image/png", kind="image", parts=1
            )
        ).upload
        read = (await client.uploads.retrieve(upload.id)).upload
        job_id = (await client.models.train.trigger("model-1")).job.job_id
        job = (await client.jobs.retrieve(job_id)).job
        await client.models.delete(model_id)

    assert before.description == "before"
    assert pairs.to_dict() == await raw.json()
    assert (pairs.count, pairs.pairs[0].source_id, pairs.pairs[0].target_id) == (1, before.id, after.id)
    assert [model.id for model in listed] == [model_id]
    assert (read.id, read.status) == (upload.id, "pending")
    assert (job.job_id, job.status) == (job_id, "queued")
    assert calls(mock)[-1] == f"DELETE /v1/models/{model_id}"

"""The models as the mock keeps them over HTTP: created, updated, listed page by page, deleted; and their jobs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.mock import valid_answer, valid_error

CREATE = ("post", "/models")
LIST = ("get", "/models")
UPDATE = ("put", "/models/{modelId}")
READ = ("get", "/models/{modelId}")


def create(client: httpx.Client, **fields: Any) -> dict[str, Any]:
    response = client.post("/models", json=fields)
    assert response.status_code == 200, response.text
    model: dict[str, Any] = valid_answer(response, CREATE)["model"]
    return model


def listed(client: httpx.Client, **query: Any) -> dict[str, Any]:
    response = client.get("/models", params=query)
    assert response.status_code == 200, response.text
    page: dict[str, Any] = valid_answer(response, LIST)
    return page


def every_page(client: httpx.Client, **query: Any) -> list[list[str]]:
    """The ids of each page, following the tokens to the end."""
    pages = []
    token = None
    while True:
        page = listed(client, **query, **({} if token is None else {"paginationToken": token}))
        pages.append([model["id"] for model in page["models"]])
        token = page.get("nextPaginationToken")
        if not token:
            return pages
        assert len(pages) < 50, "the tokens never end"


def test_a_created_model_is_new_with_its_own_id_and_no_training_images(client: httpx.Client) -> None:
    model = create(client, name="Cats", type="flux.2-dev-lora", shortDescription="Cats, mostly")

    assert model["id"].startswith("model_")
    assert (model["status"], model["name"], model["type"], model["shortDescription"]) == (
        "new",
        "Cats",
        "flux.2-dev-lora",
        "Cats, mostly",
    )
    assert (model["trainingImagesNumber"], model["trainingImages"], model["trainingImagePairs"]) == (0, [], [])
    assert model["createdAt"].endswith("Z")
    assert create(client, type="flux.2-dev-lora")["id"] != model["id"]


def test_a_created_model_reads_as_created_and_refuses_to_train_without_images(client: httpx.Client) -> None:
    model = create(client, type="flux.2-dev-lora")

    read = valid_answer(client.get(f"/models/{model['id']}"), READ)["model"]
    refused = client.put(f"/models/{model['id']}/train", json={})

    assert (read["id"], read["status"], read["trainingImagesNumber"]) == (model["id"], "new", 0)
    assert (refused.status_code, valid_error(refused)) == (400, "Model has no training images")


def test_the_documented_lengths_of_a_name_and_a_description_are_held(client: httpx.Client) -> None:
    assert create(client, name="n" * 64, shortDescription="d" * 256)["name"] == "n" * 64

    too_long = client.post("/models", json={"name": "n" * 65})
    description = client.post("/models", json={"shortDescription": "d" * 257})

    assert (too_long.status_code, valid_error(too_long)) == (400, "Invalid body: $.name: at most 64 characters")
    assert description.status_code == 400


def test_an_update_sets_what_it_sends_and_a_null_unsets(client: httpx.Client) -> None:
    model_id = create(client, name="Before", type="flux.1-lora", classSlug="characters")["id"]

    renamed = client.put(
        f"/models/{model_id}", json={"name": "After", "thumbnail": "asset_t", "parameters": {"seed": 7}}
    )
    unset = client.put(f"/models/{model_id}", json={"thumbnail": None, "classSlug": None})

    after = valid_answer(renamed, UPDATE)["model"]
    assert (after["name"], after["thumbnail"]["assetId"], after["class"]["slug"]) == ("After", "asset_t", "characters")
    assert after["parameters"]["seed"] == 7
    cleared = valid_answer(unset, UPDATE)["model"]
    assert cleared["name"] == "After"
    assert cleared["thumbnail"]["assetId"] != "asset_t" and cleared["class"]["slug"] != "characters"


def test_a_null_is_refused_where_the_spec_does_not_allow_one(client: httpx.Client) -> None:
    model_id = create(client)["id"]

    refused = client.put(f"/models/{model_id}", json={"name": None})

    assert (refused.status_code, valid_error(refused)) == (400, "Invalid body: $.name: null is not allowed here")


def test_the_type_changes_only_while_the_model_is_new(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    scenario_mock.add_model("m1")
    assert client.put("/models/m1", json={"type": "flux.2-dev-lora"}).status_code == 200
    client.put("/models/m1/train", json={})

    refused = client.put("/models/m1", json={"type": "flux.1-lora"})

    assert (refused.status_code, valid_error(refused)) == (400, "The type can only be changed while the model is new")
    assert client.put("/models/m1", json={"type": "flux.2-dev-lora"}).status_code == 200


def test_an_epoch_is_set_only_on_a_trained_model(client: httpx.Client, scenario_mock: MockScenarioAPI) -> None:
    refused = client.put("/models/m1", json={"epoch": "000002"})
    client.put("/models/m1/train", json={})
    scenario_mock.finish("m1")

    chosen = client.put("/models/m1", json={"epoch": "000002"})

    assert (refused.status_code, valid_error(refused)) == (400, "The epoch can only be set on a trained model")
    assert valid_answer(chosen, UPDATE)["model"]["epoch"] == "000002"


def test_a_deleted_model_answers_404_and_is_listed_only_as_deleted(client: httpx.Client) -> None:
    model_id = create(client, name="Gone")["id"]
    kept_id = create(client, name="Kept")["id"]

    deleted = client.delete(f"/models/{model_id}")

    assert deleted.status_code == 200
    for method, path in [("GET", ""), ("PUT", ""), ("DELETE", ""), ("PUT", "/train"), ("POST", "/training-images")]:
        answer = client.request(method, f"/models/{model_id}{path}", json={})
        assert (answer.status_code, valid_error(answer)) == (404, f"Model {model_id} not found"), (method, path)
    assert [model["id"] for model in listed(client)["models"]] == [kept_id]
    [gone] = listed(client, status="deleted")["models"]
    assert gone["id"] == model_id and gone["deletedAt"].endswith("Z")


def test_the_list_pages_end_and_show_each_model_once(client: httpx.Client) -> None:
    created = [create(client, name=f"m{index}")["id"] for index in range(7)]

    pages = every_page(client, pageSize=3)

    assert [len(page) for page in pages] == [3, 3, 1]
    assert [model_id for page in pages for model_id in page] == created[::-1]
    assert every_page(client, pageSize=3, sortDirection="asc") == [created[:3], created[3:6], created[6:]]
    assert every_page(client) == [created[::-1]]


def test_a_model_created_between_two_pages_does_not_shift_the_next(client: httpx.Client) -> None:
    created = [create(client)["id"] for _ in range(4)]
    first = listed(client, pageSize=2, sortDirection="asc")

    newer = create(client)["id"]
    second = listed(client, pageSize=2, sortDirection="asc", paginationToken=first["nextPaginationToken"])

    assert [model["id"] for model in second["models"]] == created[2:]
    third = listed(client, pageSize=2, sortDirection="asc", paginationToken=second["nextPaginationToken"])
    assert [model["id"] for model in third["models"]] == [newer] and "nextPaginationToken" not in third


def test_created_after_finds_the_models_created_since_a_moment_by_name_and_type(client: httpx.Client) -> None:
    """How a client finds the model a lost create made: those created since the call began, with its name and type."""
    first = create(client, name="Dogs", type="flux.1-lora")
    later = create(client, name="Dogs", type="flux.1-lora")

    since = listed(client, sortBy="createdAt", createdAfter=first["createdAt"])["models"]
    before = listed(client, sortBy="createdAt", createdBefore=later["createdAt"])["models"]

    assert first["createdAt"] < later["createdAt"], "two models never show the same time"
    assert [(model["id"], model["name"], model["type"]) for model in since] == [(later["id"], "Dogs", "flux.1-lora")]
    assert [model["id"] for model in before] == [first["id"]]


def test_created_after_a_moment_to_come_lists_none(client: httpx.Client) -> None:
    create(client)
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()

    assert listed(client, createdAfter=future)["models"] == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"paginationToken": "not-a-token"}, "Invalid paginationToken"),
        ({"paginationToken": "mock1.bm90LWpzb24"}, "Invalid paginationToken"),
        ({"pageSize": 0}, "pageSize must be from 1 to 500"),
        ({"pageSize": 501}, "pageSize must be from 1 to 500"),
        ({"createdAfter": "yesterday"}, "createdAfter must be an ISO date"),
        ({"createdAfter": "2026-01-01T00:00:00"}, "createdAfter must be an ISO date with its time zone"),
        ({"createdAfter": "2026-01-01T00:00:00Z", "sortBy": "updatedAt"}, "createdAfter needs sortBy=createdAt"),
        ({"sortBy": "score"}, "sortBy=score needs privacy and status"),
        ({"sortBy": "relevance"}, "sortBy must be 'createdAt' or 'score' or 'updatedAt'"),
    ],
)
def test_a_list_the_mock_cannot_make_is_refused(client: httpx.Client, query: dict[str, Any], message: str) -> None:
    refused = client.get("/models", params=query)

    assert (refused.status_code, valid_error(refused)) == (400, message)


def test_the_list_filters_by_status_and_collection_and_lists_no_public_model(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    in_collection = create(client, collectionIds=["c1"])["id"]
    scenario_mock.add_model("training")
    client.put("/models/training/train", json={})

    assert [model["id"] for model in listed(client, status="training")["models"]] == ["training"]
    assert [model["id"] for model in listed(client, collectionId="c1")["models"]] == [in_collection]
    assert listed(client, privacy="public")["models"] == []
    assert len(listed(client, type="zimage-lora")["models"]) == 2, "a filter of public models only is ignored"


def test_a_listed_model_carries_its_first_three_training_images_and_a_read_all(
    client: httpx.Client, scenario_mock: MockScenarioAPI
) -> None:
    scenario_mock.add_model("m1", training_images=5)

    [model] = listed(client)["models"]
    read = client.get("/models/m1").json()["model"]

    assert (model["trainingImagesNumber"], len(model["trainingImages"])) == (5, 3)
    assert len(read["trainingImages"]) == 5


def test_a_job_is_read_by_its_id_and_follows_the_training(client: httpx.Client) -> None:
    job_id = client.put("/models/m1/train", json={}).json()["job"]["jobId"]

    statuses = []
    for _ in range(8):
        job = valid_answer(client.get(f"/jobs/{job_id}"), ("get", "/jobs/{jobId}"))["job"]
        statuses.append(job["status"])

    assert job["jobId"] == job_id
    assert statuses[0] in ("queued", "warming-up", "in-progress") and statuses[-1] == "success"
    assert client.get("/models/m1").json()["model"]["status"] == "trained"


def test_an_unknown_job_is_404(client: httpx.Client) -> None:
    missing = client.get("/jobs/job_unknown")

    assert (missing.status_code, valid_error(missing)) == (404, "Job job_unknown not found")

"""A model created or a training image added whose answer is lost: never a second model, never a second image.

The creation runs against the embedded mock (its faults on `POST /models`, the models it creates kept by
`CreatedModels`); the additions against a scripted server that holds a model's training images
(`TrainingImagesServer`); a request still on its way, against raw sockets (`wire`). Every test runs with
`Scenario` and with `AsyncScenario`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

from scenario_train import (
    AnswerLostError,
    APIConnectionError,
    BadRequestError,
    InternalServerError,
    OutcomeUnknownError,
)
from scenario_train._outcomes import CLOCK_SKEW, MAX_LISTED_PAGES
from scenario_train.testing import MockScenarioAPI, set_testing
from scenario_train_api.models import ModelResponse, TrainingImageResponse
from tests.support.client import Api, LoopbackServer, MakeApi, Received, Reply, assert_no_secret, deadline
from tests.support.outcomes import CreatedModels, TrainingImagesServer, iso, model_json
from tests.support.wire import Exchange, answer, stalled, wire

CATS = {"name": "cats", "type": "flux.1-lora"}
DATA = "data:image/png;base64,iVBORw0KGgo="


@pytest.fixture(autouse=True)
def _no_backoff() -> Iterator[None]:
    set_testing(True)
    yield
    set_testing(False)


@pytest.fixture
def mock() -> Iterator[MockScenarioAPI]:
    with MockScenarioAPI() as api:
        yield api


@pytest.fixture
def created(mock: MockScenarioAPI) -> CreatedModels:
    models = CreatedModels()
    models.install(mock)
    return models


@pytest.fixture
def on_mock(make_api: MakeApi, mock: MockScenarioAPI) -> Api:
    return make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret)


@pytest.fixture
def images(server: LoopbackServer) -> TrainingImagesServer:
    return TrainingImagesServer(server)


def models(api: Api) -> Any:
    """`client.models`, whose methods for the workflow's calls are made from the operations table."""
    return api.client.models


def create(api: Api, **fields: Any) -> Any:
    return api.run(models(api).create(body=fields))


def add(api: Api, model_id: str = "model-1", **fields: Any) -> Any:
    return api.run(models(api).training_images.add(model_id, body=fields))


def sent(mock: MockScenarioAPI, method: str) -> int:
    return sum(request.method == method for request in mock.requests)


# Creating a model ----------------------------------------------------------------------------------------------------


def test_a_creation_whose_answer_is_lost_answers_the_model_it_created(
    on_mock: Api, mock: MockScenarioAPI, created: CreatedModels
) -> None:
    mock.lose_next(method="POST", path="/v1/models")
    began = time.time()

    result = create(on_mock, **CATS)
    ended = time.time()

    assert isinstance(result, ModelResponse)
    assert [model["id"] for model in created.models] == [result.model.id]
    assert (result.model.name, result.model.type_) == ("cats", "flux.1-lora")
    assert sent(mock, "POST") == 1
    [listing] = created.listings
    assert (str(listing["sort_by"]), str(listing["sort_direction"])) == ("createdAt", "asc")
    assert iso(began - CLOCK_SKEW) <= listing["created_after"] <= iso(ended - CLOCK_SKEW)


def test_a_creation_lost_before_it_acted_is_not_sent_again_and_says_what_may_exist(
    on_mock: Api, mock: MockScenarioAPI, created: CreatedModels
) -> None:
    mock.drop_next(method="POST", path="/v1/models")

    with pytest.raises(OutcomeUnknownError) as caught:
        create(on_mock, **CATS)

    error = caught.value
    assert created.models == []
    assert (sent(mock, "POST"), sent(mock, "GET")) == (1, 2)  # a look, and a look once more
    assert error.may_exist == "a model named 'cats' of type 'flux.1-lora' may have been created"
    assert str(error).startswith("A model named 'cats' of type 'flux.1-lora' may have been created")
    assert "may still be on its way" in str(error)
    assert error.found == ()
    assert isinstance(error.error, APIConnectionError)
    assert error.__cause__ is error.error


def test_a_creation_answered_500_before_it_acted_is_sent_again_once_nothing_is_listed(
    on_mock: Api, mock: MockScenarioAPI, created: CreatedModels
) -> None:
    mock.fail_next(status=500, method="POST", path="/v1/models")

    result = create(on_mock, **CATS)

    assert [model["id"] for model in created.models] == [result.model.id]
    assert [request.method for request in mock.requests] == ["POST", "GET", "POST"]


@pytest.mark.parametrize("status", [502, 504, 522])
def test_a_creation_a_gateway_answered_is_not_sent_again(
    on_mock: Api, mock: MockScenarioAPI, created: CreatedModels, status: int
) -> None:
    mock.fail_next(status=status, method="POST", path="/v1/models")

    with pytest.raises(OutcomeUnknownError) as caught:
        create(on_mock, **CATS)

    assert sent(mock, "POST") == 1
    assert isinstance(caught.value.error, InternalServerError)
    assert caught.value.error.status_code == status


def test_two_models_of_that_name_and_type_created_meanwhile_are_carried_not_chosen(
    on_mock: Api, mock: MockScenarioAPI, created: CreatedModels
) -> None:
    created.create("", {}, None)  # someone else's, unnamed: not a match
    created.models[-1]["name"], created.models[-1]["type"] = "cats", "flux.1-lora"  # now it is one
    mock.lose_next(method="POST", path="/v1/models")

    with pytest.raises(OutcomeUnknownError) as caught:
        create(on_mock, **CATS)

    assert sorted(model.id for model in caught.value.found) == ["model-1", "model-2"]
    assert "2 such models were listed" in str(caught.value)
    assert sent(mock, "POST") == 1


@pytest.mark.parametrize("fault", ["lose", "fail"])
def test_a_creation_without_a_name_is_never_sent_again_on_an_unknown_outcome(
    on_mock: Api, mock: MockScenarioAPI, created: CreatedModels, fault: str
) -> None:
    if fault == "lose":
        mock.lose_next(method="POST", path="/v1/models")
    else:
        mock.fail_next(status=500, method="POST", path="/v1/models")

    with pytest.raises(OutcomeUnknownError) as caught:
        create(on_mock, type="flux.1-lora")

    assert [request.method for request in mock.requests] == ["POST"]  # nothing to look for
    assert caught.value.may_exist == "a model without a name of type 'flux.1-lora' may have been created"
    assert "cannot be told from the others" in str(caught.value)


def test_the_created_model_is_found_on_a_later_page(
    on_mock: Api, mock: MockScenarioAPI, created: CreatedModels
) -> None:
    created.page_size = 1
    for _ in range(3):
        created.create("", {}, None)  # others, created since the call's margin began
    mock.lose_next(method="POST", path="/v1/models")

    result = create(on_mock, **CATS)

    assert result.model.id == "model-4"
    assert [listing.get("pagination_token") for listing in created.listings] == [None, "1", "2", "3"]


@pytest.mark.parametrize(
    ("pages", "words"),
    [("same", "gave a page token it had given before"), ("endless", f"more than {MAX_LISTED_PAGES} pages")],
)
def test_a_listing_that_does_not_end_is_bounded_and_the_creation_not_sent_again(
    make_api: MakeApi, server: LoopbackServer, pages: str, words: str
) -> None:
    counter = iter(range(1_000))

    def reply(request: Received) -> Reply:
        if request.method == "POST":
            return Reply(drop=True)
        token = "same" if pages == "same" else f"t{next(counter)}"
        return Reply(json={"models": [], "nextPaginationToken": token})

    server.reply(reply)

    with deadline(30), pytest.raises(OutcomeUnknownError) as caught:
        create(make_api(server.url), **CATS)

    assert words in str(caught.value)
    assert len(server.sent("POST")) == 1
    per_look = 2 if pages == "same" else MAX_LISTED_PAGES
    assert len(server.sent("GET")) == 2 * per_look


def test_a_creation_still_on_its_way_at_the_first_look_is_found_by_the_look_once_more(make_api: MakeApi) -> None:
    ours = model_json("model-9", created_at=iso(time.time()))
    with wire(stalled(), answer(200, {"models": []}), answer(200, {"models": [ours]})) as server:
        result = create(make_api(server.url, timeout=0.5), **CATS)

    assert result.model.id == "model-9"
    assert server.methods() == ["POST", "GET", "GET"]


def test_the_error_carries_what_the_last_look_found(make_api: MakeApi) -> None:
    now = iso(time.time())
    both = [model_json("model-8", created_at=now), model_json("model-9", created_at=now)]
    scripts = (stalled(), answer(200, {"models": []}), answer(200, {"models": both}))
    with wire(*scripts) as server, pytest.raises(OutcomeUnknownError) as caught:
        create(make_api(server.url, timeout=0.5), **CATS)

    assert [model.id for model in caught.value.found] == ["model-8", "model-9"]
    assert "2 such models were listed" in str(caught.value)
    assert server.methods() == ["POST", "GET", "GET"]


def test_a_creation_still_on_its_way_is_never_sent_again(make_api: MakeApi) -> None:
    def post_stalls(exchange: Exchange) -> None:
        if exchange.method == "POST":
            stalled()(exchange)
        else:
            answer(200, {"models": []})(exchange)

    with wire(post_stalls) as server, pytest.raises(OutcomeUnknownError) as caught:
        create(make_api(server.url, timeout=0.5), **CATS)

    assert server.methods().count("POST") == 1
    assert "may still be on its way" in str(caught.value)
    assert_no_secret(str(caught.value))
    assert_no_secret(repr(caught.value))


# Adding training images ----------------------------------------------------------------------------------------------


def test_an_asset_added_whose_answer_is_lost_answers_its_training_image(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.faults = ["lose"]

    result = add(make_api(server.url), assetId="asset-7")

    assert isinstance(result, TrainingImageResponse)
    assert result.training_image.id == "asset-7"
    assert (images.ids(), len(server.sent("POST"))) == (["asset-7"], 1)


def test_a_batch_added_whose_answer_is_lost_answers_its_first_image(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.faults = ["lose"]

    result = add(make_api(server.url), assetIds=["asset-7", "asset-8"])

    assert result.training_image.id == "asset-7"
    assert (images.ids(), images.additions) == (["asset-7", "asset-8"], 1)


def test_an_asset_answered_500_before_it_acted_is_sent_again(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.faults = ["fail"]

    result = add(make_api(server.url), assetId="asset-7")

    assert result.training_image.id == "asset-7"
    assert [request.method for request in server.received] == ["POST", "GET", "POST"]
    assert images.ids() == ["asset-7"]


def test_an_asset_refused_as_already_a_training_image_after_an_unknown_outcome_was_added(
    make_api: MakeApi, server: LoopbackServer
) -> None:
    # The model lists only its first image: the look cannot see the asset the 500 hid, the second send is refused.
    images = TrainingImagesServer(server, listed=1)
    images.attach("asset-1")
    images.faults = ["act-then-fail"]

    with pytest.raises(AnswerLostError) as caught:
        add(make_api(server.url), assetId="asset-7")

    assert images.ids() == ["asset-1", "asset-7"]
    assert [request.method for request in server.received] == ["POST", "GET", "POST", "GET"]
    assert "already a training image" in str(caught.value)
    assert caught.value.model.id == "model-1"


def test_an_asset_refused_as_already_a_training_image_at_the_first_attempt_is_the_caller_s_error(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.attach("asset-7")

    with pytest.raises(BadRequestError, match="already a training image"):
        add(make_api(server.url), assetId="asset-7")

    assert [request.method for request in server.received] == ["POST"]


@pytest.mark.parametrize("fault", ["drop", "gateway"])
def test_an_asset_whose_request_may_still_be_on_its_way_is_not_sent_again(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer, fault: str
) -> None:
    images.faults = [fault]

    with pytest.raises(OutcomeUnknownError) as caught:
        add(make_api(server.url), assetId="asset-7")

    assert len(server.sent("POST")) == 1
    assert caught.value.may_exist == "asset 'asset-7' may have been added to model 'model-1'"
    assert_no_secret(str(caught.value))


def test_an_image_sent_as_data_whose_answer_is_lost_answers_the_image_of_its_name(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.faults = ["lose"]

    result = add(make_api(server.url), data=DATA, name="cat.png")

    assert (result.training_image.name, images.additions, len(server.sent("POST"))) == ("cat.png", 1, 1)


@pytest.mark.parametrize(("fault", "posts"), [("fail", 2), ("act-then-fail", 1)])
def test_an_image_sent_as_data_answered_500_is_sent_again_only_when_the_model_lacks_it(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer, fault: str, posts: int
) -> None:
    images.attach("asset-1")
    images.faults = [fault]

    result = add(make_api(server.url), data=DATA, name="cat.png")

    assert result.training_image.name == "cat.png"
    assert (images.additions, len(server.sent("POST"))) == (1, posts)


def test_an_image_sent_as_data_that_a_partial_list_cannot_show_is_not_sent_again(
    make_api: MakeApi, server: LoopbackServer
) -> None:
    images = TrainingImagesServer(server, listed=1)
    images.attach("asset-1", "asset-2")
    images.faults = ["fail"]

    with pytest.raises(OutcomeUnknownError) as caught:
        add(make_api(server.url), data=DATA, name="cat.png")

    assert len(server.sent("POST")) == 1
    assert "it lists 1 of its 2 training images" in str(caught.value)
    assert caught.value.may_exist == "an image named 'cat.png' may have been added to model 'model-1'"


def test_an_image_that_lands_after_the_first_look_is_found_by_the_look_once_more(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.faults = ["late"]

    result = add(make_api(server.url), data=DATA, name="cat.png")

    assert result.training_image.name == "cat.png"
    assert [request.method for request in server.received] == ["POST", "GET", "GET"]
    assert images.additions == 1


# Sent again freely, or never -----------------------------------------------------------------------------------------


def test_an_idempotent_update_whose_answer_is_lost_is_sent_again(on_mock: Api, mock: MockScenarioAPI) -> None:
    updates: list[Any] = []

    def update(model_id: str, query: dict[str, Any], body: Any) -> dict[str, Any]:
        updates.append(body.to_dict())
        return {"model": model_json(model_id, name=body.name)}

    mock.simulate("update_model", update)
    mock.lose_next(method="PUT", path="/v1/models/model-1")

    result = on_mock.run(models(on_mock).update("model-1", body={"name": "renamed"}))

    assert result.model.name == "renamed"
    assert updates == [{"name": "renamed"}, {"name": "renamed"}]
    assert [request.method for request in mock.requests] == ["PUT", "PUT"]


def test_a_deletion_whose_answer_is_lost_is_not_sent_again_and_says_so(on_mock: Api, mock: MockScenarioAPI) -> None:
    deleted: list[str] = []

    def delete(model_id: str, query: dict[str, Any], body: None) -> dict[str, Any]:
        deleted.append(model_id)
        return {}

    mock.simulate("delete_model", delete)
    mock.lose_next(method="DELETE")

    with pytest.raises(OutcomeUnknownError) as caught:
        on_mock.run(models(on_mock).delete("model-1"))

    assert (deleted, [request.method for request in mock.requests]) == (["model-1"], ["DELETE"])
    assert str(caught.value).startswith("Model 'model-1' may have been deleted, and the call was not sent again")


def test_what_a_found_model_carries_is_what_the_server_sent(
    on_mock: Api, mock: MockScenarioAPI, created: CreatedModels
) -> None:
    mock.lose_next(method="POST", path="/v1/models")

    result = create(on_mock, **CATS)

    assert json.loads(result.model.to_json()) == created.models[0]

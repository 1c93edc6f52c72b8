"""A model created or a training image added whose answer is lost: never a second model, never a second image.

The calls run against the embedded mock, its faults (`lose_next`, `drop_next`, `fail_next`) on their routes
and its own state; what it cannot play (an answer of 500 after the call acted, a model that lists only some of
its images, an addition that lands between two looks) against a scripted server that holds a model's training
images (`TrainingImagesServer`); a request still on its way, against raw sockets (`wire`). Every test runs with
`Scenario` and with `AsyncScenario`.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Iterator
from typing import Any

import httpx
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
from tests.support.mock import loopback_client
from tests.support.outcomes import TrainingImagesServer, image_json, iso, model_json
from tests.support.wire import Exchange, answer, stalled, wire

CATS: dict[str, Any] = {"name": "cats", "type_": "flux.1-lora"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24
DATA = "data:image/png;base64," + base64.b64encode(PNG).decode()


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
def http(mock: MockScenarioAPI) -> Iterator[httpx.Client]:
    """The mock, seen directly, for a test's setting up and counting."""
    with loopback_client(mock) as client:
        yield client


@pytest.fixture
def on_mock(make_api: MakeApi, mock: MockScenarioAPI) -> Api:
    return make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret)


@pytest.fixture
def images(server: LoopbackServer) -> TrainingImagesServer:
    return TrainingImagesServer(server)


def create(api: Api, **fields: Any) -> ModelResponse:
    return api.run(api.client.models.create(**fields))


def add(api: Api, model_id: str = "model-1", **fields: Any) -> TrainingImageResponse:
    return api.run(api.client.models.training_images.add(model_id, **fields))


def sent(mock: MockScenarioAPI, method: str, path: str) -> int:
    return sum(request.method == method and request.path == path for request in mock.requests)


def made(http: httpx.Client) -> list[dict[str, Any]]:
    """Every model the mock holds, oldest first."""
    listed: dict[str, Any] = http.get("/models", params={"pageSize": 500, "sortDirection": "asc"}).json()
    assert "nextPaginationToken" not in listed
    found: list[dict[str, Any]] = listed["models"]
    return found


def new_model(http: httpx.Client, **fields: Any) -> str:
    model_id: str = http.post("/models", json={"type": "flux.2-dev-lora", **fields}).json()["model"]["id"]
    return model_id


def new_asset(http: httpx.Client, name: str = "cat.png") -> str:
    response = http.post("/assets", json={"name": name, "image": base64.b64encode(PNG).decode()})
    asset_id: str = response.json()["asset"]["id"]
    return asset_id


def training_images(http: httpx.Client, model_id: str) -> list[dict[str, Any]]:
    listed: list[dict[str, Any]] = http.get(f"/models/{model_id}").json()["model"]["trainingImages"]
    return listed


# Creating a model ----------------------------------------------------------------------------------------------------


def test_a_creation_whose_answer_is_lost_answers_the_model_it_created(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    mock.lose_next(method="POST", path="/v1/models")
    began = time.time()

    result = create(on_mock, **CATS)
    ended = time.time()

    assert isinstance(result, ModelResponse)
    assert (result.model.name, result.model.type_) == ("cats", "flux.1-lora")
    assert sent(mock, "POST", "/v1/models") == 1
    [listing] = [request.query for request in mock.requests if request.method == "GET"]
    assert (listing["sortBy"], listing["sortDirection"]) == ("createdAt", "asc")
    assert iso(began - CLOCK_SKEW) <= listing["createdAfter"] <= iso(ended - CLOCK_SKEW)
    assert made(http) == [result.model.to_dict()]


def test_a_creation_lost_before_it_acted_is_not_sent_again_and_says_what_may_exist(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    mock.drop_next(method="POST", path="/v1/models")

    with pytest.raises(OutcomeUnknownError) as caught:
        create(on_mock, **CATS)

    error = caught.value
    assert [request.method for request in mock.requests] == ["POST", "GET", "GET"]  # a look, and a look once more
    assert error.may_exist == "a model named 'cats' of type 'flux.1-lora' may have been created"
    assert str(error).startswith("A model named 'cats' of type 'flux.1-lora' may have been created")
    assert "may still be on its way" in str(error)
    assert error.found == ()
    assert isinstance(error.error, APIConnectionError)
    assert error.__cause__ is error.error
    assert made(http) == []


def test_a_creation_answered_500_before_it_acted_is_sent_again_once_nothing_is_listed(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    mock.fail_next(status=500, method="POST", path="/v1/models")

    result = create(on_mock, **CATS)

    assert [request.method for request in mock.requests] == ["POST", "GET", "POST"]
    assert made(http) == [result.model.to_dict()]


@pytest.mark.parametrize("status", [502, 504, 522])
def test_a_creation_a_gateway_answered_is_not_sent_again(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client, status: int
) -> None:
    mock.fail_next(status=status, method="POST", path="/v1/models")

    with pytest.raises(OutcomeUnknownError) as caught:
        create(on_mock, **CATS)

    assert sent(mock, "POST", "/v1/models") == 1
    assert isinstance(caught.value.error, InternalServerError)
    assert caught.value.error.status_code == status
    assert made(http) == []


def test_two_models_of_that_name_and_type_created_meanwhile_are_carried_not_chosen(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    theirs = new_model(http, name="cats", type="flux.1-lora")
    new_model(http, name="cats", type="flux.2-dev-lora")  # another type: not a match
    mock.lose_next(method="POST", path="/v1/models")

    with pytest.raises(OutcomeUnknownError) as caught:
        create(on_mock, **CATS)

    found = [model.id for model in caught.value.found]
    assert len(found) == 2 and theirs in found
    assert "2 such models were listed" in str(caught.value)
    assert sent(mock, "POST", "/v1/models") == 3  # two by the test, one by the client


@pytest.mark.parametrize("fault", ["lose", "fail"])
def test_a_creation_without_a_name_is_never_sent_again_on_an_unknown_outcome(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client, fault: str
) -> None:
    if fault == "lose":
        mock.lose_next(method="POST", path="/v1/models")
    else:
        mock.fail_next(status=500, method="POST", path="/v1/models")

    with pytest.raises(OutcomeUnknownError) as caught:
        create(on_mock, type_="flux.1-lora")

    assert [request.method for request in mock.requests] == ["POST"]  # nothing to look for
    assert caught.value.may_exist == "a model without a name of type 'flux.1-lora' may have been created"
    assert "cannot be told from the others" in str(caught.value)
    assert len(made(http)) == (1 if fault == "lose" else 0)


def test_the_created_model_is_found_on_a_later_page(on_mock: Api, mock: MockScenarioAPI, http: httpx.Client) -> None:
    for number in range(100):  # a page of the API's default size: others' models, created since the margin began
        new_model(http, name=f"other-{number}")
    mock.lose_next(method="POST", path="/v1/models")

    result = create(on_mock, **CATS)

    assert result.model.name == "cats"
    listings = [request.query for request in mock.requests if request.method == "GET"]
    assert len(listings) == 2
    assert "paginationToken" not in listings[0] and listings[1]["paginationToken"]
    assert len(made(http)) == 101


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
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    model_id, asset_id = new_model(http), new_asset(http)
    mock.lose_next(method="POST", path="*/training-images")

    result = add(on_mock, model_id, asset_id=asset_id)

    assert isinstance(result, TrainingImageResponse)
    assert result.training_image.id == asset_id
    assert [image["id"] for image in training_images(http, model_id)] == [asset_id]
    assert sent(mock, "POST", f"/v1/models/{model_id}/training-images") == 1


def test_a_batch_added_whose_answer_is_lost_answers_its_first_image(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    model_id, first, second = new_model(http), new_asset(http, "a.png"), new_asset(http, "b.png")
    mock.lose_next(method="POST", path="*/training-images")

    result = add(on_mock, model_id, asset_ids=[first, second])

    assert result.training_image.id == first
    assert [image["id"] for image in training_images(http, model_id)] == [first, second]


def test_an_asset_answered_500_before_it_acted_is_sent_again(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    model_id, asset_id = new_model(http), new_asset(http)
    mock.fail_next(status=500, method="POST", path="*/training-images")

    result = add(on_mock, model_id, asset_id=asset_id)

    assert result.training_image.id == asset_id
    assert [request.method for request in mock.requests[-3:]] == ["POST", "GET", "POST"]
    assert [image["id"] for image in training_images(http, model_id)] == [asset_id]


def test_an_asset_refused_as_already_a_training_image_after_an_unknown_outcome_was_added(
    make_api: MakeApi, server: LoopbackServer
) -> None:
    # The model lists only its first image: the look cannot see the asset the 500 hid, the second send is refused.
    images = TrainingImagesServer(server, listed=1)
    images.attach("asset-1")
    images.faults = ["act-then-fail"]

    with pytest.raises(AnswerLostError) as caught:
        add(make_api(server.url), asset_id="asset-7")

    assert images.ids() == ["asset-1", "asset-7"]
    assert [request.method for request in server.received] == ["POST", "GET", "POST", "GET"]
    assert "already a training image" in str(caught.value)
    assert caught.value.model.id == "model-1"


def test_an_asset_answered_500_after_it_acted_answers_its_image(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.faults = ["act-then-fail"]

    result = add(make_api(server.url), asset_id="asset-7")

    assert result.training_image.id == "asset-7"
    assert [request.method for request in server.received] == ["POST", "GET"]


def test_an_asset_refused_as_already_a_training_image_at_the_first_attempt_is_the_caller_s_error(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    model_id, asset_id = new_model(http), new_asset(http)
    http.post(f"/models/{model_id}/training-images", json={"assetId": asset_id})
    before = len(mock.requests)

    with pytest.raises(BadRequestError, match="already a training image"):
        add(on_mock, model_id, asset_id=asset_id)

    assert [request.method for request in mock.requests[before:]] == ["POST"]


@pytest.mark.parametrize("fault", ["drop", "gateway"])
def test_an_asset_whose_request_may_still_be_on_its_way_is_not_sent_again(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client, fault: str
) -> None:
    model_id, asset_id = new_model(http), new_asset(http)
    if fault == "drop":
        mock.drop_next(method="POST", path="*/training-images")
    else:
        mock.fail_next(status=502, method="POST", path="*/training-images")

    with pytest.raises(OutcomeUnknownError) as caught:
        add(on_mock, model_id, asset_id=asset_id)

    assert sent(mock, "POST", f"/v1/models/{model_id}/training-images") == 1
    assert caught.value.may_exist == f"asset {asset_id!r} may have been added to model {model_id!r}"
    assert training_images(http, model_id) == []


def test_an_image_sent_as_data_whose_answer_is_lost_answers_the_image_of_its_name(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    model_id = new_model(http)
    mock.lose_next(method="POST", path="*/training-images")

    result = add(on_mock, model_id, data=DATA, name="cat.png")

    assert result.training_image.name == "cat.png"
    assert [image["id"] for image in training_images(http, model_id)] == [result.training_image.id]
    assert sent(mock, "POST", f"/v1/models/{model_id}/training-images") == 1


def test_an_image_sent_as_data_answered_500_before_it_acted_is_sent_again(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    model_id = new_model(http)
    add_earlier = http.post(f"/models/{model_id}/training-images", json={"data": DATA, "name": "dog.png"})
    assert add_earlier.status_code == 200
    mock.fail_next(status=500, method="POST", path="*/training-images")

    result = add(on_mock, model_id, data=DATA, name="cat.png")

    assert [image["name"] for image in training_images(http, model_id)] == ["dog.png", "cat.png"]
    assert result.training_image.name == "cat.png"
    assert sent(mock, "POST", f"/v1/models/{model_id}/training-images") == 3  # one by the test, two by the client


def test_an_image_sent_as_data_answered_500_after_it_acted_answers_its_image(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.attach("asset-1")
    images.faults = ["act-then-fail"]

    result = add(make_api(server.url), data=DATA, name="cat.png")

    assert result.training_image.name == "cat.png"
    assert (images.additions, len(server.sent("POST"))) == (1, 1)


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
    assert_no_secret(str(caught.value))


def test_an_image_that_lands_after_the_first_look_is_found_by_the_look_once_more(
    make_api: MakeApi, server: LoopbackServer, images: TrainingImagesServer
) -> None:
    images.faults = ["late"]

    result = add(make_api(server.url), data=DATA, name="cat.png")

    assert result.training_image.name == "cat.png"
    assert [request.method for request in server.received] == ["POST", "GET", "GET"]
    assert images.additions == 1


def test_an_asset_still_on_its_way_is_found_by_the_look_once_more_and_never_sent_again(make_api: MakeApi) -> None:
    without = {"model": model_json(images=[])}
    with_it = {"model": model_json(images=[image_json("asset-7")])}
    with wire(stalled(), answer(200, without), answer(200, with_it)) as server:
        result = add(make_api(server.url, timeout=0.5), asset_id="asset-7")

    assert result.training_image.id == "asset-7"
    assert server.methods() == ["POST", "GET", "GET"]


# Sent again freely, or never -----------------------------------------------------------------------------------------


def test_an_idempotent_update_whose_answer_is_lost_is_sent_again(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    model_id = new_model(http, name="cats")
    mock.lose_next(method="PUT", path=f"/v1/models/{model_id}")

    result = on_mock.run(on_mock.client.models.update(model_id, name="renamed"))

    assert result.model.name == "renamed"
    assert sent(mock, "PUT", f"/v1/models/{model_id}") == 2


def test_a_deletion_whose_answer_is_lost_is_not_sent_again_and_says_so(
    on_mock: Api, mock: MockScenarioAPI, http: httpx.Client
) -> None:
    model_id = new_model(http)
    mock.lose_next(method="DELETE")

    with pytest.raises(OutcomeUnknownError) as caught:
        on_mock.run(on_mock.client.models.delete(model_id))

    assert sent(mock, "DELETE", f"/v1/models/{model_id}") == 1
    assert str(caught.value).startswith(f"Model {model_id!r} may have been deleted, and the call was not sent again")
    assert http.get(f"/models/{model_id}").status_code == 404

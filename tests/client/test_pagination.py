"""`client.models.list`: every page, asked for as the iteration needs it, and a listing that always ends."""

from __future__ import annotations

from typing import Any

import pytest

from scenario_train import AsyncRawResponse, AsyncScenario, PaginationError, RawResponse, Scenario
from scenario_train._pages import MAX_PAGES, first_seen, next_token
from scenario_train.testing import MockScenarioAPI
from tests.support.client import EXAMPLE, Api, LoopbackServer, MakeApi, Reply, deadline


def listed(api: Api, **query: Any) -> list[str]:
    """The ids of every model the listing gives, through `for` or `async for`."""
    client = api.client
    if isinstance(client, Scenario):
        return [model.id for model in client.models.list(**query)]
    assert isinstance(client, AsyncScenario)
    pager = client.models.list(**query)

    async def collect() -> list[str]:
        return [model.id async for model in pager]

    return api.run(collect())


def page_sizes(api: Api, **query: Any) -> list[int]:
    """How many models each page of `iter_pages()` holds."""
    client = api.client
    if isinstance(client, Scenario):
        return [len(page.models) for page in client.models.list(**query).iter_pages()]
    assert isinstance(client, AsyncScenario)
    pager = client.models.list(**query)

    async def collect() -> list[int]:
        return [len(page.models) async for page in pager.iter_pages()]

    return api.run(collect())


def first(api: Api, **query: Any) -> str:
    """The first model's id, the iteration then left."""
    client = api.client
    if isinstance(client, Scenario):
        return next(iter(client.models.list(**query))).id
    assert isinstance(client, AsyncScenario)
    pager = client.models.list(**query)

    async def take() -> list[str]:
        model = await anext(aiter(pager))
        return [model.id]

    taken: list[str] = api.run(take())
    return taken[0]


def create(api: Api, name: str) -> str:
    created = api.run(api.client.models.create(name=name, type="flux.2-dev-lora"))
    return created.model.id


def page(*ids: str, token: str | None = None) -> Reply:
    """An answer of `GET /models` with these models and `nextPaginationToken`, when given."""
    models = [{**EXAMPLE["model"], "id": model_id} for model_id in ids]
    return Reply(json={"models": models, **({} if token is None else {"nextPaginationToken": token})})


def list_requests(mock: MockScenarioAPI) -> list[str | None]:
    """The `paginationToken` of each `GET /models` the mock received."""
    return [
        request.query.get("paginationToken")
        for request in mock.requests
        if request.method == "GET" and request.path == "/v1/models"
    ]


def test_list_iterates_every_page_of_the_mock(make_api: MakeApi) -> None:
    with MockScenarioAPI() as mock:
        api = make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret)
        ids = [create(api, f"model {index}") for index in range(5)]

        assert sorted(listed(api, page_size=2)) == sorted(ids)
        assert page_sizes(api, page_size=2) == [2, 2, 1]

        tokens = list_requests(mock)[:3]
        assert tokens[0] is None
        assert all(tokens[1:]) and len(set(tokens[1:])) == 2


def test_list_asks_for_a_page_only_when_the_iteration_reaches_it(make_api: MakeApi) -> None:
    with MockScenarioAPI() as mock:
        api = make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret)
        for index in range(3):
            create(api, f"model {index}")

        pager = api.client.models.list(page_size=1)
        assert list_requests(mock) == []  # made, not yet iterated
        del pager

        first(api, page_size=1)
        assert list_requests(mock) == [None]


def test_each_page_is_retried_on_its_own(make_api: MakeApi) -> None:
    with MockScenarioAPI() as mock:
        api = make_api(mock.base_url, api_key=mock.api_key, api_secret=mock.api_secret, max_retries=2)
        ids = [create(api, f"model {index}") for index in range(3)]
        mock.fail_next(2, status=503, method="GET", path="/v1/models")

        assert sorted(listed(api, page_size=2)) == sorted(ids)
        assert len(list_requests(mock)) == 4  # the first page twice more, then the second


def test_the_query_goes_with_every_page(api: Api, server: LoopbackServer) -> None:
    server.reply(page("a", token="t1"), page("b"))

    assert listed(api, page_size=1, project_id="p-1", privacy="private") == ["a", "b"]

    queries = [request.query for request in server.received]
    assert queries == [
        {"pageSize": "1", "projectId": "p-1", "privacy": "private"},
        {"pageSize": "1", "projectId": "p-1", "privacy": "private", "paginationToken": "t1"},
    ]


@pytest.mark.parametrize(
    ("last", "received"),
    [
        (page("b"), 2),  # no token
        (page("b", token=""), 2),  # an empty token
        (page(token="t2"), 2),  # no models, though a token
    ],
    ids=["no-token", "empty-token", "empty-page"],
)
def test_a_page_without_a_next_token_or_models_ends_the_listing(
    api: Api, server: LoopbackServer, last: Reply, received: int
) -> None:
    server.reply(page("a", token="t1"), last, page("never", token="t9"))

    listed(api)

    assert len(server.received) == received


def test_a_repeated_token_raises_instead_of_looping(api: Api, server: LoopbackServer) -> None:
    server.reply(page("a", token="t1"), page("b", token="t2"), page("c", token="t1"), page("never"))

    with deadline(30), pytest.raises(PaginationError) as caught:
        listed(api)

    assert (caught.value.token, caught.value.pages) == ("t1", 3)
    assert "t1" in str(caught.value)
    assert len(server.received) == 3


def test_the_starting_token_counts_as_seen(api: Api, server: LoopbackServer) -> None:
    server.reply(page("a", token="start"), page("never"))

    with pytest.raises(PaginationError):
        listed(api, pagination_token="start")

    assert [request.query for request in server.received] == [{"paginationToken": "start"}]


def test_the_raw_list_is_one_page(api: Api, server: LoopbackServer) -> None:
    server.reply(page("a", token="t1"), page("never"))

    raw: Any = api.run(api.client.models.with_raw_response.list(page_size=1))  # type: ignore[arg-type]

    assert isinstance(raw, RawResponse | AsyncRawResponse)
    assert raw.status_code == 200
    assert len(server.received) == 1


def test_pages_are_bounded() -> None:
    seen = first_seen(None)
    assert next_token("t", 1, seen, MAX_PAGES - 1) == "t"
    with pytest.raises(PaginationError) as caught:
        next_token("u", 1, seen, MAX_PAGES)
    assert caught.value.pages == MAX_PAGES

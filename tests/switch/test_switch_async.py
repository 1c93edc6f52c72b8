"""`AsyncScenario`, written as a vendor user writes it, with either SDK: a representative subset.

Each test is a snippet of vendor code run with `scenario_sdk` 2.4.0 and with `scenario_train`; see
`switch_support`.
"""

from __future__ import annotations

import httpx
import pytest

from scenario_train.testing import MockScenarioAPI
from tests.support.switch import (
    SDK,
    Sent,
    aconnect,
    at,
    by_sdk,
    calls,
    sent_headers,
    wire,
)


async def test_the_calls_their_raw_responses_and_extras_give_the_same_values(sdk: SDK, mock: MockScenarioAPI) -> None:
    async with aconnect(sdk, mock, default_headers={"X-Team": "t"}, default_query={"team": "a"}) as client:
        result = await client.models.train.trigger(
            "model-1", parameters={"batch_size": 2}, project_id="p-1", extra_headers={"X-Call": "1"}
        )
        job_id = mock.model("model-1")["jobId"]
        assert (result.model.id, result.model.status, result.job.job_id) == ("model-1", "training", job_id)
        assert result.creative_units_cost == 130

        mock.advance("model-1", 4)
        raw = await client.models.with_raw_response.retrieve("model-1", extra_query={"trace": "t"})
        assert (raw.status_code, raw.headers["content-type"]) == (200, "application/json; charset=utf-8")
        model = (await raw.parse()).model
        assert model.training_progress is not None
        assert (model.status, model.training_progress.progress) == ("training", 0.5)
        assert at(await raw.json(), "model", "id") == "model-1"

        raw_cancel = await client.models.train.with_raw_response.action(
            "model-1", action="cancel", extra_body={"reason": "test"}
        )
        assert (await raw_cancel.parse()).model.status == "training-canceled"
        absent = await client.models.retrieve("model-2")
        assert absent.model.training_progress is None

    assert client.is_closed()
    assert (sent_headers(mock, 0)["x-team"], sent_headers(mock, 0)["x-call"]) == ("t", "1")
    assert wire(mock) == [
        Sent(
            "PUT", "/v1/models/model-1/train", {"team": "a", "projectId": "p-1"}, {"parameters": {"batchSize": 2}}, 200
        ),
        Sent("GET", "/v1/models/model-1", {"team": "a", "trace": "t"}, None, 200),
        Sent("POST", "/v1/models/model-1/train/action", {"team": "a"}, {"action": "cancel", "reason": "test"}, 200),
        Sent("GET", "/v1/models/model-2", {"team": "a"}, None, 200),
    ]


async def test_errors_have_the_vendors_names_status_codes_and_bodies(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = aconnect(sdk, mock)
    await client.models.train.trigger("model-1")

    with pytest.raises(sdk.BadRequestError) as refused:
        await client.models.train.trigger("model-1")
    mock.fail_next(status=404, body={"message": "Model not found"})
    with pytest.raises(sdk.NotFoundError) as missing:
        await client.models.retrieve("model-9")
    await client.close()

    assert (refused.value.status_code, refused.value.body) == (400, {"message": "Model is already training"})
    assert (missing.value.status_code, missing.value.body) == (404, {"message": "Model not found"})


@pytest.mark.parametrize("ending", ["close", "async with"])
async def test_an_injected_async_http_client_carries_its_headers_and_is_closed_with_the_client(
    sdk: SDK, mock: MockScenarioAPI, ending: str
) -> None:
    http_client = httpx.AsyncClient(headers={"X-Mine": "yes"})
    client = aconnect(sdk, mock, http_client=http_client)
    if ending == "close":
        await client.models.retrieve("model-1")
        await client.close()
    else:
        async with client:
            await client.models.retrieve("model-1")

    assert http_client.is_closed
    assert client.is_closed()
    assert (sent_headers(mock)["x-mine"], mock.requests[0].api_key) == ("yes", mock.api_key)


async def test_closing_a_copy_closes_the_parents_pool_with_the_vendor_only(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = aconnect(sdk, mock, max_retries=0)
    copy = client.with_options(timeout=10.0)

    await copy.close()
    try:
        outcome = (await client.models.retrieve("model-1")).model.id
    except sdk.APIConnectionError as error:
        outcome = type(error).__name__
    await client.close()

    assert copy.is_closed()
    assert outcome == by_sdk(sdk, vendor="APIConnectionError", ours="model-1")


async def test_an_injected_async_client_with_a_mock_transport_carries_the_calls(
    sdk: SDK, mock: MockScenarioAPI
) -> None:
    async with httpx.AsyncClient() as upstream:

        async def forward(sent: httpx.Request) -> httpx.Response:
            return await upstream.send(sent)

        async with aconnect(sdk, mock, http_client=httpx.AsyncClient(transport=httpx.MockTransport(forward))) as client:
            result = await client.models.train.trigger("model-1")

    assert (result.model.id, result.model.status) == ("model-1", "training")
    assert calls(mock) == ["PUT /v1/models/model-1/train"]

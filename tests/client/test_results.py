"""What `trigger` returns: the documented answer as typed objects, and the 269 dry-run estimate."""

from __future__ import annotations

import pytest

from scenario_train import APIResponseValidationError, DryRunEstimate, TrainModelResponse
from tests.support.client import EXAMPLE, Api, LoopbackServer, Reply

ESTIMATE = {"creativeUnitsCost": 12.5, "creativeUnitsDiscount": 2.5, "costDetails": {"training": 12.5}}


def test_the_documented_answer_is_parsed_and_round_trips(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(json=EXAMPLE))

    result = api.trigger("model-1")

    assert isinstance(result, TrainModelResponse)
    assert result.job.job_id == EXAMPLE["job"]["jobId"]
    assert result.model.status == EXAMPLE["model"]["status"]
    assert result.model.id == EXAMPLE["model"]["id"]
    assert result.to_dict() == EXAMPLE


@pytest.mark.parametrize("dry_run", [True, "api"])
def test_a_dry_run_returns_the_269_estimate(api: Api, server: LoopbackServer, dry_run: object) -> None:
    server.reply(Reply(status=269, json=ESTIMATE))

    estimate = api.trigger("model-1", dry_run=dry_run)

    assert isinstance(estimate, DryRunEstimate)
    assert estimate.creative_units_cost == ESTIMATE["creativeUnitsCost"]
    assert estimate.to_dict() == ESTIMATE
    assert len(server.received) == 1


def test_a_269_to_a_real_trigger_is_not_taken_for_a_started_training(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(status=269, json=ESTIMATE))

    with pytest.raises(APIResponseValidationError, match="269") as caught:
        api.trigger("model-1")

    assert caught.value.response.status_code == 269
    assert len(server.received) == 1


def test_a_200_to_a_dry_run_is_not_taken_for_an_estimate(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(json=EXAMPLE))

    with pytest.raises(APIResponseValidationError, match="training started") as caught:
        api.trigger("model-1", dry_run=True)

    assert caught.value.response.status_code == 200
    assert len(server.received) == 1

"""`scenario-train status` and `scenario-train cancel`, as a summary and as the server's JSON."""

from __future__ import annotations

import io

import pytest

from scenario_train._cli import main
from scenario_train.testing import MockScenarioAPI
from tests.support.cli import PointAt, RunCli

# The model moves only when a test says so: what the CLI printed can be compared with the mock's state.
pytestmark = pytest.mark.scenario_mock(polls_per_step=0)


def _start(api: MockScenarioAPI, cli: RunCli, model_id: str) -> None:
    assert cli("trigger", model_id).code == 0
    assert api.model(model_id)["status"] == "training"


def test_status_of_a_new_model(api: MockScenarioAPI, cli: RunCli) -> None:
    outcome = cli("status", "m1")

    assert outcome.code == 0
    assert outcome.out == f"Model m1: status={api.model('m1')['status']}\n"


def test_status_of_a_training_shows_its_progress(api: MockScenarioAPI, cli: RunCli) -> None:
    _start(api, cli, "m1")
    progress = api.advance("m1", 4)["trainingProgress"]

    outcome = cli("status", "m1", "--project-id", "proj-1")

    assert outcome.code == 0
    [line] = outcome.out.splitlines()
    assert line.startswith("Model m1: status=training ")
    assert f"stage={progress['stage']}" in line
    assert f"progress={progress['progress']:.0%}" in line
    request = api.requests[-1]
    assert (request.method, request.path, request.query) == ("GET", "/v1/models/m1", {"projectId": "proj-1"})


def test_status_json_is_the_servers_model(api: MockScenarioAPI, cli: RunCli) -> None:
    _start(api, cli, "m1")

    outcome = cli("status", "m1", "--json")

    assert outcome.code == 0
    assert outcome.json_lines() == [{"model": api.model("m1")}]


@pytest.mark.parametrize("as_json", [False, True], ids=["summary", "json"])
def test_cancel_stops_the_training(api: MockScenarioAPI, cli: RunCli, as_json: bool) -> None:
    _start(api, cli, "m1")

    outcome = cli("cancel", "m1", "--project-id", "proj-1", *(["--json"] if as_json else []))

    assert outcome.code == 0
    model = api.model("m1")
    assert model["status"] == "training-canceled"
    if as_json:
        assert outcome.json_lines() == [{"model": model}]
    else:
        assert outcome.out == "Model m1: status=training-canceled\n"
    request = api.requests[-1]
    assert (request.method, request.path) == ("POST", "/v1/models/m1/train/action")
    assert (request.body, request.query) == ({"action": "cancel"}, {"projectId": "proj-1"})


@pytest.mark.parametrize("as_json", [False, True], ids=["summary", "json"])
def test_cancel_of_a_model_not_training_is_refused_by_the_api(api: MockScenarioAPI, cli: RunCli, as_json: bool) -> None:
    outcome = cli("cancel", "m1", *(["--json"] if as_json else []))

    assert outcome.code == 1
    assert outcome.out == ""
    assert "not training" in outcome.error
    assert api.requests[-1].status == 400
    assert api.model("m1")["status"] == "new"


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_goes_away_is_no_error(api: MockScenarioAPI, point_at: PointAt) -> None:
    """`scenario-train status m1 | head -c 1`: the pipe closes under the CLI; no traceback, no error."""
    point_at(api.base_url)
    err = io.StringIO()

    code = main(["status", "m1", "--json"], out=_ClosedPipe(), err=err)

    assert code == 0
    assert err.getvalue() == ""

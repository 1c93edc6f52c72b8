"""On request, the client reports what an answer holds that the spec does not describe: a DEBUG line on
the `scenario_train.drift` logger, once per path (and per value, for an enum) in a process."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from scenario_train import _drift
from tests.support.client import Api, LoopbackServer, MakeApi, Reply, model_answer, train_answer

DRIFT_LOGGER = "scenario_train.drift"


@pytest.fixture(autouse=True)
def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """What was reported is forgotten, as in a new process."""
    monkeypatch.setattr(_drift, "_seen", set())
    yield


def drift_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    records = [record for record in caplog.records if record.name == DRIFT_LOGGER]
    assert all(record.levelno == logging.DEBUG for record in records)
    return [record.getMessage() for record in records]


def drifted_model(status: str = "hibernating") -> dict[str, Any]:
    answer = model_answer(status=status)
    answer["model"]["zzGpu"] = {"name": "A100"}
    return answer


def test_each_path_is_logged_once(api: Api, server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=DRIFT_LOGGER)
    server.reply(Reply(json=drifted_model()))

    for _ in range(3):
        assert api.retrieve("m-1").model.status == "hibernating"

    assert drift_lines(caplog) == [
        "the answer goes beyond the spec: $.model.zzGpu: field not described by Model (object)",
        'the answer goes beyond the spec: $.model.status: value "hibernating" not listed by ModelStatus (string)',
    ]


def test_another_unlisted_value_at_a_logged_path_is_logged(
    api: Api, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=DRIFT_LOGGER)
    server.reply(Reply(json=drifted_model("hibernating")), Reply(json=drifted_model("thawing")))

    api.retrieve("m-1")
    api.retrieve("m-1")

    assert [line.split(": ", 1)[1] for line in drift_lines(caplog)] == [
        "$.model.zzGpu: field not described by Model (object)",
        '$.model.status: value "hibernating" not listed by ModelStatus (string)',
        '$.model.status: value "thawing" not listed by ModelStatus (string)',
    ]


def test_a_trigger_answer_is_reported_too(api: Api, server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=DRIFT_LOGGER)
    answer = train_answer()
    answer["job"]["statusHistory"][0]["zzReason"] = "sk-never-logged-91c2"
    server.reply(Reply(json=answer))

    api.trigger("m-1")

    assert drift_lines(caplog) == [
        "the answer goes beyond the spec: $.job.statusHistory[*].zzReason: field not described by JobStatusChange "
        "(string)"
    ]
    assert "sk-never-logged-91c2" not in caplog.text


def test_an_answer_the_spec_describes_logs_nothing(
    api: Api, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="scenario_train")
    server.reply(Reply(json=train_answer()))

    api.trigger("m-1")

    assert drift_lines(caplog) == []


def test_without_debug_the_answer_is_not_walked(
    api: Api, server: LoopbackServer, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.INFO, logger="scenario_train")

    def walked(parsed: object, raw: object) -> list[_drift.Drift]:
        raise AssertionError("walked without DEBUG")

    monkeypatch.setattr(_drift, "find_drift", walked)
    server.reply(Reply(json=drifted_model()))

    assert api.retrieve("m-1").model.status == "hibernating"
    assert drift_lines(caplog) == []


def test_scenario_log_debug_turns_it_on(
    make_api: MakeApi, server: LoopbackServer, scenario_log: Callable[[str], None], caplog: pytest.LogCaptureFixture
) -> None:
    scenario_log("debug")
    api = make_api(server.url)
    server.reply(Reply(json=drifted_model()))

    api.retrieve("m-1")

    assert len(drift_lines(caplog)) == 2

"""Fixtures of the command line's tests: a mock with a distinctive secret, its environment, `main()` in process."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from scenario_train._cli import main
from scenario_train.testing import MockScenarioAPI
from tests.support.cli import API_KEY, SECRET, Outcome, PointAt, RunCli, TerminalStream, check_run


@pytest.fixture
def api(request: pytest.FixtureRequest) -> Iterator[MockScenarioAPI]:
    """A started mock with the tests' credentials; `@pytest.mark.scenario_mock(...)` passes it options."""
    marker = request.node.get_closest_marker("scenario_mock")
    options = {"api_key": API_KEY, "api_secret": SECRET, **(marker.kwargs if marker else {})}
    with MockScenarioAPI(**options) as mock:
        yield mock


@pytest.fixture
def point_at(monkeypatch: pytest.MonkeyPatch) -> PointAt:
    """Sets the environment the CLI reads: a base URL and, unless told otherwise, the tests' credentials."""

    def point(base_url: str, *, api_key: str | None = API_KEY, api_secret: str | None = SECRET) -> None:
        monkeypatch.setenv("SCENARIO_BASE_URL", base_url)
        for name, value in (("SCENARIO_SDK_API_KEY", api_key), ("SCENARIO_SDK_API_SECRET", api_secret)):
            if value is None:
                monkeypatch.delenv(name, raising=False)
            else:
                monkeypatch.setenv(name, value)

    return point


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> RunCli:
    """Runs `main()` with string streams (err a terminal if told) and checks what holds for every run.

    A string stream has no terminal to measure: its width is COLUMNS, as `shutil.get_terminal_size` reads it.
    """

    def run(*argv: str, terminal: bool = False, columns: int = 100) -> Outcome:
        monkeypatch.setenv("COLUMNS", str(columns))
        out = io.StringIO()
        err = TerminalStream() if terminal else io.StringIO()
        code = main(list(argv), out=out, err=err)
        leaked = capsys.readouterr()
        assert (leaked.out, leaked.err) == ("", ""), "the CLI wrote to sys.stdout/sys.stderr, not to its streams"
        return check_run(Outcome(code, out.getvalue(), err.getvalue()))

    return run


@pytest.fixture
def cli(api: MockScenarioAPI, point_at: PointAt, run_cli: RunCli) -> RunCli:
    """`run_cli` with the environment pointing at `api`."""
    point_at(api.base_url)
    return run_cli

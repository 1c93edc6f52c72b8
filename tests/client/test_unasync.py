"""The blocking resources are written from the async ones by tools/unasync.py, never by hand: those written
by hand (`_async_resources`) and those tools/operations.py writes from the operations table (`_async_operations`)."""

from __future__ import annotations

import inspect
from types import ModuleType

from scenario_train import _async_operations, _async_resources, _sync_operations, _sync_resources
from tests.support.scripts import load_script


def unasync_tool() -> ModuleType:
    return load_script("tools/unasync.py")


def test_the_blocking_resources_are_what_the_tool_writes_from_the_async_ones() -> None:
    tool = unasync_tool()

    assert [target for _, target in tool.PAIRS] == ["_sync_resources.py", "_sync_operations.py"]
    for source, target in tool.PAIRS:
        written = tool.unasync((tool.PACKAGE / source).read_text(encoding="utf-8"), source)
        assert (tool.PACKAGE / target).read_text(encoding="utf-8") == written
    assert tool.main(["--check"]) == 0


def test_the_tool_turns_awaited_code_and_async_names_into_their_blocking_twins() -> None:
    written = unasync_tool().unasync(
        "async def retrieve(self) -> AsyncRawResponse[Model]:\n"
        '    """Of `AsyncScenario`; `await .parse()` gives the result."""\n'
        "    return await self._acall(as_async_raw(AsyncModelsOperations.retrieve))\n"
    )

    assert written.splitlines()[1:] == [
        "def retrieve(self) -> RawResponse[Model]:",
        '    """Of `Scenario`; `.parse()` gives the result."""',
        "    return self._call(as_raw(ModelsOperations.retrieve))",
    ]


def test_each_public_method_of_the_async_resources_has_its_blocking_twin() -> None:
    pairs = [(_sync_resources.Train, _async_resources.AsyncTrain)]
    generated = _async_operations.__all__
    pairs += [
        (getattr(_sync_operations, name.removeprefix("Async")), getattr(_async_operations, name)) for name in generated
    ]
    assert {"ModelsOperations", "TrainOperations", "TrainWithRawResponse"} <= {sync.__name__ for sync, _ in pairs}
    for blocking, awaiting in pairs:
        public = {name for name in vars(awaiting) if not name.startswith("_")}
        assert public == {name for name in vars(blocking) if not name.startswith("_")}
        for name in public - {"with_raw_response"}:
            assert inspect.iscoroutinefunction(getattr(awaiting, name))
            assert not inspect.iscoroutinefunction(getattr(blocking, name))

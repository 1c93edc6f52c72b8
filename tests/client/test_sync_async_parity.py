"""The async client is the sync one, awaited: where the two are written twice, they must say the same thing.

The drivers of a call (`Sender` and `AsyncSender`) and the resources (`Train`, `AsyncTrain`, ...) are
compared as syntax trees, once the async one's `await`, `async for` and awaiting names are turned into
their blocking twins. A fix made to one and not the other fails here.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from typing import Any

import pytest

from scenario_train import _client, _http, _resources

# Names that differ between the twins and nothing else.
TWINS = {
    "AsyncSender": "Sender",
    "aiter_raw": "iter_raw",
    "aclose": "close",
    "asleep": "sleep",
    "AsyncModels": "Models",
    "AsyncTrain": "Train",
    "AsyncScenario": "Scenario",
    "_areport": "_report",
    "_acall": "_call",
    "AsyncTrainWithRawResponse": "TrainWithRawResponse",
    "AsyncModelsWithRawResponse": "ModelsWithRawResponse",
    "as_async_raw": "as_raw",
    "AsyncRawResponse": "RawResponse",
    "AsyncClient": "Client",
    "AsyncScenarioWithRawResponse": "ScenarioWithRawResponse",
    "new_async_client": "new_client",
}


class _Blocking(ast.NodeTransformer):
    def visit_Await(self, node: ast.Await) -> Any:
        return self.visit(node.value)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> Any:
        return self.visit(ast.For(**{field: getattr(node, field) for field in node._fields}))

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> Any:
        return self.visit(ast.FunctionDef(**{field: getattr(node, field) for field in node._fields}))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> Any:
        node.name = TWINS.get(node.name, node.name)
        return self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> Any:
        if isinstance(node.value, str):
            node.value = node.value.replace("AsyncClient", "Client")
        return node

    def visit_Name(self, node: ast.Name) -> Any:
        node.id = TWINS.get(node.id, node.id)
        return node

    def visit_Attribute(self, node: ast.Attribute) -> Any:
        node.attr = TWINS.get(node.attr, node.attr)
        return self.generic_visit(node)


def shape(function: Any, *, blocking: bool) -> str:
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    definition = tree.body[0]
    assert isinstance(definition, ast.FunctionDef | ast.AsyncFunctionDef)
    definition.body = [
        statement
        for statement in definition.body
        if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant))
    ]  # docstrings may differ, and so may the types of callbacks: the signatures are compared below
    definition.returns = None
    for argument in ast.walk(definition.args):
        if isinstance(argument, ast.arg):
            argument.annotation = None
    if blocking:
        tree = _Blocking().visit(tree)
    return ast.dump(tree)


PAIRS = [
    (_http.Sender.send, _http.AsyncSender.send),
    (_http.Sender._check, _http.AsyncSender._check),
    (_http.Sender._attempt, _http.AsyncSender._attempt),
    (_http.Sender.close, _http.AsyncSender.close),
    (_http.Sender.pause, _http.AsyncSender.pause),
    (_resources.Train.trigger, _resources.AsyncTrain.trigger),
    (_resources.Train.action, _resources.AsyncTrain.action),
    (_resources.Train.wait, _resources.AsyncTrain.wait),
    (_resources.Models.retrieve, _resources.AsyncModels.retrieve),
    (_resources.Models.__init__, _resources.AsyncModels.__init__),
    (_resources.TrainWithRawResponse.__init__, _resources.AsyncTrainWithRawResponse.__init__),
    (_resources.ModelsWithRawResponse.__init__, _resources.AsyncModelsWithRawResponse.__init__),
    (_resources._Resource._call, _resources._Resource._acall),
    (_client.Scenario._open, _client.AsyncScenario._open),
    (_client.Scenario._init, _client.AsyncScenario._init),
    (_client.Scenario._send, _client.AsyncScenario._send),
    (_client.Scenario.copy, _client.AsyncScenario.copy),
    (_client.Scenario.is_closed, _client.AsyncScenario.is_closed),
    (_client.Scenario.close, _client.AsyncScenario.close),
    (_client.Scenario.__dict__["with_raw_response"].func, _client.AsyncScenario.__dict__["with_raw_response"].func),
]


@pytest.mark.parametrize(("sync", "awaiting"), PAIRS, ids=[pair[0].__qualname__ for pair in PAIRS])
def test_the_async_twin_is_the_sync_code_awaited(sync: Any, awaiting: Any) -> None:
    assert shape(awaiting, blocking=True) == shape(sync, blocking=False)


@pytest.mark.parametrize(
    ("sync", "awaiting"),
    [(_resources.Train, _resources.AsyncTrain), (_resources.Models, _resources.AsyncModels)],
)
def test_every_public_method_has_a_twin_with_the_same_signature(sync: type, awaiting: type) -> None:
    public = {name for name in vars(sync) if not name.startswith("_")}
    assert public == {name for name in vars(awaiting) if not name.startswith("_")}
    for name in public:
        if callable(getattr(sync, name)):
            assert str(inspect.signature(getattr(sync, name))).replace("Awaitable[None] | None", "None") == str(
                inspect.signature(getattr(awaiting, name))
            ).replace("Awaitable[None] | None", "None"), name

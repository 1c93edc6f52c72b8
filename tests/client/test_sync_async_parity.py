"""The async client is the sync one, awaited: where the two are still written twice, they must say the same thing.

The clients, their resources and their senders are not written twice: `tools/unasync.py` writes the
blocking modules from the async ones (tests/client/test_unasync.py). What is left is the call every
resource shares (`Resource._call` and `_acall`, on the base class of both clients' resources): the
two are compared as syntax trees, once the async one's `await` and awaiting names are
turned into their blocking twins. A fix made to one and not the other fails here.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from typing import Any

import pytest

from scenario_train import _resource

# Names that differ between the twins and nothing else.
TWINS = {
    "_acall": "_call",
    "AsyncRawResponse": "RawResponse",
}


class _Blocking(ast.NodeTransformer):
    def visit_Await(self, node: ast.Await) -> Any:
        return self.visit(node.value)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> Any:
        return self.visit(ast.FunctionDef(**{field: getattr(node, field) for field in node._fields}))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> Any:
        node.name = TWINS.get(node.name, node.name)
        return self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> Any:
        node.id = TWINS.get(node.id, node.id)
        return node

    def visit_ImportFrom(self, node: ast.ImportFrom) -> Any:
        node.module = TWINS.get(node.module or "", node.module)
        for alias in node.names:
            alias.name = TWINS.get(alias.name, alias.name)
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
    (_resource.Resource._call, _resource.Resource._acall),
]


@pytest.mark.parametrize(("sync", "awaiting"), PAIRS, ids=[pair[0].__qualname__ for pair in PAIRS])
def test_the_async_twin_is_the_sync_code_awaited(sync: Any, awaiting: Any) -> None:
    assert shape(awaiting, blocking=True) == shape(sync, blocking=False)

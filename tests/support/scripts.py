"""The repository's scripts (openapi/generate.py, tools/unasync.py), loaded as modules by their path."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from .mock import REPO


def load_script(relative: str) -> ModuleType:
    found = importlib.util.spec_from_file_location(relative.rsplit("/", 1)[-1].removesuffix(".py"), REPO / relative)
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    sys.modules[found.name] = module  # as an import would: dataclasses read their module there
    found.loader.exec_module(module)
    return module

"""Type-checked by test_typing.py under `mypy --strict`: each line marked `# error: CODE` must fail
with that error code, and no other line may fail.

A misspelt name of the package fails the type check, not only at run time: the package's lazy
loading of its models is hidden from type checkers.
"""

from __future__ import annotations

import scenario_train
from scenario_train import BadRequestErorr  # error: attr-defined


def trigger(client: scenario_train.Scenario) -> str:
    try:
        client.models.train.trigger("m")
    except scenario_train.RateLimitErorr:  # error: attr-defined
        return "later"
    except BadRequestErorr:
        return "refused"
    return "started"


def status_of(model: scenario_train.Modle) -> str:  # error: name-defined
    return f"{model}"

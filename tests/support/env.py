"""The environment variables the client and the vendor's SDK read: every name starting with SCENARIO_.

SCENARIO_SDK_API_KEY, SCENARIO_SDK_API_SECRET, SCENARIO_SDK_JWT, SCENARIO_BASE_URL,
SCENARIO_CUSTOM_HEADERS and SCENARIO_LOG today; the prefix covers any added later.

Also the environment of a tool that a test runs in a child process (`for_a_tool`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

PREFIX = "SCENARIO_"
COVERAGE_STARTERS = ("COVERAGE_PROCESS_CONFIG", "COVERAGE_PROCESS_START")
"""What starts coverage in a child Python process (make test sets the first: pyproject.toml's coverage patch)."""


def scenario_variables(environ: Mapping[str, str]) -> list[str]:
    """The names in `environ` that the client or the vendor's SDK may read."""
    return [name for name in environ if name.startswith(PREFIX)]


def without_scenario_variables(environ: Mapping[str, str]) -> dict[str, str]:
    """`environ` without any SCENARIO_* variable: what a child process starts from."""
    return {name: value for name, value in environ.items() if not name.startswith(PREFIX)}


def for_a_tool(environ: Mapping[str, str] = os.environ, **variables: str) -> dict[str, str]:
    """`environ` plus `variables` for a tool a test runs (mypy, schemathesis, a generator, a build), unmeasured.

    make test measures the client's code in every process the suite starts, the command line's children
    included; a tool runs none of it, and traced it runs up to twice as slow.
    """
    return {name: value for name, value in {**environ, **variables}.items() if name not in COVERAGE_STARTERS}

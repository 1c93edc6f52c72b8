"""The environment variables the client and the vendor's SDK read: every name starting with SCENARIO_.

SCENARIO_SDK_API_KEY, SCENARIO_SDK_API_SECRET, SCENARIO_SDK_JWT, SCENARIO_BASE_URL,
SCENARIO_CUSTOM_HEADERS and SCENARIO_LOG today; the prefix covers any added later.
"""

from __future__ import annotations

from collections.abc import Mapping

PREFIX = "SCENARIO_"


def scenario_variables(environ: Mapping[str, str]) -> list[str]:
    """The names in `environ` that the client or the vendor's SDK may read."""
    return [name for name in environ if name.startswith(PREFIX)]


def without_scenario_variables(environ: Mapping[str, str]) -> dict[str, str]:
    """`environ` without any SCENARIO_* variable: what a child process starts from."""
    return {name: value for name, value in environ.items() if not name.startswith(PREFIX)}

"""`scenario-train mock`: the embedded mock API in the foreground, until Ctrl-C."""

from __future__ import annotations

import shlex
from typing import TextIO

from .testing import DEFAULT_API_KEY, DEFAULT_API_SECRET, MockScenarioAPI

__all__ = ["run_mock"]


def run_mock(*, port: int, api_key: str | None, api_secret: str | None, out: TextIO) -> int:
    """Serve until interrupted; the caller turns KeyboardInterrupt into its exit code."""
    if (api_key is None) != (api_secret is None):
        raise ValueError("give both --api-key and --api-secret, or neither for the demo credentials")
    if not 0 <= port <= 65535:
        raise ValueError(f"--port must be between 0 and 65535, not {port}")

    def log(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    api = MockScenarioAPI(
        port=port, api_key=api_key or DEFAULT_API_KEY, api_secret=api_secret or DEFAULT_API_SECRET, log=log
    )
    try:
        api.start()
    except OSError as exc:  # e.g. the port is taken: a configuration error, not a crash
        raise ValueError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None
    try:
        exports = {
            "SCENARIO_BASE_URL": api.base_url,
            "SCENARIO_SDK_API_KEY": api.api_key,
            "SCENARIO_SDK_API_SECRET": api.api_secret,
        }
        out.write(
            f"Mock Scenario API listening on {api.base_url}\n"
            f"It accepts API key {api.api_key!r} with API secret {api.api_secret!r} (HTTP Basic).\n"
            "Point the client or the CLI at it:\n"
            f"  export {' '.join(f'{name}={shlex.quote(value)}' for name, value in exports.items())}\n"
            "Press Ctrl-C to stop.\n"
        )
        out.flush()
        api.wait()
    finally:
        api.stop()
    return 0

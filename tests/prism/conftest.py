"""Prism (`@stoplight/prism-cli`, pinned in package-lock.json) serving the spec with request validation on."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.support.net import free_port

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "scenario-train.yaml"
PRISM = Path(__file__).with_name("node_modules") / ".bin" / "prism"
STARTUP_SECONDS = 60.0


def bundled_spec(destination: Path) -> Path:
    """The spec with `externalValue` examples inlined: Prism does not load external examples."""
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    for example in spec["components"]["examples"].values():
        external = example.pop("externalValue", None)
        if external is not None:
            example["value"] = json.loads((SPEC.parent / external).read_text(encoding="utf-8"))
    destination.write_text(json.dumps(spec), encoding="utf-8")
    return destination


def _wait_until_listening(process: subprocess.Popen[bytes], url: str) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode(errors="replace") if process.stdout else ""
            raise RuntimeError(f"Prism exited with {process.returncode}:\n{output[-2000:]}")
        try:
            httpx.get(url, timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"Prism did not listen on {url} within {STARTUP_SECONDS:g} s")


@pytest.fixture(scope="session")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not PRISM.exists():
        message = "Prism is not installed (needs Node and npm; `make setup` installs it into tests/prism)"
        if os.environ.get("CI"):
            pytest.fail(f"{message}: CI must run the Prism tests")
        pytest.skip(message)
    spec = bundled_spec(tmp_path_factory.mktemp("prism") / "spec.json")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    # --errors turns a response that breaks its own schema into a 500: the spec checks its examples too.
    process = subprocess.Popen(
        [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(spec)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_listening(process, url)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)

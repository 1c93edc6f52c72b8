"""Markers of the packaging tests."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # Registered here (pytest runs with --strict-markers) and not deselected anywhere: `make test` runs it.
    config.addinivalue_line("markers", "slow: builds and installs the package (about 30 s, needs PyPI)")

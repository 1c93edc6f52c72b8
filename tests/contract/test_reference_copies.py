"""The vendored reference tables are the shared folder's, byte for byte, where that folder is present."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.contract import REFERENCE_DIR

SHARED = Path(__file__).resolve().parents[3] / "shared" / "reference"
TABLES = ("response-fields.tsv", "response-enums.json")


@pytest.mark.parametrize("name", TABLES)
def test_the_tables_the_tests_read_are_present(name: str) -> None:
    assert (REFERENCE_DIR / name).stat().st_size > 0


@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared reference folder sits beside development clones only")
@pytest.mark.parametrize("name", TABLES)
def test_each_copy_matches_the_shared_folder(name: str) -> None:
    assert (REFERENCE_DIR / name).read_bytes() == (SHARED / name).read_bytes()

"""Checking a training folder before anything is sent (issue 21): 10,000 files, most of them not images.

The folder holds 50 images of 1 MB, each read whole and hashed, and 9,950 small files that are not
images, of which only the first bytes are read. It is written once, so the rounds read it from the
page cache, as a folder checked right after it was made or used would be.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from measures import Row

from scenario_train._dataset import check_folder

IMAGES, OTHERS, IMAGE_BYTES = 50, 9_950, 1_000_000
TARGET_SECONDS = 2.0
PNG = b"\x89PNG\r\n\x1a\n"


def _make(folder: Path) -> None:
    noise = random.Random(0)
    for index in range(IMAGES):
        (folder / f"image{index:02}.png").write_bytes(PNG + noise.randbytes(IMAGE_BYTES - len(PNG)))
    for index in range(OTHERS):
        (folder / f"log{index:04}.json").write_bytes(b'{"step": %d, "loss": 0.1}\n' % index)


def folder_check(*, rounds: int = 5) -> list[Row]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        _make(folder)
        check_folder(folder, "flux.2-dev-lora")  # warm-up: imports, the page cache
        seconds = []
        for _ in range(rounds):
            started = time.perf_counter()
            dataset = check_folder(folder, "flux.2-dev-lora")
            seconds.append(time.perf_counter() - started)
        assert len(dataset.images) == IMAGES and len(dataset.ignored) == OTHERS and not dataset.problems
        tracemalloc.start()
        check_folder(folder, "flux.2-dev-lora")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    median = statistics.median(seconds)
    files = f"{IMAGES + OTHERS:,} files ({IMAGES} images of 1 MB)"
    return [
        Row(
            f"check a folder of {files}, vs the target",
            f"{median:.2f} s",
            f"{TARGET_SECONDS:.0f} s",
            median / TARGET_SECONDS,
            "<= 1.00",
            f"{min(seconds) / TARGET_SECONDS:.2f}-{max(seconds) / TARGET_SECONDS:.2f}",
        ),
        Row(
            "  memory it holds at its peak (tracemalloc)",
            f"{peak / 2**20:.1f} MiB",
            f"{IMAGES * IMAGE_BYTES / 2**20:.0f} MiB of images",
            None,
            "bounded",
        ),
    ]

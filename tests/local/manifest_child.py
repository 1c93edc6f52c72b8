"""A process that saves manifests, for the tests to kill: `python -m tests.local.manifest_child MODE FOLDER`.

- `loop`: saves `version(1)`, `version(2)`, ... without end, saying `ready` after the first.
- `before-replace`, `before-fsync`: saves `version(0)`, then `version(1)`, pausing at that point of
  the second save (its temporary file written but not renamed, or not yet flushed) and saying `paused`.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from typing import Any

from scenario_train._manifest import Manifest, ManifestImage, ManifestModel, ManifestPair, ManifestStore

IMAGES = 400
"""Enough that a save takes a while (about 100 kB), so that kills land in every part of it."""


def version(number: int) -> Manifest:
    """A manifest that says which version it is in every part of it, its job id first."""
    images = tuple(
        ManifestImage(
            sha256=hashlib.sha256(f"{index}".encode()).hexdigest(),
            name=f"image {index}.png",
            asset_id=f"asset_{number}_{index}",
            training_image_id=f"asset_{number}_{index}",
            caption=f"caption {number}",
        )
        for index in range(IMAGES)
    )
    pairs = (ManifestPair(f"asset_{number}_0", f"asset_{number}_1", f"instruction {number}"),)
    return Manifest(ManifestModel(f"model_{number}", "flux.2-dev-lora", "name"), images, pairs, f"job_{number}")


def number_of(manifest: Manifest) -> int:
    assert manifest.job_id is not None
    return int(manifest.job_id.removeprefix("job_"))


def pause(*_: Any, **__: Any) -> None:
    print("paused", flush=True)
    time.sleep(3600)


def main(mode: str, folder: str) -> None:
    store = ManifestStore(folder)
    store.load()
    if mode == "loop":
        store.save(version(1))
        print("ready", flush=True)
        number = 2
        while True:
            store.save(version(number))
            number += 1
    store.save(version(0))
    if mode == "before-replace":
        os.replace = pause
    else:
        os.fsync = pause
    store.save(version(1))


if __name__ == "__main__":
    main(*sys.argv[1:])

"""A client process whose memory is measured: `python -m tests.client.add_file_child KIND MODEL_ID FILE`.

Adds FILE to model MODEL_ID with `training_images.add_file` (a `Scenario` or an `AsyncScenario`, KIND `sync` or
`async`, the base URL and credentials from the environment), and prints the peak of what Python
allocated during the call (tracemalloc), in bytes. The server runs in the test's process, so that only the
client's memory is counted. A first call with a small image loads what the call loads.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import tracemalloc
from pathlib import Path

from scenario_train import AsyncScenario, Scenario
from tests.support.images import png, write


def main(kind: str, model_id: str, file: str) -> int:
    with tempfile.TemporaryDirectory() as folder:
        small = write(Path(folder) / "small.png", png(b"small"))
        if kind == "sync":
            with Scenario() as client:
                client.models.training_images.add_file(model_id, small)
                tracemalloc.start()
                client.models.training_images.add_file(model_id, file)
        else:

            async def add() -> None:
                async with AsyncScenario() as client:
                    await client.models.training_images.add_file(model_id, small)
                    tracemalloc.start()
                    await client.models.training_images.add_file(model_id, file)

            asyncio.run(add())
    print(tracemalloc.get_traced_memory()[1])
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

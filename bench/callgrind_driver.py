"""Run under valgrind by the benchmark: N triggers of one contender, nothing else, so that two runs' difference is
the instruction count of N - M triggers. Usage: callgrind_driver.py raw|ours BASE_URL MODEL_ID fast|json N [AT_ONCE]

With AT_ONCE, the triggers are async, AT_ONCE at a time (N a multiple of it), on the async contenders' model."""

from __future__ import annotations

import sys

from contenders import raw_httpx, set_fast_json, this_client


def main() -> None:
    which, base_url, model_id, decoder, count, *at_once = sys.argv[1:]
    set_fast_json(decoder == "fast")
    if at_once:
        bursts(which, base_url, int(count), int(at_once[0]))
        return
    call, close = (raw_httpx if which == "raw" else this_client)(base_url, model_id)
    call()  # the connection, and every import the call makes
    for _ in range(int(count)):
        call()
    close()


def bursts(which: str, base_url: str, count: int, at_once: int) -> None:
    import asyncio  # only here: loaded, it changes the synchronous triggers' count by about 1 %

    from contenders import async_raw_httpx, async_this_client

    async def run() -> None:
        call, close = (async_raw_httpx if which == "raw" else async_this_client)(base_url)
        for _ in range(1 + count // at_once):  # the first burst: the pool's connections, and every import
            await asyncio.gather(*(call() for _ in range(at_once)))
        await close()

    asyncio.run(run())


if __name__ == "__main__":
    main()

"""Run under valgrind by the benchmark: N triggers of one contender, nothing else, so that two runs' difference is
the instruction count of N - M triggers. Usage: callgrind_driver.py raw|ours BASE_URL MODEL_ID fast|json N"""

from __future__ import annotations

import sys

from contenders import raw_httpx, set_fast_json, this_client


def main() -> None:
    which, base_url, model_id, decoder, count = sys.argv[1:]
    set_fast_json(decoder == "fast")
    call, close = (raw_httpx if which == "raw" else this_client)(base_url, model_id)
    call()  # the connection, and every import the call makes
    for _ in range(int(count)):
        call()
    close()


if __name__ == "__main__":
    main()

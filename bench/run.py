"""`make bench`: every performance measure of the client in one run, printed as one table of ratios.

The baselines are measured in the same run: raw httpx (the floor), and the vendor SDK where the
`bench` extra installed it. The package's bytecode is compiled first, as a wheel install would have
it: otherwise each import would compile the sources again, and httpx's would not.
"""

from __future__ import annotations

import argparse
import compileall
import sys
from pathlib import Path

from folder_check import folder_check
from measures import (
    Row,
    async_instructions_per_call,
    async_throughput,
    cold_start,
    cpu_per_trigger,
    import_cost,
    instructions_per_trigger,
    memory_growth,
    parse_cost,
)
from server import BenchServer

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds, no callgrind: a smoke run")
    args = parser.parse_args()
    for folder in ("overlay", "generated"):
        compileall.compile_dir(REPO / folder, quiet=1)
    rows: list[Row] = []

    def measured(new: list[Row]) -> None:
        """Keep the rows, and show each at once on stderr: a run that fails late still says what it measured."""
        for row in new:
            print(f"measured: {row.measure}: {row.ours} vs {row.baseline}", file=sys.stderr, flush=True)
        rows.extend(new)

    measured(import_cost(rounds=3 if args.quick else 15))
    with BenchServer() as server:
        measured(cold_start(server.url, rounds=3 if args.quick else 15))
        measured(cpu_per_trigger(server.url, rounds=2 if args.quick else 7, calls=50 if args.quick else 300))
        if not args.quick:
            measured(instructions_per_trigger(server.url))
        measured(parse_cost(repeat=2 if args.quick else 15))
        measured(async_throughput(server.url, rounds=1 if args.quick else 5))
        if not args.quick:
            measured(async_instructions_per_call(server.url))
        measured(memory_growth(server.url, calls=500 if args.quick else 10_000))
    measured(folder_check(rounds=2 if args.quick else 5))
    print(f"scenario-train benchmark (Python {sys.version.split()[0]}); ratio = scenario-train / baseline\n")
    print("| measure | scenario-train | baseline | ratio | spread over rounds | target | met |")
    print("|---|---:|---:|---:|---:|---|---|")
    for row in rows:
        ratio = "" if row.ratio is None else f"{row.ratio:.3f}" if row.spread == "" else f"{row.ratio:.2f}"
        print(f"| {row.measure} | {row.ours} | {row.baseline} | {ratio} | {row.spread} | {row.target} | {row.met} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Each measurement of the benchmark: a function returning rows of the one table `make bench` prints.

Timings interleave the contenders in rounds and take medians, so that the shared machine's noise
falls on all of them alike, and show the spread of the ratio over the rounds (each round's ratio of
the contenders measured side by side); instruction counts (callgrind) are not moved by that noise at all.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import timeit
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import NamedTuple

from contenders import (
    async_raw_httpx,
    async_this_client,
    raw_httpx,
    set_fast_json,
    this_client,
    vendor_sdk,
)
from server import CURRENT, DOCUMENTED

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
VALGRIND = shutil.which("valgrind")


class Row(NamedTuple):
    measure: str
    ours: str
    baseline: str
    ratio: float | None
    target: str
    """How the ratio must compare, e.g. `<= 1.25`, or the target in words."""
    spread: str = ""
    """The lowest and highest ratio of one round, where timings are noisy."""

    @property
    def met(self) -> str:
        if self.ratio is None or not self.target.startswith(("<=", ">=")):
            return ""
        bound = float(self.target.split()[1])
        return "yes" if (self.ratio <= bound if self.target.startswith("<=") else self.ratio >= bound) else "no"


class Rounds(NamedTuple):
    samples: dict[str, list[float]]
    """Each contender's measure, one per round."""

    def median(self, name: str) -> float:
        return statistics.median(self.samples[name])

    def spread(self, ours: str, baseline: str, *, less: str | None = None) -> str:
        """`lo-hi` of the per-round ratios ours / baseline, each less `less`'s measure of the same round."""
        base = self.samples[less] if less else [0.0] * len(self.samples[ours])
        ratios = [
            (mine - floor) / (theirs - floor)
            for mine, theirs, floor in zip(self.samples[ours], self.samples[baseline], base, strict=True)
        ]
        return f"{min(ratios):.2f}-{max(ratios):.2f}"


def _rounds(contenders: dict[str, Callable[[], float]], rounds: int) -> Rounds:
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, measure in contenders.items():
            samples[name].append(measure())
    return Rounds(samples)


# CPU per trigger -------------------------------------------------------------------------------------------------


def cpu_per_trigger(base_url: str, *, rounds: int = 7, calls: int = 300) -> list[Row]:
    made = {"raw": raw_httpx(base_url), "ours": this_client(base_url)}
    vendor = vendor_sdk(base_url)
    if vendor is not None:
        made["vendor"] = vendor

    def cpu(name: str, fast: bool = True) -> Callable[[], float]:
        call = made[name][0]

        def measure() -> float:
            set_fast_json(fast)
            started = time.process_time()
            for _ in range(calls):
                call()
            return (time.process_time() - started) / calls

        return measure

    for call, _ in made.values():
        for _ in range(50):
            call()  # warm-up: imports, connection, caches
    contenders = {"raw": cpu("raw"), "ours": cpu("ours"), "ours (json only)": cpu("ours", fast=False)}
    if vendor is not None:
        contenders["vendor"] = cpu("vendor")
    measured = _rounds(contenders, rounds)
    set_fast_json(True)
    for _, close in made.values():
        close()
    raw, ours, plain = measured.median("raw"), measured.median("ours"), measured.median("ours (json only)")
    rows = [
        Row("CPU per trigger vs raw httpx", _us(ours), _us(raw), ours / raw, "<= 1.25", measured.spread("ours", "raw")),
        Row(
            "  the same, without orjson",
            _us(plain),
            _us(raw),
            plain / raw,
            "<= 1.25",
            measured.spread("ours (json only)", "raw"),
        ),
    ]
    if "vendor" in measured.samples:
        rows.append(
            Row(
                "CPU per trigger vs vendor SDK 2.4.0",
                _us(ours),
                _us(measured.median("vendor")),
                ours / measured.median("vendor"),
                "<= 0.50",
                measured.spread("ours", "vendor"),
            )
        )
    return rows


# Instructions per trigger (callgrind) -------------------------------------------------------------------------------


def _instructions(arguments: list[str]) -> int:
    run = subprocess.run(
        [str(VALGRIND), "--tool=callgrind", "--callgrind-out-file=/dev/null", PYTHON, *arguments],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
        env={**os.environ, "PYTHONHASHSEED": "0"},  # string hashes, and so the work of sets and dicts, fixed
    )
    line = next(line for line in run.stderr.splitlines() if "refs:" in line)
    return int(line.split("refs:")[1].replace(",", ""))


def _per_trigger(
    which: str, base_url: str, model_id: str, decoder: str, few: int = 20, many: int = 120, at_once: int | None = None
) -> float:
    driver = [str(HERE / "callgrind_driver.py"), which, base_url, model_id, decoder]
    tail = [] if at_once is None else [str(at_once)]
    return (_instructions([*driver, str(many), *tail]) - _instructions([*driver, str(few), *tail])) / (many - few)


def instructions_per_trigger(base_url: str) -> list[Row]:
    if VALGRIND is None:
        return [Row("instructions per trigger", "valgrind not found", "", None, "<= 1.12")]
    rows = []
    for answer, model_id in (("documented", "model_bench"), ("current-API", "current_bench")):
        raw = _per_trigger("raw", base_url, model_id, "json")
        for decoder, label in (("fast", ""), ("json", ", without orjson")):
            ours = _per_trigger("ours", base_url, model_id, decoder)
            rows.append(
                Row(f"instructions per trigger, {answer} answer{label}", _m(ours), _m(raw), ours / raw, "<= 1.12")
            )
    return rows


def async_instructions_per_call(base_url: str) -> list[Row]:
    """Async triggers 50 at a time; the pool's work per call moves with its connections' state, so over 8 bursts."""
    if VALGRIND is None:
        return []
    raw, ours = (_per_trigger(who, base_url, "model_bench", "fast", 100, 500, at_once=50) for who in ("raw", "ours"))
    return [Row("  client instructions per call at 50 (callgrind)", _m(ours), _m(raw), ours / raw, "<= 1.05")]


# Import and start -------------------------------------------------------------------------------------------------


def _run_seconds(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def import_cost(*, rounds: int = 15) -> list[Row]:
    def importing(module: str) -> Callable[[], float]:
        return lambda: _run_seconds([PYTHON, "-c", f"import {module}"])

    measured = _rounds(
        {"none": importing("sys"), "httpx": importing("httpx"), "ours": importing("scenario_train")}, rounds
    )
    httpx_s, ours_s = (
        measured.median("httpx") - measured.median("none"),
        measured.median("ours") - measured.median("none"),
    )
    rows = [
        Row(
            "import time (wall, python startup taken off)",
            _ms(ours_s),
            _ms(httpx_s),
            ours_s / httpx_s,
            "<= 1.10",
            measured.spread("ours", "httpx", less="none"),
        )
    ]
    if VALGRIND is not None:
        base = _instructions(["-c", "pass"])
        httpx_i, ours_i = (
            _instructions(["-c", "import httpx"]) - base,
            _instructions(["-c", "import scenario_train"]) - base,
        )
        rows.append(Row("import instructions (callgrind)", _m(ours_i), _m(httpx_i), ours_i / httpx_i, "<= 1.10"))
    probe = "import {}, resource; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    rss = {
        module: int(
            subprocess.run([PYTHON, "-c", probe.format(module)], capture_output=True, text=True, check=True).stdout
        )
        for module in ("httpx", "scenario_train")
    }
    rows.append(
        Row(
            "RSS after import",
            f"{rss['scenario_train'] / 1024:.1f} MiB",
            f"{rss['httpx'] / 1024:.1f} MiB",
            rss["scenario_train"] / rss["httpx"],
            "<= 1.10",
        )
    )
    return rows


def cold_start(base_url: str, *, rounds: int = 15) -> list[Row]:
    env = {**os.environ, "SCENARIO_BASE_URL": base_url, "SCENARIO_SDK_API_KEY": "k", "SCENARIO_SDK_API_SECRET": "s"}
    cli = str(Path(PYTHON).with_name("scenario-train"))
    measured = _rounds(
        {
            "raw": lambda: _run_seconds([PYTHON, str(HERE / "raw_status.py"), "model_bench"], env),
            "ours": lambda: _run_seconds([cli, "status", "model_bench"], env),
        },
        rounds,
    )
    return [
        Row(
            "`scenario-train status` cold start vs raw-httpx script",
            _ms(measured.median("ours")),
            _ms(measured.median("raw")),
            measured.median("ours") / measured.median("raw"),
            "<= 1.25",
            measured.spread("ours", "raw"),
        )
    ]


# Parse alone ------------------------------------------------------------------------------------------------------


def parse_cost(*, repeat: int = 15, number: int = 300) -> list[Row]:
    from scenario_train_api.models import TrainModelResponse

    rows = []
    for answer, data in (("documented", DOCUMENTED), ("current-API", CURRENT)):
        document = json.loads(data)

        def timed(statement: Callable[[], object]) -> Callable[[], float]:
            return lambda: timeit.timeit(statement, number=number) / number

        measured = _rounds(
            {
                "loads": timed(lambda: json.loads(data)),  # noqa: B023 - measured at once
                "from_dict": timed(lambda: TrainModelResponse.from_dict(document)),  # noqa: B023
            },
            repeat,
        )
        # The best round of each: the least disturbed by other work on the machine.
        loads, from_dict = min(measured.samples["loads"]), min(measured.samples["from_dict"])
        rows.append(
            Row(
                f"from_dict vs json.loads, {answer} answer",
                _us(from_dict),
                _us(loads),
                from_dict / loads,
                "<= 1.20",
                measured.spread("from_dict", "loads"),
            )
        )
    return rows


# Async throughput ---------------------------------------------------------------------------------------------------


async def _burst(call: Callable[[], Awaitable[object]], concurrency: int, total: int) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    for _ in range(total // concurrency):
        await asyncio.gather(*(call() for _ in range(concurrency)))
    return total / (time.perf_counter() - started), (time.process_time() - cpu) / total


def async_throughput(base_url: str, *, rounds: int = 3) -> list[Row]:
    async def measure() -> list[Row]:
        raw_call, raw_close = async_raw_httpx(base_url)
        ours_call, ours_close = async_this_client(base_url)
        await _burst(raw_call, 50, 200)
        await _burst(ours_call, 50, 200)
        rows = []
        for concurrency in (50, 200, 1000):
            total = max(1000, concurrency)
            results: dict[str, list[tuple[float, float]]] = {"raw": [], "ours": []}
            for _ in range(rounds):
                for name, call in (("raw", raw_call), ("ours", ours_call)):
                    # A burst right after a 1000-call burst, of either client, meets a pool whose state costs
                    # about tenfold CPU per call; a short burst first brings every measured one to the same start.
                    await _burst(call, 50, 200)
                    results[name].append(await _burst(call, concurrency, total))
            rates = Rounds({name: [r for r, _ in values] for name, values in results.items()})
            cpus = Rounds({name: [c for _, c in values] for name, values in results.items()})
            rate = {name: rates.median(name) for name in results}
            cpu = {name: cpus.median(name) for name in results}
            rows.append(
                Row(
                    f"async triggers/s at {concurrency} concurrent",
                    f"{rate['ours']:.0f}/s",
                    f"{rate['raw']:.0f}/s",
                    rate["ours"] / rate["raw"],
                    ">= 0.95",
                    rates.spread("ours", "raw"),
                )
            )
            rows.append(
                Row(
                    f"  client CPU per call at {concurrency}",
                    _us(cpu["ours"]),
                    _us(cpu["raw"]),
                    cpu["ours"] / cpu["raw"],
                    "<= 1.05",
                    cpus.spread("ours", "raw"),
                )
            )
        await raw_close()
        await ours_close()
        return rows

    return asyncio.run(measure())


# Memory over many calls ---------------------------------------------------------------------------------------------


def _rss_kib() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def memory_growth(base_url: str, *, calls: int = 10_000) -> list[Row]:
    call, close = this_client(base_url)
    for _ in range(1000):
        call()
    gc.collect()
    rss, objects = _rss_kib(), len(gc.get_objects())
    for _ in range(calls):
        call()
    gc.collect()
    grown_rss, grown_objects = _rss_kib() - rss, len(gc.get_objects()) - objects
    close()
    return [
        Row(
            f"RSS growth over {calls:,} triggers",
            f"{grown_rss:+d} KiB",
            f"{rss / 1024:.1f} MiB at start",
            None,
            "no growth",
        ),
        Row(
            f"gc objects growth over {calls:,} triggers",
            f"{grown_objects:+d}",
            f"{objects:,} at start",
            None,
            "no growth",
        ),
    ]


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} us"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def _m(count: float) -> str:
    return f"{count / 1e6:.2f} M"

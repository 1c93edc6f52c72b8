"""Client-side CPU time per trigger: raw httpx, this client, and the vendor's SDK, in one run.

The server runs in another process on loopback and answers every trigger with the documented
example, so only the client's own work is measured (time.process_time of this process). Rounds of
the three contenders are interleaved and the median round is reported, which keeps the shared
machine's noise out of the ratios. Run with `make bench`.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

EXAMPLE = (Path(__file__).resolve().parents[1] / "openapi" / "examples" / "train-200.json").read_bytes()
KEY, SECRET = "bench-key", "bench-secret"
MODEL_ID = "model_bench"
PARAMETERS = {"batchSize": 2, "learningRate": 1e-4, "maxTrainSteps": 500}


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Without it, headers and body leave in two segments and every call waits for a delayed ACK.
    disable_nagle_algorithm = True

    def do_PUT(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(EXAMPLE)))
        self.end_headers()
        self.wfile.write(EXAMPLE)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(port_queue: Any) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


Contender = Callable[[], object]


def raw_httpx(base_url: str) -> tuple[Contender, Callable[[], None]]:
    client = httpx.Client(base_url=base_url, auth=(KEY, SECRET), timeout=60.0)

    def call() -> object:
        response = client.put(f"/models/{MODEL_ID}/train", json={"parameters": PARAMETERS})
        response.raise_for_status()
        return json.loads(response.content)

    return call, client.close


def this_client(base_url: str) -> tuple[Contender, Callable[[], None]]:
    from scenario_train import Scenario

    client = Scenario(api_key=KEY, api_secret=SECRET, base_url=base_url, max_retries=0)
    return (lambda: client.models.train.trigger(MODEL_ID, parameters=PARAMETERS)), client.close


def vendor_sdk(base_url: str) -> tuple[Contender, Callable[[], None]] | None:
    try:
        from scenario_sdk import Scenario as VendorScenario  # type: ignore[import-not-found]
    except ImportError:
        return None
    client = VendorScenario(api_key=KEY, api_secret=SECRET, base_url=base_url, max_retries=0)
    return (lambda: client.models.train.trigger(MODEL_ID, parameters=PARAMETERS)), client.close


def cpu_per_call(call: Contender, calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - started) / calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--calls", type=int, default=300, help="calls per contender per round")
    args = parser.parse_args()

    context = multiprocessing.get_context("spawn")
    ports = context.Queue()
    server = context.Process(target=_serve, args=(ports,), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{ports.get(timeout=30)}/v1"
    try:
        made = {"raw httpx put + json.loads": raw_httpx(base_url), "scenario-train": this_client(base_url)}
        vendor = vendor_sdk(base_url)
        if vendor is not None:
            made["scenario-sdk 2.4.0 (vendor)"] = vendor
        samples: dict[str, list[float]] = {name: [] for name in made}
        for call, _ in made.values():
            cpu_per_call(call, 50)  # warm-up: imports, connection, caches
        for _ in range(args.rounds):
            for name, (call, _) in made.items():
                samples[name].append(cpu_per_call(call, args.calls))
        for _, close in made.values():
            close()
    finally:
        server.terminate()
        server.join(timeout=10)

    medians = {name: statistics.median(values) for name, values in samples.items()}
    baseline = medians["raw httpx put + json.loads"]
    python = sys.version.split()[0]
    print(f"CPU time per trigger, median of {args.rounds} rounds x {args.calls} calls (Python {python})")
    print()
    print("| client | CPU µs/call | x raw httpx |")
    print("|---|---:|---:|")
    for name, value in medians.items():
        print(f"| {name} | {value * 1e6:.0f} | {value / baseline:.2f} |")
    ours = medians["scenario-train"]
    print()
    print(f"scenario-train / raw httpx: {ours / baseline:.2f} (target ≤ 1.25)")
    vendor_name = "scenario-sdk 2.4.0 (vendor)"
    if vendor_name in medians:
        print(f"scenario-train / vendor SDK: {ours / medians[vendor_name]:.2f} (target ≤ 0.50)")
    else:
        print("vendor SDK not installed: `make bench` installs it with the bench extra")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The sandbox marketplace's own capacity: it must never be the bottleneck of other benchmarks.

Figures: requests per second the server sustains pinned to one core with rate limits off (a mix
of getShipment, getShipments pages of 100, batchInventory and getReturn), the latency of a page of
100 shipments, and the memory of 100,000 generated shipments (tracemalloc and RSS growth).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
import tracemalloc
from typing import Any

import httpx

DURATION_S = 4.0
CLIENT_THREADS = 4


def _pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def test_sandbox_throughput(record: Any) -> None:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "packstation",
            "sandbox",
            "serve",
            "--port",
            "0",
            "--shipments",
            "2000",
            "--no-rate-limits",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        preexec_fn=_pin_to_one_core,  # noqa: PLW1509 - affinity must be set in the child
    )
    try:
        assert proc.stdout is not None
        base = proc.stdout.readline().strip()
        token = httpx.post(
            base + "/auth/o2/token",
            data={
                "grant_type": "refresh_token",
                "client_id": "c",
                "client_secret": "s",
                "refresh_token": "r",
            },
        ).json()["access_token"]
        headers = {"x-amz-access-token": token}
        state = httpx.get(base + "/_sandbox/state").json()
        ids = [s["id"] for s in state["shipments"]]
        inv = state["inventory"][0]
        ret = httpx.get(base + "/externalFulfillment/2024-09-11/returns", headers=headers).json()[
            "returns"
        ][0]["id"]
        counts = {
            "getShipment": 0,
            "getShipments": 0,
            "batchInventory": 0,
            "getReturn": 0,
            "errors": 0,
        }
        lock = threading.Lock()
        deadline = time.perf_counter() + DURATION_S

        def work(n: int) -> None:
            local = dict.fromkeys(counts, 0)
            with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
                i = n
                while time.perf_counter() < deadline:
                    i += 1
                    kind = (
                        "getShipment",
                        "getShipment",
                        "getShipment",
                        "batchInventory",
                        "getReturn",
                        "getShipment",
                    )[i % 6]
                    if kind == "getShipment":
                        r = client.get(
                            f"/externalFulfillment/2024-09-11/shipments/{ids[i % len(ids)]}"
                        )
                    elif kind == "batchInventory":
                        r = client.post(
                            "/externalFulfillment/inventory/2024-09-11/inventories",
                            json={
                                "requests": [
                                    {
                                        "method": "POST",
                                        "uri": f"/inventory/fetch?locationId={inv['locationId']}&skuId={inv['skuId']}",
                                    }
                                ]
                                * 5
                            },
                        )
                    else:
                        r = client.get(f"/externalFulfillment/2024-09-11/returns/{ret}")
                    local[kind] += 1
                    local["errors"] += r.status_code >= 400
            with lock:
                for k, v in local.items():
                    counts[k] += v

        threads = [threading.Thread(target=work, args=(n,)) for n in range(CLIENT_THREADS)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        total = sum(v for k, v in counts.items() if k != "errors")
        page_times = []
        with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
            params: dict[str, Any] = {"status": "ACCEPTED", "maxResults": 100}
            for _ in range(10):
                t0 = time.perf_counter()
                body = client.get("/externalFulfillment/2024-09-11/shipments", params=params).json()
                page_times.append(time.perf_counter() - t0)
                token_next = body.get("pagination", {}).get("nextToken")
                if not token_next:
                    break
                params = {"status": "ACCEPTED", "maxResults": 100, "paginationToken": token_next}
        record["server_cores"] = 1
        record["client_threads"] = CLIENT_THREADS
        record["requests"] = total
        record["errors"] = counts["errors"]
        record["requests_per_s"] = round(total / elapsed, 1)
        record["mix"] = {k: v for k, v in counts.items() if k != "errors"}
        record["page_of_100_ms_median"] = round(sorted(page_times)[len(page_times) // 2] * 1000, 1)
        record["page_of_100_ms_max"] = round(max(page_times) * 1000, 1)
        assert counts["errors"] == 0
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        if proc.stdout:
            proc.stdout.close()


def test_sandbox_memory_100k(record: Any) -> None:
    from packstation.sandbox.marketplace import MarketplaceState

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    t0 = time.perf_counter()
    state = MarketplaceState(seed=7, shipments=100_000)
    build_s = time.perf_counter() - t0
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    first = list(state.find_shipments(status="ACCEPTED"))[:100]
    pages = [state.shipment_json(r) for r in first]
    page_s = time.perf_counter() - t0
    record["shipments"] = len(state.records)
    record["build_s"] = round(build_s, 2)
    record["traced_mb"] = round(current / 1e6, 1)
    record["traced_peak_mb"] = round(peak / 1e6, 1)
    record["bytes_per_shipment"] = round(current / len(state.records))
    record["max_rss_growth_mb"] = round((rss_after - rss_before) / 1024, 1)
    record["first_page_of_100_ms"] = round(page_s * 1000, 1)
    assert len(pages) == 100

"""Claims per second on SQLite (one station's file) and PostgreSQL (shared by stations).

Figures: one station claiming and releasing in a loop, and 8 stations (threads, each with its own
connection pool) picking free shipments with ``claim_next`` (SKIP LOCKED on PostgreSQL).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

from packstation.store import Database

SINGLE = 500
STATIONS = 8
SHIPMENTS = 400


def _pg() -> ModuleType:
    name = "packstation_tests_pg"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parents[1] / "pg.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _measure(url: str) -> dict[str, float]:
    figures: dict[str, float] = {}
    db = Database.open(url)
    try:
        start = time.perf_counter()
        for n in range(SINGLE):
            claim = db.claims.claim(f"ONE-{n}", "bench-1", "Ann")
            db.claims.release(claim)
        elapsed = time.perf_counter() - start
        figures["single_station_claim_release_per_s"] = round(SINGLE / elapsed, 1)
    finally:
        db.close()

    shipments = [f"RACE-{n:05d}" for n in range(SHIPMENTS)]
    stations = [Database.open(url, pool_size=2) for _ in range(STATIONS)]
    try:
        stations[0].claims.claim_next(shipments[:1], "warm", "up")

        def station(n: int) -> int:
            got = 0
            while stations[n].claims.claim_next(shipments, f"bench-{n}", f"p{n}") is not None:
                got += 1
            return got

        start = time.perf_counter()
        with ThreadPoolExecutor(STATIONS) as pool:
            counts = list(pool.map(station, range(STATIONS)))
        elapsed = time.perf_counter() - start
        assert sum(counts) == SHIPMENTS - 1  # every shipment claimed exactly once
        figures[f"{STATIONS}_stations_claim_next_per_s"] = round(sum(counts) / elapsed, 1)
    finally:
        for s in stations:
            s.close()
    return figures


def test_store_claims(record: Any, tmp_path: Path) -> None:
    for key, value in _measure(f"sqlite:///{tmp_path / 'bench.sqlite3'}").items():
        record[f"sqlite_{key}"] = value
    with _pg().cluster() as cluster, cluster.database() as url:
        for key, value in _measure(url).items():
            record[f"postgresql_{key}"] = value
    record["note"] = (
        f"{SINGLE} claim+release by one station; {SHIPMENTS} shipments split by {STATIONS} "
        "threads with claim_next; PostgreSQL: local throwaway server with fsync off"
    )

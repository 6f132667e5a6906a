"""Throughput of N = 1, 5, 20 stations sharing one PostgreSQL database and one rate budget,
against the rate-limit bound (the time the shared limits make unavoidable).

Each station: claim_next (SKIP LOCKED), getShipment, CONFIRM, createPackages, shipping options,
generateShipLabels, journal the finish, against the real sandbox server with its limits on,
scaled by SCALE for every operation alike (see tests/multistation/race.py). The bound is the
busiest operation's calls over its rate at the stations' share (race.UTILISATION). Also: shared
budget reservations per second (the limiter's own cost, no sleeping).
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

SCALE = 20.0
RUNS = {1: 100, 5: 400, 20: 1000}  # stations: shipments
RESERVATIONS = 2000


def _load(name: str, path: Path) -> ModuleType:
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_multistation(record: Any) -> None:
    tests = Path(__file__).parents[1]
    pg = _load("packstation_tests_pg", tests / "pg.py")
    race = _load("packstation_tests_race", tests / "multistation" / "race.py")
    with pg.cluster() as cluster:
        for stations, count in RUNS.items():
            with cluster.database() as url, race.warehouse(count, scale=SCALE) as wh:
                result = race.race(url, wh, stations)
                assert sorted(result.finished) == sorted(wh.ids)
                assert wh.refused == 0
                bound = race.bound_s(count, SCALE, race.UTILISATION)
                prefix = f"{stations}_stations"
                record[f"{prefix}_shipments"] = count
                record[f"{prefix}_elapsed_s"] = round(result.elapsed_s, 2)
                record[f"{prefix}_bound_s"] = round(bound, 2)
                record[f"{prefix}_vs_bound"] = round(result.elapsed_s / bound, 3)
                record[f"{prefix}_shipments_per_s"] = round(count / result.elapsed_s, 2)
                record[f"{prefix}_claims_per_s"] = round(
                    sum(s.claims for s in result.stations) / result.elapsed_s, 2
                )
                record[f"{prefix}_sandbox_429s"] = wh.refused
        with cluster.database() as url:
            dbs = [Database.open(url, pool_size=2) for _ in range(4)]
            try:
                budgets = [db.rate_budget("bench", {"op": (1e6, 1e6)}) for db in dbs]

                def reserve(n: int) -> None:
                    for _ in range(RESERVATIONS // 4):
                        budgets[n].reserve("op")

                start = time.perf_counter()
                with ThreadPoolExecutor(4) as pool:
                    list(pool.map(reserve, range(4)))
                elapsed = time.perf_counter() - start
                record["budget_reservations_per_s_4_stations_one_operation"] = round(
                    RESERVATIONS / elapsed, 1
                )
            finally:
                for db in dbs:
                    db.close()
    record["note"] = (
        f"sandbox and shared budget at {SCALE:g}x Amazon's rates (all operations alike), "
        f"stations draw {race.UTILISATION:.0%} of the plan; bound = busiest operation's "
        "calls / its rate; local throwaway PostgreSQL (fsync off), 127.0.0.1 sandbox"
    )

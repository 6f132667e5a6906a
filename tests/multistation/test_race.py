"""20 stations racing through 2,000 shipments of the real sandbox server (rate limits on) on one
real PostgreSQL database: no shipment claimed twice, none lost, no 429. And the same race with
the PostgreSQL server restarted in the middle.

The sandbox's limits are Amazon's multiplied by ``SCALE`` for every operation alike (and the
stations' shared budget by the same factor): at Amazon's real 1 call/s, 2,000 shipments need
2,000 s of processShipment alone; scaled, the limits still bind (the run takes about the
bound) and the test fits CI. The shipment count is not reduced.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import func, select

from packstation.store import Database
from packstation.store.schema import claims, journal_entries

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

SCALE = 20.0
SHIPMENTS = 2000
STATIONS = 20


def _race() -> ModuleType:
    name = "packstation_tests_race"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("race.py"))
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def check(url: str, wh: Any, result: Any) -> None:
    """Each shipment finished exactly once, by the station holding it; one label each; no 429."""
    assert result.errors == []
    finished = Counter(result.finished)
    assert sorted(finished) == sorted(wh.ids)  # nothing lost
    assert set(finished.values()) == {1}  # nothing finished twice
    # The sandbox: every shipment labelled, exactly one label per package, never refused.
    assert {wh.status_of(sid) for sid in wh.ids} == {"SHIPLABEL_GENERATED"}
    labels = [wh.labels_of(sid) for sid in wh.ids]
    assert all(
        len(found) == 1 == wh.package_count(sid) for sid, found in zip(wh.ids, labels, strict=True)
    )
    assert len({t for found in labels for t in found}) == len(wh.ids)
    assert wh.refused == 0, wh.limiter.refused
    assert sum(s.throttled for s in result.stations) == 0
    # The database: one finish record per shipment, and its claim names the station that did it.
    by_station = {sid: s.name for s in result.stations for sid in s.finished}
    db = Database.open(url)
    try:
        with db.transaction(write=False) as conn:
            records = dict(
                conn.execute(
                    select(journal_entries.c.shipment_id, func.count())
                    .where(journal_entries.c.name == "finished")
                    .group_by(journal_entries.c.shipment_id)
                ).all()
            )
            holders = dict(conn.execute(select(claims.c.shipment_id, claims.c.station)).all())
    finally:
        db.close()
    assert records == dict.fromkeys(wh.ids, 1)
    assert holders == by_station


def test_twenty_stations_race_through_two_thousand_shipments(pg_url: str) -> None:
    race = _race()
    with race.warehouse(SHIPMENTS, scale=SCALE) as wh:
        result = race.race(pg_url, wh, STATIONS)
        check(pg_url, wh, result)
        busy = [len(s.finished) for s in result.stations]
        assert min(busy) > 0  # every station got work: they really raced


def test_postgres_restart_mid_race_loses_and_duplicates_nothing(
    pg_cluster: Any, pg_url: str
) -> None:
    race = _race()
    count = 400
    halfway = threading.Event()

    def progress(done: int) -> None:
        if done == count // 4:
            halfway.set()

    with race.warehouse(count, scale=SCALE) as wh, ThreadPoolExecutor(1) as pool:
        running = pool.submit(race.race, pg_url, wh, STATIONS, on_progress=progress)
        assert halfway.wait(120), "the stations made no progress"
        pg_cluster.restart("fast")  # every connection of every station drops
        result = running.result(timeout=280)
        check(pg_url, wh, result)
        assert len(result.finished) == count

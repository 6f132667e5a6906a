"""Opening, settings, migrations and recovery of the station database."""

from __future__ import annotations

import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import column, exc, insert, table, text

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.store import (
    HEAD_REVISION,
    ClaimedElsewhere,
    Database,
    SerialInUse,
    StoreError,
    StoreUnavailable,
    database_url,
)
from packstation.store.database import MIGRATIONS_DIR
from packstation.store.types import JsonDoc, UtcDateTime, utcnow


def test_default_is_the_station_sqlite_file_in_wal_mode() -> None:
    with Database.open(None) as db:
        assert db.dialect == "sqlite"
        assert db.revision() == HEAD_REVISION
        assert db.is_current()
        assert app_paths().database_file.is_file()
        with db.transaction(write=False) as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_data_dir_argument(tmp_path: Path) -> None:
    with Database.open("", tmp_path / "elsewhere") as db:
        assert db.safe_url.endswith("elsewhere/packstation.sqlite3")
    assert (tmp_path / "elsewhere" / "packstation.sqlite3").is_file()


def test_url_from_settings_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert database_url(settings) == f"sqlite:///{app_paths().database_file}"
    settings.database.url = f"sqlite:///{tmp_path / 'from-settings.sqlite3'}"
    assert database_url(settings) == settings.database.url
    monkeypatch.setenv("PACKSTATION_DB_URL", f"sqlite:///{tmp_path / 'from-env.sqlite3'}")
    with Database.from_settings(settings) as db:
        db.audit.append("login", station="b1", who="Ann")
    assert (tmp_path / "from-env.sqlite3").is_file()
    assert not (tmp_path / "from-settings.sqlite3").exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@h/db", "unsupported database"),
        ("postgresql+psycopg2://u@127.0.0.1/db", "psycopg 3 driver"),
    ],
)
def test_unusable_urls_are_named(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Database.open(url)


def test_unreachable_server_gives_up_with_a_clear_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql+psycopg://nobody@127.0.0.1:{port}/none"
    with pytest.raises(StoreUnavailable, match=rf"127\.0\.0\.1:{port}/none did not answer"):
        Database.open(url, retry_deadline_s=0.3)


def test_migrations_ship_inside_the_package() -> None:
    assert MIGRATIONS_DIR.parent == Path(__import__("packstation.store").store.__file__).parent
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert len(list((MIGRATIONS_DIR / "versions").glob("rev*.py"))) >= 2


def _v1(name: str, *cols: Any) -> Any:
    return table(name, *cols)


def test_upgrade_from_the_first_schema_keeps_data(db_url: str) -> None:
    db = Database.open(db_url, upgrade=False)
    try:
        assert db.revision() is None
        db.upgrade("0001")
        assert db.revision() == "0001"
        now = utcnow()
        journal = _v1(
            "journal_entries",
            *(column(c) for c in ("shipment_id", "kind", "name", "station")),
            column("payload", JsonDoc),
            column("result", JsonDoc),
            column("outcome"),
            column("created_at", UtcDateTime),
            column("finished_at", UtcDateTime),
        )
        audit = _v1(
            "audit_log",
            *(column(c) for c in ("station", "who", "kind", "shipment_id")),
            column("at", UtcDateTime),
            column("detail", JsonDoc),
        )
        with db.transaction() as conn:
            conn.execute(
                insert(journal),
                [
                    {
                        "shipment_id": "OLD-1",
                        "kind": "step",
                        "name": "createPackages",
                        "station": "b1",
                        "payload": {"p": 1},
                        "result": {"ids": ["PK1"]},
                        "outcome": "ok",
                        "created_at": now,
                        "finished_at": now,
                    },
                    {
                        "shipment_id": "OLD-1",
                        "kind": "step",
                        "name": "generateShipLabels",
                        "station": "b1",
                        "payload": {},
                        "result": None,
                        "outcome": None,
                        "created_at": now,
                        "finished_at": None,
                    },
                ],
            )
            conn.execute(
                insert(audit),
                [
                    {
                        "station": "b1",
                        "who": "Ann",
                        "kind": "scan",
                        "shipment_id": "OLD-1",
                        "at": now - timedelta(days=500),
                        "detail": {"code": "1"},
                    },
                    {
                        "station": "b1",
                        "who": "Ann",
                        "kind": "login",
                        "shipment_id": None,
                        "at": now,
                        "detail": {},
                    },
                ],
            )
            conn.execute(
                text(
                    "INSERT INTO serials (serial, shipment_id, line_id, recorded_at) "
                    "VALUES ('SN-OLD', 'OLD-1', 'L1', :t)"
                ),
                {"t": now.replace(tzinfo=None)},
            )
            conn.execute(
                text(
                    "INSERT INTO sequences (location_id, sku, value, updated_at) "
                    "VALUES ('LOC', 'SKU', 41, :t)"
                ),
                {"t": now.replace(tzinfo=None)},
            )
            conn.execute(
                text(
                    "INSERT INTO claims (shipment_id, token, station, packer, claimed_at, "
                    "heartbeat_at, expires_at) VALUES ('OLD-1', 'tok', 'b1', 'Ann', :t, :t, :e)"
                ),
                {
                    "t": now.replace(tzinfo=None),
                    "e": (now + timedelta(hours=1)).replace(tzinfo=None),
                },
            )

        db.upgrade()
        assert db.revision() == HEAD_REVISION
        history = db.journal.history("OLD-1")
        assert [(e.name, e.outcome) for e in history] == [
            ("createPackages", "ok"),
            ("generateShipLabels", None),
        ]
        assert history[0].result == {"ids": ["PK1"]}
        [open_step] = db.journal.open_steps()
        db.journal.finish_step(open_step.id, "resolved")
        db.journal.begin_step("OLD-1", "updatePackageStatus")  # new rows get fresh keys
        assert [r.kind for r in db.audit.records()] == ["scan", "login"]
        with pytest.raises(SerialInUse, match="OLD-1"):
            db.journal.record_serial("NEW-1", "L1", "SN-OLD")
        assert db.next_sequence("LOC", "SKU") == 42
        with pytest.raises(ClaimedElsewhere, match="station b1 by Ann"):
            db.claims.claim("OLD-1", "b2", "Bob")
        # The new append-only guard covers the old rows; the purge still works.
        with pytest.raises(exc.DBAPIError, match="append-only"), db.transaction() as conn:
            conn.execute(text("DELETE FROM audit_log"))
        assert db.audit.purge(400) == 1
        # rev 0004: the shared rate budget's table
        budget = db.rate_budget("seller", {"getShipment": (2.0, 1.0)})
        assert budget.reserve("getShipment") == 0.0
        assert budget.reserve("getShipment") > 0  # burst 1: the second call waits
        assert budget.operations() == ["getShipment"]
    finally:
        db.close()


@pytest.mark.postgres
def test_stations_upgrade_the_same_database_at_once(pg_cluster: Any) -> None:
    with pg_cluster.database() as url:
        with ThreadPoolExecutor(4) as pool:
            opened = list(pool.map(lambda _n: Database.open(url), range(4)))
        try:
            assert {db.revision() for db in opened} == {HEAD_REVISION}
        finally:
            for db in opened:
                db.close()


@pytest.mark.postgres
def test_postgres_restart_mid_run_loses_and_duplicates_nothing(pg_cluster: Any) -> None:
    """Four stations keep working while the server restarts; every write lands exactly once."""
    with pg_cluster.database() as url:
        stations = [Database.open(url, retry_deadline_s=90) for _ in range(4)]
        progress = threading.Semaphore(0)
        restarted = threading.Event()
        results: dict[int, list[int]] = {}

        def station(n: int) -> None:
            db = stations[n]
            numbers: list[int] = []
            after_restart = 0
            for i in range(2000):  # bounded; normally ends 15 units after the restart
                shipment = f"S{n}-{i}"
                db.claims.claim(shipment, f"bench-{n}", f"p{n}")
                step = db.journal.begin_step(shipment, "createPackages", station=f"bench-{n}")
                db.journal.record_scan(shipment, f"code-{i}", line_id="L1")
                db.journal.finish_step(step, "ok", {"i": i})
                numbers.append(db.next_sequence("LOC", "SKU-SHARED"))
                db.audit.append("scan", station=f"bench-{n}", who=f"p{n}", shipment_id=shipment)
                progress.release()
                if restarted.is_set():
                    after_restart += 1
                    if after_restart >= 15:
                        break
            results[n] = numbers

        with ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(station, n) for n in range(4)]
            for _ in range(12):
                assert progress.acquire(timeout=60)
            pg_cluster.restart("fast")
            restarted.set()
            for future in futures:
                future.result(timeout=300)

        db = stations[0]
        try:
            done = {n: len(results[n]) for n in range(4)}
            for n, count in done.items():
                for i in range(count):
                    history = db.journal.history(f"S{n}-{i}")
                    assert [(e.kind, e.outcome) for e in history] == [
                        ("step", "ok"),
                        ("scan", None),
                    ]
                    holder = db.claims.holder(f"S{n}-{i}")
                    assert holder is not None
                    assert holder.station == f"bench-{n}"
                assert results[n] == sorted(results[n])
            every = [x for numbers in results.values() for x in numbers]
            assert len(every) == len(set(every))
            assert db.journal.open_steps() == []
            assert db.audit.count() == sum(done.values())
        finally:
            for s in stations:
                s.close()

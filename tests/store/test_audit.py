"""Audit log: append-only, exported as CSV, purged only by retention."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import exc, text

from packstation.store import AuditKind, Database
from packstation.store.types import utcnow


def test_append_and_filter(db: Database) -> None:
    db.audit.append(
        AuditKind.SCAN, station="b1", who="Ann", detail={"code": "123"}, shipment_id="S1"
    )
    db.audit.append("weight", station="b1", who="Ann", detail={"g": 1200}, shipment_id="S1")
    db.audit.append(
        AuditKind.API_CALL, station="b2", who="Bob", detail={"op": "createPackages", "status": 200}
    )
    db.audit.append(AuditKind.PRINT_JOB, station="b2", who="Bob", detail={"printer": "zpl"})
    assert [r.kind for r in db.audit.records()] == ["scan", "weight", "api_call", "print_job"]
    assert [r.kind for r in db.audit.records(station="b2")] == ["api_call", "print_job"]
    assert [r.detail for r in db.audit.records(shipment_id="S1", kind="weight")] == [{"g": 1200}]
    assert db.audit.count() == 4
    with pytest.raises(ValueError, match="not a valid AuditKind"):
        db.audit.append("delete_everything", station="b1", who="x")


def test_update_and_delete_are_refused(db: Database) -> None:
    db.audit.append(AuditKind.OVERRIDE, station="b1", who="Sam", detail={"why": "test"})
    for sql in ("UPDATE audit_log SET who = 'Mallory'", "DELETE FROM audit_log"):
        with pytest.raises(exc.DBAPIError, match="append-only"), db.transaction() as conn:
            conn.execute(text(sql))
    if db.is_postgres:
        with pytest.raises(exc.DBAPIError, match="append-only"), db.transaction() as conn:
            conn.execute(text("TRUNCATE audit_log"))
    [record] = db.audit.records()
    assert record.who == "Sam"


def test_retention_purge_is_the_only_deletion(db: Database) -> None:
    for n in range(3):
        db.audit.append(AuditKind.LOGIN, station="b1", who=f"p{n}")
    assert db.audit.purge(30) == 0
    # Seen from 40 days on, every record is older than a 30-day retention.
    assert db.audit.purge(30, now=utcnow() + timedelta(days=40)) == 3
    assert db.audit.count() == 0
    # The gate closed again with the purge's transaction.
    db.audit.append(AuditKind.LOGIN, station="b1", who="p9")
    with pytest.raises(exc.DBAPIError, match="append-only"), db.transaction() as conn:
        conn.execute(text("DELETE FROM audit_log"))
    with pytest.raises(ValueError, match="at least 1"):
        db.audit.purge(0)


def test_csv_export(db: Database, tmp_path: Path) -> None:
    db.audit.append(AuditKind.SCAN, station="b1", who="Zoë", detail={"code": "é"}, shipment_id="S1")
    db.audit.append(AuditKind.OVERRIDE, station="b1", who="=HYPERLINK(1)", detail={"n": 2})
    db.audit.append(AuditKind.LOGIN, station="b2", who="Bob")
    path = tmp_path / "export" / "audit.csv"
    assert db.audit.export_csv(path) == 3
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["kind"] for r in rows] == ["scan", "override", "login"]
    assert rows[0]["who"] == "Zoë"
    assert json.loads(rows[0]["detail"]) == {"code": "é"}
    assert rows[0]["shipment_id"] == "S1"
    assert rows[1]["who"] == "'=HYPERLINK(1)"  # never a formula in a spreadsheet
    assert rows[2]["at"].endswith("+00:00")
    buffer = io.StringIO()
    assert db.audit.export_csv(buffer, station="b2") == 1
    assert buffer.getvalue().splitlines()[0] == "id,at,station,who,kind,shipment_id,detail"


def test_export_streams_in_batches(db: Database) -> None:
    with db.transaction() as conn:
        for n in range(2100):
            from packstation.store.audit import append_in

            append_in(conn, utcnow(), AuditKind.SCAN, station="b1", who="Ann", detail={"n": n})
    buffer = io.StringIO()
    assert db.audit.export_csv(buffer) == 2100
    assert len(buffer.getvalue().splitlines()) == 2101

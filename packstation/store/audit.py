"""The audit log: append-only records of who did what, when, at which station.

There is no update or delete API. The database refuses UPDATE and DELETE on ``audit_log`` through
triggers (on PostgreSQL also TRUNCATE); the retention purge, the only deletion path, opens a gate
row inside its own transaction. Times come from :meth:`Database.now` (the server's clock on
PostgreSQL).
"""

from __future__ import annotations

import csv
import json
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import Connection, Row, delete, insert, select

from packstation.store.database import insert_ignore
from packstation.store.schema import audit_log, audit_purge_gate

if TYPE_CHECKING:
    from packstation.store.database import Database

CSV_COLUMNS = ("id", "at", "station", "who", "kind", "shipment_id", "detail")
_BATCH = 1000


class AuditKind(StrEnum):
    SCAN = "scan"
    WEIGHT = "weight"
    API_CALL = "api_call"
    PRINT_JOB = "print_job"
    OVERRIDE = "override"
    LOGIN = "login"
    LOGOUT = "logout"


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: datetime
    station: str
    who: str
    kind: str
    shipment_id: str | None
    detail: dict[str, Any]


def _record(row: Row[Any]) -> AuditRecord:
    return AuditRecord(
        id=row.id,
        at=row.at,
        station=row.station,
        who=row.who,
        kind=row.kind,
        shipment_id=row.shipment_id,
        detail=dict(row.detail or {}),
    )


def append_in(
    conn: Connection,
    at: datetime,
    kind: AuditKind | str,
    *,
    station: str,
    who: str,
    detail: Mapping[str, Any] | None = None,
    shipment_id: str | None = None,
    uid: str | None = None,
) -> int:
    """Append one record inside an open transaction (other store APIs audit atomically)."""
    kind = AuditKind(kind)
    uid = uid or uuid.uuid4().hex
    insert_ignore(
        conn,
        audit_log,
        [
            {
                "uid": uid,
                "at": at,
                "station": station,
                "who": who,
                "kind": kind.value,
                "shipment_id": shipment_id,
                "detail": dict(detail or {}),
            }
        ],
        ["uid"],
    )
    return int(conn.execute(select(audit_log.c.id).where(audit_log.c.uid == uid)).scalar_one())


def _spreadsheet_safe(value: str) -> str:
    # A cell starting with = + - @ is a formula to spreadsheet programs (CSV injection).
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class AuditLog:
    """Append, query, export and purge the audit log."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def append(
        self,
        kind: AuditKind | str,
        *,
        station: str,
        who: str,
        detail: Mapping[str, Any] | None = None,
        shipment_id: str | None = None,
    ) -> int:
        """Record one event; returns its id. ``kind`` is an :class:`AuditKind` (or its value)."""
        kind = AuditKind(kind)
        uid = uuid.uuid4().hex  # made once: a retried write is not recorded twice
        return self._db.run(
            lambda conn: append_in(
                conn,
                self._db.now(conn),
                kind,
                station=station,
                who=who,
                detail=detail,
                shipment_id=shipment_id,
                uid=uid,
            )
        )

    def _query(
        self,
        *,
        since: datetime | None,
        until: datetime | None,
        kind: AuditKind | str | None,
        station: str | None,
        who: str | None,
        shipment_id: str | None,
        after_id: int,
        limit: int | None,
    ) -> list[AuditRecord]:
        stmt = select(audit_log).where(audit_log.c.id > after_id).order_by(audit_log.c.id)
        if since is not None:
            stmt = stmt.where(audit_log.c.at >= since)
        if until is not None:
            stmt = stmt.where(audit_log.c.at < until)
        if kind is not None:
            stmt = stmt.where(audit_log.c.kind == AuditKind(kind).value)
        if station is not None:
            stmt = stmt.where(audit_log.c.station == station)
        if who is not None:
            stmt = stmt.where(audit_log.c.who == who)
        if shipment_id is not None:
            stmt = stmt.where(audit_log.c.shipment_id == shipment_id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return self._db.run(lambda conn: [_record(r) for r in conn.execute(stmt)], write=False)

    def records(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        kind: AuditKind | str | None = None,
        station: str | None = None,
        who: str | None = None,
        shipment_id: str | None = None,
        limit: int | None = None,
    ) -> list[AuditRecord]:
        """Records in the order they were written, filtered; ``until`` is exclusive."""
        return self._query(
            since=since,
            until=until,
            kind=kind,
            station=station,
            who=who,
            shipment_id=shipment_id,
            after_id=0,
            limit=limit,
        )

    def iter_records(self, **filters: Any) -> Iterator[AuditRecord]:
        """Like :meth:`records`, fetched in batches (for exports of any size)."""
        after = 0
        while True:
            batch = self._query(after_id=after, limit=_BATCH, **filters)
            yield from batch
            if len(batch) < _BATCH:
                return
            after = batch[-1].id

    def export_csv(
        self,
        target: TextIO | Path,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        kind: AuditKind | str | None = None,
        station: str | None = None,
        who: str | None = None,
        shipment_id: str | None = None,
    ) -> int:
        """Write the records as CSV (UTF-8, header row, ISO 8601 UTC times); returns the count."""
        filters: dict[str, Any] = {
            "since": since,
            "until": until,
            "kind": kind,
            "station": station,
            "who": who,
            "shipment_id": shipment_id,
        }
        if isinstance(target, Path):
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(target.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as out:
                count = self._write_csv(out, filters)
            tmp.replace(target)
            return count
        return self._write_csv(target, filters)

    def _write_csv(self, out: TextIO, filters: dict[str, Any]) -> int:
        writer = csv.writer(out)
        writer.writerow(CSV_COLUMNS)
        count = 0
        for rec in self.iter_records(**filters):
            writer.writerow(
                [
                    rec.id,
                    rec.at.isoformat(),
                    _spreadsheet_safe(rec.station),
                    _spreadsheet_safe(rec.who),
                    rec.kind,
                    _spreadsheet_safe(rec.shipment_id or ""),
                    json.dumps(rec.detail, ensure_ascii=False, sort_keys=True),
                ]
            )
            count += 1
        return count

    def purge(self, retention_days: int, *, now: datetime | None = None) -> int:
        """Remove records older than ``retention_days`` (settings.database.audit_retention_days).

        The only way rows leave the audit log; returns how many were removed.
        """
        if retention_days < 1:
            raise ValueError("retention_days must be at least 1")

        def work(conn: Connection) -> int:
            cutoff = (now or self._db.now(conn)) - timedelta(days=retention_days)
            conn.execute(insert(audit_purge_gate).values(reason="retention purge"))
            removed = conn.execute(delete(audit_log).where(audit_log.c.at < cutoff)).rowcount
            conn.execute(delete(audit_purge_gate))
            return int(removed)

        return self._db.run(work)

    def count(self) -> int:
        from sqlalchemy import func

        return self._db.run(
            lambda conn: int(
                conn.execute(select(func.count()).select_from(audit_log)).scalar_one()
            ),
            write=False,
        )

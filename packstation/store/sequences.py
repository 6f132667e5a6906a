"""Inventory sequence numbers: Amazon's ``clientSequenceNumber`` must rise strictly per SKU and
location, across restarts and across every station of the seller.

The counter is a row updated under its row lock (PostgreSQL) or the write lock (SQLite), never a
clock. A retry after an unknown commit may skip a number; numbers never repeat or go down.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, case, select, update

from packstation.store.database import insert_ignore
from packstation.store.schema import sequences

if TYPE_CHECKING:
    from packstation.store.database import Database


class Sequences:
    def __init__(self, db: Database) -> None:
        self._db = db

    def next(self, location_id: str, sku: str, *, at_least: int = 1) -> int:
        """The next number for ``sku`` at ``location_id``; never below ``at_least`` (use it to
        continue above numbers another installation already sent)."""

        def work(conn: Connection) -> int:
            now = self._db.now(conn)
            insert_ignore(
                conn,
                sequences,
                [{"location_id": location_id, "sku": sku, "value": 0, "updated_at": now}],
                ["location_id", "sku"],
            )
            bumped = sequences.c.value + 1
            stmt = (
                update(sequences)
                .where(sequences.c.location_id == location_id, sequences.c.sku == sku)
                .values(value=case((bumped >= at_least, bumped), else_=at_least), updated_at=now)
                .returning(sequences.c.value)
            )
            return int(conn.execute(stmt).scalar_one())

        return self._db.run(work)

    def current(self, location_id: str, sku: str) -> int | None:
        """The last number handed out (None: never)."""
        stmt = select(sequences.c.value).where(
            sequences.c.location_id == location_id, sequences.c.sku == sku
        )
        return self._db.run(lambda conn: conn.execute(stmt).scalar_one_or_none(), write=False)

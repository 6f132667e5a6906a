"""Inventory positions per location and SKU, and return inspections.

``inventory_positions`` holds, per (location, SKU): the quantity the seller wants Amazon to have
(``quantity``, set by an edit or a CSV import), the quantity last pushed to Amazon with its
``clientSequenceNumber`` and time, what Amazon answered at the last fetch (sellable, reserved),
the low-stock threshold and the last per-item error. A position is *changed* when ``quantity``
differs from ``pushed_quantity``: only those are pushed.

``return_inspections`` holds the local outcome of inspecting a return (sellable, damaged, wrong
item), who inspected it and when, and whether its units were restocked.

The sequence numbers come from the store's ``sequences`` table (the same counter as
:meth:`Database.next_sequence`); :meth:`InventoryStore.next_sequences` hands out numbers for many
SKUs in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Integer,
    String,
    Table,
    and_,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from packstation.store.database import insert_ignore
from packstation.store.schema import NAME, metadata, sequences
from packstation.store.types import UtcDateTime

if TYPE_CHECKING:
    from packstation.store.database import Database

LOCATION = 64
_CHUNK = 400  # keeps every statement under SQLite's bound-parameter limit

inventory_positions = Table(
    "inventory_positions",
    metadata,
    Column("location_id", String(LOCATION), primary_key=True),
    Column("sku", String(NAME), primary_key=True),
    Column("quantity", Integer, nullable=True),
    Column("pushed_quantity", Integer, nullable=True),
    Column("sequence", BigInteger, nullable=True),
    Column("pushed_at", UtcDateTime, nullable=True),
    Column("sellable", Integer, nullable=True),
    Column("reserved", Integer, nullable=True),
    Column("fetched_at", UtcDateTime, nullable=True),
    Column("threshold", Integer, nullable=True),
    Column("error", String(512), nullable=True),
    Column("updated_at", UtcDateTime, nullable=False),
)

return_inspections = Table(
    "return_inspections",
    metadata,
    Column("return_id", String(NAME), primary_key=True),
    Column("rma_id", String(NAME), nullable=True),
    Column("location_id", String(LOCATION), nullable=False),
    Column("sku", String(NAME), nullable=False),
    Column("units", Integer, nullable=False),
    Column("outcome", String(32), nullable=False),
    Column("note", String(512), nullable=False),
    Column("packer", String(NAME), nullable=False),
    Column("station", String(64), nullable=False),
    Column("inspected_at", UtcDateTime, nullable=False),
    Column("restocked_units", Integer, nullable=True),
    Column("restock_sequence", BigInteger, nullable=True),
    Column("restocked_at", UtcDateTime, nullable=True),
)


@dataclass(frozen=True)
class PositionRecord:
    location_id: str
    sku: str
    quantity: int | None
    pushed_quantity: int | None
    sequence: int | None
    pushed_at: datetime | None
    sellable: int | None
    reserved: int | None
    fetched_at: datetime | None
    threshold: int | None
    error: str | None

    @property
    def changed(self) -> bool:
        """The wanted quantity has not been pushed yet."""
        return self.quantity is not None and self.quantity != self.pushed_quantity


@dataclass(frozen=True)
class InspectionRecord:
    return_id: str
    rma_id: str | None
    location_id: str
    sku: str
    units: int
    outcome: str
    note: str
    packer: str
    station: str
    inspected_at: datetime
    restocked_units: int | None = None
    restock_sequence: int | None = None
    restocked_at: datetime | None = None


def _position(row: Any) -> PositionRecord:
    return PositionRecord(
        location_id=row.location_id,
        sku=row.sku,
        quantity=row.quantity,
        pushed_quantity=row.pushed_quantity,
        sequence=row.sequence,
        pushed_at=row.pushed_at,
        sellable=row.sellable,
        reserved=row.reserved,
        fetched_at=row.fetched_at,
        threshold=row.threshold,
        error=row.error,
    )


def _upsert(
    conn: Connection,
    table: Table,
    rows: list[dict[str, Any]],
    keys: list[str],
    columns: Sequence[str],
) -> None:
    """INSERT rows; for existing keys, overwrite only ``columns`` (both dialects)."""
    if not rows:
        return
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        if conn.dialect.name == "postgresql":
            pg = postgresql.insert(table)
            conn.execute(
                pg.on_conflict_do_update(
                    index_elements=keys, set_={c: pg.excluded[c] for c in columns}
                ),
                chunk,
            )
        else:
            lite = sqlite.insert(table)
            conn.execute(
                lite.on_conflict_do_update(
                    index_elements=keys, set_={c: lite.excluded[c] for c in columns}
                ),
                chunk,
            )


def _blank(location_id: str, sku: str, now: datetime) -> dict[str, Any]:
    return {
        "location_id": location_id,
        "sku": sku,
        "quantity": None,
        "pushed_quantity": None,
        "sequence": None,
        "pushed_at": None,
        "sellable": None,
        "reserved": None,
        "fetched_at": None,
        "threshold": None,
        "error": None,
        "updated_at": now,
    }


class InventoryStore:
    """Read and write inventory positions and return inspections (thread-safe)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ positions
    def positions(
        self, location_id: str | None = None, skus: Iterable[str] | None = None
    ) -> list[PositionRecord]:
        """Positions (of one location; of some SKUs), ordered by location and SKU."""
        t = inventory_positions
        wanted = list(skus) if skus is not None else None

        def work(conn: Connection) -> list[PositionRecord]:
            base = select(t).order_by(t.c.location_id, t.c.sku)
            if location_id is not None:
                base = base.where(t.c.location_id == location_id)
            if wanted is None:
                return [_position(r) for r in conn.execute(base)]
            out: list[PositionRecord] = []
            for start in range(0, len(wanted), _CHUNK):
                stmt = base.where(t.c.sku.in_(wanted[start : start + _CHUNK]))
                out.extend(_position(r) for r in conn.execute(stmt))
            out.sort(key=lambda p: (p.location_id, p.sku))
            return out

        return self._db.run(work, write=False)

    def get(self, location_id: str, sku: str) -> PositionRecord | None:
        found = self.positions(location_id, [sku])
        return found[0] if found else None

    def changed(self, location_id: str | None = None) -> list[PositionRecord]:
        """Positions whose wanted quantity differs from the quantity last pushed."""
        t = inventory_positions
        stmt = (
            select(t)
            .where(
                t.c.quantity.is_not(None),
                or_(t.c.pushed_quantity.is_(None), t.c.pushed_quantity != t.c.quantity),
            )
            .order_by(t.c.location_id, t.c.sku)
        )
        if location_id is not None:
            stmt = stmt.where(t.c.location_id == location_id)
        return self._db.run(lambda c: [_position(r) for r in c.execute(stmt)], write=False)

    def locations(self) -> list[str]:
        t = inventory_positions
        stmt = select(t.c.location_id).distinct().order_by(t.c.location_id)
        return self._db.run(lambda c: [r[0] for r in c.execute(stmt)], write=False)

    def set_quantities(self, quantities: Mapping[tuple[str, str], int]) -> None:
        """Set the wanted absolute quantity of each (location, SKU), all in one transaction."""
        for (loc, sku), qty in quantities.items():
            if qty < 0:
                raise ValueError(f"{sku} at {loc}: quantity must be 0 or more, not {qty}")

        def work(conn: Connection) -> None:
            now = self._db.now(conn)
            rows = [
                {**_blank(loc, sku, now), "quantity": qty} for (loc, sku), qty in quantities.items()
            ]
            _upsert(
                conn,
                inventory_positions,
                rows,
                ["location_id", "sku"],
                ["quantity", "updated_at"],
            )

        self._db.run(work)

    def set_threshold(self, location_id: str, sku: str, threshold: int | None) -> None:
        def work(conn: Connection) -> None:
            now = self._db.now(conn)
            row = {**_blank(location_id, sku, now), "threshold": threshold}
            _upsert(
                conn,
                inventory_positions,
                [row],
                ["location_id", "sku"],
                ["threshold", "updated_at"],
            )

        self._db.run(work)

    def record_pushed(self, results: Iterable[Mapping[str, Any]]) -> None:
        """Record accepted updates: dicts with location_id, sku, quantity, sequence, and
        optionally sellable and reserved (Amazon's answer)."""
        items = list(results)

        def work(conn: Connection) -> None:
            now = self._db.now(conn)
            rows = []
            for r in items:
                row = _blank(r["location_id"], r["sku"], now)
                row.update(
                    quantity=r["quantity"],
                    pushed_quantity=r["quantity"],
                    sequence=r["sequence"],
                    pushed_at=now,
                    sellable=r.get("sellable"),
                    reserved=r.get("reserved"),
                    fetched_at=now if r.get("sellable") is not None else None,
                )
                rows.append(row)
            # The wanted quantity may have been edited while the push was under way: keep it.
            for start in range(0, len(rows), _CHUNK):
                chunk = rows[start : start + _CHUNK]
                insert_ignore(conn, inventory_positions, chunk, ["location_id", "sku"])
            t = inventory_positions
            for row in rows:
                values: dict[str, Any] = {
                    "pushed_quantity": row["pushed_quantity"],
                    "sequence": row["sequence"],
                    "pushed_at": now,
                    "error": None,
                    "updated_at": now,
                }
                if row["sellable"] is not None:
                    values.update(
                        sellable=row["sellable"], reserved=row["reserved"], fetched_at=now
                    )
                conn.execute(
                    update(t)
                    .where(t.c.location_id == row["location_id"], t.c.sku == row["sku"])
                    .values(**values)
                )

        if items:
            self._db.run(work)

    def record_errors(self, errors: Mapping[tuple[str, str], str | None]) -> None:
        """Set (or clear, with None) the last error of each (location, SKU)."""

        def work(conn: Connection) -> None:
            now = self._db.now(conn)
            rows = [
                {**_blank(loc, sku, now), "error": (msg or None) and str(msg)[:512]}
                for (loc, sku), msg in errors.items()
            ]
            _upsert(
                conn, inventory_positions, rows, ["location_id", "sku"], ["error", "updated_at"]
            )

        if errors:
            self._db.run(work)

    def record_fetched(self, levels: Iterable[Mapping[str, Any]]) -> None:
        """Record Amazon's answer to a fetch: dicts with location_id, sku, sellable, reserved."""
        items = list(levels)

        def work(conn: Connection) -> None:
            now = self._db.now(conn)
            rows = [
                {
                    **_blank(r["location_id"], r["sku"], now),
                    "sellable": r["sellable"],
                    "reserved": r["reserved"],
                    "fetched_at": now,
                }
                for r in items
            ]
            _upsert(
                conn,
                inventory_positions,
                rows,
                ["location_id", "sku"],
                ["sellable", "reserved", "fetched_at", "updated_at"],
            )

        if items:
            self._db.run(work)

    # ------------------------------------------------------------------ sequence numbers
    def next_sequences(
        self,
        pairs: Iterable[tuple[str, str]],
        *,
        at_least: Mapping[tuple[str, str], int] | None = None,
    ) -> dict[tuple[str, str], int]:
        """The next ``clientSequenceNumber`` of every (location, SKU), in one transaction.

        Same counter and rules as :meth:`Database.next_sequence` (strictly increasing, shared by
        every station); ``at_least`` lifts a pair's number above what Amazon already applied.
        """
        floors = dict(at_least or {})
        wanted = list(dict.fromkeys([*pairs, *floors]))

        def work(conn: Connection) -> dict[tuple[str, str], int]:
            now = self._db.now(conn)
            s = sequences
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                rows = [
                    {"location_id": loc, "sku": sku, "value": 0, "updated_at": now}
                    for loc, sku in chunk
                ]
                insert_ignore(conn, s, rows, ["location_id", "sku"])
            out: dict[tuple[str, str], int] = {}
            by_location: dict[str, list[str]] = {}
            for loc, sku in wanted:
                if (loc, sku) in floors:
                    continue
                by_location.setdefault(loc, []).append(sku)
            for loc, skus in by_location.items():
                for start in range(0, len(skus), _CHUNK):
                    stmt = (
                        update(s)
                        .where(
                            and_(s.c.location_id == loc, s.c.sku.in_(skus[start : start + _CHUNK]))
                        )
                        .values(value=s.c.value + 1, updated_at=now)
                        .returning(s.c.sku, s.c.value)
                    )
                    for sku, value in conn.execute(stmt):
                        out[(loc, sku)] = int(value)
            for (loc, sku), floor in floors.items():
                current = conn.execute(
                    select(s.c.value).where(s.c.location_id == loc, s.c.sku == sku)
                ).scalar_one()
                value = max(int(current) + 1, floor)
                conn.execute(
                    update(s)
                    .where(s.c.location_id == loc, s.c.sku == sku)
                    .values(value=value, updated_at=now)
                )
                out[(loc, sku)] = value
            return out

        return self._db.run(work) if wanted else {}

    # ------------------------------------------------------------------ inspections
    def record_inspection(self, record: InspectionRecord) -> None:
        """Record (or replace, when inspected again before a restock) a return's inspection."""
        row = {
            "return_id": record.return_id,
            "rma_id": record.rma_id,
            "location_id": record.location_id,
            "sku": record.sku,
            "units": record.units,
            "outcome": record.outcome,
            "note": record.note,
            "packer": record.packer,
            "station": record.station,
            "inspected_at": record.inspected_at,
            "restocked_units": None,
            "restock_sequence": None,
            "restocked_at": None,
        }
        columns = [
            "rma_id",
            "location_id",
            "sku",
            "units",
            "outcome",
            "note",
            "packer",
            "station",
            "inspected_at",
        ]
        self._db.run(lambda conn: _upsert(conn, return_inspections, [row], ["return_id"], columns))

    def inspection(self, return_id: str) -> InspectionRecord | None:
        t = return_inspections
        stmt = select(t).where(t.c.return_id == return_id)
        row = self._db.run(lambda c: c.execute(stmt).first(), write=False)
        return None if row is None else InspectionRecord(**row._asdict())

    def inspections(self, return_ids: Iterable[str] | None = None) -> list[InspectionRecord]:
        t = return_inspections
        stmt = select(t).order_by(t.c.inspected_at)
        if return_ids is not None:
            stmt = stmt.where(t.c.return_id.in_(list(return_ids)))
        return self._db.run(
            lambda c: [InspectionRecord(**r._asdict()) for r in c.execute(stmt)], write=False
        )

    def mark_restocked(self, return_id: str, units: int, sequence: int) -> None:
        t = return_inspections

        def work(conn: Connection) -> None:
            now = self._db.now(conn)
            conn.execute(
                update(t)
                .where(t.c.return_id == return_id)
                .values(restocked_units=units, restock_sequence=sequence, restocked_at=now)
            )

        self._db.run(work)

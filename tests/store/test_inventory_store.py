"""Inventory positions and return inspections on both databases (SQLite file, PostgreSQL)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from packstation.store import Database
from packstation.store.inventory import InspectionRecord


def test_positions_changed_pushed_and_fetched(db: Database) -> None:
    inv = db.inventory
    inv.set_quantities({("LOC1", "A"): 5, ("LOC1", "B"): 0, ("LOC2", "A"): 7})
    assert inv.locations() == ["LOC1", "LOC2"]
    assert [(p.sku, p.quantity) for p in inv.positions("LOC1")] == [("A", 5), ("B", 0)]
    assert {(p.location_id, p.sku) for p in inv.changed()} == {
        ("LOC1", "A"),
        ("LOC1", "B"),
        ("LOC2", "A"),
    }

    inv.record_pushed(
        [
            {
                "location_id": "LOC1",
                "sku": "A",
                "quantity": 5,
                "sequence": 3,
                "sellable": 4,
                "reserved": 1,
            }
        ]
    )
    a = inv.get("LOC1", "A")
    assert a is not None
    assert (a.pushed_quantity, a.sequence, a.sellable, a.reserved) == (5, 3, 4, 1)
    assert not a.changed
    assert {(p.location_id, p.sku) for p in inv.changed()} == {("LOC1", "B"), ("LOC2", "A")}

    # Edited again while a push was under way: the new wanted quantity is kept, still changed.
    inv.set_quantities({("LOC1", "B"): 9})
    inv.record_pushed([{"location_id": "LOC1", "sku": "B", "quantity": 0, "sequence": 1}])
    b = inv.get("LOC1", "B")
    assert b is not None
    assert (b.quantity, b.pushed_quantity) == (9, 0)
    assert b.changed

    inv.record_errors({("LOC2", "A"): "stale sequence"})
    inv.record_fetched([{"location_id": "LOC2", "sku": "A", "sellable": 6, "reserved": 2}])
    inv.set_threshold("LOC2", "A", 10)
    loc2 = inv.get("LOC2", "A")
    assert loc2 is not None
    assert (loc2.error, loc2.sellable, loc2.reserved, loc2.threshold) == (
        "stale sequence",
        6,
        2,
        10,
    )
    inv.record_errors({("LOC2", "A"): None})
    assert inv.get("LOC2", "A").error is None  # type: ignore[union-attr]


def test_batch_sequences_are_shared_by_stations(db_url: str) -> None:
    """Two stations on one database take batches of numbers: every number used once per SKU."""
    pairs = [("LOC1", f"SKU-{n}") for n in range(40)]
    stations = [Database.open(db_url, retry_deadline_s=60) for _ in range(2)]
    try:
        with ThreadPoolExecutor(4) as pool:
            batches = list(
                pool.map(lambda i: stations[i % 2].inventory.next_sequences(pairs), range(8))
            )
        floor = stations[0].inventory.next_sequences(pairs[:1], at_least={pairs[0]: 1000})
    finally:
        for station in stations:
            station.close()
    for pair in pairs:
        assert sorted(batch[pair] for batch in batches) == list(range(1, 9))
    assert floor == {pairs[0]: 1000}


def test_inspections_recorded_replaced_and_restocked(db: Database) -> None:
    inv = db.inventory
    at = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
    first = InspectionRecord(
        return_id="R1",
        rma_id="RMA1",
        location_id="LOC1",
        sku="A",
        units=2,
        outcome="damaged",
        note="",
        packer="pat",
        station="bench-1",
        inspected_at=at,
    )
    inv.record_inspection(first)
    again = InspectionRecord(**{**first.__dict__, "outcome": "sellable", "note": "fine"})
    inv.record_inspection(again)
    got = inv.inspection("R1")
    assert got is not None
    assert (got.outcome, got.note, got.restocked_units) == ("sellable", "fine", None)
    assert got.inspected_at == at
    inv.mark_restocked("R1", 2, 17)
    done = inv.inspection("R1")
    assert done is not None
    assert (done.restocked_units, done.restock_sequence) == (2, 17)
    assert done.restocked_at is not None
    assert [r.return_id for r in inv.inspections()] == ["R1"]
    assert inv.inspections(["NOPE"]) == []
    assert inv.inspection("NOPE") is None

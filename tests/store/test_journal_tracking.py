"""Journal.shipment_with_tracking: which shipment's finish journaled a tracking id."""

from __future__ import annotations

from packstation.store import Database, Outcome


def _labels(db: Database, sid: str, payload: dict, result: dict | None) -> None:
    step = db.journal.begin_step(sid, "generateShipLabels", payload, station="s1")
    if result is not None:
        db.journal.finish_step(step, Outcome.OK, result)


def test_finds_the_courier_and_the_label_tracking_ids(db: Database) -> None:
    journal = db.journal
    # Self Ship: the courier's tracking id is in the intent, even when no answer came (a crash).
    _labels(db, "S-SELF", {"operation": "GENERATE", "tracking": "BD000111"}, None)
    # Easy Ship: Amazon's tracking id is in the result.
    _labels(
        db,
        "S-EASY",
        {"operation": "GENERATE", "packageIds": ["P1"]},
        {"labels": [{"packageId": "P1", "trackingId": "IN000222", "carrier": "ATS"}]},
    )
    # A scan or a note holding the same text is not a label.
    journal.record_scan("S-OTHER", "IN000333", line_id="1")
    assert journal.shipment_with_tracking("BD000111") == "S-SELF"
    assert journal.shipment_with_tracking(" IN000222 ") == "S-EASY"
    assert journal.shipment_with_tracking("IN000333") is None
    # A part of a tracking id is not a match, nor is an empty one.
    assert journal.shipment_with_tracking("IN000") is None
    assert journal.shipment_with_tracking("") is None
    assert journal.shipment_with_tracking("%") is None


def test_the_newest_shipment_wins(db: Database) -> None:
    _labels(db, "S-OLD", {"tracking": "T-1"}, {"labels": []})
    _labels(db, "S-NEW", {"tracking": "T-1"}, {"labels": []})
    assert db.journal.shipment_with_tracking("T-1") == "S-NEW"

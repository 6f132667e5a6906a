"""Workflow journal: intents and results, events, packing state, unique serials."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from packstation.store import (
    Database,
    EntryKind,
    Outcome,
    PackingState,
    SerialInUse,
    StoreError,
)


def test_step_round_trip(db: Database) -> None:
    journal = db.journal
    step = journal.begin_step(
        "SHP-1", "createPackages", {"packages": [{"ref": "P1"}]}, station="bench-1", packer="Ann"
    )
    [open_step] = journal.open_steps()
    assert open_step.id == step
    assert open_step.is_open
    assert open_step.payload == {"packages": [{"ref": "P1"}]}

    done = journal.finish_step(step, Outcome.OK, {"packageIds": ["PKG-9"]})
    assert done.outcome == "ok"
    assert done.result == {"packageIds": ["PKG-9"]}
    assert done.finished_at is not None
    assert done.finished_at >= done.created_at
    assert journal.open_steps() == []
    # Finishing again the same way is harmless (a retried call); differently is refused.
    assert journal.finish_step(step, "ok").id == step
    with pytest.raises(StoreError, match="already finished as 'ok'"):
        journal.finish_step(step, "failed")
    with pytest.raises(StoreError, match="does not exist"):
        journal.finish_step(99999, "ok")


def test_history_orders_steps_and_events(db: Database) -> None:
    journal = db.journal
    journal.record_scan("SHP-2", "0123456789012", line_id="L1", station="b1")
    journal.record_scan("SHP-2", "999", accepted=False, reason="wrong item", station="b1")
    journal.record_event("SHP-2", EntryKind.WEIGHT, {"weight": 1.25, "unit": "kg"})
    step = journal.begin_step("SHP-2", "generateShipLabels")
    journal.record_scan("SHP-other", "x")
    history = journal.history("SHP-2")
    assert [e.kind for e in history] == ["scan", "scan", "weight", "step"]
    assert history[1].payload["reason"] == "wrong item"
    assert history[2].payload == {"weight": 1.25, "unit": "kg"}
    assert history[3].id == step
    assert history[3].is_open
    with pytest.raises(StoreError):
        journal.record_event("SHP-2", EntryKind.STEP)


def test_crash_resume_finds_open_steps_and_state(db_url: str) -> None:
    """A station dies between intent and result: a restart sees the step and every scan."""
    first = Database.open(db_url)
    for n in range(3):
        state = PackingState({"version": 1, "lines": {"L1": {"scanned": n + 1, "serials": []}}})
        first.journal.record_scan("SHP-3", f"code{n}", line_id="L1", state=state, station="b1")
    package = {"id": "P1", "length": "30", "width": "20", "height": "10", "weight": "1.5"}
    state.data["packages"] = [{**package, "units": {"L1": 3}}]
    first.journal.save_state("SHP-3", state, station="b1")
    ok = first.journal.begin_step("SHP-3", "createPackages", station="b1")
    first.journal.finish_step(ok, "ok", {"packageIds": ["PK1"]})
    pending = first.journal.begin_step("SHP-3", "generateShipLabels", station="b1")
    first.close()  # the crash: nothing more is written

    again = Database.open(db_url)
    try:
        [step] = again.journal.open_steps(station="b1")
        assert (step.id, step.name, step.shipment_id) == (pending, "generateShipLabels", "SHP-3")
        assert again.journal.in_progress("b1") == ["SHP-3"]
        restored = again.journal.load_state("SHP-3")
        assert restored is not None
        assert restored.scanned == {"L1": 3}
        assert restored.data["packages"] == [{**package, "units": {"L1": 3}}]
        assert restored.revision == 4
        assert len([e for e in again.journal.history("SHP-3") if e.kind == "scan"]) == 3
        again.journal.finish_step(step.id, Outcome.RESOLVED, {"labels": "already generated"})
        assert again.journal.open_steps() == []
        assert again.journal.clear_state("SHP-3")
        assert again.journal.load_state("SHP-3") is None
    finally:
        again.close()


def test_serials_unique_across_shipments(db: Database) -> None:
    journal = db.journal
    journal.record_serial("SHP-A", "L1", "IMEI-356938035643809")
    journal.record_serial("SHP-A", "L1", "IMEI-356938035643809")  # same again: no-op
    with pytest.raises(SerialInUse) as info:
        journal.record_serial("SHP-B", "L7", "IMEI-356938035643809")
    assert info.value.shipment_id == "SHP-A"
    assert "already recorded for shipment SHP-A (line L1)" in str(info.value)
    with pytest.raises(SerialInUse):
        journal.record_serial("SHP-A", "L2", "IMEI-356938035643809")
    assert journal.serials("SHP-A") == {"L1": ["IMEI-356938035643809"]}
    assert journal.serials("SHP-B") == {}
    # The item goes back on the shelf: the serial is free for another shipment.
    assert journal.remove_serial("SHP-A", "IMEI-356938035643809")
    assert not journal.remove_serial("SHP-A", "IMEI-356938035643809")
    journal.record_serial("SHP-B", "L7", "IMEI-356938035643809")
    assert journal.serial_owner("IMEI-356938035643809") == ("SHP-B", "L7")


def test_serial_race_has_one_winner(db: Database) -> None:
    def record(n: int) -> str:
        try:
            db.journal.record_serial(f"SHP-{n}", "L1", "SN-RACE")
        except SerialInUse as err:
            return f"lost to {err.shipment_id}"
        return "won"

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(record, range(8)))
    assert outcomes.count("won") == 1
    owner = db.journal.serial_owner("SN-RACE")
    assert owner is not None
    assert all(o == "won" or o == f"lost to {owner[0]}" for o in outcomes)


def test_event_and_state_are_one_transaction(db: Database) -> None:
    state = PackingState({"lines": {"L1": {"scanned": 1, "serials": ["S1"]}}})
    db.journal.record_serial("SHP-T", "L1", "S1", state=state)
    with pytest.raises(SerialInUse):
        db.journal.record_serial(
            "SHP-U",
            "L1",
            "S1",
            state=PackingState({"lines": {"L1": {"scanned": 5, "serials": []}}}),
            station="b2",
        )
    assert db.journal.load_state("SHP-U") is None
    loaded = db.journal.load_state("SHP-T")
    assert loaded is not None
    assert loaded.serials == {"L1": ["S1"]}


def test_a_state_saved_in_the_old_shape_loads_in_the_sessions_shape(db: Database) -> None:
    """Records of a station upgraded in place: with the session's state inside (``extra``), and
    the older ones with scanned units and serials only."""
    session_state = {"version": 1, "lines": {"L1": {"scanned": 2, "serials": ["S1"]}}}
    db.journal.save_state(
        "SHP-OLD",
        PackingState(
            {
                "scanned": {"L1": 2},
                "serials": {"L1": ["S1"]},
                "packages": [],
                "extra": {"session": session_state},
            }
        ),
    )
    loaded = db.journal.load_state("SHP-OLD")
    assert loaded is not None
    assert loaded.data == session_state
    db.journal.save_state(
        "SHP-OLDER", PackingState({"scanned": {"L1": 1, "L2": 0}, "serials": {"L1": ["S9"]}})
    )
    older = db.journal.load_state("SHP-OLDER")
    assert older is not None
    assert older.data == {
        "version": 1,
        "lines": {"L1": {"scanned": 1, "serials": ["S9"]}, "L2": {"scanned": 0, "serials": []}},
    }
    assert (older.scanned, older.serials) == ({"L1": 1, "L2": 0}, {"L1": ["S9"]})

"""The scan recorder: scans logged before they are shown, the log cleared once all are journaled,
kept when a journal write failed; and the replay at the next start after a kill (a forked child
that dies with os._exit, nothing closed or flushed). A real SQLite journal, no marketplace: the
recorder never calls Amazon."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from packstation.services.packing import PackingSession
from packstation.services.scan_recorder import ScanRecorder, replay_scan_log
from packstation.services.scanlog import ScanLog
from packstation.services.workflow import PackingWorkflow
from packstation.store.database import Database
from tests.services.conftest import line, shipment

GTIN = "8901234567890"
PHONE_GTIN = "4006381333931"
IMEI = "490154203237518"
SID = "S-REC-1"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database.open(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    try:
        yield database
    finally:
        database.close()


def _workflow(db: Database, tmp_path: Path) -> PackingWorkflow:
    return PackingWorkflow(
        None,  # type: ignore[arg-type]  # recording scans never calls Amazon
        db,
        None,
        station="rec-station",
        documents_dir=tmp_path / "documents",
    )


def _session(workflow: PackingWorkflow) -> PackingSession:
    s = shipment(
        SID,
        [line("1", "SKU-A", 3, gtin=GTIN), line("2", "PHONE", 1, gtin=PHONE_GTIN, serial=True)],
    )
    return PackingSession(s, serials=workflow)


def _journaled(db: Database) -> list[Any]:
    return [e for e in db.journal.history(SID) if e.kind in ("scan", "serial")]


def test_a_scan_is_logged_then_journaled_and_the_log_cleared(db: Database, tmp_path: Path) -> None:
    workflow = _workflow(db, tmp_path)
    session = _session(workflow)
    with ScanLog(tmp_path / "scans.jsonl") as scan_log:
        recorder = ScanRecorder(workflow, scan_log)
        first, second = session.scan(GTIN), session.scan(GTIN)
        uid_1, uid_2 = recorder.log(session, first), recorder.log(session, second)
        assert uid_1 is not None
        assert uid_2 not in (None, uid_1)
        assert [e["uid"] for e in scan_log.entries()] == [uid_1, uid_2]
        assert recorder.pending == 2

        assert recorder.take(first) == uid_1
        assert recorder.take(first) is None  # handed out once
        workflow.record(session, first, uid_1)
        recorder.journaled(uid_1)
        assert len(scan_log.entries()) == 2  # the second one is still on its way

        workflow.record(session, second, recorder.take(second))
        recorder.journaled(uid_2)
        assert recorder.pending == 0
        assert scan_log.entries() == []
    assert [e.payload["code"] for e in _journaled(db)] == [GTIN, GTIN]


def test_a_failed_journal_write_keeps_the_log_for_the_next_start(
    db: Database, tmp_path: Path
) -> None:
    workflow = _workflow(db, tmp_path)
    session = _session(workflow)
    path = tmp_path / "scans.jsonl"
    with ScanLog(path) as scan_log:
        recorder = ScanRecorder(workflow, scan_log)
        lost, kept = session.scan(GTIN), session.scan(GTIN)
        recorder.log(session, lost)
        recorder.log(session, kept)
        recorder.journaled(recorder.take(lost), ok=False)  # the database was unreachable
        workflow.record(session, kept, recorder.take(kept))
        recorder.journaled(scan_log.entries()[1]["uid"])
        assert recorder.pending == 0
        assert recorder.dirty
        assert len(scan_log.entries()) == 2  # not cleared: one never reached the journal
    assert len(_journaled(db)) == 1

    with ScanLog(path) as scan_log:  # the next start
        assert replay_scan_log(workflow, scan_log) == 1
        assert scan_log.entries() == []
    assert [e.payload["code"] for e in _journaled(db)] == [GTIN, GTIN]
    state = db.journal.load_state(SID)
    assert state is not None
    assert state.scanned["1"] == 2


def test_the_command_line_path_scans_logs_and_journals_in_one_call(
    db: Database, tmp_path: Path
) -> None:
    workflow = _workflow(db, tmp_path)
    session = _session(workflow)
    with ScanLog(tmp_path / "scans.jsonl") as scan_log:
        recorder = ScanRecorder(workflow, scan_log)
        assert recorder.scan(session, GTIN).accepted
        assert recorder.scan(session, PHONE_GTIN).awaiting_serial
        assert recorder.scan(session, IMEI).accepted
        assert recorder.pending == 0
        assert scan_log.entries() == []
    assert [e.kind for e in _journaled(db)] == ["scan", "scan", "serial"]
    assert db.journal.serial_owner(IMEI) == (SID, "2")


def test_without_a_log_or_with_a_broken_one_scans_are_still_journaled(
    db: Database, tmp_path: Path
) -> None:
    workflow = _workflow(db, tmp_path)
    session = _session(workflow)
    assert ScanRecorder(workflow, None).scan(session, GTIN).accepted
    scan_log = ScanLog(tmp_path / "scans.jsonl")
    scan_log.close()  # as if the disk had gone away
    recorder = ScanRecorder(workflow, scan_log)
    assert recorder.scan(session, GTIN).accepted
    assert recorder.pending == 0
    assert len(_journaled(db)) == 2


def _killed_after(tmp_path: Path, path: Path, *, journal_first: int) -> list[str]:
    """A child process scans every unit of line 1 and logs each scan; it journals the first
    ``journal_first`` of them and is killed (os._exit: nothing closed, flushed or cleared)
    before journaling the rest. Returns the logged uids."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.close(read)
            db = Database.open(f"sqlite:///{tmp_path / 'station.sqlite3'}")
            workflow = _workflow(db, tmp_path)
            session = _session(workflow)
            recorder = ScanRecorder(workflow, ScanLog(path))
            uids = []
            for n in range(3):
                outcome = session.scan(GTIN)
                uids.append(str(recorder.log(session, outcome)))
                if n < journal_first:
                    workflow.record(session, outcome, recorder.take(outcome))
                    # killed before counting it off: the log is not cleared
            os.write(write, " ".join(uids).encode())
        finally:
            os._exit(0)
    os.close(write)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status)
    with os.fdopen(read) as fh:
        return fh.read().split()


@pytest.mark.parametrize("journal_first", [0, 1, 3])
def test_scans_logged_then_killed_are_journaled_once_at_the_next_start(
    db: Database, tmp_path: Path, journal_first: int
) -> None:
    path = tmp_path / "scans.jsonl"
    uids = _killed_after(tmp_path, path, journal_first=journal_first)
    assert len(uids) == 3
    assert len(_journaled(db)) == journal_first
    workflow = _workflow(db, tmp_path)
    with ScanLog(path) as scan_log:  # the next start
        assert [e["uid"] for e in scan_log.entries()] == uids
        assert replay_scan_log(workflow, scan_log) == 3 - journal_first
        assert scan_log.entries() == []
        assert replay_scan_log(workflow, scan_log) == 0  # again: nothing twice
    assert len(_journaled(db)) == 3
    assert db.journal.known_uids(uids) == set(uids)
    # The packer reopening the shipment gets every scan back.
    state = db.journal.load_state(SID)
    assert state is not None
    session = _session(workflow)
    session.restore(state.data)
    assert session.lines["1"].scanned == 3


# ---------------------------------------------------------------------- records saved before


#: A packing state as stations saved it before the one format (the journal's own fields beside
#: the session's state in ``extra.session``): shipment S-REC-1, two of three units of line 1 in
#: package P1 (30x20x10 cm, 1.25 kg), the phone of line 2 scanned with its IMEI.
OLD_RECORD: dict[str, Any] = {
    "scanned": {"1": 2, "2": 1},
    "serials": {"1": [], "2": [IMEI]},
    "packages": [],
    "extra": {
        "session": {
            "version": 1,
            "shipmentId": SID,
            "lines": {
                "1": {"scanned": 2, "serials": [], "piecesTogether": False},
                "2": {"scanned": 1, "serials": [IMEI], "piecesTogether": False},
            },
            "packages": [
                {
                    "id": "P1",
                    "length": "30",
                    "width": "20",
                    "height": "10",
                    "dimensionUnit": "CM",
                    "weight": "1.25",
                    "weightUnit": "KG",
                    "preset": None,
                    "fragile": False,
                    "units": {"1": 2, "2": 1},
                    "serials": {"2": [IMEI]},
                    "weightSource": "typed",
                    "confirmedWeight": None,
                    "trackingId": "",
                    "pieces": {},
                }
            ],
            "carrier": "",
            "current": 0,
            "pendingSerialLine": None,
            "refusals": {"wrong_item": 1},
        }
    },
}


def _assert_old_record_restored(session: PackingSession) -> None:
    assert session.lines["1"].scanned == 2
    assert session.lines["2"].serials == [IMEI]
    [package] = session.packages
    assert (package.package_id, str(package.weight), package.units) == (
        "P1",
        "1.25",
        {"1": 2, "2": 1},
    )
    assert session.refusals["wrong_item"] == 1


def test_a_journal_record_in_the_old_shape_restores(db: Database, tmp_path: Path) -> None:
    """A station upgraded in place: the record its old version saved reopens as it was."""
    from packstation.store.journal import PackingState

    workflow = _workflow(db, tmp_path)
    db.journal.save_state(SID, PackingState(OLD_RECORD))  # stored verbatim, as it was
    saved = db.journal.load_state(SID)
    assert saved is not None
    assert saved.scanned == {"1": 2, "2": 1}
    assert saved.serials == {"2": [IMEI]}
    session = _session(workflow)
    session.restore(saved.data)
    _assert_old_record_restored(session)
    # Saved again, it is in the one format: the session's own.
    workflow.save(session)
    again = db.journal.load_state(SID)
    assert again is not None
    assert again.data == session.to_state()


def test_a_scan_log_entry_in_the_old_shape_replays(db: Database, tmp_path: Path) -> None:
    """A crash before the upgrade, the replay after it."""
    workflow = _workflow(db, tmp_path)
    with ScanLog(tmp_path / "scans.jsonl") as scan_log:
        scan_log.append(
            {
                "uid": "old-1",
                "shipment": SID,
                "code": GTIN,
                "line": "1",
                "accepted": True,
                "reason": "",
                "serial": None,
                "station": "rec-station",
                "packer": "packer",
                "state": OLD_RECORD,
            }
        )
        assert replay_scan_log(workflow, scan_log) == 1
    saved = db.journal.load_state(SID)
    assert saved is not None
    session = _session(workflow)
    session.restore(saved.data)
    _assert_old_record_restored(session)

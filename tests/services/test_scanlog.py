"""The write-ahead scan log: the file itself, and its replay into a real SQLite journal with the
real sandbox marketplace over HTTP (a "crash" is scans logged and never journaled, then a new
runtime on the same folders)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.domain.shipments import Shipment
from packstation.services.packing import PackingSession
from packstation.services.runtime import Runtime
from packstation.services.scan_recorder import ScanRecorder, replay_scan_log
from packstation.services.scanlog import ScanLog

# ---------------------------------------------------------------------- the file


def test_append_and_entries_round_trip(tmp_path: Path) -> None:
    with ScanLog(tmp_path / "log" / "scans.jsonl") as scan_log:
        entries = [{"uid": f"u{n}", "code": "8901234567890", "n": n} for n in range(5)]
        for entry in entries:
            scan_log.append(entry)
        assert scan_log.entries() == entries
        raw = (tmp_path / "log" / "scans.jsonl").read_bytes()
        assert raw.count(b"\n") == 5
        assert b" " not in raw


def test_mode_is_0600_even_for_an_older_wider_file(tmp_path: Path) -> None:
    path = tmp_path / "scans.jsonl"
    with ScanLog(path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    with ScanLog(path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_torn_last_line_is_skipped_and_counted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "scans.jsonl"
    with ScanLog(path) as scan_log:
        scan_log.append({"uid": "a"})
        scan_log.append({"uid": "b"})
    with path.open("ab") as fh:
        fh.write(b'{"uid":"c","code":"89012')  # the power went mid-line
    with ScanLog(path) as scan_log, caplog.at_level(logging.WARNING):
        assert scan_log.entries() == [{"uid": "a"}, {"uid": "b"}]
        assert "1 unreadable line(s)" in caplog.text
        # Appending after a torn line: the torn one stays unreadable, the new one is whole.
        with path.open("ab") as fh:
            fh.write(b"\n")
        scan_log.append({"uid": "d"})
        assert [e["uid"] for e in scan_log.entries()] == ["a", "b", "d"]


def test_garbage_lines_never_raise(tmp_path: Path) -> None:
    path = tmp_path / "scans.jsonl"
    path.write_bytes(b'\xff\xfe\n[1,2]\n\n{"uid":"x"}\nnot json\n')
    with ScanLog(path) as scan_log:
        assert scan_log.entries() == [{"uid": "x"}]


def test_clear_truncates_and_appends_continue(tmp_path: Path) -> None:
    path = tmp_path / "scans.jsonl"
    with ScanLog(path) as scan_log:
        scan_log.append({"uid": "a"})
        scan_log.clear()
        assert path.stat().st_size == 0
        assert scan_log.entries() == []
        scan_log.append({"uid": "b"})
        assert scan_log.entries() == [{"uid": "b"}]
        assert path.read_bytes().startswith(b"{")  # O_APPEND: no hole where "a" was


def test_closed_log_refuses_appends(tmp_path: Path) -> None:
    scan_log = ScanLog(tmp_path / "scans.jsonl")
    scan_log.close()
    scan_log.close()  # twice is fine
    assert scan_log.closed
    with pytest.raises(ValueError, match="closed"):
        scan_log.append({"uid": "a"})


def test_entries_survive_the_writer_being_killed(tmp_path: Path) -> None:
    """A forked child appends, then dies without closing or flushing anything (os._exit)."""
    path = tmp_path / "scans.jsonl"
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            scan_log = ScanLog(path)
            for n in range(100):
                scan_log.append({"uid": f"u{n}"})
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFEXITED(status)
    with ScanLog(path) as scan_log:
        assert [e["uid"] for e in scan_log.entries()] == [f"u{n}" for n in range(100)]


# ---------------------------------------------------------------------- replay (service level)

STATION = "scanlog-station"


def _settings() -> Settings:
    return Settings(
        station_name=STATION,
        sandbox={"seed": 7, "shipments": 120, "rate_limits": False},
    )


@pytest.fixture
def runtimes() -> Iterator[list[Runtime]]:
    """Runtimes on the test's folders (one PACKSTATION_HOME); all closed at teardown."""
    made: list[Runtime] = []
    try:
        yield made
    finally:
        for rt in reversed(made):
            rt.close()


def _start(made: list[Runtime]) -> Runtime:
    rt = Runtime.from_settings(_settings(), app_paths(), scan_log=True)
    made.append(rt)
    return rt


def _gtin(line: Any) -> str:
    return next(str(a.value) for a in line.custom_attributes or [] if a.key == "gtin")


def _serial_required(line: Any) -> bool:
    return str(line.compliance_attributes.serial_number_requirement) == "REQUIRED"


def _pick(rt: Runtime, *, serial: bool, units: int = 2) -> Shipment:
    rt.queue.sync()
    for s in rt.queue.shipments:
        if str(s.status) != "ACCEPTED":
            continue
        if any(_serial_required(li) for li in s.line_items) != serial:
            continue
        if sum(li.number_of_units for li in s.line_items) < units:
            continue
        if any(str(li.piece_type) == "MULTIPLE" for li in s.line_items):
            continue  # one scan per piece
        if not all(any(a.key == "gtin" for a in li.custom_attributes or []) for li in s.line_items):
            continue
        return s
    pytest.skip("no sandbox shipment of that shape")


def _scan_codes(rt: Runtime, shipment: Shipment) -> list[str]:
    """Every unit's GTIN (and after it, its IMEI where one is required)."""
    codes: list[str] = []
    for li in shipment.line_items:
        imeis = (
            rt.sandbox.state.sample_imeis(li.merchant_sku, li.number_of_units)
            if _serial_required(li)
            else []
        )
        for n in range(li.number_of_units):
            codes.append(_gtin(li))
            if imeis:
                codes.append(imeis[n])
    return codes


def _log_only(rt: Runtime, session: PackingSession, code: str) -> dict[str, Any]:
    """What the Pack page does before the crash: scan in memory, append to the log."""
    outcome = session.scan(code)
    assert outcome.accepted, outcome.message
    entry = ScanRecorder(rt.workflow, rt.workflow.scan_log).entry(session, outcome)
    _log(rt).append(entry)
    return entry


def _log(rt: Runtime) -> ScanLog:
    scan_log = rt.workflow.scan_log
    assert scan_log is not None
    return scan_log


def _scan_events(rt: Runtime, sid: str) -> list[Any]:
    return [e for e in rt.db.journal.history(sid) if e.kind in ("scan", "serial")]


@pytest.mark.parametrize("serial", [False, True], ids=["plain", "serial-required"])
def test_logged_scans_a_crash_kept_from_the_journal_are_replayed_at_start(
    runtimes: list[Runtime], serial: bool
) -> None:
    rt = _start(runtimes)
    shipment = _pick(rt, serial=serial)
    sid = shipment.id
    session = rt.workflow.open(sid)
    codes = _scan_codes(rt, shipment)
    entries = [_log_only(rt, session, code) for code in codes]
    shown = {lid: (line.scanned, list(line.serials)) for lid, line in session.lines.items()}
    assert _scan_events(rt, sid) == []  # the "crash": nothing reached the journal
    log_path = _log(rt).path
    rt.close()
    runtimes.remove(rt)
    assert len(ScanLog(log_path).entries()) == len(codes)

    again = _start(runtimes)  # the restart replays the log before anything else
    assert _log(again).entries() == []
    events = _scan_events(again, sid)
    assert [e.payload.get("code", e.payload.get("serial")) for e in events] == codes
    restored = again.workflow.open(sid)
    assert {lid: (ln.scanned, list(ln.serials)) for lid, ln in restored.lines.items()} == shown
    assert restored.scanned_units == sum(li.number_of_units for li in shipment.line_items)
    if serial:
        imei = next(e["code"] for e in entries if e["serial"])
        assert again.db.journal.serial_owner(imei) is not None


def test_replaying_twice_and_entries_already_journaled_add_nothing(
    runtimes: list[Runtime],
) -> None:
    rt = _start(runtimes)
    shipment = _pick(rt, serial=False, units=3)
    sid = shipment.id
    session = rt.workflow.open(sid)
    codes = _scan_codes(rt, shipment)[:3]
    entries = []
    for n, code in enumerate(codes):
        outcome = session.scan(code)
        entry = ScanRecorder(rt.workflow, rt.workflow.scan_log).entry(session, outcome)
        _log(rt).append(entry)
        entries.append(entry)
        if n == 0:  # the first one reached the journal before the crash, with its uid
            assert rt.workflow.record(session, outcome, uid=entry["uid"]).accepted
    assert len(_scan_events(rt, sid)) == 1

    assert replay_scan_log(rt.workflow, _log(rt)) == 2
    assert len(_scan_events(rt, sid)) == 3
    state = rt.db.journal.load_state(sid)
    assert state is not None
    assert sum(state.scanned.values()) == 3

    # A log that was not cleared (crash between journal and clear): replay is a no-op.
    for entry in entries:
        _log(rt).append(entry)
    assert replay_scan_log(rt.workflow, _log(rt)) == 0
    assert replay_scan_log(rt.workflow, _log(rt)) == 0
    assert len(_scan_events(rt, sid)) == 3
    assert _log(rt).entries() == []


def test_an_older_logged_state_never_overwrites_a_newer_journal_state(
    runtimes: list[Runtime],
) -> None:
    """Entries already journaled are skipped whole: their (older) state is not saved again."""
    rt = _start(runtimes)
    shipment = _pick(rt, serial=False, units=2)
    sid = shipment.id
    session = rt.workflow.open(sid)
    code = _scan_codes(rt, shipment)[0]
    outcome = session.scan(code)
    entry = ScanRecorder(rt.workflow, rt.workflow.scan_log).entry(session, outcome)
    _log(rt).append(entry)
    rt.workflow.record(session, outcome, uid=entry["uid"])
    rt.workflow.scan(session, code)  # journaled directly: a newer state
    before = rt.db.journal.load_state(sid)
    assert replay_scan_log(rt.workflow, _log(rt)) == 0
    after = rt.db.journal.load_state(sid)
    assert before is not None
    assert after is not None
    assert after.scanned == before.scanned
    assert after.revision == before.revision


def test_a_serial_taken_meanwhile_is_refused_on_replay_and_dropped_from_the_state(
    runtimes: list[Runtime],
) -> None:
    rt = _start(runtimes)
    shipment = _pick(rt, serial=True, units=1)
    sid = shipment.id
    session = rt.workflow.open(sid)
    codes = _scan_codes(rt, shipment)[:2]  # a unit and its IMEI
    for code in codes:
        _log_only(rt, session, code)
    line_id = next(lid for lid, ln in session.lines.items() if ln.serials)
    # Another shipment recorded the IMEI before the restart.
    rt.db.journal.record_serial("OTHER-SHIPMENT", "9", codes[1], station="elsewhere")
    assert replay_scan_log(rt.workflow, _log(rt)) == 2
    state = rt.db.journal.load_state(sid)
    assert state is not None
    assert codes[1] not in state.serials.get(line_id, [])
    saved = state.data
    assert codes[1] not in saved["lines"][line_id]["serials"]
    assert saved["pendingSerialLine"] == line_id
    refused = _scan_events(rt, sid)[-1]
    assert refused.payload["accepted"] is False
    assert rt.db.journal.serial_owner(codes[1]) == ("OTHER-SHIPMENT", "9")


def test_a_log_that_cannot_be_replayed_is_kept(
    runtimes: list[Runtime], caplog: pytest.LogCaptureFixture
) -> None:
    rt = _start(runtimes)
    _log(rt).append({"uid": "u1", "shipment": "S1", "code": "x", "accepted": True})

    def broken(_uids: Any) -> set[str]:
        raise RuntimeError("database unreachable")

    from packstation.services import runtime as runtime_module

    rt.db.journal.known_uids = broken  # type: ignore[method-assign]
    with caplog.at_level(logging.ERROR):
        kept = runtime_module._open_scan_log(rt.workflow, rt.paths)
    assert kept is not None
    try:
        assert kept.keep
        assert "not replayed" in caplog.text
        assert [e["uid"] for e in kept.entries()] == ["u1"]
    finally:
        kept.close()

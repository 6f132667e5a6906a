"""Write-ahead scan recording: no scan the packer saw accepted is lost in a crash, on either face.

A scan is applied to the :class:`~packstation.services.packing.PackingSession` in memory; before
its outcome is shown, :meth:`ScanRecorder.log` appends an entry for it to the station's
:class:`~packstation.services.scanlog.ScanLog` (a new ``uid``, the scan, the packing state after
it). The journal write (:meth:`PackingWorkflow.record
<packstation.services.workflow.PackingWorkflow.record>`, with that ``uid``) follows: on the
database lane in the window, at once in ``packstation ship``. :meth:`ScanRecorder.journaled`
counts it off; when no logged scan is pending the log is cleared, unless a journal write failed
(then the log keeps its entries for the replay at the next start). :func:`replay_scan_log`, at
start-up, journals whatever a crash left in the log, each entry once (its ``uid`` is its journal
entry's).

The window calls :meth:`ScanRecorder.log` and :meth:`ScanRecorder.journaled` itself (the journal
write runs on a worker); the command line calls :meth:`ScanRecorder.scan` (scan, log, journal in
one call). Plain Python, no Qt; one thread at a time (the window's GUI thread).
"""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any

from packstation.services.packing import PackingSession, Refusal, ScanClass, ScanOutcome

if TYPE_CHECKING:
    from packstation.services.scanlog import ScanLog
    from packstation.services.workflow import PackingWorkflow

log = logging.getLogger(__name__)


class ScanRecorder:
    """Logs scans before they are shown, and clears the log once all are journaled.

    ``scan_log`` None: no write-ahead log (scans are journaled without it).
    """

    def __init__(self, workflow: PackingWorkflow, scan_log: ScanLog | None) -> None:
        self.workflow = workflow
        self.scan_log = scan_log
        #: id(outcome) -> (outcome, uid) of scans logged and not yet handed to the journal
        self._logged: dict[int, tuple[ScanOutcome, str]] = {}
        #: logged scans whose journal write has not answered yet
        self.pending = 0
        #: a journal write failed: the log keeps its entries for the replay at the next start
        self.dirty = False
        self._append_failed = False

    # ------------------------------------------------------------------ the entry
    def entry(self, session: PackingSession, outcome: ScanOutcome) -> dict[str, Any]:
        """What the log keeps of one scan (no personal data): a new ``uid`` (its journal
        entry's too), the scan, and the packing state after it, as the journal saves it. Pure
        and fast: the GUI thread calls it before showing the outcome."""
        workflow = self.workflow
        return {
            "uid": uuid.uuid4().hex,
            "shipment": session.shipment_id,
            "code": outcome.code,
            "line": outcome.line_id,
            "accepted": outcome.accepted,
            "reason": str(outcome.refusal or ""),
            "serial": outcome.serial,
            "station": workflow.station,
            "packer": workflow.packer,
            # the packing state the journal saves with the scan (one serializer: to_state)
            "state": session.to_state(),
        }

    # ------------------------------------------------------------------ the window's steps
    def log(self, session: PackingSession, outcome: ScanOutcome) -> str | None:
        """Append the scan to the log, synchronously (tens of µs, no fsync), before its outcome
        is shown; returns the entry's ``uid`` (None: no log, or the append failed). A failed
        append (disk full) is logged once; the journal write goes ahead regardless."""
        scan_log = self.scan_log
        if scan_log is None or scan_log.closed:
            return None
        try:
            entry = self.entry(session, outcome)
            scan_log.append(entry)
        except Exception as exc:
            if not self._append_failed:
                self._append_failed = True
                log.error("scan log append failed (scans are still journaled): %s", exc)
            return None
        self._append_failed = False
        uid = str(entry["uid"])
        self._logged[id(outcome)] = (outcome, uid)
        self.pending += 1
        return uid

    def take(self, outcome: ScanOutcome) -> str | None:
        """The ``uid`` :meth:`log` gave ``outcome`` (once), for its journal write."""
        logged = self._logged.pop(id(outcome), None)
        return logged[1] if logged is not None and logged[0] is outcome else None

    def journaled(self, uid: str | None, *, ok: bool = True) -> None:
        """The journal write of a logged scan answered (``ok`` False: it failed). When no logged
        scan is pending, the log is cleared, unless a write failed (kept for the next start)."""
        if uid is None:
            return
        self.pending -= 1
        if not ok:
            self.dirty = True
        if self.pending == 0:
            self._drain()

    def _drain(self) -> None:
        scan_log = self.scan_log
        if scan_log is None or scan_log.closed:
            return
        if self.dirty or scan_log.keep:
            log.warning("scan log kept: a scan could not be journaled; replayed at next start")
            return
        try:
            scan_log.clear()
        except OSError as exc:
            log.error("scan log not cleared (replayed harmlessly at next start): %s", exc)

    # ------------------------------------------------------------------ in one call
    def record(self, session: PackingSession, outcome: ScanOutcome) -> ScanOutcome:
        """Log ``outcome``, journal it, count it off (the command line: no worker thread).

        Returns the journal's answer (a serial another station took meanwhile is refused)."""
        self.log(session, outcome)
        uid = self.take(outcome)
        try:
            answer = self.workflow.record(session, outcome, uid)
        except BaseException:
            self.journaled(uid, ok=False)
            raise
        self.journaled(uid)
        return answer

    def scan(
        self, session: PackingSession, code: str, classification: ScanClass | None = None
    ) -> ScanOutcome:
        """Apply ``code`` to the session, then :meth:`record` it."""
        return self.record(session, session.scan(code, classification))


# ---------------------------------------------------------------------- the replay


def replay_scan_log(workflow: PackingWorkflow, scan_log: ScanLog) -> int:
    """Journal every scan of ``scan_log`` that is not in the journal yet, in file order, each
    with its packing state (a later line carries a later state); then clear the log. Returns how
    many were journaled.

    Run it where nothing appends to the log meanwhile (start-up). A database error propagates and
    leaves the log as it was (replaying again is harmless).
    """
    from packstation.store.errors import SerialInUse
    from packstation.store.journal import PackingState

    entries = [e for e in scan_log.entries() if e.get("uid") and e.get("shipment")]
    journal = workflow.db.journal
    known = journal.known_uids(str(e["uid"]) for e in entries)
    #: (shipment, line, serial) refused on replay: dropped from that shipment's later states
    dropped: list[tuple[str, str, str]] = []
    added = 0
    for entry in entries:
        uid, sid = str(entry["uid"]), str(entry["shipment"])
        if uid in known:
            continue
        data = entry.get("state")
        state = None
        if isinstance(data, dict):
            # An entry a station logged before its upgrade reads as well (from_json).
            state = PackingState.from_json(data)
            for shipment, taken_line, taken in dropped:
                if shipment == sid:
                    _drop_serial(state.data, taken_line, taken)
        station = str(entry.get("station") or workflow.station)
        packer = entry.get("packer") or workflow.packer
        line_id, serial = entry.get("line"), entry.get("serial")
        code = str(entry.get("code", ""))
        if entry.get("accepted") and serial and line_id:
            try:
                journal.record_serial(
                    sid,
                    str(line_id),
                    str(serial),
                    station=station,
                    packer=packer,
                    state=state,
                    uid=uid,
                )
            except SerialInUse as exc:
                log.warning("scan log replay: %s; not kept on shipment %s", exc, sid)
                dropped.append((sid, str(line_id), str(serial)))
                if state is not None:
                    _drop_serial(state.data, str(line_id), str(serial))
                journal.record_scan(
                    sid,
                    code,
                    line_id=str(line_id),
                    accepted=False,
                    reason=str(Refusal.DUPLICATE_SERIAL),
                    station=station,
                    packer=packer,
                    state=state,
                    uid=uid,
                )
        else:
            journal.record_scan(
                sid,
                code,
                line_id=None if line_id is None else str(line_id),
                accepted=bool(entry.get("accepted")),
                reason=str(entry.get("reason") or ""),
                station=station,
                packer=packer,
                state=state,
                uid=uid,
            )
        known.add(uid)
        added += 1
    scan_log.clear()
    return added


def _drop_serial(state: dict[str, Any], line_id: str, serial: str) -> None:
    """Take a serial the store refused off a logged packing state (``PackingSession.to_state``'s
    shape), as the workflow's ``record`` does: the line waits for a serial again."""
    line = state.get("lines", {}).get(line_id)
    if isinstance(line, dict) and serial in line.get("serials", []):
        line["serials"].remove(serial)
        state["pendingSerialLine"] = line_id
    for pkg in state.get("packages", []):
        held = pkg.get("serials", {}).get(line_id) if isinstance(pkg, dict) else None
        if isinstance(held, list) and serial in held:
            held.remove(serial)

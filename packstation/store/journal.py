"""The workflow journal: what happened to each shipment, so a crash loses nothing.

Every workflow step is written twice: its intent before the call (:meth:`Journal.begin_step`)
and its result after (:meth:`Journal.finish_step`). An intent without a result
(:meth:`Journal.open_steps`) is a step whose effect is unknown after a crash: the restart re-reads
the shipment at Amazon before doing it again. Scans and serial numbers are events; the packing
state (:class:`PackingState`: the packing session's own JSON) is saved with them in one
transaction.

Serial numbers are unique across all shipments: recording one that another shipment (or another
line) already has raises :class:`SerialInUse`, naming it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, String, bindparam, cast, delete, exc, select, update
from sqlalchemy import func as sqlfunc
from sqlalchemy.dialects import postgresql, sqlite

from packstation.store.database import insert_ignore
from packstation.store.errors import SerialInUse, StoreError
from packstation.store.schema import journal_entries, packing_states, serials
from packstation.store.types import utcnow

if TYPE_CHECKING:
    from packstation.store.database import Database


class EntryKind(StrEnum):
    STEP = "step"
    SCAN = "scan"
    WEIGHT = "weight"
    SERIAL = "serial"
    NOTE = "note"


class Outcome(StrEnum):
    OK = "ok"
    FAILED = "failed"
    #: a restart found the step's real state at Amazon and settled it
    RESOLVED = "resolved"
    ABANDONED = "abandoned"


@dataclass(frozen=True)
class JournalEntry:
    id: int
    shipment_id: str
    kind: str
    name: str
    payload: dict[str, Any]
    station: str | None
    packer: str | None
    created_at: datetime
    finished_at: datetime | None
    outcome: str | None
    result: dict[str, Any] | None

    @property
    def is_open(self) -> bool:
        """A step whose intent is recorded but whose result is not."""
        return self.kind == EntryKind.STEP and self.finished_at is None


def _entry(row: Row[Any]) -> JournalEntry:
    return JournalEntry(
        id=row.id,
        shipment_id=row.shipment_id,
        kind=row.kind,
        name=row.name,
        payload=dict(row.payload or {}),
        station=row.station,
        packer=row.packer,
        created_at=row.created_at,
        finished_at=row.finished_at,
        outcome=row.outcome,
        result=dict(row.result) if row.result is not None else None,
    )


@dataclass
class PackingState:
    """What the packer has done so far on one shipment (restored after a crash).

    ``data`` is the packing session's own JSON, written by one serializer
    (:meth:`packstation.services.packing.PackingSession.to_state`, read back by its
    ``restore``): the journal, the write-ahead scan log and the workflow store and pass it whole.
    :meth:`from_json` also reads the shape stations saved before (``scanned``, ``serials``,
    ``packages`` beside ``extra.session``), so a station upgraded in place resumes its shipments.
    """

    data: dict[str, Any] = field(default_factory=dict)
    #: increases with every save; set by :meth:`Journal.load_state`
    revision: int = 0

    def to_json(self) -> dict[str, Any]:
        return self.data

    @classmethod
    def from_json(cls, data: Mapping[str, Any], revision: int = 0) -> PackingState:
        return cls(_current_shape(data), revision=revision)

    @property
    def lines(self) -> dict[str, dict[str, Any]]:
        lines = self.data.get("lines")
        return lines if isinstance(lines, dict) else {}

    @property
    def scanned(self) -> dict[str, int]:
        """Units scanned per line."""
        return {lid: int(line.get("scanned", 0)) for lid, line in self.lines.items()}

    @property
    def serials(self) -> dict[str, list[str]]:
        """Serial numbers per line (lines with none left out)."""
        return {
            lid: [str(s) for s in line["serials"]]
            for lid, line in self.lines.items()
            if line.get("serials")
        }


def _current_shape(data: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` in the session's shape: a record of the shape saved before (``scanned``,
    ``serials``, ``packages``, ``extra.session``) gives its ``extra.session``, or, with none,
    its scanned units and serials per line."""
    if "lines" in data or not any(k in data for k in ("scanned", "serials", "extra")):
        return dict(data)
    extra = data.get("extra")
    session = extra.get("session") if isinstance(extra, Mapping) else None
    if isinstance(session, Mapping) and session:
        return dict(session)
    scanned = data.get("scanned") or {}
    serials = data.get("serials") or {}
    return {
        "version": 1,
        "lines": {
            str(lid): {
                "scanned": int(scanned.get(lid, 0)),
                "serials": [str(s) for s in serials.get(lid, [])],
            }
            for lid in dict.fromkeys([*scanned, *serials])
        },
    }


# Prepared once (compiled once, cached): the statements of every finish step. The server's
# now() inline on PostgreSQL (as Database.now, without its extra round trip); this machine's
# clock, passed in, on SQLite.
_ENTRY_ID = journal_entries.c.id
_INSERT_SQLITE = (
    sqlite.insert(journal_entries)
    .on_conflict_do_nothing(index_elements=["uid"])
    .returning(_ENTRY_ID)
)
_INSERT_PG = (
    postgresql.insert(journal_entries)
    .values(created_at=sqlfunc.now())
    .on_conflict_do_nothing(index_elements=["uid"])
    .returning(_ENTRY_ID)
)
_ID_OF_UID = select(_ENTRY_ID).where(journal_entries.c.uid == bindparam("b_uid"))
_OPEN_STEP = (
    update(journal_entries)
    .where(
        journal_entries.c.id == bindparam("b_id"),
        journal_entries.c.kind == EntryKind.STEP.value,
        journal_entries.c.finished_at.is_(None),
    )
    .returning(*journal_entries.c)
)
_FINISH_SQLITE = _OPEN_STEP
_FINISH_PG = _OPEN_STEP.values(finished_at=sqlfunc.now())
_CLEAR_STATE = delete(packing_states).where(packing_states.c.shipment_id == bindparam("b_sid"))
_STEPS = (
    select(journal_entries)
    .where(journal_entries.c.shipment_id == bindparam("b_sid"))
    .where(journal_entries.c.kind == EntryKind.STEP.value)
    .order_by(_ENTRY_ID)
)


#: the journal step of generateShipLabels (``packstation.services.workflow.FinishStep.LABELS``)
_LABEL_STEP = "generateShipLabels"


def _label_tracking_ids(entry: JournalEntry) -> set[str]:
    """Tracking ids a generateShipLabels step names: the courier's (payload ``tracking``) and
    each label's (result ``labels[].trackingId``)."""
    out: set[str] = set()
    given = entry.payload.get("tracking")
    if isinstance(given, str):
        out.add(given)
    for label in (entry.result or {}).get("labels", []) or []:
        if isinstance(label, dict) and isinstance(label.get("trackingId"), str):
            out.add(label["trackingId"])
    return out


class Journal:
    def __init__(self, db: Database) -> None:
        self._db = db

    # ------------------------------------------------------------------ internals
    def _insert(
        self,
        conn: Connection,
        *,
        uid: str,
        shipment_id: str,
        kind: EntryKind,
        name: str,
        payload: Mapping[str, Any] | None,
        station: str | None,
        packer: str | None,
    ) -> int:
        # One prepared statement: INSERT ... ON CONFLICT (uid) DO NOTHING RETURNING id.
        params: dict[str, Any] = {
            "uid": uid,
            "shipment_id": shipment_id,
            "kind": kind.value,
            "name": name,
            "payload": dict(payload or {}),
            "station": station,
            "packer": packer,
        }
        if conn.dialect.name == "postgresql":
            stmt = _INSERT_PG
        else:
            stmt, params["created_at"] = _INSERT_SQLITE, utcnow()
        new_id = conn.execute(stmt, params).scalar_one_or_none()
        if new_id is not None:
            return int(new_id)
        # A retry after a commit whose answer was lost: the row is there already.
        return int(conn.execute(_ID_OF_UID, {"b_uid": uid}).scalar_one())

    def _save_state(
        self, conn: Connection, shipment_id: str, state: PackingState, station: str | None
    ) -> int:
        now = self._db.now(conn)
        insert_ignore(
            conn,
            packing_states,
            [
                {
                    "shipment_id": shipment_id,
                    "state": {},
                    "revision": 0,
                    "station": station,
                    "updated_at": now,
                }
            ],
            ["shipment_id"],
        )
        stmt = (
            update(packing_states)
            .where(packing_states.c.shipment_id == shipment_id)
            .values(
                state=state.to_json(),
                revision=packing_states.c.revision + 1,
                station=station,
                updated_at=now,
            )
            .returning(packing_states.c.revision)
        )
        revision = int(conn.execute(stmt).scalar_one())
        state.revision = revision
        return revision

    # ------------------------------------------------------------------ steps
    def begin_step(
        self,
        shipment_id: str,
        step: str,
        payload: Mapping[str, Any] | None = None,
        *,
        station: str | None = None,
        packer: str | None = None,
    ) -> int:
        """Record the intent to do ``step`` (e.g. ``createPackages``) before doing it."""
        uid = uuid.uuid4().hex
        return self._db.run(
            lambda conn: self._insert(
                conn,
                uid=uid,
                shipment_id=shipment_id,
                kind=EntryKind.STEP,
                name=step,
                payload=payload,
                station=station,
                packer=packer,
            )
        )

    def finish_step(
        self, step_id: int, outcome: Outcome | str, result: Mapping[str, Any] | None = None
    ) -> JournalEntry:
        """Record the result of the step ``step_id`` (``ok``, ``failed``, ``resolved`` ...).

        Finishing again with the same outcome is harmless; a different one is an error.
        """
        outcome = str(outcome)

        def work(conn: Connection) -> JournalEntry:
            # One statement in the usual case: finish the step if it is open, return its row.
            params: dict[str, Any] = {
                "b_id": step_id,
                "outcome": outcome,
                "result": dict(result or {}),
            }
            if conn.dialect.name == "postgresql":
                stmt = _FINISH_PG
            else:
                stmt, params["finished_at"] = _FINISH_SQLITE, utcnow()
            row = conn.execute(stmt, params).first()
            if row is not None:
                return _entry(row)
            row = conn.execute(
                select(journal_entries).where(journal_entries.c.id == step_id)
            ).first()
            if row is None or row.kind != EntryKind.STEP:
                raise StoreError(f"journal step {step_id} does not exist")
            if row.outcome != outcome:
                raise StoreError(
                    f"journal step {step_id} ({row.name} of shipment {row.shipment_id}) "
                    f"already finished as {row.outcome!r}, not {outcome!r}"
                )
            return _entry(row)

        return self._db.run(work)

    def open_steps(
        self, shipment_id: str | None = None, *, station: str | None = None
    ) -> list[JournalEntry]:
        """Steps begun and never finished: after a crash, check each against Amazon."""
        stmt = (
            select(journal_entries)
            .where(journal_entries.c.kind == EntryKind.STEP.value)
            .where(journal_entries.c.finished_at.is_(None))
            .order_by(journal_entries.c.id)
        )
        if shipment_id is not None:
            stmt = stmt.where(journal_entries.c.shipment_id == shipment_id)
        if station is not None:
            stmt = stmt.where(journal_entries.c.station == station)
        return self._db.run(lambda conn: [_entry(r) for r in conn.execute(stmt)], write=False)

    def steps(self, shipment_id: str) -> list[JournalEntry]:
        """The shipment's workflow steps (no scans, weights or serials), in order: what a finish
        needs to know about earlier finishes, in one small read."""
        return self._db.run(
            lambda conn: [_entry(r) for r in conn.execute(_STEPS, {"b_sid": shipment_id})],
            write=False,
        )

    def shipment_with_tracking(self, tracking_id: str) -> str | None:
        """The shipment whose finish journaled ``tracking_id`` (a Self Ship courier tracking id
        given to generateShipLabels, or a label's tracking id), or None. The Pack page refuses a
        Self Ship tracking id already used on another shipment with it.

        The newest such shipment when (against Amazon's rules) there are several.
        """
        wanted = tracking_id.strip()
        if not wanted:
            return None
        # A text pre-filter the database can run (JSON as text, both dialects), then the exact
        # check on the decoded documents: a substring is not a match.
        as_text = sqlfunc.coalesce(cast(journal_entries.c.result, String), "")
        payload_text = cast(journal_entries.c.payload, String)
        stmt = (
            select(journal_entries)
            .where(journal_entries.c.kind == EntryKind.STEP.value)
            .where(journal_entries.c.name == _LABEL_STEP)
            .where(
                payload_text.contains(wanted, autoescape=True)
                | as_text.contains(wanted, autoescape=True)
            )
            .order_by(journal_entries.c.id.desc())
        )

        def work(conn: Connection) -> str | None:
            for row in conn.execute(stmt):
                entry = _entry(row)
                if wanted in _label_tracking_ids(entry):
                    return entry.shipment_id
            return None

        return self._db.run(work, write=False)

    def known_uids(self, uids: Iterable[str]) -> set[str]:
        """Which of ``uids`` the journal holds (the scan log's replay skips those)."""
        wanted = list(dict.fromkeys(uids))

        def work(conn: Connection) -> set[str]:
            found: set[str] = set()
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                stmt = select(journal_entries.c.uid).where(journal_entries.c.uid.in_(chunk))
                found.update(conn.execute(stmt).scalars())
            return found

        return self._db.run(work, write=False) if wanted else set()

    def history(self, shipment_id: str) -> list[JournalEntry]:
        """Every step and event of the shipment, in the order they were recorded."""
        stmt = (
            select(journal_entries)
            .where(journal_entries.c.shipment_id == shipment_id)
            .order_by(journal_entries.c.id)
        )
        return self._db.run(lambda conn: [_entry(r) for r in conn.execute(stmt)], write=False)

    # ------------------------------------------------------------------ events
    def record_event(
        self,
        shipment_id: str,
        kind: EntryKind | str,
        payload: Mapping[str, Any] | None = None,
        *,
        name: str = "",
        station: str | None = None,
        packer: str | None = None,
        state: PackingState | None = None,
        uid: str | None = None,
    ) -> int:
        """Record an event; with ``state``, save the packing state in the same transaction.

        ``uid`` (default: a new one) makes the write idempotent: an entry with that uid is
        recorded once (the scan log's replay, a retried commit).
        """
        kind = EntryKind(kind)
        if kind is EntryKind.STEP:
            raise StoreError("steps are recorded with begin_step")
        uid = uid or uuid.uuid4().hex

        def work(conn: Connection) -> int:
            entry = self._insert(
                conn,
                uid=uid,
                shipment_id=shipment_id,
                kind=kind,
                name=name or kind.value,
                payload=payload,
                station=station,
                packer=packer,
            )
            if state is not None:
                self._save_state(conn, shipment_id, state, station)
            return entry

        return self._db.run(work)

    def record_scan(
        self,
        shipment_id: str,
        code: str,
        *,
        line_id: str | None = None,
        accepted: bool = True,
        reason: str = "",
        station: str | None = None,
        packer: str | None = None,
        state: PackingState | None = None,
        uid: str | None = None,
    ) -> int:
        """A scan, accepted (``line_id``) or refused (``reason``: wrong item, over-scan ...)."""
        payload = {"code": code, "line_id": line_id, "accepted": accepted, "reason": reason}
        return self.record_event(
            shipment_id,
            EntryKind.SCAN,
            payload,
            station=station,
            packer=packer,
            state=state,
            uid=uid,
        )

    def record_serial(
        self,
        shipment_id: str,
        line_id: str,
        serial: str,
        *,
        station: str | None = None,
        packer: str | None = None,
        state: PackingState | None = None,
        uid: str | None = None,
    ) -> int:
        """Record a serial number for a line; raises :class:`SerialInUse` if it is taken.

        The same serial for the same shipment and line again is a no-op (returns its entry id).
        ``uid``: as :meth:`record_event`.
        """
        serial = serial.strip()
        if not serial:
            raise StoreError("empty serial number")
        uid = uid or uuid.uuid4().hex

        def work(conn: Connection) -> int:
            owner = conn.execute(select(serials).where(serials.c.serial == serial)).first()
            if owner is not None and (owner.shipment_id, owner.line_id) != (shipment_id, line_id):
                raise SerialInUse(serial, owner.shipment_id, owner.line_id)
            if owner is None:
                conn.execute(
                    serials.insert().values(
                        serial=serial,
                        shipment_id=shipment_id,
                        line_id=line_id,
                        station=station,
                        recorded_at=self._db.now(conn),
                    )
                )
            entry = self._insert(
                conn,
                uid=uid,
                shipment_id=shipment_id,
                kind=EntryKind.SERIAL,
                name="serial",
                payload={"line_id": line_id, "serial": serial},
                station=station,
                packer=packer,
            )
            if state is not None:
                self._save_state(conn, shipment_id, state, station)
            return entry

        try:
            return self._db.run(work)
        except exc.IntegrityError as err:
            # Another station recorded it between our look and our insert.
            holder = self.serial_owner(serial)
            if holder is None:
                raise
            raise SerialInUse(serial, *holder) from err

    def remove_serial(
        self,
        shipment_id: str,
        serial: str,
        *,
        station: str | None = None,
        packer: str | None = None,
        state: PackingState | None = None,
    ) -> bool:
        """Take a serial back off a shipment (item removed); False if it was not on it."""
        uid = uuid.uuid4().hex

        def work(conn: Connection) -> bool:
            removed = conn.execute(
                delete(serials).where(
                    serials.c.serial == serial, serials.c.shipment_id == shipment_id
                )
            ).rowcount
            if removed:
                self._insert(
                    conn,
                    uid=uid,
                    shipment_id=shipment_id,
                    kind=EntryKind.SERIAL,
                    name="serial_removed",
                    payload={"serial": serial},
                    station=station,
                    packer=packer,
                )
            if state is not None:
                self._save_state(conn, shipment_id, state, station)
            return bool(removed)

        return self._db.run(work)

    def serial_owner(self, serial: str) -> tuple[str, str] | None:
        """``(shipment_id, line_id)`` that holds the serial, or None."""
        stmt = select(serials.c.shipment_id, serials.c.line_id).where(serials.c.serial == serial)

        def work(conn: Connection) -> tuple[str, str] | None:
            row = conn.execute(stmt).first()
            return (row.shipment_id, row.line_id) if row is not None else None

        return self._db.run(work, write=False)

    def serials(self, shipment_id: str) -> dict[str, list[str]]:
        """The serial numbers recorded for the shipment, per line."""
        stmt = (
            select(serials.c.line_id, serials.c.serial)
            .where(serials.c.shipment_id == shipment_id)
            .order_by(serials.c.recorded_at, serials.c.serial)
        )

        def work(conn: Connection) -> dict[str, list[str]]:
            out: dict[str, list[str]] = {}
            for row in conn.execute(stmt):
                out.setdefault(row.line_id, []).append(row.serial)
            return out

        return self._db.run(work, write=False)

    # ------------------------------------------------------------------ packing state
    def save_state(
        self, shipment_id: str, state: PackingState, *, station: str | None = None
    ) -> int:
        """Save the packing state; returns its new revision (also set on ``state``)."""
        return self._db.run(lambda conn: self._save_state(conn, shipment_id, state, station))

    def load_state(self, shipment_id: str) -> PackingState | None:
        """The last saved packing state of the shipment (None: nothing saved)."""
        stmt = select(packing_states).where(packing_states.c.shipment_id == shipment_id)

        def work(conn: Connection) -> PackingState | None:
            row = conn.execute(stmt).first()
            if row is None:
                return None
            return PackingState.from_json(row.state, revision=row.revision)

        return self._db.run(work, write=False)

    def clear_state(self, shipment_id: str) -> bool:
        """Forget the packing state (shipment finished or rejected); the journal stays."""
        return self._db.run(
            lambda conn: bool(conn.execute(_CLEAR_STATE, {"b_sid": shipment_id}).rowcount)
        )

    def in_progress(self, station: str | None = None) -> list[str]:
        """Shipments with a saved packing state (of one station if given): resume these."""
        stmt = select(packing_states.c.shipment_id).order_by(packing_states.c.updated_at)
        if station is not None:
            stmt = stmt.where(packing_states.c.station == station)
        return self._db.run(lambda conn: list(conn.execute(stmt).scalars()), write=False)

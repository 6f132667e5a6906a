"""A persistent print spool: one queue per printer, one worker thread per printer.

Jobs live in an SQLite file, so they survive a restart. Each printer's jobs print in order on
that printer's own thread. A printer that is not ready holds its queue with a state the packer
can read ("waiting: paper out") and is retried every ``retry_interval`` seconds; nothing that may
have reached the printer is ever sent again by the spool (a partial write or an unconfirmed job
stops in ``attention`` until the operator reprints or cancels it).

Write-ahead odometer: just before the first byte of a job goes out, the spool journals the
printer's label odometer (a Zebra's ``odometer.total_label_count``, read by the pre-flight anyway)
and how many labels the job adds. A job a crash left in ``sending`` is then settled from the
printer itself when the spool starts again, on that printer's worker, before anything else is
sent to it (:meth:`Spool._settle`): the count moved by exactly the job's labels and nothing is left
in the buffer -> ``done``; the count did not move -> nothing printed, ``queued`` again (it prints
once); formats still in the buffer -> ``confirming``; any other count, or no count at all (a
printer without an odometer, or none journaled) -> ``attention`` as before. An unreachable
printer keeps the job in ``sending`` ("settles once it answers"), retried, never resent blindly.

One process at a time: :meth:`Spool.start` takes an OS lock on ``<spool>.lock`` (released by
:meth:`Spool.stop`, or by the OS when the process dies, kill -9 included). A second process
(another window, a ``packstation ship`` beside the open bench) gets :class:`SpoolInUse` before
it touches a job: its workers would send the same queued label again, and it would take the
first one's labels in flight for a crash's.

Events are plain Python: :meth:`Spool.subscribe` callbacks receive each changed
:class:`SpoolJob`, called on the spool's threads (the GUI adapts them to signals).

States: ``queued`` -> ``sending`` -> ``confirming`` -> ``done``; ``waiting`` (not ready,
retried), ``attention`` (in doubt, operator decides), ``failed``, ``cancelled``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Self

import filelock

from printers.address import open_printer
from printers.base import Printer
from printers.errors import (
    JobInDoubt,
    JobStalled,
    PrinterError,
    PrinterNotReady,
    PrinterOffline,
    SpoolInUse,
    StatusUnknown,
)
from printers.files import private_dir, private_file

log = logging.getLogger(__name__)


class JobState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    WAITING = "waiting"
    CONFIRMING = "confirming"
    DONE = "done"
    ATTENTION = "attention"
    FAILED = "failed"
    CANCELLED = "cancelled"


PENDING = frozenset({JobState.QUEUED, JobState.WAITING, JobState.CONFIRMING})
FINAL = frozenset({JobState.DONE, JobState.ATTENTION, JobState.FAILED, JobState.CANCELLED})
#: States a job is retried in (``sending``: a job cut short, waiting for its printer to settle).
_RETRIED = PENDING | {JobState.SENDING}


@dataclass(frozen=True)
class SpoolJob:
    id: int
    printer: str
    name: str
    state: JobState
    detail: str
    attempts: int
    size: int
    created: float
    updated: float
    reprint_of: int | None
    #: The printer's label odometer journaled just before the job was sent (None: not sent yet,
    #: or the printer keeps no count), and the labels the job adds to it.
    odometer_before: int | None = None
    labels: int | None = None

    @property
    def text(self) -> str:
        """What the packer reads: "waiting: paper out", "done", "attention: ..."."""
        return f"{self.state.value}: {self.detail}" if self.detail else self.state.value


_SCHEMA = """
CREATE TABLE IF NOT EXISTS spool_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    printer TEXT NOT NULL,
    name TEXT NOT NULL,
    data BLOB NOT NULL,
    state TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    updated REAL NOT NULL,
    reprint_of INTEGER
);
CREATE INDEX IF NOT EXISTS spool_jobs_printer_state ON spool_jobs (printer, state, id);
"""
#: Columns added since the first spool files; an older file gains them when opened.
_ADDED_COLUMNS = {"odometer_before": "INTEGER", "labels": "INTEGER"}
_COLUMNS = (
    "id, printer, name, state, detail, attempts, length(data), created, updated, reprint_of,"
    " odometer_before, labels"
)
INTERRUPTED = "interrupted while sending; check the printer, then reprint or cancel"
_SETTLING = "interrupted while sending; settling from the printer's label count"


def _row(row: tuple[object, ...]) -> SpoolJob:
    return SpoolJob(
        id=int(row[0]),  # type: ignore[call-overload]
        printer=str(row[1]),
        name=str(row[2]),
        state=JobState(str(row[3])),
        detail=str(row[4]),
        attempts=int(row[5]),  # type: ignore[call-overload]
        size=int(row[6]),  # type: ignore[call-overload]
        created=float(row[7]),  # type: ignore[arg-type]
        updated=float(row[8]),  # type: ignore[arg-type]
        reprint_of=None if row[9] is None else int(row[9]),  # type: ignore[call-overload]
        odometer_before=None if row[10] is None else int(row[10]),  # type: ignore[call-overload]
        labels=None if row[11] is None else int(row[11]),  # type: ignore[call-overload]
    )


def _migrate(db: sqlite3.Connection) -> None:
    have = {str(row[1]) for row in db.execute("PRAGMA table_info(spool_jobs)")}
    for column, kind in _ADDED_COLUMNS.items():
        if column in have:
            continue
        try:
            db.execute(f"ALTER TABLE spool_jobs ADD COLUMN {column} {kind}")
        except sqlite3.OperationalError as exc:
            # Another process opening the same file added it first.
            if "duplicate column" not in str(exc):
                raise


def job_data(db_path: Path | str, job_id: int) -> bytes:
    """The bytes job ``job_id`` of the spool database at ``db_path`` sent (or will send), read
    over a read-only connection of its own (for a viewer beside a running spool; never takes
    the spool's lock). KeyError if there is none."""
    uri = Path(db_path).resolve().as_uri() + "?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=5.0)) as db:
        row = db.execute("SELECT data FROM spool_jobs WHERE id = ?", (job_id,)).fetchone()
    if row is None:
        raise KeyError(f"no print job {job_id}")
    return bytes(row[0])


class Spool:
    """The spool. ``opener(url)`` makes a printer (default :func:`open_printer`)."""

    def __init__(
        self,
        db_path: Path | str,
        *,
        opener: Callable[[str], Printer] = open_printer,
        retry_interval: float = 1.0,
    ) -> None:
        self.db_path = Path(db_path)
        # Jobs hold the labels' bytes (buyer names and addresses): private to this user.
        private_dir(self.db_path.parent)
        private_file(self.db_path)
        self.opener = opener
        self.retry_interval = retry_interval
        self._lock = threading.RLock()
        self._cond = threading.Condition(self._lock)
        self._db = sqlite3.connect(str(self.db_path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        _migrate(self._db)
        self._workers: dict[str, threading.Thread] = {}
        self._listeners: list[Callable[[SpoolJob], None]] = []
        self._running = False
        self._stopping = False
        #: Jobs cut short while sending that wait for their printer to answer (cancellable).
        self._settling: set[int] = set()
        self._process_lock: filelock.BaseFileLock | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> Self:
        """Take the spool's process lock (:class:`SpoolInUse` when another process holds it),
        settle what a crash left in ``sending`` and start the workers of unfinished jobs."""
        with self._lock:
            if self._process_lock is None:
                self._process_lock = self._take_process_lock()
            self._running, self._stopping = True, False
            # A job caught mid-send by a crash may be partly printed. With the odometer
            # journaled, its printer's worker settles it from the printer's count (first, before
            # any other job reaches that printer); without, the operator decides.
            interrupted = self._select("state = ?", (JobState.SENDING.value,))
            for job in interrupted:
                if job.odometer_before is None or job.labels is None:
                    self._set(job.id, JobState.ATTENTION, INTERRUPTED)
                else:
                    self._set(job.id, JobState.SENDING, _SETTLING)
            printers = {
                j.printer
                for j in self._select("state IN ('queued','waiting','confirming','sending')", ())
            }
            for printer in sorted(printers):
                self._ensure_worker(printer)
        return self

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the workers (each finishes its current step) and close the database."""
        with self._lock:
            self._stopping = True
            self._running = False
            self._cond.notify_all()
            workers = list(self._workers.values())
        for worker in workers:
            worker.join(timeout)
        with self._lock:
            self._workers.clear()
            self._db.close()
            held, self._process_lock = self._process_lock, None
            if held is not None:
                with contextlib.suppress(OSError):
                    self._owner_file.unlink(missing_ok=True)
                held.release()

    @property
    def _owner_file(self) -> Path:
        return self.db_path.with_name(self.db_path.name + ".owner")

    def _take_process_lock(self) -> filelock.BaseFileLock | None:
        """The OS lock on ``<spool>.lock``, or :class:`SpoolInUse`. A file system without locks
        (some network shares) is logged and the spool runs without one."""
        lock = filelock.FileLock(
            self.db_path.with_name(self.db_path.name + ".lock"),
            timeout=0,
            mode=0o600,
            thread_local=False,  # taken on one thread, released on another (stop)
            fallback_to_soft=False,  # a soft lock outlives a killed process: never
        )
        try:
            lock.acquire()
        except filelock.Timeout:
            try:
                holder = self._owner_file.read_text(encoding="utf-8").strip()
            except OSError:
                holder = ""
            raise SpoolInUse(
                f"the label spool {self.db_path} is in use by another Packstation on this "
                f"computer{f' ({holder})' if holder else ''}: print from there, or close it "
                "first"
            ) from None
        except OSError as exc:
            log.warning("spool %s runs without a process lock: %s", self.db_path, exc)
            return None
        with contextlib.suppress(OSError):
            self._owner_file.write_text(f"process {os.getpid()}", encoding="utf-8")
        return lock

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # ------------------------------------------------------------------ API
    def subscribe(self, callback: Callable[[SpoolJob], None]) -> Callable[[], None]:
        """Call ``callback(job)`` on every change; returns the function that unsubscribes."""
        with self._lock:
            self._listeners.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._listeners:
                    self._listeners.remove(callback)

        return unsubscribe

    def submit(
        self, printer: str, data: bytes, name: str = "job", *, reprint_of: int | None = None
    ) -> int:
        now = time.time()
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO spool_jobs (printer, name, data, state, created, updated, reprint_of)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (printer, name, data, JobState.QUEUED.value, now, now, reprint_of),
            )
            job_id = int(cursor.lastrowid or 0)
            self._emit(job_id)
            if self._running:
                self._ensure_worker(printer)
            self._cond.notify_all()
        return job_id

    def cancel(self, job_id: int) -> bool:
        """Cancel a job not yet sent (or stop tracking one in doubt). False when too late."""
        with self._lock:
            job = self.job(job_id)
            if job.state in FINAL - {JobState.ATTENTION}:
                return False
            if job.state == JobState.SENDING and job_id not in self._settling:
                return False
            self._set(job_id, JobState.CANCELLED, "cancelled by the operator")
            self._cond.notify_all()
            return True

    def reprint(self, job_id: int) -> int:
        """Queue the same bytes again as a new job (the operator's decision)."""
        with self._lock:
            row = self._db.execute(
                "SELECT printer, name, data FROM spool_jobs WHERE id = ?", (job_id,)
            ).fetchone()
        if row is None:
            raise KeyError(f"no print job {job_id}")
        return self.submit(str(row[0]), bytes(row[2]), str(row[1]), reprint_of=job_id)

    def job(self, job_id: int) -> SpoolJob:
        with self._lock:
            jobs = self._select("id = ?", (job_id,))
        if not jobs:
            raise KeyError(f"no print job {job_id}")
        return jobs[0]

    def data(self, job_id: int) -> bytes:
        """The bytes job ``job_id`` sent (or will send); KeyError if there is none."""
        with self._lock:
            row = self._db.execute("SELECT data FROM spool_jobs WHERE id = ?", (job_id,)).fetchone()
        if row is None:
            raise KeyError(f"no print job {job_id}")
        return bytes(row[0])

    def jobs(
        self, printer: str | None = None, states: Iterable[JobState] | None = None, limit: int = 200
    ) -> list[SpoolJob]:
        """Newest first."""
        where, params = ["1=1"], []
        if printer is not None:
            where.append("printer = ?")
            params.append(printer)
        if states is not None:
            values = [s.value for s in states]
            where.append(f"state IN ({','.join('?' * len(values))})")
            params.extend(values)
        with self._lock:
            return self._select(" AND ".join(where), tuple(params), order="id DESC", limit=limit)

    def find(self, name: str, printer: str | None = None) -> SpoolJob | None:
        """The newest job called ``name`` (on ``printer`` if given), or None."""
        where, params = ["name = ?"], [name]
        if printer is not None:
            where.append("printer = ?")
            params.append(printer)
        with self._lock:
            found = self._select(" AND ".join(where), tuple(params), order="id DESC", limit=1)
        return found[0] if found else None

    def purge(self, older_than_days: float, *, now: float | None = None) -> int:
        """Delete finished jobs (done, failed, cancelled) last changed more than
        ``older_than_days`` ago, with their label bytes; returns how many."""
        cutoff = (time.time() if now is None else now) - older_than_days * 86400
        with self._lock:
            cursor = self._db.execute(
                "DELETE FROM spool_jobs WHERE state IN ('done','failed','cancelled')"
                " AND updated < ?",
                (cutoff,),
            )
            removed = int(cursor.rowcount or 0)
        if removed:
            with self._lock:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return removed

    def history(self, printer: str | None = None, limit: int = 100) -> list[SpoolJob]:
        return self.jobs(printer, FINAL, limit)

    def wait(
        self, job_id: int, timeout: float = 30.0, states: frozenset[JobState] = FINAL
    ) -> SpoolJob:
        """Block until the job reaches one of ``states`` (or the timeout); the job as it is."""
        with self._cond:
            self._cond.wait_for(lambda: self.job(job_id).state in states, timeout)
            return self.job(job_id)

    # ------------------------------------------------------------------ internals
    def _select(
        self, where: str, params: tuple[object, ...], order: str = "id", limit: int = -1
    ) -> list[SpoolJob]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM spool_jobs WHERE {where} ORDER BY {order} LIMIT ?",  # noqa: S608 - fixed fragments
            (*params, limit),
        ).fetchall()
        return [_row(r) for r in rows]

    def _set(
        self, job_id: int, state: JobState, detail: str = "", *, attempt: bool = False
    ) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE spool_jobs SET state = ?, detail = ?, updated = ?,"
                " attempts = attempts + ? WHERE id = ?",
                (state.value, detail, time.time(), 1 if attempt else 0, job_id),
            )
            self._emit(job_id)
            self._cond.notify_all()

    def _sending(self, job_id: int) -> None:
        """Mark the job sent from now on. The odometer of an earlier attempt is cleared in the
        same write: a crash before this attempt journals its own must not settle against it."""
        with self._lock:
            self._db.execute(
                "UPDATE spool_jobs SET state = ?, detail = '', updated = ?,"
                " attempts = attempts + 1, odometer_before = NULL, labels = NULL WHERE id = ?",
                (JobState.SENDING.value, time.time(), job_id),
            )
            self._emit(job_id)
            self._cond.notify_all()

    def _journal(self, job_id: int, count: int, labels: int) -> None:
        """Write-ahead: the odometer and the job's labels, committed before the first byte."""
        with self._lock:
            self._db.execute(
                "UPDATE spool_jobs SET odometer_before = ?, labels = ? WHERE id = ?",
                (count, labels, job_id),
            )

    def _emit(self, job_id: int) -> None:
        job = self._select("id = ?", (job_id,))[0]
        for listener in list(self._listeners):
            try:
                listener(job)
            except Exception:
                log.exception("spool listener failed")

    def _ensure_worker(self, printer: str) -> None:
        worker = self._workers.get(printer)
        if worker is not None and worker.is_alive():
            return
        worker = threading.Thread(
            target=self._work, args=(printer,), name=f"spool-{printer}", daemon=True
        )
        self._workers[printer] = worker
        worker.start()

    def _next(self, printer: str) -> tuple[SpoolJob, bytes] | None:
        """The printer's oldest unfinished job. One in ``sending`` is found here only when no
        worker is sending it: a crash (or a worker that died) cut its send short."""
        row = self._db.execute(
            f"SELECT {_COLUMNS}, data FROM spool_jobs WHERE printer = ?"  # noqa: S608
            " AND state IN ('queued','waiting','confirming','sending') ORDER BY id LIMIT 1",
            (printer,),
        ).fetchone()
        return None if row is None else (_row(row[:-1]), bytes(row[-1]))

    def _work(self, printer: str) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._stopping or self._next(printer) is not None)
                if self._stopping:
                    return
                found = self._next(printer)
                assert found is not None
                job, data = found
                if job.state not in (JobState.CONFIRMING, JobState.SENDING):
                    self._sending(job.id)
            if job.state == JobState.SENDING:
                retry = self._settle(printer, job)
            else:
                retry = self._step(printer, job, data)
            if retry:
                self._pause(job.id)

    def _pause(self, job_id: int) -> None:
        """Wait for the retry interval, or less when the job is cancelled or the spool stops."""
        with self._cond:
            self._cond.wait_for(
                lambda: self._stopping or self.job(job_id).state not in _RETRIED,
                self.retry_interval,
            )

    def _step(self, printer_url: str, job: SpoolJob, data: bytes) -> bool:
        """One attempt; True when the job should be tried again after the retry interval."""
        try:
            printer = self.opener(printer_url)
        except PrinterError as exc:
            self._set(job.id, JobState.FAILED, str(exc))
            return False
        try:
            with printer:
                if job.state == JobState.CONFIRMING:
                    confirm = getattr(printer, "confirm", None)
                    if confirm is not None:
                        confirm(getattr(printer, "confirm_timeout", 20.0))
                    self._set(job.id, JobState.DONE, "")
                    return False
                result = printer.print_journaled(
                    data, lambda count, labels: self._journal(job.id, count, labels)
                )
                self._set(
                    job.id,
                    JobState.DONE,
                    "" if result.confirmed else "sent (printer gives no confirmation)",
                )
                return False
        except JobStalled as exc:
            self._set(
                job.id,
                JobState.CONFIRMING,
                f"waiting: {exc.reason} (label sent; prints when fixed)",
            )
            return True
        except JobInDoubt as exc:
            self._set(job.id, JobState.ATTENTION, str(exc))
            return False
        except PrinterNotReady as exc:
            state = JobState.CONFIRMING if job.state == JobState.CONFIRMING else JobState.WAITING
            self._set(job.id, state, exc.reason)
            return True
        except StatusUnknown:
            state = JobState.CONFIRMING if job.state == JobState.CONFIRMING else JobState.WAITING
            self._set(job.id, state, "printer not answering (status unknown, may be faulted)")
            return True
        except PrinterOffline:
            state = JobState.CONFIRMING if job.state == JobState.CONFIRMING else JobState.WAITING
            self._set(job.id, state, "printer offline")
            return True
        except PrinterError as exc:
            self._set(job.id, JobState.FAILED, str(exc))
            return False

    def _settle(self, printer_url: str, job: SpoolJob) -> bool:
        """Settle a job a crash cut short while sending, from the printer's own label count.

        Never a duplicate label, never one silently lost: sent again only when the count did
        not move and the printer holds nothing. True when it should be tried again (the
        printer does not answer yet).
        """
        state, detail = self._settlement(printer_url, job)
        with self._lock:
            retry = state == JobState.SENDING
            if retry:
                self._settling.add(job.id)
            else:
                self._settling.discard(job.id)
            if self.job(job.id).state != JobState.SENDING:
                return False  # cancelled by the operator meanwhile
            self._set(job.id, state, detail)
        return retry

    def _settlement(self, printer_url: str, job: SpoolJob) -> tuple[JobState, str]:
        """What the printer says became of ``job``: its new state and detail (still
        ``sending`` when the printer does not answer yet)."""
        before, labels = job.odometer_before, job.labels
        if before is None or labels is None:
            return JobState.ATTENTION, INTERRUPTED
        try:
            printer = self.opener(printer_url)
        except PrinterError as exc:
            return JobState.ATTENTION, f"{INTERRUPTED} ({exc})"
        try:
            with printer:
                status = printer.status()
                count = printer.label_count()
        except (PrinterOffline, StatusUnknown) as exc:
            why = "offline" if isinstance(exc, PrinterOffline) else "status unknown"
            return JobState.SENDING, f"{_SETTLING} once the printer answers ({why})"
        except PrinterError as exc:
            return JobState.ATTENTION, f"{INTERRUPTED} ({exc})"
        if count is None:
            log.info(
                "job %d: %s gives no label count: the operator settles it", job.id, printer_url
            )
            return JobState.ATTENTION, INTERRUPTED
        counts = f"label count {before} before sending, {count} now, the job has {labels}"
        if status.idle is False:
            # Formats still in the printer: the job (or part of it) arrived; confirm as usual.
            return (
                JobState.CONFIRMING,
                f"interrupted while sending; the printer still holds labels ({counts})",
            )
        if status.idle is None:
            return (
                JobState.ATTENTION,
                f"interrupted while sending; the printer does not report its buffer ({counts}):"
                " check the printer, then reprint or cancel",
            )
        if count == before + labels:
            return JobState.DONE, "printed (settled from the printer's label count)"
        if count == before:
            log.info("job %d: nothing printed at %s (%s): sent again", job.id, printer_url, counts)
            return (
                JobState.QUEUED,
                "not printed before the interruption (settled from the printer's label count):"
                " sending it again",
            )
        return (
            JobState.ATTENTION,
            f"interrupted while sending; {counts}: check the printer, then reprint or cancel",
        )

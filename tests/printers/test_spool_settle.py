"""A spool killed while a label was being sent settles it from the printer's label count.

The crash is real: a spool in a child process journals the odometer and is SIGKILLed inside
the send (before the first byte, or once the printer has read the whole job), as a power cut
leaves it. A new spool on the same file then asks the virtual Zebra (on 127.0.0.1) what
happened, and the printer's received jobs show the outcome: never a duplicate, never a loss.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from printers.address import open_printer
from printers.base import Printer
from printers.spool import INTERRUPTED, JobState, Spool, SpoolJob
from printers.virtual import VirtualState, VirtualZplPrinter
from printers.zpl.templates import render_label

LABEL = render_label("test-4x6", {"printer": "virtual", "when": "today", "code": "T-1"})
OTHER = render_label("test-4x6", {"printer": "virtual", "when": "today", "code": "OTHER"})


def fast(url: str) -> Printer:
    return open_printer(url, connect_timeout=1.0, status_timeout=0.3, confirm_timeout=5.0)


# ---------------------------------------------------------------------- the killed spool


def _killed_main(argv: list[str]) -> int:
    """A spool that submits one label and is SIGKILLed inside the send, at ``phase``."""
    db, url, phase = argv
    from printers.zpl.network import ZplPrinter

    send = ZplPrinter._raw

    def cut(self: ZplPrinter, data: bytes) -> None:
        if phase == "after_send":
            send(self, data)
            # The printer reads a connection in order: once it answers, it has the whole job.
            self.host_status()
        os.kill(os.getpid(), signal.SIGKILL)

    ZplPrinter._raw = cut  # type: ignore[method-assign]
    spool = Spool(db, opener=fast).start()
    spool.wait(spool.submit(url, LABEL, "the label"), 60)
    return 1  # never reached: killed in the send


if __name__ == "__main__":
    sys.exit(_killed_main(sys.argv[1:]))


def killed_while_sending(db: Path, url: str, phase: str) -> None:
    """Leave ``db`` as a power cut inside the send leaves it; checks the crash state."""
    done = subprocess.run(
        [sys.executable, __file__, str(db), url, phase],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr[-2000:])
    with sqlite3.connect(db) as con:
        rows = con.execute("SELECT state, odometer_before, labels FROM spool_jobs").fetchall()
    con.close()
    assert len(rows) == 1
    assert rows[0][0] == "sending"


def journaled(db: Path) -> tuple[int | None, int | None]:
    with sqlite3.connect(db) as con:
        row = con.execute("SELECT odometer_before, labels FROM spool_jobs").fetchone()
    con.close()
    return row[0], row[1]


@pytest.fixture
def printer(tmp_path: Path) -> Iterator[VirtualZplPrinter]:
    with VirtualZplPrinter(tmp_path / "labels", port=0) as vp:
        yield vp


def settled(db: Path, job_id: int = 1) -> SpoolJob:
    with Spool(db, opener=fast, retry_interval=0.05) as spool:
        return spool.wait(job_id, 20)


# ---------------------------------------------------------------------- the cells


def test_printed_before_the_kill_is_not_printed_again(
    tmp_path: Path, printer: VirtualZplPrinter
) -> None:
    db = tmp_path / "spool.db"
    killed_while_sending(db, printer.url, "after_send")
    assert journaled(db) == (0, 1)  # written before the first byte went out
    assert printer.wait_for_jobs(1)
    job = settled(db)
    assert job.state == JobState.DONE, job.text
    assert "label count" in job.detail
    assert printer.received == 1
    assert len(printer.jobs) == 1
    assert b"T-1" in printer.jobs[0].read_bytes()


def test_not_printed_before_the_kill_prints_exactly_once(
    tmp_path: Path, printer: VirtualZplPrinter
) -> None:
    db = tmp_path / "spool.db"
    killed_while_sending(db, printer.url, "before_send")
    assert journaled(db) == (0, 1)
    assert printer.received == 0
    job = settled(db)
    assert job.state == JobState.DONE, job.text
    assert job.attempts == 2
    assert printer.received == 1
    assert len(printer.jobs) == 1
    assert b"T-1" in printer.jobs[0].read_bytes()


def test_a_count_moved_by_another_amount_needs_the_operator(
    tmp_path: Path, printer: VirtualZplPrinter
) -> None:
    """Another station printed two labels meanwhile: whether ours is among them, only the
    operator can tell. Nothing is sent again."""
    db = tmp_path / "spool.db"
    killed_while_sending(db, printer.url, "before_send")
    with fast(printer.url) as other:
        other.print_job(OTHER)
        other.print_job(OTHER)
    assert printer.wait_for_jobs(2)
    job = settled(db)
    assert job.state == JobState.ATTENTION
    assert "label count 0 before sending, 2 now, the job has 1" in job.detail
    assert "reprint or cancel" in job.detail
    assert printer.received == 2
    assert all(b"OTHER" in p.read_bytes() for p in printer.jobs)


def test_no_label_count_needs_the_operator(tmp_path: Path) -> None:
    """A printer that answers "?" (no odometer): nothing journaled, attention as always."""
    db = tmp_path / "spool.db"
    with VirtualZplPrinter(tmp_path / "labels", state=VirtualState(odometer=False)) as printer:
        killed_while_sending(db, printer.url, "before_send")
        assert journaled(db) == (None, None)
        job = settled(db)
        assert (job.state, job.detail) == (JobState.ATTENTION, INTERRUPTED)
        assert printer.received == 0  # the operator decides: never resent on its own


def test_a_count_the_printer_no_longer_gives_needs_the_operator(
    tmp_path: Path, printer: VirtualZplPrinter
) -> None:
    db = tmp_path / "spool.db"
    killed_while_sending(db, printer.url, "before_send")
    printer.state.odometer = False  # answers "?" now
    job = settled(db)
    assert (job.state, job.detail) == (JobState.ATTENTION, INTERRUPTED)
    assert printer.received == 0


def test_a_label_still_in_the_printer_is_confirmed_not_resent(
    tmp_path: Path, printer: VirtualZplPrinter
) -> None:
    db = tmp_path / "spool.db"
    printer.state.print_seconds = 60  # the job is read, then "printing" when the kill comes
    killed_while_sending(db, printer.url, "after_send")
    printer.state.paper_out = True  # ... and the paper runs out: the label is held
    printer.state.print_seconds = 0
    assert printer.buffered == 1
    seen: list[SpoolJob] = []
    stalled = threading.Event()

    def on_change(job: SpoolJob) -> None:
        seen.append(job)
        if job.text.startswith("confirming: waiting: paper out"):
            stalled.set()

    with Spool(db, opener=fast, retry_interval=0.05) as spool:
        spool.subscribe(on_change)
        assert stalled.wait(20), [j.text for j in seen]
        printer.state.paper_out = False
        job = spool.wait(1, 20)
    assert job.state == JobState.DONE, job.text
    assert "still holds labels" in seen[0].detail
    assert printer.received == 1
    assert len(printer.jobs) == 1


def test_an_offline_printer_is_waited_for_then_settled(tmp_path: Path) -> None:
    db = tmp_path / "spool.db"
    out = tmp_path / "labels"
    with VirtualZplPrinter(out) as printer:
        killed_while_sending(db, printer.url, "before_send")
        url, port = printer.url, printer.port
    offline = threading.Event()

    def on_change(job: SpoolJob) -> None:
        if "once the printer answers (offline)" in job.detail:
            offline.set()

    with Spool(db, opener=fast, retry_interval=0.05) as spool:
        spool.subscribe(on_change)
        assert offline.wait(20)
        assert spool.job(1).state == JobState.SENDING  # not resent blindly, not given up
        with VirtualZplPrinter(out, port=port) as back:
            assert back.url == url
            job = spool.wait(1, 20)
            assert job.state == JobState.DONE, job.text
            assert back.received == 1
            assert len(back.jobs) == 1


def test_a_job_waiting_to_settle_can_be_cancelled(tmp_path: Path) -> None:
    db = tmp_path / "spool.db"
    with VirtualZplPrinter(tmp_path / "labels") as printer:
        killed_while_sending(db, printer.url, "before_send")
    offline = threading.Event()
    with Spool(db, opener=fast, retry_interval=0.05) as spool:
        spool.subscribe(lambda job: offline.set() if "(offline)" in job.detail else None)
        assert offline.wait(20)
        assert spool.cancel(1)
        assert spool.wait(1, 5).state == JobState.CANCELLED


def test_an_older_spool_file_gains_the_columns(tmp_path: Path) -> None:
    db = tmp_path / "spool.db"
    con = sqlite3.connect(db)
    con.executescript(
        """
        CREATE TABLE spool_jobs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, printer TEXT NOT NULL, name TEXT NOT NULL,
            data BLOB NOT NULL, state TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0, created REAL NOT NULL, updated REAL NOT NULL,
            reprint_of INTEGER);
        INSERT INTO spool_jobs (printer, name, data, state, created, updated)
            VALUES ('zpl://127.0.0.1:9', 'old', x'00', 'sending', 0, 0);
        """
    )
    con.close()
    with Spool(db) as spool:
        job = spool.job(1)
    assert (job.state, job.detail) == (JobState.ATTENTION, INTERRUPTED)
    assert (job.odometer_before, job.labels) == (None, None)


def test_a_jobs_bytes_are_read_from_the_spool_and_beside_it(tmp_path: Path) -> None:
    from printers.spool import Spool, job_data

    spool = Spool(tmp_path / "spool.sqlite3")
    try:
        job = spool.submit("zpl://127.0.0.1:9", b"^XA^FDone^FS^XZ", "SBX1 P1")
        assert spool.data(job) == b"^XA^FDone^FS^XZ"
        assert job_data(tmp_path / "spool.sqlite3", job) == b"^XA^FDone^FS^XZ"
        with pytest.raises(KeyError):
            spool.data(job + 1)
        with pytest.raises(KeyError):
            job_data(tmp_path / "spool.sqlite3", job + 1)
    finally:
        spool.stop()

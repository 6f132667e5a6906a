"""The persistent spool against the virtual printer."""

from __future__ import annotations

import threading
from pathlib import Path

from printers.address import open_printer
from printers.base import Printer
from printers.spool import JobState, Spool, SpoolJob
from printers.virtual import VirtualZplPrinter
from printers.zpl.templates import render_label

LABEL = render_label("test-4x6", {"printer": "virtual", "when": "today", "code": "T-1"})


def fast(url: str) -> Printer:
    return open_printer(url, connect_timeout=1.0, status_timeout=0.3, confirm_timeout=5.0)


def test_jobs_print_in_order_and_events_fire(tmp_path: Path, virtual: VirtualZplPrinter) -> None:
    seen: list[SpoolJob] = []
    with Spool(tmp_path / "spool.db", opener=fast, retry_interval=0.05) as spool:
        spool.subscribe(seen.append)
        ids = [
            spool.submit(virtual.url, LABEL.replace(b"T-1", f"T-{i}".encode()), f"label {i}")
            for i in range(3)
        ]
        done = [spool.wait(i, 10) for i in ids]
    assert [j.state for j in done] == [JobState.DONE] * 3
    assert [p.read_bytes().count(f"T-{i}".encode()) > 0 for i, p in enumerate(virtual.jobs)] == [
        True
    ] * 3
    assert {JobState.QUEUED, JobState.SENDING, JobState.DONE} <= {j.state for j in seen}


def test_waiting_paper_out_then_prints_once_fixed(
    tmp_path: Path, virtual: VirtualZplPrinter
) -> None:
    virtual.state.paper_out = True
    waiting = threading.Event()

    def on_change(job: SpoolJob) -> None:
        if job.text == "waiting: paper out":
            waiting.set()

    with Spool(tmp_path / "spool.db", opener=fast, retry_interval=0.05) as spool:
        spool.subscribe(on_change)
        job_id = spool.submit(virtual.url, LABEL)
        assert waiting.wait(10)
        assert virtual.received == 0
        virtual.state.paper_out = False
        assert spool.wait(job_id, 10).state == JobState.DONE
        assert spool.job(job_id).attempts >= 2
    assert len(virtual.jobs) == 1


def test_jobs_survive_a_restart(tmp_path: Path, virtual: VirtualZplPrinter) -> None:
    db = tmp_path / "spool.db"
    virtual.state.paused = True
    spool = Spool(db, opener=fast, retry_interval=0.05).start()
    job_id = spool.submit(virtual.url, LABEL, "survivor")
    spool.wait(job_id, 10, states=frozenset({JobState.WAITING}))
    spool.stop()
    virtual.state.paused = False
    with Spool(db, opener=fast, retry_interval=0.05) as spool:
        job = spool.wait(job_id, 10)
        assert (job.state, job.name) == (JobState.DONE, "survivor")
        assert [j.id for j in spool.history()] == [job_id]
    assert len(virtual.jobs) == 1


def test_cancel_and_reprint(tmp_path: Path, virtual: VirtualZplPrinter) -> None:
    virtual.state.head_open = True
    with Spool(tmp_path / "spool.db", opener=fast, retry_interval=0.05) as spool:
        job_id = spool.submit(virtual.url, LABEL)
        spool.wait(job_id, 10, states=frozenset({JobState.WAITING}))
        assert spool.job(job_id).text == "waiting: head open"
        assert spool.cancel(job_id)
        assert spool.job(job_id).state == JobState.CANCELLED
        virtual.state.head_open = False
        again = spool.reprint(job_id)
        assert spool.wait(again, 10).state == JobState.DONE
        assert spool.job(again).reprint_of == job_id
        assert not spool.cancel(again)  # already printed
    assert len(virtual.jobs) == 1


def test_partial_write_needs_the_operator(tmp_path: Path, virtual: VirtualZplPrinter) -> None:
    virtual.state.drop_after_bytes = 1000
    big = b"^XA^GFA,4000000,4000000,100," + b"F" * 4_000_000 + b"^FS^XZ"
    with Spool(tmp_path / "spool.db", opener=fast, retry_interval=0.05) as spool:
        job_id = spool.submit(virtual.url, big)
        job = spool.wait(job_id, 20)
        assert job.state == JobState.ATTENTION
        assert "reprint or cancel" in job.detail
        assert job.attempts == 1  # never resent on its own


def test_interrupted_send_is_not_resent_after_restart(tmp_path: Path) -> None:
    db = tmp_path / "spool.db"
    spool = Spool(db)
    job_id = spool.submit("zpl://127.0.0.1:9", LABEL)
    spool._set(job_id, JobState.SENDING)  # as if the process died mid-send
    spool.stop()
    with Spool(db) as spool:
        job = spool.job(job_id)
    assert job.state == JobState.ATTENTION
    assert "interrupted" in job.detail


def test_find_by_name_and_purge_finished_jobs(tmp_path: Path, virtual: VirtualZplPrinter) -> None:
    import os
    import time

    with Spool(tmp_path / "spool" / "labels.db", opener=fast, retry_interval=0.05) as spool:
        assert spool.find("S1 P1") is None
        first = spool.submit(virtual.url, LABEL, "S1 P1")
        assert spool.wait(first, 10).state == JobState.DONE
        again = spool.reprint(first)
        spool.wait(again, 10)
        found = spool.find("S1 P1", virtual.url)
        assert found is not None
        assert found.id == again
        assert spool.find("S1 P1", "zpl://elsewhere:9100") is None
        # Finished jobs (their label bytes: buyer data) go after the retention period.
        assert spool.purge(30) == 0
        assert spool.purge(30, now=time.time() + 31 * 86400) == 2
        assert spool.find("S1 P1") is None
    if os.name == "posix":
        assert (tmp_path / "spool" / "labels.db").stat().st_mode & 0o777 == 0o600
        assert (tmp_path / "spool").stat().st_mode & 0o777 == 0o700


def test_one_process_at_a_time_runs_a_spool(tmp_path: Path, virtual: VirtualZplPrinter) -> None:
    """A second spool on the same file (another process: a second window, ``ship`` beside the
    bench) is refused before it touches a job; a spool killed with -9 leaves no lock behind."""
    import os
    import signal
    import subprocess
    import sys

    import pytest

    from printers.errors import SpoolInUse

    db = tmp_path / "spool.sqlite3"
    first = Spool(db, opener=fast).start()
    job = first.submit(virtual.url, LABEL, "held")
    with pytest.raises(SpoolInUse, match=rf"in use by another Packstation .*process {os.getpid()}"):
        Spool(db, opener=fast).start()
    assert first.wait(job, 10).state == JobState.DONE
    first.stop()
    second = Spool(db, opener=fast).start()
    second.stop()

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import signal; from printers.spool import Spool; "
            f"s = Spool({str(db)!r}).start(); print('held', flush=True); signal.pause()",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(SpoolInUse, match=rf"process {holder.pid}"):
            Spool(db, opener=fast).start()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        if holder.stdout is not None:
            holder.stdout.close()
    Spool(db, opener=fast).start().stop()
    assert len(virtual.jobs) == 1

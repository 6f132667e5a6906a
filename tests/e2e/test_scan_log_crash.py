"""No lost scans: the app is killed (SIGKILL) right after the packer saw scans accepted, before
the database lane journaled them; the restarted main window shows every one of them.

The first station runs in its own process: the real main window on the sandbox marketplace
(over HTTP, in this process, so it outlives the app) and the virtual printer. It opens a
shipment, holds its database lane busy (a job waiting on an event that never comes, so no
journal write can happen), scans every unit and IMEI into ``scanInput``, reports what its Pack
page shows, and waits to be killed. The restarted window (same folders, same station) replays
the write-ahead scan log at start; reopening the shipment shows the same lines.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

STATION = "bench-scanlog"


def _shown(pack: Any) -> dict[str, list[Any]]:
    return {ln.line_id: [ln.scanned, sorted(ln.serials)] for ln in pack.lines_model.lines()}


def _worker_main(argv: list[str]) -> int:
    """The first station: scan everything with the database lane held, report, wait for death."""
    import threading

    from PySide6 import QtCore, QtTest

    from packstation.config import secrets
    from packstation.config.paths import app_paths
    from packstation.config.settings import load_settings
    from packstation.gui import app as gui_app
    from packstation.gui.main_window import MainWindow
    from packstation.gui.runtime_holder import DB_LANE, holder_of
    from packstation.gui.tasks import TaskRunner

    sid, codes = argv[0], json.loads(argv[1])
    settings = load_settings()
    if settings.keyring_backend:
        secrets.use_backend(settings.keyring_backend)
    gui_app.application()
    tasks = TaskRunner()
    window = MainWindow(settings, app_paths().ensure(), tasks)
    pack: Any = window.pages["pack"]
    pack.sounds.enabled = False
    controller = holder_of(window)
    window.show()

    def wait(signal_: Any, start: Any) -> list[Any]:
        spy = QtTest.QSignalSpy(signal_)
        start()
        if not spy.count():
            assert spy.wait(60_000), "timed out"
        return list(spy.at(0))

    wait(controller.queue_loaded, controller.start)
    wait(pack.session_shown, lambda: pack.handle_scan(sid))
    held = threading.Event()
    tasks.run(held.wait, 120, lane=DB_LANE, name="test:hold-db-lane")  # the journal is stuck
    for code in codes:
        pack.handle_scan(code)
        assert pack.scan_input.property("feedback") == "ok", pack.feedback.text()
    # Repaint and the after-paint journal hand-off: the writes only queue behind the held job.
    QtCore.QCoreApplication.processEvents()
    journaled = [
        e for e in controller.runtime.db.journal.history(sid) if e.kind in ("scan", "serial")
    ]
    report = {
        "shown": _shown(pack),
        "journaled": len(journaled),
        "logged": len(controller.workflow.scan_log.entries()),
    }
    print("KILL-POINT " + json.dumps(report), flush=True)
    threading.Event().wait(60)
    os._exit(3)  # never killed: the test failed; do not linger


def test_scans_shown_before_a_kill_are_there_after_the_restart(
    bench_factory: Any, shipment_chooser: Any, tmp_path: Path
) -> None:
    from packstation.domain.shipments import Shipment
    from packstation.sandbox.server import SandboxServer
    from printers.virtual import VirtualZplPrinter

    with (
        SandboxServer(seed=7, shipments=120, rate_limits=False) as sandbox,
        VirtualZplPrinter(tmp_path / "printer") as printer,
    ):
        shipments = [
            Shipment.model_validate(sandbox.state.get_shipment(sid))
            for sid in sandbox.state.records
        ]
        shipment = shipment_chooser(shipments, "EASY_SHIP", serial=True, units=1)
        sid = shipment.id
        codes: list[str] = []
        for li in shipment.line_items:
            gtin = next(str(a.value) for a in li.custom_attributes or [] if a.key == "gtin")
            required = str(li.compliance_attributes.serial_number_requirement) == "REQUIRED"
            imeis = sandbox.state.sample_imeis(li.merchant_sku, li.number_of_units)
            for n in range(li.number_of_units):
                codes.append(gtin)
                if required:
                    codes.append(imeis[n])
        env = {
            **os.environ,
            "PACKSTATION_SPAPI_ENDPOINT": sandbox.base_url,
            "PACKSTATION_LWA_ENDPOINT": sandbox.lwa_url,
            "PACKSTATION_PRINTERS__LABEL": printer.url,
            "PACKSTATION_STATION_NAME": STATION,
            "QT_QPA_PLATFORM": "offscreen",
        }
        worker = subprocess.Popen(
            [sys.executable, __file__, sid, json.dumps(codes)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert worker.stdout is not None
            line = worker.stdout.readline()  # blocks until the kill point (or the worker dies)
            assert line.startswith("KILL-POINT "), (line, worker.stderr and worker.stderr.read())
            worker.send_signal(signal.SIGKILL)  # the power cut
        finally:
            if worker.poll() is None:
                worker.kill()
            worker.communicate(timeout=30)
        assert worker.returncode == -signal.SIGKILL
        report = json.loads(line.split(" ", 1)[1])
        assert report["journaled"] == 0  # the database lane never got to them
        assert report["logged"] == len(codes)
        shown = report["shown"]
        assert sum(scanned for scanned, _ in shown.values()) == sum(
            li.number_of_units for li in shipment.line_items
        )

        # The station restarts on the same folders: the scan log is replayed at start.
        bench = bench_factory(
            spapi_endpoint=sandbox.base_url,
            lwa_endpoint=sandbox.lwa_url,
            printers={"label": printer.url},
            station_name=STATION,
        )
        assert bench.runtime.workflow.scan_log.entries() == []
        bench.open(sid)
        assert _shown(bench.pack) == {k: [v[0], sorted(v[1])] for k, v in shown.items()}
        assert bench.pack.lines_model.complete
        events = [e for e in bench.runtime.db.journal.history(sid) if e.kind in ("scan", "serial")]
        assert len(events) == len(codes)  # each scan once
        bench.window.close()  # before the sandbox and the printer stop


def test_the_log_is_emptied_once_the_journal_has_every_scan(bench: Any) -> None:
    import threading

    from packstation.gui.runtime_holder import DB_LANE

    shipment = bench.pick("EASY_SHIP", serial=False, units=2)
    bench.open(shipment.id)
    scan_log = bench.runtime.workflow.scan_log
    journal = bench.runtime.db.journal
    held = threading.Event()
    bench.window.tasks.run(held.wait, 60, lane=DB_LANE, name="test:hold-db-lane")
    line = shipment.line_items[0]
    gtin = next(str(a.value) for a in line.custom_attributes or [] if a.key == "gtin")
    bench.scan(gtin)
    bench.scan("0000000000000")  # refused (unknown): logged and journaled too
    logged = scan_log.entries()
    assert [(e["code"], e["accepted"]) for e in logged] == [(gtin, True), ("0000000000000", False)]
    assert not [e for e in journal.history(shipment.id) if e.kind == "scan"]
    held.set()
    bench.qtbot.waitUntil(lambda: scan_log.entries() == [], timeout=10_000)
    uids = {e.uid for e in _scan_rows(journal, shipment.id)}
    assert uids == {e["uid"] for e in logged}  # journaled under the log's uids
    assert scan_log.path.stat().st_size == 0


def _scan_rows(journal: Any, sid: str) -> list[Any]:
    from sqlalchemy import select

    from packstation.store.schema import journal_entries

    stmt = select(journal_entries.c.uid).where(
        journal_entries.c.shipment_id == sid, journal_entries.c.kind == "scan"
    )
    return journal._db.run(lambda conn: list(conn.execute(stmt)), write=False)


if __name__ == "__main__":
    sys.exit(_worker_main(sys.argv[1:]))

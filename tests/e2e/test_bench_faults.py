"""End to end under faults, through the real main window (see conftest.py for the driver).

- a 429 storm and 503s at Amazon: the finish still completes within the client's retry policy,
  and the packer sees that the bench is waiting on Amazon; a 503 burst longer than the retry
  budget fails the finish with a message, and pressing F12 again completes it without a second
  label;
- paper out: the packer is told the label waits in the spool (Ctrl+P is refused: it would print
  twice); once the paper is back it prints by itself, exactly once, even when the packer
  pressed F12 again meanwhile, and the Pack page completes the finish without another key; put
  aside meanwhile, the packer is told to open it again and press F12, which closes it with no
  second label;
- the marketplace cancels the shipment while it is being finished (after its packages were
  created): nothing prints and the packer is told to put the items back (cancellation while
  packing is in test_bench_e2e.py);
- the app is killed (SIGKILL) during the finish, in a separate process running the bench
  services on a journal on disk, between the label generated and printed; the restarted main
  window resumes the shipment: no second label at the marketplace, the label printed once.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6 import QtCore

pytestmark = pytest.mark.slow


def _faults(bench: Any, fail_next: dict[str, list[str]]) -> None:
    response = httpx.put(f"{bench.sandbox.admin_url}/faults", json={"fail_next": fail_next})
    response.raise_for_status()


def _ready(bench: Any, program: str = "EASY_SHIP", **shape: Any) -> Any:
    """Open and pack a shipment by scans, ready for F12."""
    shipment = bench.pick(program, **({"multi": False, "serial": False} | shape))
    session = bench.open(shipment.id)
    bench.pack_all(session)
    if program == "SELF_SHIP":
        bench.self_ship(shipment.id)
    return session


def _one_label_per_package(bench: Any, result: Any) -> None:
    printer = bench.printer
    bench.qtbot.waitUntil(lambda: len(printer.jobs) >= len(result.labels), timeout=10_000)
    assert len(printer.jobs) == len(result.labels)
    for job, label in zip(printer.jobs, result.labels, strict=True):
        assert label.tracking_id in bench.decode(job)


def test_429_storm_completes_and_the_packer_sees_the_wait(bench: Any) -> None:
    session = _ready(bench)
    client = bench.runtime.client
    throttled_before = client.stats["throttled"]
    _faults(
        bench,
        {
            "createPackages": ["429", "429", "429"],
            "retrieveShippingOptions": ["429", "429"],
            "generateShipLabels": ["429", "429", "429"],
        },
    )
    result = bench.finish()
    assert result.printed
    assert client.stats["throttled"] - throttled_before == 8
    waits = [t for t in bench.step_texts() if "Amazon is busy" in t]
    assert len(waits) == 8, bench.step_texts()
    _one_label_per_package(bench, result)
    assert str(bench.amazon(session.shipment_id).status) == "SHIPLABEL_GENERATED"


@pytest.mark.parametrize("program", ["SELLER_FLEX", "SELF_SHIP"])
def test_503s_are_retried_and_a_longer_outage_fails_then_f12_completes(
    bench: Any, program: str
) -> None:
    session = _ready(bench, program)
    client = bench.runtime.client
    # Shorter waits than production (same policy, same attempt budget): the test runs fast.
    client.retry = dataclasses.replace(client.retry, base_delay=0.02, max_delay=0.1)
    attempts = client.retry.max_attempts
    _faults(
        bench,
        {
            "createPackages": ["503", "503"],
            "retrieveShippingOptions": ["503"],
            "generateShipLabels": ["503"] * attempts,  # longer than the retry budget
            "updatePackageStatus": ["503", "503"],  # Self Ship marks the package shipped
        },
    )
    pack = bench.pack
    with bench.qtbot.waitSignal(bench.controller.finish_failed, timeout=60_000) as failed:
        bench.key(QtCore.Qt.Key.Key_F12)
    assert failed.args[0] == session.shipment_id
    assert "503" in failed.args[1] or "unavailable" in failed.args[1].lower(), failed.args
    assert pack.state == "packing"
    assert "Failed" in pack.finish_state.text()
    assert not bench.printer.jobs
    assert str(bench.amazon(session.shipment_id).status) != "SHIPLABEL_GENERATED"
    # Amazon is back: the packer presses F12 again; one label, generated once.
    result = bench.finish()
    _one_label_per_package(bench, result)
    ops = [
        e.payload.get("operation")
        for e in bench.runtime.db.journal.history(session.shipment_id)
        if e.name == "generateShipLabels" and e.result and "error" not in e.result
    ]
    assert ops == ["GENERATE"]
    final = "SHIPPED" if program == "SELF_SHIP" else "SHIPLABEL_GENERATED"
    assert str(bench.amazon(session.shipment_id).status) == final


def test_paper_out_tells_the_packer_then_prints_once(bench: Any) -> None:
    session = _ready(bench, "SELLER_FLEX")
    printer = bench.printer
    spool = bench.runtime.printer.spool
    printer.state.paper_out = True
    pack = bench.pack
    with bench.qtbot.waitSignal(bench.controller.finish_failed, timeout=60_000) as failed:
        bench.key(QtCore.Qt.Key.Key_F12)
    assert "paper out" in failed.args[1]
    assert "prints by itself" in failed.args[1]
    assert "paper out" in pack.finish_state.text()
    assert "paper out" in pack.feedback.text()
    assert not printer.jobs
    assert len(spool.jobs()) == 1
    # The impatient packer presses F12 again while the paper is still out: no second job.
    with bench.qtbot.waitSignal(bench.controller.finish_failed, timeout=60_000) as again:
        bench.key(QtCore.Qt.Key.Key_F12)
    assert "paper out" in again.args[1]
    assert len(spool.jobs()) == 1
    # Ctrl+P while the label waits: refused, it would print a duplicate once the paper is back.
    bench.key_sequence("Ctrl+P")
    assert "still waiting in the printer queue" in pack.feedback.text()
    bench.qtbot.wait(200)
    assert len(spool.jobs()) == 1
    # Paper back: the kept label prints by itself, once, and the Pack page notices: the finish
    # completes without another key press.
    with bench.qtbot.waitSignal(pack.finished, timeout=30_000) as done:
        printer.state.paper_out = False
    result = done.args[0]
    assert result.printed
    assert spool.jobs()[0].state.value == "done"
    assert len(printer.jobs) == 1
    assert len(spool.jobs()) == 1
    assert "Label printed" in pack.finish_state.text()
    _one_label_per_package(bench, result)
    assert str(bench.amazon(session.shipment_id).status) == "SHIPLABEL_GENERATED"


def test_paper_out_then_put_aside_the_packer_is_told_and_f12_closes_it_without_reprint(
    bench: Any,
) -> None:
    session = _ready(bench, "SELLER_FLEX")
    sid = session.shipment_id
    printer = bench.printer
    spool = bench.runtime.printer.spool
    printer.state.paper_out = True
    pack = bench.pack
    with bench.qtbot.waitSignal(bench.controller.finish_failed, timeout=60_000):
        bench.key(QtCore.Qt.Key.Key_F12)
    # The packer puts the box aside while the label waits for paper.
    pack.aside_button.click()
    assert pack.session is None
    # Paper back: the label prints (once); the shipment is not on the page, so the packer is
    # told what is left to do.
    with bench.qtbot.waitSignal(bench.controller.held_labels_printed, timeout=30_000):
        printer.state.paper_out = False
    assert f"scan {sid} and press F12" in pack.feedback.text()
    assert pack.scan_input.property("feedback") == "warn"
    assert len(printer.jobs) == 1
    # Opened again, F12 closes it: the printed label is not printed a second time.
    reopened = bench.open(sid)
    assert reopened.is_complete, reopened.problems()
    result = bench.finish()
    assert result.printed
    bench.qtbot.wait(300)
    assert len(printer.jobs) == 1
    assert len(spool.jobs()) == 1
    _one_label_per_package(bench, result)
    assert str(bench.amazon(sid).status) == "SHIPLABEL_GENERATED"


def test_cancelled_by_the_marketplace_during_finish_prints_nothing(bench: Any) -> None:
    session = _ready(bench)
    sid = session.shipment_id
    admin = bench.sandbox.admin_url
    service = bench.runtime.workflow

    def cancel_after_packages(step: str, phase: str) -> None:
        # On the finish's worker thread, right after Amazon accepted the packages.
        if (step, phase) == ("createPackages", "done"):
            httpx.post(f"{admin}/shipments/{sid}/cancel", json={}).raise_for_status()

    service.hook = cancel_after_packages
    pack = bench.pack
    with bench.qtbot.waitSignal(bench.controller.shipment_cancelled, timeout=60_000):
        bench.key(QtCore.Qt.Key.Key_F12)
    bench.qtbot.waitUntil(pack.cancelled_box.isVisible, timeout=10_000)
    assert "put the items back" in pack.cancelled_box.text()
    assert pack.state == "cancelled"
    assert "put the items back" in pack.feedback.text()
    assert not bench.printer.jobs
    assert not bench.runtime.printer.spool.jobs()
    assert str(bench.amazon(sid).status) == "CANCELLED"
    # A scan now is refused loudly: nothing of this shipment may be packed.
    pack.cancelled_box.accept()
    service.hook = None


# ---------------------------------------------------------------------- killed during finish

STATION = "bench-kill"


def _worker_main(argv: list[str]) -> int:
    """The bench services in their own process: open, scan, finish; stop dead at a step.

    ``argv``: shipment id, step, phase. Settings come from the environment (PACKSTATION_*).
    At the kill point it prints ``KILL-POINT`` and waits to be killed (SIGKILL by the test).
    """
    import threading

    from packstation.config import secrets
    from packstation.config.paths import app_paths
    from packstation.config.settings import load_settings
    from packstation.domain.units import Weight
    from packstation.services.runtime import Runtime

    sid, step, phase = argv
    settings = load_settings()
    if settings.keyring_backend:
        secrets.use_backend(settings.keyring_backend)  # as the app's bootstrap does
    rt = Runtime.from_settings(settings, app_paths())
    session = rt.workflow.open(sid)
    for line in session.shipment.line_items:
        gtin = next(str(a.value) for a in line.custom_attributes or [] if a.key == "gtin")
        for _ in range(line.number_of_units):
            assert rt.workflow.scan(session, gtin).accepted
    session.set_dimensions("30", "25", "15", "CM")
    session.set_weight(Weight.of("0.8", "KG"))
    rt.workflow.save(session)

    def hook(name: str, when: str) -> None:
        if (name, when) == (step, phase):
            print("KILL-POINT", flush=True)
            threading.Event().wait(60)
            os._exit(3)  # never killed: the test failed; do not linger

    rt.workflow.hook = hook
    rt.workflow.finish(session)
    print("FINISHED", flush=True)
    rt.close()
    return 0


@pytest.mark.parametrize(
    ("step", "phase"),
    [("generateShipLabels", "done"), ("printLabel", "intent")],
    ids=["after-label-generated", "print-started"],
)
def test_killed_during_finish_then_restarted_prints_once(
    bench_factory: Any, shipment_chooser: Any, tmp_path: Path, step: str, phase: str
) -> None:
    from packstation.domain.shipments import Shipment
    from packstation.sandbox.server import SandboxServer
    from printers.virtual import VirtualZplPrinter

    # The marketplace and the printer outlive the app: they run in this process.
    with (
        SandboxServer(seed=7, shipments=120, rate_limits=False) as sandbox,
        VirtualZplPrinter(tmp_path / "printer") as printer,
    ):
        shipments = [
            Shipment.model_validate(sandbox.state.get_shipment(sid))
            for sid in sandbox.state.records
        ]
        shipment = shipment_chooser(shipments, "EASY_SHIP", multi=False, serial=False)
        sid = shipment.id
        env = {
            **os.environ,
            "PACKSTATION_SPAPI_ENDPOINT": sandbox.base_url,
            "PACKSTATION_LWA_ENDPOINT": sandbox.lwa_url,
            "PACKSTATION_PRINTERS__LABEL": printer.url,
            "PACKSTATION_STATION_NAME": STATION,
        }
        worker = subprocess.Popen(
            [sys.executable, __file__, sid, step, phase],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert worker.stdout is not None
            line = worker.stdout.readline()  # blocks until the kill point (or the worker dies)
            assert line.strip() == "KILL-POINT", (line, worker.stderr and worker.stderr.read())
            worker.send_signal(signal.SIGKILL)  # the power cut
        finally:
            if worker.poll() is None:
                worker.kill()
            worker.communicate(timeout=30)
        assert worker.returncode == -signal.SIGKILL
        work = sandbox.state.records[sid].work
        assert work is not None
        (label,) = [pkg.label for pkg in work.packages.values()]
        assert label is not None  # Amazon made the label before the crash
        assert not printer.jobs

        # The station restarts on the same folders (journal, spool) and finds the shipment.
        bench = bench_factory(
            spapi_endpoint=sandbox.base_url,
            lwa_endpoint=sandbox.lwa_url,
            printers={"label": printer.url},
            station_name=STATION,
        )
        pack = bench.pack
        session = bench.open(sid)  # scanned again: claimed by this station, re-read
        assert str(session.shipment.status) == "SHIPLABEL_GENERATED"
        assert pack.lines_model.complete  # the scans made before the crash are kept
        # Killed as the print started: the spool says the label never reached it, so F12
        # prints it (once); killed after the label was made: F12 fetches and prints it.
        result = bench.finish()
        assert result.tracking_ids == [label.tracking_id]
        assert printer.wait_for_jobs(1, timeout=20)
        (job,) = printer.jobs
        assert label.tracking_id in bench.decode(job)
        # Amazon holds one label, the one made before the crash (REGENERATE, never GENERATE).
        (after,) = [pkg.label for pkg in work.packages.values()]
        assert after is not None
        assert after.tracking_id == label.tracking_id
        ops = [
            e.payload.get("operation")
            for e in bench.runtime.db.journal.history(sid)
            if e.name == "generateShipLabels"
        ]
        assert ops.count("GENERATE") == 1
        bench.window.close()  # before the sandbox and the printer stop


if __name__ == "__main__":
    sys.exit(_worker_main(sys.argv[1:]))

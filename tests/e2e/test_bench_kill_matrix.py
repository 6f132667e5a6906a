"""Killed (SIGKILL, a power cut) at every step of the finish, then the real main window.

Issue #18's check: the bench services run in a worker process (open, scan, finish) on the
station's folders (journal, spool); the marketplace (the sandbox over HTTP) and the label
printer (the virtual Zebra over TCP) live in this process and outlive the worker, as Amazon and
a printer outlive a station. The worker is killed at one point of the finish:

- at each journaled step of :class:`~packstation.services.workflow.PackingWorkflow` (CONFIRM,
  createPackages, retrieveShippingOptions, generateInvoice, generateShipLabels, printLabel,
  updatePackageStatus): at its ``intent`` (journaled, the call not sent), ``called`` (Amazon
  answered, nothing journaled yet) and ``done`` (the answer journaled, nothing after it);
- ``spool submit``: the spool took the label (on disk), its worker has not sent it yet;
- ``printing``: while the printer prints the label (bytes received, not yet confirmed).

Then the main window starts again on the same folders, the packer scans the shipment id (and
packs again if nothing was scanned before the cut) and presses F12. Judged from ground truth:

- the marketplace: one label per package, made by exactly one GENERATE (counted at the
  sandbox), the finished shipment's tracking ids are the labels' ones;
- the printer: exactly one job per package, each carrying that package's tracking id;
- the journal: one GENERATE answered per package (an ``intent`` cut leaves one more, never sent).

Shapes: Easy Ship, one package (every point); Easy Ship with a tax invoice (IN marketplace: the
generateInvoice points); Self Ship (carrier and tracking ids typed, as ``packstation ship``
passes them); Easy Ship in two packages (the second label's print).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

STATION = "bench-kill"
CARRIER = "BlueDart"

#: the finish's kill points, in the order a finish passes them
ORDER = [
    ("processShipment", "intent"),
    ("processShipment", "done"),
    ("createPackages", "intent"),
    ("createPackages", "called"),
    ("createPackages", "done"),
    ("retrieveShippingOptions", "intent"),
    ("retrieveShippingOptions", "called"),
    ("retrieveShippingOptions", "done"),
    ("generateInvoice", "intent"),
    ("generateInvoice", "called"),
    ("generateInvoice", "done"),
    ("generateShipLabels", "intent"),
    ("generateShipLabels", "called"),
    ("generateShipLabels", "done"),
    ("printLabel", "intent"),
    ("spool", "submit"),
    ("printing", "sent"),
    ("printLabel", "done"),
    ("updatePackageStatus", "intent"),
    ("updatePackageStatus", "called"),
    ("updatePackageStatus", "done"),
]


@dataclass(frozen=True)
class Cell:
    shape: str  # easy | invoice | self | two
    step: str
    phase: str
    nth: int = 1  # the nth time the finish passes (step, phase): a later package

    @property
    def id(self) -> str:
        tail = f"#{self.nth}" if self.nth > 1 else ""
        return f"{self.shape}-{self.step}-{self.phase}{tail}"

    def at_or_after(self, step: str, phase: str) -> bool:
        return ORDER.index((self.step, self.phase)) >= ORDER.index((step, phase))


EASY_POINTS = [
    p for p in ORDER if p[0] not in ("generateInvoice", "updatePackageStatus")
]  # Easy Ship, no invoice: every point its finish passes
CELLS = [
    *(Cell("easy", s, p) for s, p in EASY_POINTS),
    *(Cell("invoice", "generateInvoice", p) for p in ("intent", "called", "done")),
    Cell("self", "createPackages", "done"),
    Cell("self", "generateShipLabels", "done"),
    *(Cell("self", "updatePackageStatus", p) for p in ("intent", "called", "done")),
    Cell("two", "generateShipLabels", "done"),
    Cell("two", "printLabel", "intent", nth=2),
]


def _tracking_ids(sid: str, count: int) -> list[str]:
    """The Self Ship tracking ids typed for a shipment (those of BenchDriver.self_ship)."""
    return [f"SELF{sid[-8:].upper()}{n}" for n in range(1, count + 1)]


# ---------------------------------------------------------------------- the worker process


def _worker_main(argv: list[str]) -> int:
    """The bench services in their own process: open, scan, finish; stop dead at a point.

    ``argv``: shipment id, step, phase, nth, packages. At the kill point it prints
    ``KILL-POINT`` and waits to be killed (SIGKILL by the test); step ``printing``: no hook,
    the test kills it while the printer prints. Settings come from the environment.
    """
    from packstation.config import secrets
    from packstation.config.paths import app_paths
    from packstation.config.settings import load_settings
    from packstation.domain.units import Weight
    from packstation.services.runtime import Runtime

    sid, step, phase, nth, packages = argv
    settings = load_settings()
    if settings.keyring_backend:
        secrets.use_backend(settings.keyring_backend)  # as the app's bootstrap does
    rt = Runtime.from_settings(settings, app_paths())
    seen = Counter[tuple[str, str]]()

    def hook(name: str, when: str) -> None:
        seen[(name, when)] += 1
        if (name, when) == (step, phase) and seen[(name, when)] == int(nth):
            print("KILL-POINT", flush=True)
            threading.Event().wait(60)
            os._exit(3)  # never killed: the test failed; do not linger

    if step == "spool":
        # The spool took the label (on disk) and the power goes before its worker sends it.
        from packstation.services.printing import SpoolPrinter
        from printers.spool import Spool

        Spool._ensure_worker = lambda self, printer: None  # type: ignore[method-assign]

        def submitted(self: SpoolPrinter, data: bytes, name: str) -> Any:
            self.spool.submit(self.url, data, name)
            hook(step, phase)

        SpoolPrinter.print_label = submitted  # type: ignore[method-assign]
    rt.workflow.hook = hook  # before open: it CONFIRMs
    session = rt.workflow.open(sid)
    units = [
        next(str(a.value) for a in line.custom_attributes or [] if a.key == "gtin")
        for line in session.shipment.line_items
        for _ in range(line.number_of_units)
    ]
    boxes = int(packages)
    for k in range(boxes):
        if k:
            session.add_package()
        session.set_dimensions("30", "25", "15", "CM")
        session.set_weight(Weight.of("0.8", "KG"))
        for i, gtin in enumerate(units):
            if i * boxes // len(units) == k:
                assert rt.workflow.scan(session, gtin).accepted
    tracking: dict[str, str] = {}
    if session.program == "SELF_SHIP":
        for tid in _tracking_ids(sid, boxes):
            index = session.set_tracking(tid, CARRIER)
            tracking[session.packages[index].package_id] = tid
    rt.workflow.save(session)

    def self_ship(package_id: str) -> tuple[str, str] | None:  # as `packstation ship` answers
        return (CARRIER, tracking[package_id]) if package_id in tracking else None

    if step == "printing":
        print("PRINTING", flush=True)
    rt.workflow.finish(session, self_ship=self_ship)
    print("FINISHED", flush=True)
    rt.close()
    return 0


# ---------------------------------------------------------------------- the test


def _choose(sandbox: Any, chooser: Any, shape: str) -> Any:
    from packstation.domain.shipments import Shipment

    shipments = [
        Shipment.model_validate(sandbox.state.get_shipment(sid)) for sid in sandbox.state.records
    ]
    # one scan per unit: no item that ships in several pieces (pieceType MULTIPLE)
    shipments = [
        s for s in shipments if all(str(li.piece_type) != "MULTIPLE" for li in s.line_items)
    ]

    def invoice(s: Any) -> bool:
        return str(s.shipment_requirements.invoice.requirement) == "REQUIRED"

    if shape == "self":
        return chooser(shipments, "SELF_SHIP", multi=False, serial=False)
    if shape == "two":
        plain = [s for s in shipments if not invoice(s)]
        return chooser(plain, "EASY_SHIP", serial=False, units=2)
    wanted = shape == "invoice"
    return chooser(
        [s for s in shipments if invoice(s) == wanted], "EASY_SHIP", multi=False, serial=False
    )


def _count_generates(sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Package id -> labels GENERATEd for it at the marketplace (answered calls only)."""
    made = Counter[str]()
    state = sandbox.state
    generate = state.generate_labels

    def counted(shipment_id: str, operation: str | None, option: Any, body: Any) -> Any:
        out = generate(shipment_id, operation, option, body)
        if operation == "GENERATE":
            made.update(e["packageId"] for e in out if e.get("status") == "SUCCESS")
        return out

    monkeypatch.setattr(state, "generate_labels", counted)
    return made


def _kill_at(cell: Cell, sid: str, packages: int, printer: Any) -> None:
    worker = subprocess.Popen(
        [sys.executable, __file__, sid, cell.step, cell.phase, str(cell.nth), str(packages)],
        env=os.environ.copy(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert worker.stdout is not None
        line = worker.stdout.readline()  # blocks until the kill point (or the worker dies)
        if cell.step == "printing":
            assert line.strip() == "PRINTING", (line, worker.stderr and worker.stderr.read())
            assert printer.wait_for_received(1, timeout=30)
            assert printer.received == 1  # in the printer, printing (not yet out)
            assert not printer.jobs
        else:
            assert line.strip() == "KILL-POINT", (line, worker.stderr and worker.stderr.read())
        worker.send_signal(signal.SIGKILL)  # the power cut
    finally:
        if worker.poll() is None:
            worker.kill()
        worker.communicate(timeout=30)
    assert worker.returncode == -signal.SIGKILL


def _labels(sandbox: Any, sid: str) -> dict[str, Any]:
    work = sandbox.state.records[sid].work
    packages = work.packages if work is not None else {}
    return {pid: pkg.label for pid, pkg in packages.items()}


def _at_the_cut(cell: Cell, sandbox: Any, sid: str, packages: int, printer: Any) -> None:
    """What the marketplace and the printer hold when the power went (ground truth)."""
    labels = _labels(sandbox, sid)
    if cell.at_or_after("createPackages", "called"):
        assert len(labels) == packages, labels
    else:
        assert not labels  # Amazon has no packages yet
    made = [label for label in labels.values() if label is not None]
    if cell.at_or_after("generateShipLabels", "called"):
        assert len(made) == packages, labels
    else:
        assert not made
    if cell.step == "printing":
        printer.state.print_seconds = 0.0  # the label in the printer comes out now
        assert printer.wait_for_jobs(1, timeout=20)
    # Labels printed before the cut: those confirmed (printLabel done) and the one printing.
    if cell.at_or_after("printLabel", "done"):
        expected = packages
    elif cell.step == "printing" or (cell.step, cell.phase) == ("printLabel", "intent"):
        expected = cell.nth - 1 + (cell.step == "printing")
    else:
        expected = 0
    assert len(printer.jobs) == expected, (printer.jobs, expected)


@pytest.mark.parametrize("cell", CELLS, ids=[c.id for c in CELLS])
def test_killed_at_each_finish_step_then_the_window_prints_once(
    bench_factory: Any,
    shipment_chooser: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cell: Cell,
) -> None:
    from packstation.sandbox.server import SandboxServer
    from printers.virtual import VirtualZplPrinter

    packages = 2 if cell.shape == "two" else 1
    with (
        SandboxServer(seed=7, shipments=120, rate_limits=False) as sandbox,
        VirtualZplPrinter(tmp_path / "printer") as printer,
    ):
        shipment = _choose(sandbox, shipment_chooser, cell.shape)
        sid = shipment.id
        generated = _count_generates(sandbox, monkeypatch)
        monkeypatch.setenv("PACKSTATION_SPAPI_ENDPOINT", sandbox.base_url)
        monkeypatch.setenv("PACKSTATION_LWA_ENDPOINT", sandbox.lwa_url)
        monkeypatch.setenv("PACKSTATION_PRINTERS__LABEL", printer.url)
        monkeypatch.setenv("PACKSTATION_STATION_NAME", STATION)
        if cell.step == "printing":
            printer.state.print_seconds = 30.0  # long enough to cut the power meanwhile
        _kill_at(cell, sid, packages, printer)
        _at_the_cut(cell, sandbox, sid, packages, printer)
        # The station restarts on the same folders (journal, spool); the packer scans the
        # shipment id (packs again if nothing was scanned before the cut) and presses F12.
        bench = bench_factory(
            spapi_endpoint=sandbox.base_url,
            lwa_endpoint=sandbox.lwa_url,
            printers={"label": printer.url},
            station_name=STATION,
        )
        pack = bench.pack
        if cell.shape == "self" and cell.at_or_after("updatePackageStatus", "called"):
            # Amazon has it shipped with the label printed: it is done, the queue no longer
            # lists it, and its scan opens nothing (nothing printed, nothing asked of Amazon):
            # the packer is told it is finished, not that the code is unknown.
            assert sandbox.state.records[sid].status == "SHIPPED"
            bench.scan(sid)
            bench.qtbot.waitUntil(lambda: "is finished" in pack.feedback.text(), timeout=10_000)
            assert pack.session is None
            assert pack.feedback.text().startswith(f"{sid} is finished: {packages} label(s)")
            tracking_ids = None
        else:
            session = bench.open(sid)
            if cell.at_or_after("createPackages", "intent"):
                assert pack.lines_model.complete  # the scans made before the cut are kept
            else:
                bench.pack_all(session)
            if session.program == "SELF_SHIP" and not all(p.tracking_id for p in session.packages):
                bench.self_ship(sid)
            tracking_ids = bench.finish().tracking_ids
        bench.qtbot.wait(300)  # a second print, if any, would have reached the printer

        # Ground truth: the marketplace, the printer, the journal.
        labels = _labels(sandbox, sid)
        assert len(labels) == packages
        assert all(label is not None for label in labels.values()), labels
        assert generated == Counter(dict.fromkeys(labels, 1)), generated  # one GENERATE each
        tracking = {pid: label.tracking_id for pid, label in labels.items()}
        if tracking_ids is not None:
            assert sorted(tracking_ids) == sorted(tracking.values())
        if cell.shape == "self":
            assert sorted(tracking.values()) == _tracking_ids(sid, packages)
            assert sandbox.state.records[sid].status == "SHIPPED"
        else:
            assert sandbox.state.records[sid].status == "SHIPLABEL_GENERATED"
        jobs = printer.jobs
        assert len(jobs) == packages, jobs
        printed = Counter(
            pid for job in jobs for pid, tid in tracking.items() if tid.encode() in job.read_bytes()
        )
        assert printed == Counter(dict.fromkeys(tracking, 1)), (printed, tracking)
        journaled = [
            e
            for e in bench.runtime.db.journal.history(sid)
            if e.name == "generateShipLabels" and e.payload.get("operation") == "GENERATE"
        ]
        never_sent = (cell.step, cell.phase) == ("generateShipLabels", "intent")
        per_call = packages if cell.shape == "self" else 1  # Self Ship: one call per package
        assert len(journaled) == per_call + never_sent, journaled
        bench.window.close()  # before the sandbox and the printer stop


if __name__ == "__main__":
    sys.exit(_worker_main(sys.argv[1:]))

"""GUI-thread CPU time per pack action on the Pack page, without servers or workers.

The stall benchmark (test_gui_bench.py) measures what the packer meets, marketplace and
printer included, and so also the machine's contention. This one replays the GUI work alone:
a shipment shown (its two frames measured apart), accepted scans and refused scans, each
followed by the layout and paint it causes, timed with the GUI thread's own CPU clock
(``time.thread_time``). Sandbox shipments, the real main window, offscreen. Nothing here
asserts on time: the figures are reported.

For exact A/B comparisons, the same loop runs under valgrind (instructions, not time):
``valgrind --tool=callgrind --toggle-collect=starmap_next python -m pytest ...`` collects
only the measured loop, which runs inside ``itertools.starmap``.
"""

from __future__ import annotations

import collections
import itertools
import os
import statistics
import time
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtWidgets

ROUNDS = 3
SHIPMENTS = 20
REFUSALS = 5


def _flush(app: QtWidgets.QApplication) -> None:
    for _ in range(3):
        app.processEvents()
        app.sendPostedEvents()
    app.processEvents()


def _figures(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "n": len(ordered),
        "median_ms": round(statistics.median(ordered), 2),
        "p90_ms": round(ordered[int(len(ordered) * 0.9) - 1], 2),
        "max_ms": round(ordered[-1], 2),
    }


def test_pack_page_gui_thread_cpu(qtbot: Any, tmp_path: Path, record: Any) -> None:
    from packstation.config.paths import app_paths
    from packstation.config.settings import load_settings
    from packstation.domain.pack_state import Event, PackState
    from packstation.domain.shipments import Shipment
    from packstation.gui import app as gui_app
    from packstation.sandbox import data
    from packstation.sandbox.documents import invoice_pdf
    from packstation.services.packing import PackingSession
    from packstation.services.workflow import FinishResult, FinishStep, LabelOutcome

    gui = gui_app.build(load_settings(), app_paths().ensure())
    window = gui.window
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_section("pack")
    page = window.pages["pack"]
    page.sounds.enabled = False
    catalogue = {item.gtin: item.sku for item in data.catalogue(7)}
    shipments = []
    invoices = {}
    for i in range(200):
        raw = data.shipment_base(7, i, 1_790_000_000.0)
        s = Shipment.model_validate(raw)
        serial = any(
            str(line.compliance_attributes.serial_number_requirement) == "REQUIRED"
            for line in s.line_items
        )
        # A multi-piece item ships one package per piece: not this page's one-package finish
        # (tests/e2e/conftest.py choose_shipment(pieces=False) leaves them out the same way).
        pieces = any(str(line.piece_type) == "MULTIPLE" for line in s.line_items)
        if str(s.status) == "ACCEPTED" and not serial and not pieces:
            shipments.append(s)
            invoices[s.id] = invoice_pdf(raw, "IN")
        if len(shipments) == SHIPMENTS:
            break
    if len(shipments) < SHIPMENTS:
        pytest.fail(f"only {len(shipments)} sandbox shipments to pack")

    def gtin(line: Any) -> str:
        return next(a.value for a in line.custom_attributes if a.key == "gtin")

    app = gui.app
    # No marketplace here: F12 stops at handing the chain to the workers.
    page.controller.finish = lambda *_args, **_kwargs: None
    for _ in range(5):
        _flush(app)
    found: dict[str, list[float]] = collections.defaultdict(list)
    refused = itertools.count()

    def one(shipment: Shipment) -> None:
        # As after the last finish: the label printed, the inputs disabled. The first round
        # starts idle, from which only an open leads to printed (a finish's answer landing).
        if page.state is not PackState.PRINTED:
            page._enter(Event.OPEN)
            page._enter(Event.PRINTED)
        page._update_buttons()
        _flush(app)
        t = time.thread_time()
        page.show_session(PackingSession(shipment, catalogue=catalogue), in_two_frames=True)
        page._side_timer.stop()  # run below, measured apart
        _flush(app)
        t1 = time.thread_time()
        page._show_side_now()
        _flush(app)
        t2 = time.thread_time()
        found["open_lines_frame"].append((t1 - t) * 1000)
        found["open_side_frame"].append((t2 - t1) * 1000)
        codes = [gtin(line) for line in shipment.line_items for _ in range(line.number_of_units)]
        for i, code in enumerate(codes):
            t = time.thread_time()
            page.handle_scan(code)
            _flush(app)
            found["scan_first" if i == 0 else "scan_next"].append((time.thread_time() - t) * 1000)
        for i in range(REFUSALS):
            t = time.thread_time()
            page.handle_scan(f"99{next(refused):011d}")
            _flush(app)
            key = "refusal_first" if i == 0 else "refusal_next"
            found[key].append((time.thread_time() - t) * 1000)
        # Finish: F12 as the page handles it (the chain itself, on worker threads, is left
        # out), then the controller's reports: the steps, the label printed, the invoice.
        for edit, value in (
            (page.length_input, "30"),
            (page.width_input, "20"),
            (page.height_input, "10"),
            (page.weight_input, "0.8"),
        ):
            edit.setText(value)
            edit.setModified(True)  # typed
        if page.session is not None and page.session.program == "SELF_SHIP":
            page.carrier_input.setText("BlueDart")
            page.carrier_input.setModified(True)
            page.tracking_input.setText(f"TRK{shipment.id[-8:]}")
            page.tracking_input.setModified(True)
        _flush(app)
        t = time.thread_time()
        page.finish()
        _flush(app)
        found["finish_start"].append((time.thread_time() - t) * 1000)
        assert page.state == "finishing", page.feedback.text()
        for step in list(FinishStep)[:-1]:
            t = time.thread_time()
            page._on_finish_progress(step.value, shipment.id)
            _flush(app)
            found["finish_step"].append((time.thread_time() - t) * 1000)
        result = FinishResult(
            shipment_id=shipment.id,
            program=page.session.program if page.session else "",
            labels=[LabelOutcome("P1", f"TRK{shipment.id}", "ATS", "ZPL", printed=True)],
            invoice=invoices[shipment.id],
            invoice_format="PDF",
        )
        t = time.thread_time()
        page._on_finish_done(result)
        page._invoice_timer.stop()  # run below, measured apart
        _flush(app)
        t1 = time.thread_time()
        page._show_finished_invoice()
        _flush(app)
        found["finish_done"].append((t1 - t) * 1000)
        found["finish_invoice"].append((time.thread_time() - t1) * 1000)

    try:
        # Inside itertools.starmap: what callgrind's --toggle-collect=starmap_next collects.
        collections.deque(itertools.starmap(one, [(s,) for s in shipments * ROUNDS]), maxlen=0)
    finally:
        gui.close()
    record["shipments_shown"] = SHIPMENTS * ROUNDS
    for key in (
        "open_lines_frame",
        "open_side_frame",
        "scan_first",
        "scan_next",
        "refusal_first",
        "refusal_next",
        "finish_start",
        "finish_step",
        "finish_done",
        "finish_invoice",
    ):
        record[key] = _figures(found[key])
    record["what"] = (
        "GUI-thread CPU per action, layout and paint included (time.thread_time), "
        "no servers or workers; offscreen"
    )

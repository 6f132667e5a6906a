"""End to end: the real main window against the built-in sandbox marketplace (HTTP on
127.0.0.1) and the virtual Zebra printer (TCP on 127.0.0.1), driven by keys like a packer.

For each program a single-item shipment is opened by scanning its id, its item is scanned into
``scanInput``, the package is measured and weighed, F12 finishes, and the test waits for the
"label printed" state; the virtual printer must hold a label with Amazon's tracking id.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.gui import app as gui_app
from packstation.gui.main_window import MainWindow
from packstation.gui.models.queue import QueueRow
from packstation.gui.runtime_holder import holder_of
from packstation.gui.tasks import TaskRunner
from tests.e2e.conftest import ZPL_MARKETPLACES

pytestmark = pytest.mark.slow


@pytest.fixture
def bench_window(qtbot: QtBot, qapp: Any) -> Iterator[MainWindow]:
    gui_app.application()
    settings = load_settings(sandbox={"shipments": 120, "rate_limits": False, "seed": 7})
    tasks = TaskRunner()
    window = MainWindow(settings, app_paths().ensure(), tasks)
    qtbot.addWidget(window)
    window.pages["pack"].sounds.enabled = False
    controller = holder_of(window)
    window.show()
    with qtbot.waitSignal(controller.queue_loaded, timeout=60_000):
        controller.start()
    try:
        yield window
    finally:
        window.close()
        tasks.shutdown(wait=True)
        controller.close()


def _pick(window: MainWindow, program: str) -> QueueRow:
    queue = window.pages["queue"]
    for row in queue.model.rows():
        shipment = row.shipment
        if (
            row.program == program
            and row.status == "ACCEPTED"
            and len(shipment.line_items) == 1
            and shipment.line_items[0].number_of_units == 1
            and str(shipment.line_items[0].piece_type) != "MULTIPLE"
            # a ZPL label: the tracking id is text in it (a PDF label arrives as a graphic)
            and shipment.marketplace_attributes.marketplace_id in ZPL_MARKETPLACES
            and "serial" not in row.flags
        ):
            return row
    pytest.skip(f"no single-item {program} shipment in the sandbox queue")


def _type(qtbot: QtBot, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, QtCore.Qt.Key.Key_Return)


@pytest.mark.parametrize("program", ["EASY_SHIP", "SELF_SHIP", "SELLER_FLEX"])
def test_single_item_shipment_packed_to_printed_label(
    qtbot: QtBot, bench_window: MainWindow, program: str
) -> None:
    window = bench_window
    controller = holder_of(window)
    pack = window.pages["pack"]
    row = _pick(window, program)
    item = row.shipment.line_items[0]
    code = next(
        (a.value for a in item.custom_attributes or [] if a.key == "gtin" and a.value),
        item.merchant_sku,
    )
    # Scan the shipment id: it opens (claimed, re-read, confirmed) on the Pack page.
    with qtbot.waitSignal(pack.session_shown, timeout=30_000):
        _type(qtbot, pack.scan_input, row.shipment_id)
    assert window.current_section == "pack"
    assert pack.state == "packing"
    _type(qtbot, pack.scan_input, code)
    assert pack.scan_input.property("feedback") == "ok"
    assert pack.lines_model.complete
    for widget, value in (
        (pack.length_input, "30"),
        (pack.width_input, "20"),
        (pack.height_input, "10"),
        (pack.weight_input, "0.8"),
    ):
        _type(qtbot, widget, value)
    if program == "SELF_SHIP":
        _type(qtbot, pack.carrier_input, "BlueDart")
        _type(qtbot, pack.tracking_input, f"SELF{row.shipment_id[-6:]}")
    pack.scan_input.setFocus()
    with qtbot.waitSignal(pack.finished, timeout=60_000) as blocker:
        qtbot.keyClick(pack.scan_input, QtCore.Qt.Key.Key_F12)
    result = blocker.args[0]
    assert pack.state == "printed"
    assert "Label printed" in pack.finish_state.text()
    assert pack.steps.count() >= 3
    tracking = result.tracking_ids
    assert tracking
    printer = controller.runtime.virtual_printer
    qtbot.waitUntil(lambda: bool(printer.jobs), timeout=10_000)
    printed = b"".join(path.read_bytes() for path in printer.jobs)
    assert tracking[0].encode() in printed or program == "SELF_SHIP"
    # The shipment left the queue.
    assert window.pages["queue"].model.row_of(row.shipment_id) == -1


def test_marketplace_cancellation_mid_pack_stops_the_packer(
    qtbot: QtBot, bench_window: MainWindow
) -> None:
    window = bench_window
    controller = holder_of(window)
    pack = window.pages["pack"]
    row = _pick(window, "EASY_SHIP")
    with qtbot.waitSignal(pack.session_shown, timeout=30_000):
        pack.open_shipment(row.shipment_id)
    sandbox = controller.runtime.sandbox
    import httpx

    response = httpx.post(f"{sandbox.admin_url}/shipments/{row.shipment_id}/cancel", timeout=10)
    if response.status_code == 404:
        pytest.skip("the sandbox has no admin cancel endpoint")
    response.raise_for_status()
    pack._on_watch_timeout()  # the watch timer's tick, now
    qtbot.waitUntil(pack.cancelled_box.isVisible, timeout=30_000)
    assert "put the items back" in pack.cancelled_box.text()
    assert not controller.runtime.virtual_printer.jobs
    pack.cancelled_box.accept()

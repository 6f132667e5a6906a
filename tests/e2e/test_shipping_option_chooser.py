"""The packer chooses the shipping option at Finish when the station is set to ask.

The real main window against the built-in sandbox (HTTP on 127.0.0.1) and the virtual printer
(TCP on 127.0.0.1). Easy Ship offers one option per carrier (pickup or drop-off windows).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from packstation.gui.main_window import MainWindow
from packstation.gui.pack_controller import pack_controller_of

pytestmark = pytest.mark.slow
#: Marketplaces whose labels are ZPL (the chooser test needs no PDF rendering).
ZPL_MARKETPLACES = {"A21TJRUUN4KGV", "A2VIGQ35RCS4UG", "A17E79C6D8DWNP", "A33AVAJ2PDY3EV"}


@pytest.fixture
def window(bench_factory: Callable[..., Any]) -> MainWindow:
    driver = bench_factory(
        sandbox={"shipments": 80, "rate_limits": False, "seed": 5},
        amazon={"shipping_option": "ask"},
    )
    win: MainWindow = driver.window
    return win


def _open_packed_easy_ship(qtbot: QtBot, win: MainWindow) -> Any:
    pack = win.pages["pack"]
    for row in win.pages["queue"].model.rows():
        s = row.shipment
        if (
            row.program == "EASY_SHIP"
            and row.status == "ACCEPTED"
            and s.marketplace_attributes.marketplace_id in ZPL_MARKETPLACES
            and len(s.line_items) == 1
            and s.line_items[0].number_of_units == 1
            and "serial" not in row.flags
        ):
            break
    else:
        pytest.skip("no single-item Easy Ship shipment in the sandbox queue")
    with qtbot.waitSignal(pack.session_shown, timeout=30_000):
        pack.open_shipment(row.shipment_id)
    item = s.line_items[0]
    code = next(
        (a.value for a in item.custom_attributes or [] if a.key == "gtin" and a.value),
        item.merchant_sku,
    )
    pack.handle_scan(code)
    assert pack.lines_model.complete
    for widget, value in (
        (pack.length_input, "30"),
        (pack.width_input, "20"),
        (pack.height_input, "10"),
        (pack.weight_input, "0.8"),
    ):
        widget.setText(value)
        widget.setModified(True)  # typed by the packer
        widget.editingFinished.emit()
    return row


def test_packer_chooses_the_option_and_can_decline(qtbot: QtBot, window: MainWindow) -> None:
    controller = pack_controller_of(window)
    pack = window.pages["pack"]
    row = _open_packed_easy_ship(qtbot, window)

    # Declined: the finish stops before any label, and says why; the packer can finish again.
    with qtbot.waitSignal(controller.option_needed, timeout=30_000) as asked:
        pack.finish()
    options = asked.args[1]
    assert len(options) >= 2
    dialog = pack.option_dialog
    assert dialog.list.count() == len(options)
    assert "(recommended)" in dialog.list.currentItem().text()
    dialog.grab().save("/tmp/shipping_option_dialog.png")
    with qtbot.waitSignal(controller.finish_failed, timeout=30_000) as failed:
        dialog.reject()
    assert "shipping option" in failed.args[1]
    assert pack.state == "packing"
    assert not controller.runtime.virtual_printer.jobs

    # Chosen: the second option (not the recommendation), taken with the keyboard.
    with qtbot.waitSignal(controller.option_needed, timeout=30_000):
        pack.finish()
    dialog = pack.option_dialog
    dialog.list.setCurrentRow(1)
    wanted = options[1].shipping_option_id
    with qtbot.waitSignal(pack.finished, timeout=60_000) as done:
        qtbot.keyClick(dialog.list, QtCore.Qt.Key.Key_Return)
    result = done.args[0]
    assert result.shipping_option_id == wanted
    assert pack.state == "printed"
    tracking = result.tracking_ids[0]
    printer = controller.runtime.virtual_printer
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=10_000)
    assert tracking.encode() in printer.jobs[0].read_bytes()
    shipment = controller.runtime.client.get_shipment(row.shipment_id)
    assert str(shipment.status) == "SHIPLABEL_GENERATED"

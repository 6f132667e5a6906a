"""Rejecting a shipment as OUT_OF_STOCK offers to correct the SKU's inventory at Amazon.

The real main window against the built-in sandbox (HTTP on 127.0.0.1): the packer rejects,
types the units left on the shelf, and the sandbox's sellable quantity for the SKU becomes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from packstation.gui.main_window import MainWindow
from packstation.gui.pack_controller import pack_controller_of

pytestmark = pytest.mark.slow


@pytest.fixture
def window(bench_factory: Callable[..., Any]) -> MainWindow:
    driver = bench_factory(sandbox={"shipments": 60, "rate_limits": False, "seed": 11})
    win: MainWindow = driver.window
    return win


def _rejectable(win: MainWindow) -> Any:
    for row in win.pages["queue"].model.rows():
        info = row.shipment.shipment_info
        if row.status == "ACCEPTED" and "ACCEPTED" in (
            info.order_states_eligible_for_rejection or []
        ):
            return row
    pytest.skip("no rejectable shipment in the sandbox queue")


def _level(win: MainWindow, location: str, sku: str) -> tuple[int, int]:
    """(sellable, total) of ``sku`` at the sandbox."""
    runtime = pack_controller_of(win).runtime
    assert runtime is not None
    service = runtime.inventory.at(location)
    (level,) = service.fetch([sku])
    return level.sellable, level.total


@pytest.mark.parametrize("correct", [True, False])
def test_out_of_stock_reject_corrects_inventory(
    qtbot: QtBot, window: MainWindow, correct: bool
) -> None:
    controller = pack_controller_of(window)
    pack = window.pages["pack"]
    row = _rejectable(window)
    with qtbot.waitSignal(pack.session_shown, timeout=30_000):
        pack.open_shipment(row.shipment_id)
    location = row.shipment.location_id
    skus = sorted({item.merchant_sku for item in row.shipment.line_items})
    before = {sku: _level(window, location, sku)[1] for sku in skus}

    pack.ask_reject()
    dialog = pack.reject_dialog
    assert dialog.correction.isVisibleTo(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("CUSTOMER_REQUESTED"))
    assert not dialog.correction.isVisibleTo(dialog)
    assert dialog.stock_correction() == {}
    dialog.reason.setCurrentIndex(dialog.reason.findData("OUT_OF_STOCK"))
    wanted = {sku: 3 + i for i, sku in enumerate(skus)}
    for sku, spin in dialog.on_hand.items():
        spin.setValue(wanted[sku])
    dialog.correction.setChecked(correct)

    with qtbot.waitSignal(controller.reject_done, timeout=30_000):
        dialog.accept()
    if not correct:
        assert not pack.stock_state.isVisible()
        # The rejected units' reservation is released; nothing is pushed, so the total holds.
        assert {sku: _level(window, location, sku)[1] for sku in skus} == before
        return
    with qtbot.waitSignal(controller.stock_corrected, timeout=30_000):
        pass
    assert pack.stock_state.level == "ok"
    assert "Inventory corrected" in pack.stock_state.text()
    after = {sku: _level(window, location, sku)[0] for sku in skus}
    assert after == wanted

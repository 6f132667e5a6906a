"""The Inventory page and its model, offscreen, on the window's bench runtime (the built-in
sandbox marketplace over HTTP and the station's SQLite database)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.main_window import MainWindow
from packstation.gui.models.inventory_model import LOW_STOCK_BRUSH, InventoryTableModel
from packstation.sandbox.data import catalogue
from packstation.services.inventory import Position
from packstation.services.runtime import Runtime

SKUS = [item.sku for item in catalogue(7)]
WAIT = 20_000
INTERACTIVE = (
    QtWidgets.QLineEdit,
    QtWidgets.QAbstractButton,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QAbstractItemView,
)


def missing_names(root: QtWidgets.QWidget) -> list[str]:
    found = []
    for w in root.findChildren(QtWidgets.QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QtWidgets.QToolButton) and w.objectName().startswith("qt_"):
            continue  # the line edits' clear buttons and the view's corner button
        if isinstance(w, INTERACTIVE) and not (w.objectName() and w.accessibleName()):
            found.append(f"{type(w).__name__}:{w.objectName()}")
    return found


def screenshot(widget: QtWidgets.QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SCREENSHOT_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def bench(sandbox_bench: Any) -> Runtime:
    runtime: Runtime = sandbox_bench(shipments=20)
    return runtime


@pytest.fixture
def page(qtbot: QtBot, main_window: MainWindow, bench: Runtime) -> Any:
    main_window.resize(1280, 800)
    main_window.show()
    main_window.show_section("inventory")
    page = main_window.pages["inventory"]
    qtbot.waitUntil(lambda: page.location() != "", timeout=WAIT)
    # First shown: Amazon's levels of the bench's SKUs (a new station has no positions).
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.busy, timeout=WAIT)
    return page


def _positions() -> list[Position]:
    return [
        Position("L1", "A-1", quantity=3, pushed_quantity=3, sequence=4, sellable=1, reserved=2),
        Position("L1", "B-2", quantity=50, pushed_quantity=40, sequence=9, sellable=38),
        Position("L1", "C-3", quantity=None, sellable=20, reserved=0, error="INVALID_SKU"),
    ]


def test_model_passes_qtmodeltester_and_edits_emit(qtmodeltester: Any, qtbot: QtBot) -> None:
    model = InventoryTableModel()
    model.set_positions(_positions())
    qtmodeltester.check(model, force_py=True)
    assert model.changed_count() == 1
    assert model.index(0, InventoryTableModel.COL_SEQUENCE).data() == "4"
    low = model.index(0, 0).data(QtCore.Qt.ItemDataRole.BackgroundRole)
    assert low == LOW_STOCK_BRUSH
    assert "low stock" in model.index(0, InventoryTableModel.COL_STATE).data()
    quantity = model.index(0, InventoryTableModel.COL_QUANTITY)
    assert model.flags(quantity) & QtCore.Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & QtCore.Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(model.quantity_edited) as blocker:
        assert model.setData(quantity, "12")
    assert blocker.args == ["A-1", 12]
    assert not model.setData(quantity, "-1")
    assert not model.setData(quantity, "lots")
    assert model.changed_count() == 2


def test_import_push_edit_fetch_and_low_stock(
    qtbot: QtBot, page: Any, bench: Runtime, tmp_path: Path
) -> None:
    location = page.location()
    csv_path = tmp_path / "wms.csv"
    good = "\n".join(f"{sku},{20 + i}" for i, sku in enumerate(SKUS[:12]))
    csv_path.write_text(f"sku,quantity\n{good}\n{SKUS[12]},many\n{SKUS[13]},-4\n")

    # Bad rows: nothing applied, each row's error listed, the packer chooses.
    page.import_csv(csv_path)
    qtbot.waitUntil(page.problems.isVisible, timeout=WAIT)
    rows = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert len(rows) == 2
    assert rows[0].startswith("row 14:")
    assert page.model.changed_count() == 0  # nothing applied
    assert page.apply_valid_button.isVisible()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    qtbot.mouseClick(page.apply_valid_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.changed_count() == 12, timeout=WAIT)
    assert f"{page.model.rowCount()} SKUs · 12 to push" in page.counts_label.text()

    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    qtbot.mouseClick(page.push_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.changed_count() == 0, timeout=WAIT)
    assert "12 pushed in 2 call(s)" in page.state.text()
    row = page.model.row_of(SKUS[0])
    pos = page.model.position_at(row)
    assert pos.pushed_quantity == 20
    assert pos.sequence is not None
    assert page.model.index(row, InventoryTableModel.COL_PUSHED_AT).data()
    assert bench.sandbox.state.inventory[(location, SKUS[0])].quantity == 20

    # Edit an absolute quantity in the table (through the proxy, as the view does).
    proxy_index = page.proxy.mapFromSource(page.model.index(row, InventoryTableModel.COL_QUANTITY))
    assert page.proxy.setData(proxy_index, "1")
    qtbot.waitUntil(lambda: page.model.changed_count() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    qtbot.mouseClick(page.push_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.changed_count() == 0, timeout=WAIT)
    assert bench.sandbox.state.inventory[(location, SKUS[0])].quantity == 1
    assert page.model.position_at(page.model.row_of(SKUS[0])).sequence > pos.sequence

    # Fetch reconciles sellable and reserved; the SKU under the threshold is highlighted.
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    qtbot.mouseClick(page.fetch_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Fetched" in page.state.text() or "low" in page.state.text(), timeout=WAIT
    )
    qtbot.waitUntil(
        lambda: page.model.position_at(page.model.row_of(SKUS[0])).fetched_at is not None,
        timeout=WAIT,
    )
    rec = bench.sandbox.state.inventory[(location, SKUS[0])]
    fetched = page.model.position_at(page.model.row_of(SKUS[0]))
    assert fetched.reserved == rec.reserved
    assert fetched.sellable == max(0, rec.quantity - rec.reserved)
    low_row = page.model.row_of(SKUS[0])
    brush = page.model.index(low_row, 0).data(QtCore.Qt.ItemDataRole.BackgroundRole)
    assert brush == LOW_STOCK_BRUSH

    # The set-quantity row.
    page.sku_edit.setText(SKUS[20])
    page.quantity_spin.setValue(9)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    qtbot.mouseClick(page.set_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.model.position_at(page.model.row_of(SKUS[20])).changed, timeout=WAIT
    )

    assert missing_names(page) == []
    screenshot(main_window_of(page), "inventory-page", tmp_path)


def test_stale_sequence_is_shown_and_retry_succeeds(
    qtbot: QtBot, page: Any, bench: Runtime
) -> None:
    location = page.location()
    with bench.sandbox.state.lock:
        bench.sandbox.state.inventory[(location, SKUS[3])].sequence = 5000
    page.set_quantity(SKUS[3], 17)
    qtbot.waitUntil(lambda: page.model.row_of(SKUS[3]) >= 0, timeout=WAIT)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    qtbot.mouseClick(page.push_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.retry_button.isEnabled, timeout=WAIT)
    assert "stale" in page.state.text()
    assert "already applied 5000" in page.problems.item(0).text()
    qtbot.waitUntil(
        lambda: page.model.position_at(page.model.row_of(SKUS[3])).error is not None, timeout=WAIT
    )
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    qtbot.mouseClick(page.retry_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.changed_count() == 0, timeout=WAIT)
    assert not page.retry_button.isEnabled()
    assert bench.sandbox.state.inventory[(location, SKUS[3])].quantity == 17
    assert bench.sandbox.state.inventory[(location, SKUS[3])].sequence > 5000


def main_window_of(page: QtWidgets.QWidget) -> QtWidgets.QWidget:
    return page.window()


def test_first_opened_it_shows_amazons_stock_of_the_known_skus(
    qtbot: QtBot, main_window: MainWindow, bench: Runtime
) -> None:
    """A new station has no positions: the page loads Amazon's levels instead of an empty table."""
    main_window.resize(1280, 800)
    main_window.show()
    main_window.show_section("inventory")
    page: Any = main_window.pages["inventory"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)
    shown = {p.sku for p in page.model.positions()}
    assert shown >= set(SKUS)  # the sandbox catalogue
    assert all(p.sellable is not None for p in page.model.positions())
    assert page.state.text().startswith("Fetched")
    assert page.state.level == "ok"

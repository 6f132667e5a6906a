"""The Returns page and its model, offscreen, on the window's bench runtime (the built-in sandbox
marketplace over HTTP, the virtual label printer over TCP, the station's SQLite database)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.main_window import MainWindow
from packstation.gui.models.returns_model import ReturnsTableModel
from packstation.gui.pages.returns import ElidedTipDelegate
from packstation.services.returns import Outcome, ReturnSummary
from packstation.services.runtime import Runtime

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


@pytest.fixture
def bench(sandbox_bench: Any) -> Runtime:
    runtime: Runtime = sandbox_bench(shipments=300)
    return runtime


@pytest.fixture
def page(qtbot: QtBot, main_window: MainWindow, bench: Runtime) -> Any:
    main_window.resize(1280, 800)
    main_window.show()
    main_window.show_section("returns")
    page = main_window.pages["returns"]
    page.page_size = 4
    page.search()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT)
    return page


def test_model_passes_qtmodeltester(qtmodeltester: Any, bench: Runtime) -> None:
    service = bench.returns
    rows = [ReturnSummary.of(r) for r in service.all()]
    model = ReturnsTableModel()
    model.set_returns(rows)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(bench.sandbox.state.returns)
    assert model.index(0, ReturnsTableModel.COL_ID).data() == rows[0].id


def test_paging_and_status_filter(qtbot: QtBot, page: Any, bench: Runtime) -> None:
    seen: list[str] = []
    while True:
        seen.extend(page.model.summary_at(r).id for r in range(page.model.rowCount()))
        if not page.next_button.isEnabled():
            break
        before = page.page_label.text()
        qtbot.mouseClick(page.next_button, QtCore.Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda b=before: page.page_label.text() != b, timeout=WAIT)
    assert len(seen) == len(set(seen)) == len(bench.sandbox.state.returns)
    assert page.prev_button.isEnabled()
    qtbot.mouseClick(page.prev_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.next_button.isEnabled, timeout=WAIT)

    status = page.model.summary_at(0).status
    page.status_filter.setCurrentIndex(page.status_filter.findData(status))
    page.page_size = 50
    qtbot.mouseClick(page.search_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.page_label.text() == "Page 1", timeout=WAIT)
    qtbot.waitUntil(
        lambda: all(
            page.model.summary_at(r).status == status for r in range(page.model.rowCount())
        ),
        timeout=WAIT,
    )
    assert page.model.rowCount() > 0


def test_scan_opens_inspect_restock_and_print_tag(
    qtbot: QtBot, page: Any, bench: Runtime, tmp_path: Path
) -> None:
    target = page.model.summary_at(0)
    page.scan_edit.setText(target.reverse_tracking_id)
    qtbot.keyClick(page.scan_edit, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == target.id, timeout=WAIT)
    assert target.reason.replace("_", " ").lower() in page.detail_labels["reason"].text()
    assert target.shipment_id in page.detail_labels["shipment"].text()
    assert target.order_id in page.detail_labels["order"].text()
    assert target.sku in page.detail_labels["item"].text()
    assert not page.restock_button.isEnabled()

    stock = bench.sandbox.state.inventory[(target.location_id, target.sku)]
    total_before = max(stock.quantity, stock.reserved)
    page.outcome_combo.setCurrentIndex(page.outcome_combo.findData(Outcome.SELLABLE.value))
    page.note_edit.setText("box opened, item fine")
    qtbot.mouseClick(page.record_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.restock_button.isEnabled, timeout=WAIT)
    assert "sellable" in page.detail_labels["inspection"].text()
    row = page.model.row_of(target.id)
    assert page.model.index(row, ReturnsTableModel.COL_INSPECTION).data() == "sellable"

    qtbot.mouseClick(page.restock_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "restocked" in page.detail_labels["inspection"].text(), timeout=WAIT)
    assert not page.restock_button.isEnabled()
    assert stock.quantity == total_before + target.units

    jobs_before = len(bench.virtual_printer.jobs)
    qtbot.mouseClick(page.tag_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "tag" in page.state.text().lower(), timeout=WAIT)
    assert page.state.text() == "Return tag printed"
    assert len(bench.virtual_printer.jobs) == jobs_before + 1
    assert target.id.encode() in bench.virtual_printer.jobs[-1].read_bytes()

    page.scan_edit.setText("NOT-A-RETURN")
    qtbot.keyClick(page.scan_edit, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "No return for NOT-A-RETURN" in page.state.text(), timeout=WAIT)

    assert missing_names(page) == []
    folder = Path(os.environ.get("SCREENSHOT_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    assert page.window().grab().save(str(folder / "returns-page.png"))


def test_wedge_scan_opens_the_return_while_the_returns_page_is_shown(
    qtbot: QtBot, page: Any, main_window: MainWindow
) -> None:
    from packstation.gui.runtime_holder import attach
    from packstation.gui.wedge import WedgeFilter

    wedge = WedgeFilter.from_settings(main_window.settings.scanner)
    attach(main_window, wedge)
    pack = main_window.pages["pack"]
    bench_scans: list[str] = []
    pack.scan_handled.connect(lambda code, _ok: bench_scans.append(code))
    target = page.model.summary_at(1)
    wedge.scan_received.emit(target.id)  # a scan from the keyboard wedge, anywhere in the window
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == target.id, timeout=WAIT)
    assert bench_scans == []

    main_window.show_section("queue")
    wedge.scan_received.emit("NOT-A-SHIPMENT-0000")
    qtbot.waitUntil(lambda: bench_scans == ["NOT-A-SHIPMENT-0000"], timeout=WAIT)
    assert page.current.id == target.id


def test_reverse_tracking_fits_at_1280x800(qtbot: QtBot, page: Any) -> None:
    """The reverse tracking id a receiver matches the parcel by is on screen, whole."""
    view = page.view
    header = view.horizontalHeader()
    column = ReturnsTableModel.COL_TRACKING
    qtbot.waitUntil(lambda: header.sectionSize(column) > 0, timeout=WAIT)
    left = header.sectionViewportPosition(column)
    assert left >= 0
    assert left + header.sectionSize(column) <= view.viewport().width()
    texts = [page.model.index(r, column).data() for r in range(page.model.rowCount())]
    assert any(texts)
    for row, text in enumerate(texts):
        assert not ElidedTipDelegate.is_elided(view, page.model.index(row, column)), text
    # the return id is whole too
    for row in range(page.model.rowCount()):
        assert not ElidedTipDelegate.is_elided(
            view, page.model.index(row, ReturnsTableModel.COL_ID)
        )

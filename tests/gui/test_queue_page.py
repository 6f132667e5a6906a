"""The queue: its model (urgency order, incremental updates), filters and the Queue page."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.domain.shipments import Shipment
from packstation.gui.main_window import MainWindow
from packstation.gui.models.queue import QueueFilterModel, QueueRow, QueueTableModel
from packstation.sandbox import data

EPOCH = 1_790_000_000.0


def make_shipment(index: int, **changes: Any) -> Shipment:
    doc = data.shipment_base(7, index, EPOCH)
    doc.update(changes)
    return Shipment.model_validate(doc)


@pytest.fixture(scope="module")
def shipments() -> list[Shipment]:
    return [make_shipment(i) for i in range(60)]


def test_model_passes_qtmodeltester(qtmodeltester: Any, shipments: list[Shipment]) -> None:
    model = QueueTableModel()
    model.set_shipments(shipments[:20])
    qtmodeltester.check(model, force_py=True)
    proxy = QueueFilterModel(model)
    proxy.set_search("SBX")
    qtmodeltester.check(proxy, force_py=True)


def test_rows_stay_in_urgency_order_through_incremental_updates(
    qtmodeltester: Any, shipments: list[Shipment]
) -> None:
    model = QueueTableModel()
    model.set_shipments(shipments[:30])
    qtmodeltester.check(model, force_py=True)  # keeps checking every later change
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.upsert(shipments[30:])
    # A shipment moves: it became HIGH priority and overdue.
    moved = shipments[45].model_copy(deep=True)
    moved.shipment_info.priority = "HIGH"
    moved.shipping_info.expected_shipping_date_time_in_utc = moved.creation_date_time
    model.upsert([moved])
    model.remove([shipments[3].id, shipments[50].id, "nope"])
    assert resets == []
    keys = [row.key for row in model.rows()]
    assert keys == sorted(keys)
    assert model.rowCount() == 58
    assert model.row_of(moved.id) == 0 or model.row_at(0).group == "in_progress"
    assert model.row_at(model.row_of(moved.id)).priority == "HIGH"


def test_program_badges_and_time_left(shipments: list[Shipment]) -> None:
    model = QueueTableModel()
    model.set_shipments(shipments)
    programs = {model.row_at(r).program for r in range(model.rowCount())}
    assert programs == {"EASY_SHIP", "SELF_SHIP", "SELLER_FLEX"}
    names = {model.index(r, QueueTableModel.COL_PROGRAM).data() for r in range(model.rowCount())}
    assert names == {"Easy Ship", "Self Ship", "Seller Flex"}
    row = model.row_at(0)
    assert row.ship_by is not None
    model.set_now(row.ship_by + 40 * 60)
    assert model.index(0, QueueTableModel.COL_SHIP_BY).data() == "late 40 min"
    model.set_now(row.ship_by - (3 * 3600 + 5 * 60))
    assert model.index(0, QueueTableModel.COL_SHIP_BY).data() == "3 h 05"
    model.set_pickup(row.shipment_id, row.ship_by - 3600, row.ship_by)
    assert model.index(model.row_of(row.shipment_id), QueueTableModel.COL_PICKUP).data() == "2 h 05"


class CountingFilter(QueueFilterModel):
    def __init__(self, source: QueueTableModel) -> None:
        super().__init__(source)
        self.calls = 0

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        self.calls += 1
        return super().filterAcceptsRow(source_row, source_parent)


def test_the_clock_moving_does_not_refilter_the_queue(shipments: list[Shipment]) -> None:
    """Every 30 s the time-left columns change for every row: with 10,000 rows, refiltering
    them all (a Python call per row) stalled the GUI thread for 45 ms in the middle of packing."""
    model = QueueTableModel()
    model.set_shipments(shipments)
    proxy = CountingFilter(model)
    proxy.set_program("SELF_SHIP")
    shown = proxy.rowCount()
    assert 0 < shown < len(shipments)
    moved: list[bool] = []
    model.clock_moved.connect(lambda: moved.append(True))
    proxy.calls = 0
    model.set_now(EPOCH + 3600)
    assert proxy.calls == 0
    assert moved == [True], "views are still told to repaint the time left"
    assert proxy.rowCount() == shown
    # A change to a row itself still refilters it: it became Easy Ship, so it leaves.
    row = next(r for r in model.rows() if r.program == "SELF_SHIP")
    changed = row.shipment.model_copy(deep=True)
    changed.shipping_info.shipping_type = "MARKETPLACE"
    proxy.calls = 0
    model.upsert([changed])
    assert proxy.calls >= 1
    assert proxy.rowCount() == shown - 1


def test_filters_by_group_program_and_search(shipments: list[Shipment]) -> None:
    model = QueueTableModel()
    model.set_shipments(shipments)
    proxy = QueueFilterModel(model)
    proxy.set_program("SELLER_FLEX")
    assert 0 < proxy.rowCount() < model.rowCount()
    assert {proxy.index(r, 1).data() for r in range(proxy.rowCount())} == {"Seller Flex"}
    proxy.set_program("")
    target = shipments[11]
    proxy.set_search(target.shipment_info.buyer_order_id)
    assert proxy.rowCount() == 1
    assert proxy.index(0, 0).data(QueueTableModel.ShipmentIdRole) == target.id
    proxy.set_search("")
    proxy.set_group("cancelled")
    assert proxy.rowCount() == 0


def test_scan_lookup_by_shipment_order_and_item(shipments: list[Shipment]) -> None:
    model = QueueTableModel()
    model.set_shipments(shipments)
    target = shipments[5]
    assert model.find_by_scan(target.id).shipment_id == target.id  # type: ignore[union-attr]
    row = model.find_by_scan(target.shipment_info.buyer_order_id)
    assert row is not None
    assert row.shipment_id == target.id
    gtin = next(a.value for a in target.line_items[0].custom_attributes or [] if a.key == "gtin")
    by_item = model.find_by_scan(gtin)
    assert by_item is not None
    assert gtin in by_item.barcodes
    assert model.find_by_scan("0000000000000") is None


def _page(window: MainWindow) -> Any:
    return window.pages["queue"]


def test_queue_page_shows_rows_counts_and_opens_by_scan(
    qtbot: QtBot, main_window: MainWindow, shipments: list[Shipment]
) -> None:
    page = _page(main_window)
    main_window.show()
    rows = [QueueRow.from_shipment(s) for s in shipments]
    page.set_rows(rows)
    view = main_window.findChild(QtWidgets.QTableView, "queueView")
    assert view is page.view
    assert view.model().rowCount() > 0
    assert "To pack" in page.tabs.tabText(0)
    page.tabs.setCurrentIndex(3)
    assert view.model().rowCount() == len(shipments)
    assert f"{len(shipments)} shipments" in page.counts_label.text()
    opened: list[str] = []
    page.open_requested.disconnect()
    page.open_requested.connect(opened.append)
    target = shipments[9]
    page.search.setText(target.shipment_info.buyer_order_id)
    qtbot.keyClick(page.search, QtCore.Qt.Key.Key_Return)
    assert opened == [target.id]
    assert page.current_shipment_id() == target.id
    # keyboard only: Enter on the table opens the current row
    view.setFocus()
    qtbot.keyClick(view, QtCore.Qt.Key.Key_Return)
    assert opened[-1] == target.id


def test_a_row_that_changes_place_keeps_the_selection_and_refilters_only_itself(
    main_window: MainWindow, shipments: list[Shipment]
) -> None:
    """A move in the model made Qt's filter proxy refilter every row (60-80 ms with 10,000
    rows each time a shipment was opened or finished); now it is a removal and an insertion."""
    page = _page(main_window)
    page.set_rows([QueueRow.from_shipment(s) for s in shipments])
    page.tabs.setCurrentIndex(3)  # all shipments
    target = page.model.row_at(40)
    page.select(target.shipment_id)
    assert page.current_shipment_id() == target.shipment_id
    changed = target.shipment.model_copy(deep=True)
    changed.shipment_info.priority = "LOW" if target.priority == "HIGH" else "HIGH"
    calls: list[int] = []
    original = type(page.proxy).filterAcceptsRow

    class Counting(type(page.proxy)):  # type: ignore[misc]
        def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
            calls.append(source_row)
            return original(self, source_row, source_parent)

    page.proxy.__class__ = Counting
    try:
        page.apply_changes([QueueRow.from_shipment(changed)], [])
    finally:
        page.proxy.__class__ = Counting.__mro__[1]
    assert page.model.row_of(target.shipment_id) != 40, "the row should have changed place"
    assert len(calls) <= 2
    assert page.current_shipment_id() == target.shipment_id
    keys = [row.key for row in page.model.rows()]
    assert keys == sorted(keys)


def test_incremental_changes_reach_the_page_without_reset(
    qtbot: QtBot, main_window: MainWindow, shipments: list[Shipment]
) -> None:
    page = _page(main_window)
    page.set_rows([QueueRow.from_shipment(s) for s in shipments[:40]])
    with qtbot.assertNotEmitted(page.model.modelReset):
        page.apply_changes([QueueRow.from_shipment(s) for s in shipments[40:]], [shipments[0].id])
    assert page.model.rowCount() == len(shipments) - 1


class PaintCounter(QtCore.QObject):
    def __init__(self, widget: QtWidgets.QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_page_repaints_the_time_left_when_the_clock_moves(
    qtbot: QtBot, main_window: MainWindow, shipments: list[Shipment]
) -> None:
    page = _page(main_window)
    main_window.show()
    page.set_rows([QueueRow.from_shipment(s) for s in shipments[:10]])
    page.tabs.setCurrentIndex(3)
    row = page.model.row_at(0)
    assert row.ship_by is not None
    qtbot.wait(50)
    counter = PaintCounter(page.view.viewport())
    qtbot.wait(50)
    assert counter.paints == 0  # nothing else repaints the idle table
    page.model.set_now(row.ship_by + 40 * 60)
    qtbot.waitUntil(lambda: counter.paints > 0, timeout=2000)
    assert page.proxy.index(0, QueueTableModel.COL_SHIP_BY).data() == "late 40 min"


def test_header_click_sorts_then_returns_to_urgency(
    main_window: MainWindow, shipments: list[Shipment]
) -> None:
    page = _page(main_window)
    page.set_rows([QueueRow.from_shipment(s) for s in shipments])
    page.tabs.setCurrentIndex(3)
    column = QueueTableModel.COL_SHIPMENT
    page._on_header_clicked(column)
    ids = [page.proxy.index(r, column).data() for r in range(page.proxy.rowCount())]
    assert ids == sorted(ids)
    page._on_header_clicked(column)
    page._on_header_clicked(column)
    first = page.proxy.index(0, 0).data(QueueTableModel.ShipmentIdRole)
    assert first == page.model.row_at(0).shipment_id


def test_queue_page_right_to_left(
    qtbot: QtBot, main_window: MainWindow, shipments: list[Shipment]
) -> None:
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    app.setLayoutDirection(QtCore.Qt.LayoutDirection.RightToLeft)
    try:
        page = _page(main_window)
        page.set_rows([QueueRow.from_shipment(s) for s in shipments])
        main_window.show()
        qtbot.waitExposed(main_window)
        image = main_window.grab()
        assert not image.isNull()
    finally:
        app.setLayoutDirection(QtCore.Qt.LayoutDirection.LeftToRight)


def test_time_left_uses_wall_clock_on_activation(main_window: MainWindow) -> None:
    page = _page(main_window)
    page.activated()
    assert abs(page.model._now - time.time()) < 3600


def test_a_long_sync_error_never_widens_the_window(qtbot: QtBot, main_window: MainWindow) -> None:
    """A raw 3,000-character start error once stretched the window to 2,992 px."""
    from packstation.gui.runtime_holder import holder_of

    page = _page(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    size = main_window.size()
    message = "Sync failed: " + " ".join(
        f"keyring.backends.fail.Keyring refused {i}" for i in range(80)
    )
    message = (message + " " + "x" * 3000)[:3000]
    holder_of(main_window).sync_state.emit("error", message)
    QtWidgets.QApplication.processEvents()
    indicator = page.sync_indicator
    assert main_window.size() == size
    assert main_window.minimumSizeHint().width() <= size.width()
    assert indicator.geometry().right() <= page.width()
    assert indicator.toolTip() == message  # the whole text, a hover away
    assert indicator.text() != message
    assert indicator.text().startswith("Sync failed: keyring")
    assert indicator.text().endswith("…")
    assert indicator.level == "error"
    shown = indicator.fontMetrics().horizontalAdvance(indicator.text())
    assert shown <= indicator.contentsRect().width()
    # A short message shows whole again.
    holder_of(main_window).sync_state.emit("ok", "Synced 10:00:00: 12 waiting")
    QtWidgets.QApplication.processEvents()
    assert indicator.text() == "Synced 10:00:00: 12 waiting"
    assert main_window.size() == size


def test_a_start_failure_is_explained_above_the_empty_queue(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from packstation.gui.runtime_holder import holder_of

    page = _page(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    size = main_window.size()
    controller = holder_of(main_window)
    sentence = "No OS keyring is available to hold the Amazon credentials: install GNOME Keyring."
    message = sentence + " " + "y" * 3000
    controller.start_failed.emit(message)
    QtWidgets.QApplication.processEvents()
    assert page.start_error.isVisible()
    assert sentence in page.start_error.text()  # the whole sentence, not elided
    assert page.start_error.toolTip() == message
    assert main_window.size() == size
    assert main_window.minimumSizeHint().width() <= size.width()
    controller.state_changed.emit("ready")
    assert not page.start_error.isVisible()

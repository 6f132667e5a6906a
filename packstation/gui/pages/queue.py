"""The Queue page: every shipment waiting at the bench, most urgent first.

Tabs by status group with counts, a program filter, a search box that also takes scans (a
shipment id, order id or an item of a waiting shipment opens that shipment), and the
``queueView`` table. Rows come from the runtime holder's background sync; the page only
inserts them into :class:`~packstation.gui.models.queue.QueueTableModel`.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from packstation.domain.programs import PROGRAMS
from packstation.gui.models.queue import (
    QueueFilterModel,
    QueueRow,
    QueueTableModel,
)
from packstation.gui.runtime_holder import holder_of
from packstation.gui.texts import program_name
from packstation.gui.widgets import IndicatorLabel, PageWidget, fit_header_texts, named

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow


class ElidedIndicatorLabel(IndicatorLabel):
    """An indicator whose text never widens the window, however long the message.

    A sync or start error can be thousands of characters (a raw exception once stretched the
    window to 2,992 px). The label asks for at most :attr:`MAX_CHARS` average characters, shows
    the text elided to the width it gets, and keeps the whole text as its tooltip and
    accessible description.
    """

    MAX_CHARS = 72
    MIN_CHARS = 12

    def __init__(self, object_name: str, accessible: str, parent: QtWidgets.QWidget | None = None):
        self._full_text = ""
        super().__init__(object_name, accessible, parent)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred
        )

    @property
    def full_text(self) -> str:
        return self._full_text

    def set_state(self, text: str, level: str, tooltip: str = "") -> None:
        self._full_text = text
        if self.accessibleDescription() != text:
            self.setAccessibleDescription(text)
        # The level first: it may change the font (errors are bold), and so the elision.
        super().set_state(self.text(), level, tooltip or text)
        elided = self._elided(self.contentsRect().width())
        if self.text() != elided:
            self.setText(elided)
        self.updateGeometry()

    def _chrome(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right() + 2 * self.margin()

    def sizeHint(self) -> QtCore.QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        wanted = metrics.horizontalAdvance(" ".join(self._full_text.split())) + 1
        most = metrics.averageCharWidth() * self.MAX_CHARS
        hint.setWidth(min(wanted, most) + self._chrome())
        return hint

    def minimumSizeHint(self) -> QtCore.QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * self.MIN_CHARS
        hint.setWidth(min(self.sizeHint().width(), least + self._chrome()))
        return hint

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        elided = self._elided(self.contentsRect().width())
        if self.text() != elided:
            self.setText(elided)

    def _elided(self, width: int) -> str:
        # One line: a message's own line breaks would make the label taller instead.
        text = " ".join(self._full_text.split())
        if width <= 0:
            return text
        return self.fontMetrics().elidedText(text, QtCore.Qt.TextElideMode.ElideRight, width)


class QueuePage(PageWidget):
    """The queue.

    Signals:
        open_requested(str): the packer chose a shipment to pack (its id).
    """

    open_requested = QtCore.Signal(str)

    TAB_GROUPS = ("to_pack", "in_progress", "labelled", "")
    START_ERROR_CHARS = 400  # a few wrapped lines at most; the tooltip has the rest

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Queue"), "queuePage")
        self.window_ = window
        self.controller = holder_of(window)
        self.model = QueueTableModel(self)
        self.proxy = QueueFilterModel(self.model, self)
        self._sort_column = -1
        self._sort_order = QtCore.Qt.SortOrder.AscendingOrder
        self._build()
        self._connect()
        self._update_counts()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        top = QtWidgets.QHBoxLayout()
        self.search = named(QtWidgets.QLineEdit(), "queueSearch", self.tr("Search or scan"))
        self.search.setPlaceholderText(
            self.tr("Search or scan: shipment, order, SKU or item barcode  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.program_filter = named(QtWidgets.QComboBox(), "queueProgramFilter", self.tr("Program"))
        self.program_filter.addItem(self.tr("All programs"), "")
        for program in PROGRAMS:
            self.program_filter.addItem(program_name(program), program.value)
        self.sync_button = named(
            QtWidgets.QPushButton(self.tr("Sync (F5)")), "syncButton", self.tr("Sync the queue")
        )
        self.open_button = named(
            QtWidgets.QPushButton(self.tr("Pack (Enter)")), "openButton", self.tr("Pack selected")
        )
        top.addWidget(self.search, 1)
        top.addWidget(self.program_filter)
        top.addWidget(self.sync_button)
        top.addWidget(self.open_button)
        self.body.addLayout(top)

        self.tabs = named(QtWidgets.QTabBar(), "queueTabs", self.tr("Status"))
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(False)
        for _ in self.TAB_GROUPS:
            self.tabs.addTab("")
        self.body.addWidget(self.tabs)

        # Why the queue is empty when the bench could not start (e.g. no keyring for the
        # production credentials): the whole sentence, wrapped, never widening the window.
        self.start_error = named(
            QtWidgets.QLabel(), "queueStartError", self.tr("Why the queue is empty")
        )
        self.start_error.setWordWrap(True)
        self.start_error.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.start_error.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.start_error.setProperty("indicator", "error")
        self.start_error.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Minimum
        )
        self.start_error.hide()
        self.body.addWidget(self.start_error)

        self.view = named(QtWidgets.QTableView(), "queueView", self.tr("Shipment queue"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.setTabKeyNavigation(False)
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: the view never measures 10,000 rows.
        vertical.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(38)
        header = named(
            self.view.horizontalHeader(), "queueHeader", self.tr("Queue columns (click to sort)")
        )
        named(vertical, "queueRowHeader", self.tr("Queue rows"))
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.setHighlightSections(False)
        widths = {
            QueueTableModel.COL_PRIORITY: 74,
            QueueTableModel.COL_PROGRAM: 112,
            QueueTableModel.COL_SHIPMENT: 152,
            QueueTableModel.COL_ORDER: 172,
            QueueTableModel.COL_STATUS: 100,
            QueueTableModel.COL_UNITS: 60,
            QueueTableModel.COL_SHIP_BY: 110,
            QueueTableModel.COL_PICKUP: 90,
        }
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        fit_header_texts(self.view)  # longer Hindi and Turkish titles shown whole
        header.setStretchLastSection(True)
        self.body.addWidget(self.view, 1)

        bottom = QtWidgets.QHBoxLayout()
        self.counts_label = named(QtWidgets.QLabel(), "queueCounts", self.tr("Queue counts"))
        self.sync_indicator = ElidedIndicatorLabel("queueSyncState", self.tr("Queue sync state"))
        self.sync_indicator.set_state(self.tr("Not connected"), "off")
        bottom.addWidget(self.counts_label, 1)
        bottom.addWidget(self.sync_indicator)
        self.body.addLayout(bottom)

        self._clock = QtCore.QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(lambda: self.model.set_now(time.time()))
        self.model.clock_moved.connect(self.view.viewport().update)
        self._clock.start()
        self._search_timer = QtCore.QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(lambda: self.proxy.set_search(self.search.text()))

        for key, slot in (
            ("Ctrl+F", self._focus_search),
            ("F5", self.controller.sync),
            ("Shift+F5", lambda: self.controller.sync(full=True)),
        ):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.program_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_program(self.program_filter.currentData() or "")
        )
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.sync_button.clicked.connect(self.controller.sync)
        self.open_button.clicked.connect(self._open_current)
        self.view.activated.connect(lambda _index: self._open_current())
        self.view.horizontalHeader().sectionClicked.connect(self._on_header_clicked)
        self.model.counts_changed.connect(self._update_counts)
        self.model.modelReset.connect(self._select_first)
        self.controller.queue_loaded.connect(self.set_rows)
        self.controller.queue_changed.connect(self.apply_changes)
        self.controller.sync_state.connect(
            lambda level, text: self.sync_indicator.set_state(text, level)
        )
        self.open_requested.connect(self._route_open)
        self.controller.start_failed.connect(self._on_controller_start_failed)
        self.controller.state_changed.connect(self._on_controller_state_changed)

    def _on_controller_start_failed(self, message: str) -> None:
        text = " ".join(message.split())
        if len(text) > self.START_ERROR_CHARS:
            text = text[: self.START_ERROR_CHARS - 1].rstrip() + "…"
        self.start_error.setText(self.tr("The bench could not start: {0}").format(text))
        self.start_error.setToolTip(message)
        self.start_error.show()

    def _on_controller_state_changed(self, state: str) -> None:
        if state in ("starting", "ready"):
            self.start_error.hide()

    # ------------------------------------------------------------------ data in
    def set_rows(self, rows: list[QueueRow]) -> None:
        """A full reload (rows in any order)."""
        self.model.set_rows(rows)

    def apply_changes(self, rows: list[QueueRow], removed: list[str]) -> None:
        """An incremental sync: row insertions/moves/removals, never a reset."""
        current = self.current_shipment_id()
        self.model.upsert_rows(rows)
        if removed:
            self.model.remove(removed)
        if current is not None and self.current_shipment_id() != current:
            # A row that changed place was removed and inserted (see QueueTableModel):
            # the packer's selection follows it.
            self.select(current)

    # ------------------------------------------------------------------ opening
    def open_by_scan(self, code: str) -> bool:
        """Open the shipment ``code`` identifies; False when nothing in the queue matches."""
        shipment_id = self.controller.lookup(code)
        if shipment_id is None:
            row = self.model.find_by_scan(code)
            shipment_id = None if row is None else row.shipment_id
        if shipment_id is None:
            return False
        self.select(shipment_id)
        self.open_requested.emit(shipment_id)
        return True

    def select(self, shipment_id: str) -> None:
        source_row = self.model.row_of(shipment_id)
        if source_row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def current_shipment_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        value = index.data(QueueTableModel.ShipmentIdRole)
        return str(value) if value else None

    def _open_current(self) -> None:
        shipment_id = self.current_shipment_id()
        if shipment_id:
            self.open_requested.emit(shipment_id)

    def _route_open(self, shipment_id: str) -> None:
        from packstation.gui.pages.pack import PackPage  # the Pack page imports this module

        pack = self.window_.pages.get("pack")
        if isinstance(pack, PackPage):
            self.window_.show_section("pack")
            pack.open_shipment(shipment_id)

    def _on_search_return_pressed(self) -> None:
        text = self.search.text().strip()
        if text and self.open_by_scan(text):
            self.search.clear()
            self.proxy.set_search("")
            return
        self._search_timer.stop()
        self.proxy.set_search(text)
        if self.proxy.rowCount() == 1:
            self.view.setCurrentIndex(self.proxy.index(0, 0))
            self._open_current()
        else:
            self.view.setFocus()
            self._select_first()

    # ------------------------------------------------------------------ view state
    def activated(self) -> None:
        self.model.set_now(time.time())
        self.view.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _select_first(self) -> None:
        if not self.view.currentIndex().isValid() and self.proxy.rowCount() > 0:
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _on_tabs_current_changed(self, index: int) -> None:
        if 0 <= index < len(self.TAB_GROUPS):
            self.proxy.set_group(self.TAB_GROUPS[index])
            self._select_first()

    def _on_header_clicked(self, column: int) -> None:
        """First click sorts ascending, second descending, third back to urgency order."""
        header = self.view.horizontalHeader()
        if column != self._sort_column:
            self._sort_column, self._sort_order = column, QtCore.Qt.SortOrder.AscendingOrder
        elif self._sort_order == QtCore.Qt.SortOrder.AscendingOrder:
            self._sort_order = QtCore.Qt.SortOrder.DescendingOrder
        else:
            self._sort_column = -1
        header.setSortIndicatorShown(self._sort_column >= 0)
        if self._sort_column >= 0:
            header.setSortIndicator(self._sort_column, self._sort_order)
        if self._sort_column < 0:
            self.proxy.restore_source_order()
        else:
            self.proxy.sort(self._sort_column, self._sort_order)

    def _update_counts(self) -> None:
        counts = self.model.counts()
        titles = {
            "to_pack": self.tr("To pack"),
            "in_progress": self.tr("In progress"),
            "labelled": self.tr("Labelled"),
            "": self.tr("All"),
        }
        total = sum(n for group, n in counts.items() if group != "high")
        for i, group in enumerate(self.TAB_GROUPS):
            n = total if not group else counts.get(group, 0)
            self.tabs.setTabText(i, f"{titles[group]}  ({n})")
        high = counts.get("high", 0)
        self.counts_label.setText(
            self.tr("{0} shipments · {1} to pack · {2} high priority").format(
                total, counts.get("to_pack", 0), high
            )
        )

"""The Returns page: list and filter returns with paging; scanning a reverse tracking id or RMA
barcode opens the return; show its item, reason, original shipment and order; record the
inspection outcome; restock sellable units; print a return tag for the bin.

Every service call runs through the window's :class:`~packstation.gui.tasks.TaskRunner`
(lane ``"returns"``; ``"printer:label"`` for the tag); the services are built on the bench
controller's runtime.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6 import QtCore, QtGui, QtWidgets

from packstation.domain.returns import Return, ReturnStatus
from packstation.gui import texts
from packstation.gui.models.returns_model import ReturnsTableModel
from packstation.gui.pages.inventory import name_inner_edits
from packstation.gui.runtime_holder import LABEL_LANE, describe_error, holder_of
from packstation.gui.widgets import (
    IndicatorLabel,
    PageWidget,
    direction_button,
    fit_header_texts,
    named,
)
from packstation.services.returns import (
    Inspection,
    Outcome,
    RestockResult,
    ReturnFilter,
    ReturnsService,
    ReturnSummary,
)
from packstation.services.returns import (
    ReturnsPage as ReturnsPageData,
)

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow
    from packstation.services.runtime import Runtime
    from packstation.services.workflow import PrintReport

T = TypeVar("T")

log = logging.getLogger(__name__)

#: One lane for the page's jobs (they run in the order asked); tags go to the label printer's.
LANE = "returns"
PAGE_SIZE = 25  # returns per page (``ReturnsPage.page_size``)
_OUTCOMES = (
    (Outcome.SELLABLE, texts.QT_TRANSLATE_NOOP("ReturnsPage", "Sellable")),
    (Outcome.DAMAGED, texts.QT_TRANSLATE_NOOP("ReturnsPage", "Damaged")),
    (Outcome.WRONG_ITEM, texts.QT_TRANSLATE_NOOP("ReturnsPage", "Wrong item")),
)


def _load_page(
    service: ReturnsService, filters: ReturnFilter, token: str | None, size: int
) -> tuple[ReturnsPageData, dict[str, Inspection]]:
    page = service.page(filters, token=token, page_size=size)
    return page, service.inspections([r.id for r in page.returns])


def _open(service: ReturnsService, code: str) -> tuple[Return | None, Inspection | None]:
    ret = service.find(code)
    return ret, (service.inspection(ret.id) if ret is not None else None)


class ElidedTipDelegate(QtWidgets.QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the cell is too narrow for it."""

    def helpEvent(
        self,
        event: QtGui.QHelpEvent,
        view: QtWidgets.QAbstractItemView,
        option: QtWidgets.QStyleOptionViewItem,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> bool:
        if event.type() == QtCore.QEvent.Type.ToolTip and index.isValid():
            tip = index.data(QtCore.Qt.ItemDataRole.ToolTipRole)
            text = str(index.data(QtCore.Qt.ItemDataRole.DisplayRole) or "")
            if not tip and text and self.is_elided(view, index):
                QtWidgets.QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    @staticmethod
    def is_elided(
        view: QtWidgets.QAbstractItemView,
        index: QtCore.QModelIndex | QtCore.QPersistentModelIndex,
    ) -> bool:
        text = str(index.data(QtCore.Qt.ItemDataRole.DisplayRole) or "")
        margin = 2 * (
            view.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        )
        return view.fontMetrics().horizontalAdvance(text) + margin > view.visualRect(index).width()


class ReturnsPage(PageWidget):
    """Returns to receive (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Returns"), "returnsPage")
        self.window_ = window
        self.tasks = window.tasks
        self.controller = holder_of(window)
        self._service: ReturnsService | None = None
        self._service_runtime: Runtime | None = None
        self.current: Return | None = None
        self._tokens: list[str | None] = [None]  # token of each page seen; last = current
        self._next_token: str | None = None
        self._loaded_once = False
        self.page_size = PAGE_SIZE
        self.model = ReturnsTableModel(self)
        self._build()
        self.controller.state_changed.connect(self._on_controller_state_changed)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        scan_row = QtWidgets.QHBoxLayout()
        self.scan_edit = named(
            QtWidgets.QLineEdit(), "returnsScan", self.tr("Scan RMA or reverse tracking id")
        )
        self.scan_edit.setPlaceholderText(
            self.tr("Scan or type an RMA, reverse tracking id or return id, then Enter")
        )
        self.scan_edit.setClearButtonEnabled(True)
        self.open_button = named(
            QtWidgets.QPushButton(self.tr("Open")), "returnsOpen", self.tr("Open the return")
        )
        scan_row.addWidget(self.scan_edit, 1)
        scan_row.addWidget(self.open_button)
        self.body.addLayout(scan_row)

        filters = QtWidgets.QHBoxLayout()
        self.status_filter = named(QtWidgets.QComboBox(), "returnsStatus", self.tr("Status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status in ReturnStatus:
            self.status_filter.addItem(texts.return_status(status), status.value)
        self.rma_filter = named(QtWidgets.QLineEdit(), "returnsRmaFilter", self.tr("RMA id"))
        self.rma_filter.setPlaceholderText(self.tr("RMA id"))
        self.tracking_filter = named(
            QtWidgets.QLineEdit(), "returnsTrackingFilter", self.tr("Reverse tracking id")
        )
        self.tracking_filter.setPlaceholderText(self.tr("Reverse tracking id"))
        self.created_check = named(
            QtWidgets.QCheckBox(self.tr("Created since")),
            "returnsCreatedCheck",
            self.tr("Filter by creation date"),
        )
        self.created_since = named(
            QtWidgets.QDateEdit(), "returnsCreatedSince", self.tr("Created since")
        )
        self.updated_check = named(
            QtWidgets.QCheckBox(self.tr("Updated since")),
            "returnsUpdatedCheck",
            self.tr("Filter by update date"),
        )
        self.updated_since = named(
            QtWidgets.QDateEdit(), "returnsUpdatedSince", self.tr("Updated since")
        )
        week_ago = QtCore.QDate.currentDate().addDays(-7)
        for edit in (self.created_since, self.updated_since):
            edit.setCalendarPopup(True)
            edit.setDate(week_ago)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.search_button = named(
            QtWidgets.QPushButton(self.tr("Search")), "returnsSearch", self.tr("Search returns")
        )
        for widget in (self.status_filter, self.rma_filter, self.tracking_filter):
            widget.setMinimumWidth(90)
            filters.addWidget(widget, 1)
        filters.addWidget(self.search_button)
        self.body.addLayout(filters)
        windows = QtWidgets.QHBoxLayout()
        for window_widget in (
            self.created_check,
            self.created_since,
            self.updated_check,
            self.updated_since,
        ):
            windows.addWidget(window_widget)
        windows.addStretch(1)
        self.body.addLayout(windows)

        split = named(QtWidgets.QSplitter(), "returnsSplitter", self.tr("Returns and detail"))
        split.setChildrenCollapsible(False)
        self.view = named(QtWidgets.QTableView(), "returnsView", self.tr("Returns"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        vertical.setDefaultSectionSize(32)
        named(vertical, "returnsRowHeader", self.tr("Return rows"))
        header = named(self.view.horizontalHeader(), "returnsHeader", self.tr("Return columns"))
        self._lay_out_columns(header)
        self.view.setItemDelegate(ElidedTipDelegate(self.view))
        self.view.setMinimumWidth(160)
        split.addWidget(self.view)

        detail = named(QtWidgets.QGroupBox(self.tr("Return")), "returnsDetail", self.tr("Return"))
        form = QtWidgets.QFormLayout(detail)
        self.detail_labels: dict[str, QtWidgets.QLabel] = {}
        for key, label in (
            ("id", self.tr("Return")),
            ("status", self.tr("Status")),
            ("item", self.tr("Item")),
            ("reason", self.tr("Reason")),
            ("shipment", self.tr("Shipment")),
            ("order", self.tr("Order")),
            ("tracking", self.tr("Reverse tracking")),
            ("inspection", self.tr("Inspection")),
        ):
            value = named(QtWidgets.QLabel("—"), f"returnsDetail_{key}", label)
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.detail_labels[key] = value
            form.addRow(label, value)
        self.outcome_combo = named(
            QtWidgets.QComboBox(), "returnsOutcome", self.tr("Inspection outcome")
        )
        for outcome, text in _OUTCOMES:
            self.outcome_combo.addItem(self.tr(text), outcome.value)
        self.units_spin = named(QtWidgets.QSpinBox(), "returnsUnits", self.tr("Units inspected"))
        self.units_spin.setRange(1, 1)
        self.note_edit = named(QtWidgets.QLineEdit(), "returnsNote", self.tr("Inspection note"))
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))
        form.addRow(self.tr("Outcome"), self.outcome_combo)
        form.addRow(self.tr("Units"), self.units_spin)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QtWidgets.QHBoxLayout()
        self.record_button = named(
            QtWidgets.QPushButton(self.tr("Record inspection")),
            "returnsRecord",
            self.tr("Record inspection"),
        )
        self.restock_button = named(
            QtWidgets.QPushButton(self.tr("Restock")), "returnsRestock", self.tr("Restock units")
        )
        self.tag_button = named(
            QtWidgets.QPushButton(self.tr("Print tag")), "returnsPrintTag", self.tr("Print tag")
        )
        for button in (self.record_button, self.restock_button, self.tag_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        scroll = named(QtWidgets.QScrollArea(), "returnsDetailScroll", self.tr("Return detail"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(detail)
        scroll.setMinimumWidth(200)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 400])  # the list gets 60 % (its columns), the detail the rest
        self.body.addWidget(split, 1)

        bottom = QtWidgets.QHBoxLayout()
        self.prev_button = named(
            QtWidgets.QPushButton(self.tr("◀ Previous")), "returnsPrev", self.tr("Previous page")
        )
        self.next_button = named(
            QtWidgets.QPushButton(self.tr("Next ▶")), "returnsNext", self.tr("Next page")
        )
        # Arrows as icons the style mirrors right to left, not drawn into the texts.
        direction_button(self.prev_button, forward=False)
        direction_button(self.next_button, forward=True)
        self.page_label = named(QtWidgets.QLabel(), "returnsPageLabel", self.tr("Page"))
        self.state = IndicatorLabel("returnsState", self.tr("Returns state"))
        self.state.set_state(self.tr("Not connected"), "off")
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.page_label)
        bottom.addWidget(self.next_button)
        bottom.addStretch(1)
        bottom.addWidget(self.state)
        self.body.addLayout(bottom)

        self.scan_edit.returnPressed.connect(self._on_scan_return_pressed)
        self.open_button.clicked.connect(self._on_scan_return_pressed)
        self.search_button.clicked.connect(self.search)
        self.rma_filter.returnPressed.connect(self.search)
        self.tracking_filter.returnPressed.connect(self.search)
        self.status_filter.activated.connect(lambda _i: self.search())
        self.prev_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.record_button.clicked.connect(self.record_inspection)
        self.restock_button.clicked.connect(self.restock)
        self.tag_button.clicked.connect(self.print_tag)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_changed)
        self.view.doubleClicked.connect(lambda _i: self.scan_edit.setFocus())
        self._show_detail(None, None)
        self._update_paging()
        name_inner_edits(self)

    def _lay_out_columns(self, header: QtWidgets.QHeaderView) -> None:
        """What a receiver matches a parcel by comes first and is never cut: the return id,
        its status and the reverse tracking id; long free texts are elided (tooltip: all)."""
        m = ReturnsTableModel
        order = (
            m.COL_ID,
            m.COL_STATUS,
            m.COL_TRACKING,
            m.COL_SKU,
            m.COL_UNITS,
            m.COL_RMA,
            m.COL_REASON,
            m.COL_CREATED,
            m.COL_INSPECTION,
        )
        for visual, logical in enumerate(order):
            header.moveSection(header.visualIndex(logical), visual)
        mode = QtWidgets.QHeaderView.ResizeMode
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for column in range(m.COL_INSPECTION + 1):
            header.setSectionResizeMode(column, mode.ResizeToContents)
        header.setSectionResizeMode(m.COL_INSPECTION, mode.Stretch)
        for column, width in ((m.COL_STATUS, 130), (m.COL_REASON, 130)):
            header.setSectionResizeMode(column, mode.Interactive)
            self.view.setColumnWidth(column, width)
        fit_header_texts(self.view)  # longer Hindi and Turkish titles shown whole

    # ------------------------------------------------------------------ services
    def set_service(self, service: ReturnsService) -> None:
        self._service = service
        self._service_runtime = None

    def service(self) -> ReturnsService | None:
        runtime = self.controller.runtime
        if runtime is not None and runtime is not self._service_runtime:
            self._service = runtime.returns
            self._service_runtime = runtime
        return self._service

    def _run(
        self, fn: Callable[..., T], *args: Any, on_done: Callable[[T], None], lane: str = LANE
    ) -> bool:
        if self.service() is None:
            self.state.set_state(self.tr("Not connected"), "off")
            return False
        self.state.set_state(self.tr("Working…"), "warn")
        self.tasks.run(
            fn, *args, on_done=on_done, on_error=self._on_task_error, lane=lane, owner=self
        )
        return True

    def _on_task_error(self, error: BaseException) -> None:
        message = describe_error(error)
        log.warning("returns: %s", message)
        self.state.set_state(message, "error")

    # ------------------------------------------------------------------ list
    def filters(self) -> ReturnFilter:
        def since(check: QtWidgets.QCheckBox, edit: QtWidgets.QDateEdit) -> datetime | None:
            if not check.isChecked():
                return None
            d = edit.date()
            return datetime(d.year(), d.month(), d.day(), tzinfo=UTC)

        return ReturnFilter(
            status=self.status_filter.currentData() or None,
            rma_id=self.rma_filter.text().strip() or None,
            reverse_tracking_id=self.tracking_filter.text().strip() or None,
            created_since=since(self.created_check, self.created_since),
            updated_after=since(self.updated_check, self.updated_since),
        )

    def activated(self) -> None:
        if not self._loaded_once and self.service() is not None:
            self.search()

    def search(self) -> None:
        self._tokens = [None]
        self._load()

    def next_page(self) -> None:
        if self._next_token:
            self._tokens.append(self._next_token)
            self._load()

    def previous_page(self) -> None:
        if len(self._tokens) > 1:
            self._tokens.pop()
            self._load()

    def _load(self) -> None:
        service = self.service()
        if service is None:
            return
        self._loaded_once = True
        self._run(
            _load_page,
            service,
            self.filters(),
            self._tokens[-1],
            self.page_size,
            on_done=self._on_page,
        )

    def _on_page(self, result: tuple[ReturnsPageData, dict[str, Inspection]]) -> None:
        page, inspections = result
        self._next_token = page.next_token
        self.model.set_returns([ReturnSummary.of(r) for r in page.returns], inspections)
        self._update_paging()
        if page.returns:
            self.state.set_state(self.tr("%n return(s)", "", len(page.returns)), "ok")
        elif page.next_token:
            # Amazon may answer an empty page before the end: say so, offer the next one.
            self.state.set_state(self.tr("Empty page; more on the next page"), "warn")
        else:
            self.state.set_state(self.tr("No returns match"), "ok")

    def _update_paging(self) -> None:
        self.prev_button.setEnabled(len(self._tokens) > 1)
        self.next_button.setEnabled(bool(self._next_token))
        self.page_label.setText(self.tr("Page %1").replace("%1", str(len(self._tokens))))

    # ------------------------------------------------------------------ one return
    def open_code(self, code: str) -> None:
        """Open the return a scanned code names."""
        service = self.service()
        code = code.strip()
        if service is None or not code:
            return
        self._run(_open, service, code, on_done=lambda r: self._on_opened(code, r))

    def handle_scan(self, code: str) -> bool:
        """A wedge scan while the page is shown: open the return it names."""
        self.open_code(code)
        return True

    def _on_opened(self, code: str, result: tuple[Return | None, Inspection | None]) -> None:
        ret, inspection = result
        if ret is None:
            self.state.set_state(
                self.tr("No return for %1: check the code or search by filters").replace(
                    "%1", code
                ),
                "error",
            )
            return
        self._show_detail(ret, inspection)
        row = self.model.row_of(ret.id)
        if row >= 0:
            self.view.selectRow(row)
        self.state.set_state(self.tr("Return %1 open").replace("%1", ret.id), "ok")
        self.outcome_combo.setFocus()

    def _on_view_current_changed(
        self, current: QtCore.QModelIndex, _prev: QtCore.QModelIndex
    ) -> None:
        if not current.isValid():
            return
        summary = self.model.summary_at(current.row())
        if self.current is not None and self.current.id == summary.id:
            return
        service = self.service()
        if service is None:
            return
        self._run(_open, service, summary.id, on_done=lambda r: self._on_opened(summary.id, r))

    def _show_detail(self, ret: Return | None, inspection: Inspection | None) -> None:
        self.current = ret
        has = ret is not None
        for button in (self.record_button, self.tag_button):
            button.setEnabled(has)
        for widget in (self.outcome_combo, self.units_spin, self.note_edit):
            widget.setEnabled(has)
        if ret is None:
            for label in self.detail_labels.values():
                label.setText("—")
            self.restock_button.setEnabled(False)
            return
        s = ReturnSummary.of(ret)
        values = {
            "id": self.tr("{0}  (RMA {1})").format(s.id, s.rma_id or "—"),
            "status": texts.return_status(s.status),
            "item": f"{s.sku} × {texts.count(s.units)}",
            "reason": texts.return_reason(s.reason),
            "shipment": s.shipment_id or "—",
            "order": s.order_id or "—",
            "tracking": f"{s.carrier} {s.reverse_tracking_id}".strip() or "—",
            "inspection": self._inspection_text(inspection),
        }
        for key, text in values.items():
            self.detail_labels[key].setText(text)
        self.units_spin.setRange(1, max(1, s.units))
        self.units_spin.setValue(max(1, s.units))
        self._update_restock(inspection)

    def _inspection_text(self, insp: Inspection | None) -> str:
        if insp is None:
            return self.tr("not inspected")
        when = texts.date_time(insp.inspected_at)
        outcome = ReturnsTableModel.inspection_text(insp)
        text = f"{outcome} · {texts.count(insp.units)} · {insp.packer} · {when}"
        return text + (f" · {insp.note}" if insp.note else "")

    def _update_restock(self, insp: Inspection | None) -> None:
        self.restock_button.setEnabled(
            insp is not None and insp.outcome is Outcome.SELLABLE and not insp.restocked
        )
        self.record_button.setEnabled(self.current is not None and not (insp and insp.restocked))

    def record_inspection(self) -> None:
        service, ret = self.service(), self.current
        if service is None or ret is None:
            return
        outcome = Outcome(self.outcome_combo.currentData())
        self._run(
            lambda: service.inspect(
                ret, outcome, units=self.units_spin.value(), note=self.note_edit.text()
            ),
            on_done=self._on_inspected,
        )

    def _on_inspected(self, insp: Inspection) -> None:
        self.model.set_inspection(insp)
        self.detail_labels["inspection"].setText(self._inspection_text(insp))
        self._update_restock(insp)
        self.note_edit.clear()
        self.state.set_state(
            self.tr("Inspection recorded: %1").replace("%1", insp.outcome.value.replace("_", " ")),
            "ok",
        )

    def restock(self) -> None:
        service, ret = self.service(), self.current
        if service is None or ret is None:
            return
        self.restock_button.setEnabled(False)
        self._run(service.restock, ret.id, on_done=self._on_restocked)

    def _on_restocked(self, result: RestockResult) -> None:
        service = self.service()
        self.state.set_state(
            self.tr("Restocked %1 × %2: Amazon now has %3")
            .replace("%1", result.sku)
            .replace("%2", texts.count(result.units))
            .replace("%3", texts.count(result.quantity)),
            "ok",
        )
        if service is not None:
            self._run(
                service.inspection,
                result.return_id,
                on_done=self._on_inspection_reloaded,
            )

    def _on_inspection_reloaded(self, insp: Inspection | None) -> None:
        if insp is None:  # restocked (said so), nothing recorded to show: not "Working…"
            self.state.set_state(self.tr("Restocked"), "ok")
            return
        self.model.set_inspection(insp)
        self.detail_labels["inspection"].setText(self._inspection_text(insp))
        self._update_restock(insp)
        self.state.set_state(self.tr("Restocked %n unit(s)", "", insp.restocked_units or 0), "ok")

    def print_tag(self) -> None:
        service, ret = self.service(), self.current
        if service is None or ret is None:
            return
        self._run(service.print_tag, ret, on_done=self._on_tag_printed, lane=LABEL_LANE)

    def _on_tag_printed(self, report: PrintReport) -> None:
        if report.printed:
            self.state.set_state(self.tr("Return tag printed"), "ok")
        else:
            text = report.state or report.job
            self.state.set_state(self.tr("Return tag: %1").replace("%1", text), "warn")

    def _on_scan_return_pressed(self) -> None:
        code = self.scan_edit.text()
        self.scan_edit.clear()
        self.open_code(code)

    def _on_controller_state_changed(self, state: str) -> None:
        if state == "ready" and self.isVisible():
            self.activated()

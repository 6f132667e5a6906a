"""The Inventory page: per location, the SKUs with Amazon's sellable and reserved quantities,
the quantity last pushed with its sequence number and time; edit, import a CSV, push what
changed, retry refused items, fetch to reconcile; low stock highlighted.

Every service call runs through the window's :class:`~packstation.gui.tasks.TaskRunner` on one
lane (``"inventory"``), so jobs run in the order the packer asked for them; the page only shows
results. The services are
built on the runtime holder's runtime (one runtime per window, never a second sandbox).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6 import QtCore, QtWidgets

from packstation.gui.models.inventory_model import InventoryTableModel
from packstation.gui.runtime_holder import describe_error, holder_of
from packstation.gui.widgets import IndicatorLabel, PageWidget, fit_header_texts, named
from packstation.services.inventory import (
    CsvRowErrors,
    InventoryError,
    InventoryService,
    ItemError,
    Position,
    PushReport,
    StockLevel,
)
from packstation.services.inventory_csv import CsvImport

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow
    from packstation.services.runtime import Runtime

log = logging.getLogger(__name__)

T = TypeVar("T")

#: One lane for the page's jobs: an edit is stored before the push that follows it is read.
LANE = "inventory"


def known_skus(runtime: Runtime, location_id: str) -> list[str]:
    """The SKUs this bench knows at ``location_id`` without a stock file: its catalogue (the
    sandbox's) and the SKUs of the queue's shipments from that location. Reads the whole queue:
    call it off the GUI thread."""
    skus: dict[str, None] = {}
    for sku in sorted(runtime.workflow.catalogue.values()):
        skus[sku] = None
    for shipment in runtime.queue.shipments:
        if shipment.location_id == location_id:
            for item in shipment.line_items:
                skus[item.merchant_sku] = None
    return list(skus)


def first_positions(
    service: InventoryService, runtime: Runtime, location_id: str | None
) -> tuple[list[Position], int, str]:
    """The location's positions; on a station that has none yet (first run), Amazon's levels of
    the SKUs it knows (:func:`known_skus`) are fetched first, so the page is never empty.

    Returns (positions, SKUs fetched, problem text or "").
    """
    positions = service.positions(location_id)
    if positions or runtime is None:
        return positions, 0, ""
    skus = known_skus(runtime, location_id or service.location_id)
    if not skus:
        return positions, 0, ""
    try:
        fetched, problem = len(service.fetch(skus, location_id)), ""
    except InventoryError as exc:  # the SKUs Amazon answered for are recorded
        fetched, problem = 0, str(exc)
    return service.positions(location_id), fetched, problem


def name_inner_edits(root: QtWidgets.QWidget) -> None:
    """Give the line edits inside spin boxes, date edits and editable combo boxes the names of
    their owners, and the line edits' clear buttons names of their own (automation and screen
    readers reach these inner widgets, not their owners)."""
    for edit in root.findChildren(QtWidgets.QLineEdit):
        owner = edit.parentWidget()
        if edit.accessibleName() or owner is None or not owner.objectName():
            continue
        if not edit.objectName() or edit.objectName().startswith("qt_"):
            edit.setObjectName(owner.objectName() + "Edit")
        edit.setAccessibleName(owner.accessibleName() or owner.objectName())
    for button in root.findChildren(QtWidgets.QToolButton):
        owner = button.parentWidget()
        if button.objectName() or not isinstance(owner, QtWidgets.QLineEdit):
            continue
        button.setObjectName(owner.objectName() + "Clear")  # the line edit's clear button
        button.setAccessibleName(QtCore.QCoreApplication.translate("Inventory", "Clear"))


class InventoryPage(PageWidget):
    """Inventory per location (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Inventory"), "inventoryPage")
        self.window_ = window
        self.tasks = window.tasks
        self.controller = holder_of(window)
        self._service: InventoryService | None = None
        self._service_runtime: Runtime | None = None
        self.refused: list[ItemError] = []
        self._pending_csv: Path | None = None
        self._busy = 0
        self._first_load_done = False
        self.model = InventoryTableModel(self)
        self.proxy = QtCore.QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(InventoryTableModel.COL_SKU)
        self.proxy.setFilterCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self.model.quantity_edited.connect(self._on_model_quantity_edited)
        self.controller.state_changed.connect(self._on_controller_state_changed)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        top = QtWidgets.QHBoxLayout()
        self.location_combo = named(QtWidgets.QComboBox(), "inventoryLocation", self.tr("Location"))
        self.location_combo.setEditable(True)
        self.location_combo.setMinimumWidth(160)
        self.search = named(QtWidgets.QLineEdit(), "inventorySearch", self.tr("Find SKU"))
        self.search.setPlaceholderText(self.tr("Find SKU"))
        self.search.setClearButtonEnabled(True)
        self.import_button = named(
            QtWidgets.QPushButton(self.tr("Import…")), "inventoryImport", self.tr("Import CSV")
        )
        self.push_button = named(
            QtWidgets.QPushButton(self.tr("Push changed")), "inventoryPush", self.tr("Push changed")
        )
        self.retry_button = named(
            QtWidgets.QPushButton(self.tr("Retry")),
            "inventoryRetry",
            self.tr("Retry refused items"),
        )
        self.fetch_button = named(
            QtWidgets.QPushButton(self.tr("Fetch")),
            "inventoryFetch",
            self.tr("Fetch quantities from Amazon"),
        )
        self.retry_button.setEnabled(False)
        self.search.setMinimumWidth(80)
        self.location_combo.setMinimumWidth(120)
        top.addWidget(QtWidgets.QLabel(self.tr("Location")))
        top.addWidget(self.location_combo)
        top.addWidget(self.search, 1)
        self.body.addLayout(top)
        actions = QtWidgets.QHBoxLayout()
        for button in (self.import_button, self.push_button, self.retry_button, self.fetch_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.body.addLayout(actions)

        add = QtWidgets.QHBoxLayout()
        self.sku_edit = named(QtWidgets.QLineEdit(), "inventorySkuEdit", self.tr("SKU to set"))
        self.sku_edit.setPlaceholderText(self.tr("SKU"))
        self.quantity_spin = named(
            QtWidgets.QSpinBox(), "inventoryQuantity", self.tr("Absolute quantity")
        )
        self.quantity_spin.setRange(0, 10_000_000)
        self.set_button = named(
            QtWidgets.QPushButton(self.tr("Set quantity")),
            "inventorySetQuantity",
            self.tr("Set quantity"),
        )
        self.threshold_spin = named(
            QtWidgets.QSpinBox(), "inventoryThreshold", self.tr("Low-stock threshold")
        )
        self.threshold_spin.setRange(0, 100_000)
        self.threshold_spin.setPrefix(self.tr("low under "))
        self.threshold_spin.setToolTip(self.tr("Low-stock threshold"))
        self.sku_edit.setMinimumWidth(80)
        add.addWidget(self.sku_edit, 1)
        add.addWidget(self.quantity_spin)
        add.addWidget(self.set_button)
        add.addStretch(1)
        add.addWidget(self.threshold_spin)
        self.body.addLayout(add)

        self.view = named(QtWidgets.QTableView(), "inventoryView", self.tr("Inventory positions"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QtWidgets.QAbstractItemView.EditTrigger.DoubleClicked
            | QtWidgets.QAbstractItemView.EditTrigger.EditKeyPressed
            | QtWidgets.QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(InventoryTableModel.COL_SKU, QtCore.Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(32)
        named(vertical, "inventoryRowHeader", self.tr("Inventory rows"))
        header = named(
            self.view.horizontalHeader(), "inventoryHeader", self.tr("Inventory columns")
        )
        header.setStretchLastSection(True)
        for column, width in ((0, 200), (1, 90), (2, 90), (3, 90), (4, 120), (5, 90), (6, 170)):
            self.view.setColumnWidth(column, width)
        fit_header_texts(self.view)  # longer Hindi and Turkish titles shown whole
        self.body.addWidget(self.view, 1)

        self.problems = named(
            QtWidgets.QListWidget(), "inventoryProblems", self.tr("Import and push problems")
        )
        self.problems.setMaximumHeight(120)
        self.problems.setVisible(False)
        self.body.addWidget(self.problems)
        problem_bar = QtWidgets.QHBoxLayout()
        self.apply_valid_button = named(
            QtWidgets.QPushButton(self.tr("Apply the valid rows, skip the bad ones")),
            "inventoryApplyValid",
            self.tr("Apply the valid rows and skip the bad ones"),
        )
        self.discard_button = named(
            QtWidgets.QPushButton(self.tr("Discard the import")),
            "inventoryDiscardImport",
            self.tr("Discard the import"),
        )
        self.apply_valid_button.setVisible(False)
        self.discard_button.setVisible(False)
        problem_bar.addStretch(1)
        problem_bar.addWidget(self.apply_valid_button)
        problem_bar.addWidget(self.discard_button)
        self.body.addLayout(problem_bar)

        bottom = QtWidgets.QHBoxLayout()
        self.counts_label = named(
            QtWidgets.QLabel(), "inventoryCounts", self.tr("Inventory counts")
        )
        self.state = IndicatorLabel("inventoryState", self.tr("Inventory state"))
        self.state.set_state(self.tr("Not connected"), "off")
        bottom.addWidget(self.counts_label, 1)
        bottom.addWidget(self.state)
        self.body.addLayout(bottom)

        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.push_button.clicked.connect(self.push_changed)
        self.retry_button.clicked.connect(self.retry_refused)
        self.fetch_button.clicked.connect(self.fetch)
        self.set_button.clicked.connect(self._on_set_clicked)
        self.sku_edit.returnPressed.connect(self._on_set_clicked)
        self.apply_valid_button.clicked.connect(self._on_apply_valid_clicked)
        self.discard_button.clicked.connect(self._clear_problems)
        self.location_combo.activated.connect(lambda _i: self.reload())
        self.threshold_spin.editingFinished.connect(self._on_threshold_edited)
        self._update_counts()
        name_inner_edits(self)

    # ------------------------------------------------------------------ services
    def set_service(self, service: InventoryService) -> None:
        """Use ``service`` (tests, or a caller that built it already) and load."""
        self._service = service
        self._service_runtime = None
        self._fill_locations()
        self.reload()

    def service(self) -> InventoryService | None:
        runtime = self.controller.runtime
        if runtime is not None and runtime is not self._service_runtime:
            self._service = runtime.inventory
            self._service_runtime = runtime
            self._fill_locations()
        return self._service

    def location(self) -> str:
        return self.location_combo.currentText().strip()

    def _fill_locations(self) -> None:
        service = self._service
        if service is None:
            return
        self.threshold_spin.setValue(service.low_stock_threshold)
        current = self.location() or service.location_id
        self.location_combo.clear()
        for loc in dict.fromkeys([service.location_id, *service.db.inventory.locations()]):
            if loc:
                self.location_combo.addItem(loc)
        if current:
            self.location_combo.setCurrentText(current)

    def _run(
        self,
        fn: Callable[..., T],
        *args: Any,
        on_done: Callable[[T], None],
        lane: str = LANE,
        **kwargs: Any,
    ) -> bool:
        service = self.service()
        if service is None:
            self.state.set_state(self.tr("Not connected"), "off")
            return False
        self._set_busy(True)

        def done(result: T) -> None:
            self._set_busy(False)
            on_done(result)

        self.tasks.run(
            fn,
            *args,
            on_done=done,
            on_error=self._on_task_error,
            lane=lane,
            owner=self,
            **kwargs,
        )
        return True

    def _set_busy(self, busy: bool) -> None:
        self._busy = max(0, self._busy + (1 if busy else -1))
        idle = self._busy == 0
        for button in (self.push_button, self.fetch_button, self.import_button):
            button.setEnabled(idle)
        self.retry_button.setEnabled(idle and bool(self.refused))
        if not idle:
            self.state.set_state(self.tr("Working…"), "warn")

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _on_task_error(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, CsvRowErrors):
            self._show_csv_errors(error)
            return
        message = describe_error(error)
        log.warning("inventory: %s", message)
        self.state.set_state(message, "error")

    # ------------------------------------------------------------------ actions
    def activated(self) -> None:
        service = self.service()
        if service is None:
            return
        if self._first_load_done:
            self.reload()
            return
        # First time shown with a connection: a new station has no positions yet; show
        # Amazon's levels of the SKUs the bench knows instead of an empty table.
        self._first_load_done = True
        self._run(
            first_positions,
            service,
            self.controller.runtime,
            self.location() or None,
            on_done=self._on_first_positions,
        )

    def _on_first_positions(self, result: tuple[list[Position], int, str]) -> None:
        positions, fetched, problem = result
        message: tuple[str, str] | None = None
        if problem:
            message = (problem, "warn")
        elif fetched:
            message = (self.tr("Fetched %n SKU(s) from Amazon", "", fetched), "ok")
        self._on_positions(positions, message)

    def reload(self, message: tuple[str, str] | None = None) -> None:
        """Re-read the positions; ``message`` (text, level) is shown once they are in."""
        service = self.service()
        if service is None:
            return
        loc = self.location()
        self._run(
            service.positions,
            loc or None,
            on_done=lambda positions: self._on_positions(positions, message),
        )

    def _on_positions(
        self, positions: list[Position], message: tuple[str, str] | None = None
    ) -> None:
        self.model.set_positions(positions)
        self._update_counts()
        low = len(self.model.low_stock())
        if message is not None:
            self.state.set_state(*message)
        elif low:
            self.state.set_state(self.tr("%n SKU(s) low on stock", "", low), "warn")
        else:
            self.state.set_state(self.tr("Ready"), "ok")

    def set_quantity(self, sku: str, quantity: int) -> None:
        service = self.service()
        if service is None:
            return
        self._run(
            service.set_quantity,
            sku,
            quantity,
            self.location() or None,
            on_done=lambda _r: self.reload(
                (
                    self.tr("%1 set to %2; push to send it")
                    .replace("%1", sku)
                    .replace("%2", str(quantity)),
                    "ok",
                )
            ),
        )

    def import_csv(self, path: Path | str, *, skip_bad_rows: bool = False) -> None:
        """Import a CSV; with bad rows nothing is applied and each row's error is listed."""
        service = self.service()
        if service is None:
            return
        self._clear_problems()
        self._pending_csv = Path(path)
        self._run(
            service.import_csv,
            Path(path),
            location_id=self.location() or None,
            skip_bad_rows=skip_bad_rows,
            on_done=self._on_imported,
        )

    def _on_imported(self, result: CsvImport) -> None:
        self._pending_csv = None if not result.errors else self._pending_csv
        skipped = len(result.errors)
        text = self.tr("Imported %n row(s)", "", len(result.rows))
        if skipped:
            text += self.tr(", skipped %n bad row(s)", "", skipped)
        self.problems.clear()
        for error in result.errors:
            self.problems.addItem(self.tr("Skipped: %1").replace("%1", str(error)))
        self.problems.setVisible(bool(skipped))
        self.apply_valid_button.setVisible(False)
        self.discard_button.setVisible(False)
        self.reload((text, "warn" if skipped else "ok"))

    def _show_csv_errors(self, error: CsvRowErrors) -> None:
        self.problems.clear()
        for row_error in error.errors:
            self.problems.addItem(str(row_error))
        self.problems.setVisible(True)
        self.apply_valid_button.setVisible(bool(error.result.rows))
        self.discard_button.setVisible(True)
        self.state.set_state(str(error), "error")

    def _clear_problems(self) -> None:
        self.problems.clear()
        self.problems.setVisible(False)
        self.apply_valid_button.setVisible(False)
        self.discard_button.setVisible(False)

    def push_changed(self) -> None:
        service = self.service()
        if service is None:
            return
        self._run(service.push, self.location() or None, on_done=self._on_pushed)

    def retry_refused(self) -> None:
        service = self.service()
        if service is None or not self.refused:
            return
        self._run(service.retry, list(self.refused), on_done=self._on_pushed)

    def _on_pushed(self, report: PushReport) -> None:
        self.refused = [e for e in report.errors if e.retryable]
        self.retry_button.setEnabled(bool(self.refused))
        self.problems.clear()
        for err in report.errors:
            self.problems.addItem(str(err))
        self.problems.setVisible(bool(report.errors))
        self.reload((report.summary(), "error" if report.errors else "ok"))

    def fetch(self) -> None:
        """Fetch the selected SKUs (or all of the location) from Amazon."""
        service = self.service()
        if service is None:
            return
        skus = sorted(
            {
                str(self.proxy.data(index, QtCore.Qt.ItemDataRole.UserRole))
                for index in self.view.selectionModel().selectedRows()
            }
        ) or [p.sku for p in self.model.positions()]
        if not skus:
            self.state.set_state(
                self.tr("No SKUs to fetch: set or import quantities first"), "warn"
            )
            return
        self._run(service.fetch, skus, self.location() or None, on_done=self._on_fetched)

    def _on_fetched(self, levels: list[StockLevel]) -> None:
        self.reload((self.tr("Fetched %n SKU(s) from Amazon", "", len(levels)), "ok"))

    # ------------------------------------------------------------------ slots
    def _on_controller_state_changed(self, state: str) -> None:
        if state == "ready" and self.isVisible():
            self.activated()

    def _on_model_quantity_edited(self, sku: str, quantity: int) -> None:
        self.set_quantity(sku, quantity)

    def _on_set_clicked(self) -> None:
        sku = self.sku_edit.text().strip()
        if not sku:
            self.state.set_state(self.tr("Type or scan a SKU first"), "warn")
            return
        self.set_quantity(sku, self.quantity_spin.value())
        self.sku_edit.clear()

    def _on_import_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Import stock CSV"), "", self.tr("CSV files (*.csv *.txt)")
        )
        if path:
            self.import_csv(path)

    def _on_apply_valid_clicked(self) -> None:
        if self._pending_csv is not None:
            self.import_csv(self._pending_csv, skip_bad_rows=True)

    def _on_threshold_edited(self) -> None:
        service = self.service()
        if service is not None and service.low_stock_threshold != self.threshold_spin.value():
            service.low_stock_threshold = self.threshold_spin.value()
            self.reload()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        changed = self.model.changed_count()
        low = len(self.model.low_stock())
        self.counts_label.setText(
            self.tr("%1 SKUs · %2 to push · %3 low on stock")
            .replace("%1", str(total))
            .replace("%2", str(changed))
            .replace("%3", str(low))
        )

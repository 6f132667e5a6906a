"""The Pack page: scan-to-verify, serials, cues, packages, finish to a printed label.

The packing logic is :class:`~packstation.services.packing.PackingSession` (pure, in memory),
so a scan is applied on the GUI thread in microseconds; everything with I/O (journaling the
scan, re-reading the shipment, finishing, printing) goes through the pack controller, which
runs it on the task runner. Keyboard only: the scan field has the focus, Enter submits, F12 or
Ctrl+Enter (or the ``PS:FINISH`` action barcode) finishes, F6 starts another package, F4 jumps to
the weight (Tab goes on to the dimensions).

What belongs to a package or a shipment (weight and where it came from, dimensions, box, Self
Ship carrier and tracking ids) lives in the :class:`PackingSession`; the fields show it and are
refilled from it whenever another shipment or package is shown, so nothing carries over. The
scale's readings reach the session (:meth:`PackingSession.observe_scale`), which takes only a
fresh stable weight put on the platter after its package was started.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING, ParamSpec

from PySide6 import QtCore, QtGui, QtWidgets

from packstation.devices import barcodes
from packstation.devices.barcodes import ScanKind
from packstation.devices.weight import Reading, ScaleState
from packstation.domain.pack_state import Action, Event, PackState
from packstation.domain.shipments import Shipment, ShippingOptions
from packstation.domain.tracking import (
    carrier_display_name,
    repeated_tracking_ids,
    self_ship_tracking,
    split_tracking_ids,
)
from packstation.gui import gc_guard, texts
from packstation.gui.invoice_view import InvoiceView
from packstation.gui.models.pack_lines import PackLine, PackLinesModel
from packstation.gui.models.queue import QueueRow
from packstation.gui.pack_controller import pack_controller_of
from packstation.gui.pages.queue import QueuePage
from packstation.gui.pdf import warm_up as warm_up_pdf
from packstation.gui.runtime_holder import holder_of
from packstation.gui.sounds import Sounds
from packstation.gui.widgets import (
    AfterPaint,
    FittingScrollArea,
    IndicatorLabel,
    LayoutShield,
    PageWidget,
    fit_header_texts,
    follow_text_direction,
    forward_triangle,
    ltr,
    named,
    sentence,
)
from packstation.services.packing import (
    DEFAULT_BOX_PRESETS,
    Cue,
    CueKind,
    PackingError,
    PackingSession,
    Refusal,
    ScanClass,
    ScanOutcome,
    SerialProblem,
    WeightSource,
    typed_weight,
)
from packstation.services.workflow import (
    FailureKind,
    FinishResult,
    FinishStep,
    NoteKind,
    StepNote,
)

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow

log = logging.getLogger(__name__)

_P = ParamSpec("_P")

#: the packer's title of each step of services.workflow.FinishStep (English; translated when shown)
FINISH_STEP_TITLES: dict[FinishStep, object] = {
    FinishStep.CONFIRM: QtCore.QT_TRANSLATE_NOOP("PackPage", "Confirm shipment"),
    FinishStep.CREATE_PACKAGES: QtCore.QT_TRANSLATE_NOOP("PackPage", "Create packages"),
    FinishStep.SHIPPING_OPTIONS: QtCore.QT_TRANSLATE_NOOP("PackPage", "Shipping options"),
    FinishStep.INVOICE: QtCore.QT_TRANSLATE_NOOP("PackPage", "Invoice"),
    FinishStep.LABELS: QtCore.QT_TRANSLATE_NOOP("PackPage", "Generate label"),
    FinishStep.DOWNLOAD: QtCore.QT_TRANSLATE_NOOP("PackPage", "Download label"),
    FinishStep.PRINT: QtCore.QT_TRANSLATE_NOOP("PackPage", "Print label"),
    FinishStep.SHIPPED: QtCore.QT_TRANSLATE_NOOP("PackPage", "Mark shipped"),
    FinishStep.DONE: QtCore.QT_TRANSLATE_NOOP("PackPage", "Done"),
}
REJECT_REASONS = ("OUT_OF_STOCK", "CUSTOMER_REQUESTED")


def _line_edit(name: str, accessible: str, placeholder: str = "") -> QtWidgets.QLineEdit:
    edit = named(QtWidgets.QLineEdit(), name, accessible)
    edit.setPlaceholderText(placeholder)
    return edit


class RejectDialog(QtWidgets.QDialog):
    """Choose the reason and the lines (with quantities) to reject."""

    def __init__(self, session: PackingSession, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Reject shipment {0}").format(session.shipment_id))
        self.setAccessibleName(self.tr("Reject shipment"))
        layout = QtWidgets.QFormLayout(self)
        self.reason = named(QtWidgets.QComboBox(), "rejectReason", self.tr("Reason"))
        self.reason.addItem(self.tr("Out of stock"), "OUT_OF_STOCK")
        self.reason.addItem(self.tr("Customer requested"), "CUSTOMER_REQUESTED")
        layout.addRow(self.tr("Reason"), self.reason)
        self.quantities: dict[str, QtWidgets.QSpinBox] = {}
        layout.addRow(QtWidgets.QLabel(self.tr("Units to reject:")))
        for line in session.lines.values():
            spin = named(
                QtWidgets.QSpinBox(),
                f"rejectQuantity{line.line_id}",
                self.tr("Units of {0} to reject").format(line.sku),
            )
            spin.setRange(0, line.expected)
            spin.setValue(line.expected)
            self.quantities[line.line_id] = spin
            layout.addRow(line.sku, spin)
        # Out of stock: the shelf count is wrong, so offer to correct the SKU's inventory at
        # Amazon right away (otherwise the next order for the SKU is sold and rejected again).
        self.correction = named(
            QtWidgets.QGroupBox(self.tr("Correct the inventory at Amazon")),
            "stockCorrection",
            self.tr("Correct the inventory at Amazon"),
        )
        self.correction.setCheckable(True)
        self.correction.setChecked(True)
        correction_form = QtWidgets.QFormLayout(self.correction)
        correction_form.addRow(
            QtWidgets.QLabel(self.tr("Units of each SKU left on the shelf (sellable):"))
        )
        self.on_hand: dict[str, QtWidgets.QSpinBox] = {}
        for index, sku in enumerate(sorted({line.sku for line in session.lines.values()})):
            spin = named(
                QtWidgets.QSpinBox(),
                f"stockOnHand{index}",
                self.tr("Units of {0} on the shelf").format(sku),
            )
            spin.setRange(0, 1_000_000)
            spin.setValue(0)
            self.on_hand[sku] = spin
            correction_form.addRow(sku, spin)
        layout.addRow(self.correction)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        named(ok, "rejectConfirm", self.tr("Reject"))
        ok.setText(self.tr("Reject"))
        named(
            buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel),
            "rejectCancel",
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _reason_changed(self) -> None:
        self.correction.setVisible(self.reason.currentData() == "OUT_OF_STOCK")

    def chosen(self) -> tuple[str, dict[str, int]]:
        lines = {lid: spin.value() for lid, spin in self.quantities.items() if spin.value() > 0}
        return str(self.reason.currentData()), lines

    def stock_correction(self) -> dict[str, int]:
        """SKU -> units on the shelf to push, when the packer asked for a correction."""
        if self.reason.currentData() != "OUT_OF_STOCK" or not self.correction.isChecked():
            return {}
        return {sku: spin.value() for sku, spin in self.on_hand.items()}


class ShippingOptionDialog(QtWidgets.QDialog):
    """Choose one of the channel's shipping options (carrier, pickup or drop-off, window).

    Amazon's recommendation is selected; Enter takes the selection, Esc declines.
    """

    def __init__(
        self,
        shipment_id: str,
        options: list[ShippingOptions],
        recommended: ShippingOptions | None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shippingOptionDialog")
        self.setWindowTitle(self.tr("Shipping option for {0}").format(shipment_id))
        self.setAccessibleName(self.tr("Choose a shipping option"))
        self.setMinimumWidth(600)
        self.options = list(options)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(QtWidgets.QLabel(self.tr("Choose how this shipment leaves:")))
        self.list = named(QtWidgets.QListWidget(), "shippingOptions", self.tr("Shipping options"))
        recommended_id = None if recommended is None else recommended.shipping_option_id
        selected = 0
        for index, option in enumerate(self.options):
            text = self.describe(option)
            if option.shipping_option_id == recommended_id:
                text += "  " + self.tr("(recommended)")
                selected = index
            self.list.addItem(text)
        self.list.setCurrentRow(selected)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        named(ok, "shippingOptionConfirm", self.tr("Use this option"))
        ok.setText(self.tr("Use this option"))
        ok.setMinimumWidth(ok.sizeHint().width() + 32)
        named(
            buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel),
            "shippingOptionCancel",
            self.tr("Cancel"),
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setFocus()

    def describe(self, option: ShippingOptions) -> str:
        carrier = option.carrier_name or option.shipping_option_id
        slot = option.time_slot or option.pickup_window
        if slot is None:
            return str(carrier)
        method = str(slot.handover_method or "")
        how = {
            "PICKUP": self.tr("picked up"),
            "DROPOFF": self.tr("drop off"),
        }.get(method, self.tr("window"))
        start = slot.start_time.astimezone()
        end = slot.end_time.astimezone()
        # The day and month in the packer's language and digits (not strftime's English).
        return self.tr("{0}: {1} {2} {3}–{4}").format(
            carrier,
            how,
            texts.day_and_date(start),
            texts.time_of_day(start),
            texts.time_of_day(end),
        )

    def chosen(self) -> ShippingOptions | None:
        row = self.list.currentRow()
        return self.options[row] if 0 <= row < len(self.options) else None


class PackPage(PageWidget):
    """The packing screen.

    Signals:
        scan_handled(str, bool): a scan was applied (code, accepted) and the screen shows it.
        finished(object): the finish chain ended with printed labels (the ``FinishResult``).
        state_changed(str): the new :class:`~packstation.domain.pack_state.PackState`
            (``idle``, ``opening``, ``packing``, ``finishing``, ``printed``, ``failed``,
            ``cancelled``). The page moves only through that module's table (``_move``) and
            asks it (``state.allows(Action...)``) before it acts and to enable its buttons.
        session_shown(str): a shipment the controller opened is on screen, ready to scan.
        invoice_shown(str): a finished shipment's invoice is in the preview (the pass after
            ``finished``).
    """

    scan_handled = QtCore.Signal(str, bool)
    finished = QtCore.Signal(object)
    state_changed = QtCore.Signal(str)
    session_shown = QtCore.Signal(str)
    invoice_shown = QtCore.Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Pack"), "packPage")
        self.window_ = window
        self.controller = pack_controller_of(window)
        self.holder = holder_of(window)
        self.sounds = Sounds(window.tasks, parent=self)
        self.session: PackingSession | None = None
        self._unjournaled: list[tuple[PackingSession, ScanOutcome]] = []
        self._after_paint = AfterPaint(self._journal_scans, self)
        self._opened: PackingSession | None = None
        self._side_pending = False
        self._side_timer = QtCore.QTimer(self)
        self._side_timer.setSingleShot(True)
        self._side_timer.setInterval(0)
        self._side_timer.timeout.connect(self._show_side_now)
        self._show_opened = QtCore.QTimer(self)
        self._show_opened.setSingleShot(True)
        self._show_opened.setInterval(0)
        self._show_opened.timeout.connect(self._on_show_opened)
        # The invoice of a finished shipment is parsed (PDFium, 2-3 ms) in the pass after the
        # one that shows "Label printed", so neither pass is a long one.
        self._invoice_timer = QtCore.QTimer(self)
        self._invoice_timer.setSingleShot(True)
        self._invoice_timer.setInterval(0)
        self._invoice_timer.timeout.connect(self._show_finished_invoice)
        self.state = PackState.IDLE
        self._step_items: dict[str, QtWidgets.QListWidgetItem] = {}
        self._pending_correction: tuple[str, dict[str, int]] | None = None
        self.last_result: FinishResult | None = None
        self.refused = 0
        self._shown_package: tuple[str, str] | None = None
        #: the item barcode that opened the shipment being opened (its first unit)
        self._opening_code: str | None = None
        #: the code last refused as unknown (the journal may know it as a finished shipment)
        self._unknown_code: str | None = None
        #: the auto-finish countdown: seconds left (None: not counting)
        self._countdown_left: int | None = None
        self._countdown = QtCore.QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown_tick)
        self.lines_model = PackLinesModel(self)
        self._build()
        self._connect()
        self._show_session()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        split = QtWidgets.QHBoxLayout()
        self.body.addLayout(split, 1)
        left = QtWidgets.QVBoxLayout()
        split.addLayout(left, 5)
        # The side panel scrolls rather than forcing a tall window on small screens.
        side = QtWidgets.QWidget()
        side.setObjectName("packSidePanel")
        right = QtWidgets.QVBoxLayout(side)
        right.setContentsMargins(0, 0, 0, 0)
        scroller = named(FittingScrollArea(), "packSideScroll", self.tr("Packages and finish"))
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(side)
        split.addWidget(scroller, 4)

        # The page keeps its geometry from one shipment to the next: the header reserves two
        # lines and the cues banner three, the banner stays (muted) when there is nothing to
        # heed and the Self Ship box keeps its place. Opening a shipment then repaints the texts
        # that changed instead of laying out and repainting the whole page (10-15 ms of the GUI
        # thread), and Finish is always in the same spot under the packer's eye.
        self.header = named(QtWidgets.QLabel(), "shipmentHeader", self.tr("Shipment"))
        self.header.setWordWrap(True)
        left.addWidget(LayoutShield(self.header, 2, most=3))
        self.cues = named(QtWidgets.QLabel(), "cuesBanner", self.tr("Packing cues"))
        self.cues.setWordWrap(True)
        self.cues.setProperty("cues", "none")
        # Three lines: gift wrap, a gift message and a hazmat label fit without moving the
        # lines table when such a shipment is opened.
        left.addWidget(LayoutShield(self.cues, 3, most=6))

        self.scan_input = _line_edit(
            "scanInput",
            self.tr("Scan field"),
            self.tr("Scan item, serial, shipment or action"),
        )
        self.scan_input.setMinimumHeight(56)
        follow_text_direction(self.scan_input)  # a barcode from the left, Arabic from the right
        self.scan_input.setProperty("feedback", "")
        left.addWidget(LayoutShield(self.scan_input))
        self.feedback = named(QtWidgets.QLabel(), "scanFeedback", self.tr("Scan result"))
        self.feedback.setWordWrap(True)
        # Styled by bench.qss through its "feedback" property (no per-scan style sheet). Two
        # lines are always reserved and the texts a scan changes sit in layout shields, so a
        # scan repaints the label and its line, not the page.
        self.feedback.setProperty("feedback", "")
        left.addWidget(LayoutShield(self.feedback, 2, most=4))

        self.lines_view = named(QtWidgets.QTableView(), "packLinesView", self.tr("Shipment lines"))
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.lines_view.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.verticalHeader().setDefaultSectionSize(48)
        header = named(self.lines_view.horizontalHeader(), "packLinesHeader", self.tr("Columns"))
        named(self.lines_view.verticalHeader(), "packLinesRowHeader", self.tr("Lines"))
        # The item column (SKU and product title) takes the room; the others keep their width.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        # The column titles do not follow the selected line (no bold titles): with the table's
        # selection the header repaints at every selection change (the first scan of a line).
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setSelectionModel(QtCore.QItemSelectionModel(self.lines_model, header))
        # The counts and the serials' "2/3" are short: their columns are as wide as their
        # content (a 13-digit barcode, "10", "2/3") or their title's longest word, whichever is
        # wider, in a smaller title font, so the item column keeps the room for the SKU and
        # title in every language (in Arabic at 1280x800 it was left ~70 px and cut the SKUs).
        header.setStyleSheet("QHeaderView::section { font-size: 10pt; padding: 4px 3px; }")
        self.lines_view.ensurePolished()
        barcode = self.lines_view.fontMetrics().horizontalAdvance("8" * 13) + 16
        for column, width in ((1, barcode), (2, 48), (3, 48), (4, 48), (5, 72)):
            self.lines_view.setColumnWidth(column, width)
        fit_header_texts(self.lines_view)  # longer Hindi and Turkish titles shown whole
        left.addWidget(self.lines_view, 1)
        self.counters = named(QtWidgets.QLabel(), "scanCounters", self.tr("Scan counters"))
        left.addWidget(LayoutShield(self.counters))

        # --- packages
        packages = QtWidgets.QGroupBox(self.tr("Packages"))
        packages.setObjectName("packagesGroup")
        form = QtWidgets.QGridLayout(packages)
        self.package_selector = named(QtWidgets.QComboBox(), "packageSelector", self.tr("Package"))
        self.add_package_button = named(
            QtWidgets.QPushButton(self.tr("New package (F6)")),
            "addPackageButton",
            self.tr("New package"),
        )
        self.box_preset = named(QtWidgets.QComboBox(), "boxPreset", self.tr("Box preset"))
        self.recommended_button = named(
            QtWidgets.QPushButton(self.tr("Use recommended")),
            "useRecommendedButton",
            self.tr("Use Amazon's recommended packages"),
        )
        # Not a QDoubleValidator: it follows the UI locale, so under Turkish "0.8" (a group
        # separator there) was never accepted and under Arabic (decimal "٫") it became "08",
        # 8 kg. A point or a comma, as typed_weight reads them, in every language.
        positive = QtGui.QRegularExpressionValidator(
            QtCore.QRegularExpression(r"\d{0,6}(?:[.,]\d{0,3})?"), self
        )
        self.length_input = _line_edit("lengthInput", self.tr("Length in cm"), self.tr("L cm"))
        self.width_input = _line_edit("widthInput", self.tr("Width in cm"), self.tr("W cm"))
        self.height_input = _line_edit("heightInput", self.tr("Height in cm"), self.tr("H cm"))
        self.weight_input = _line_edit("weightInput", self.tr("Weight in kg"), self.tr("kg"))
        for edit in (self.length_input, self.width_input, self.height_input, self.weight_input):
            edit.setValidator(positive)
        self.weight_display = named(
            IndicatorLabel("weightDisplay", self.tr("Weight")), "weightDisplay", self.tr("Weight")
        )
        self.package_contents = named(
            QtWidgets.QLabel(), "packageContents", self.tr("Package contents")
        )
        self.package_contents.setWordWrap(True)
        for widget in (self.package_selector, self.box_preset):
            widget.setSizeAdjustPolicy(
                QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(8)
        form.addWidget(self.package_selector, 0, 0, 1, 2)
        form.addWidget(self.add_package_button, 0, 2, 1, 2)
        form.addWidget(self.box_preset, 1, 0, 1, 2)
        form.addWidget(self.recommended_button, 1, 2, 1, 2)
        dims = QtWidgets.QHBoxLayout()
        for edit in (self.length_input, self.width_input, self.height_input):
            dims.addWidget(edit)
        form.addWidget(QtWidgets.QLabel(self.tr("L × W × H (cm)")), 2, 0)
        form.addLayout(dims, 2, 1, 1, 3)
        form.addWidget(QtWidgets.QLabel(self.tr("Weight (kg)")), 3, 0)
        form.addWidget(self.weight_input, 3, 1)
        # The weight and where it came from beside the field (one row less: the invoice below
        # fits a 1280x800 screen).
        self.weight_display.setWordWrap(True)
        form.addWidget(LayoutShield(self.weight_display, 2, most=4), 3, 2, 1, 2)
        form.addWidget(LayoutShield(self.package_contents, most=4), 4, 0, 1, 4)
        right.addWidget(packages)

        # --- self ship
        self.self_ship_box = QtWidgets.QGroupBox(self.tr("Self Ship: your carrier"))
        self.self_ship_box.setObjectName("selfShipGroup")
        ship_form = QtWidgets.QHBoxLayout(self.self_ship_box)
        self.carrier_input = _line_edit("carrierInput", self.tr("Carrier"))
        self.tracking_input = _line_edit(
            "trackingInput",
            self.tr("Tracking id"),
            self.tr("one per package, in package order"),
        )
        self.carrier_input.setPlaceholderText(self.tr("carrier"))
        self.tracking_input.setPlaceholderText(self.tr("tracking id: scan the carrier's label"))
        ship_form.addWidget(self.carrier_input, 1)
        ship_form.addWidget(self.tracking_input, 2)
        retain = self.self_ship_box.sizePolicy()
        retain.setRetainSizeWhenHidden(True)
        self.self_ship_box.setSizePolicy(retain)
        right.addWidget(self.self_ship_box)

        # --- actions
        buttons = QtWidgets.QGridLayout()
        self.finish_button = named(
            QtWidgets.QPushButton(self.tr("Finish (F12)")), "finishButton", self.tr("Finish")
        )
        self.finish_button.setMinimumHeight(48)
        self.reprint_button = named(
            QtWidgets.QPushButton(self.tr("Reprint (Ctrl+P)")),
            "reprintButton",
            self.tr("Reprint label"),
        )
        self.reject_button = named(
            QtWidgets.QPushButton(self.tr("Reject…")), "rejectButton", self.tr("Reject shipment")
        )
        self.aside_button = named(
            QtWidgets.QPushButton(self.tr("Put aside")), "putAsideButton", self.tr("Put aside")
        )
        buttons.addWidget(self.finish_button, 0, 0, 1, 3)
        buttons.addWidget(self.reprint_button, 1, 0)
        buttons.addWidget(self.reject_button, 1, 1)
        buttons.addWidget(self.aside_button, 1, 2)
        right.addLayout(buttons)

        self.finish_state = IndicatorLabel("finishState", self.tr("Finish state"))
        right.addWidget(LayoutShield(self.finish_state))
        self.stock_state = IndicatorLabel("stockCorrectionState", self.tr("Inventory correction"))
        self.stock_state.setWordWrap(True)
        self.stock_state.hide()
        right.addWidget(self.stock_state)
        self.steps = named(QtWidgets.QListWidget(), "finishSteps", self.tr("Finish steps"))
        self.steps.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.steps.setMinimumHeight(110)
        # Shown all the time: a scroll bar that comes with the 7th step and goes with the next
        # shipment's first lays the list out and repaints it twice per shipment.
        self.steps.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

        # Fit to width (an A4 invoice is legible in the side panel), zoom by keys, and a muted
        # "No invoice" rather than the previous shipment's page.
        self.invoice_view = InvoiceView()
        self.invoice_view.setObjectName("invoicePreview")
        self.invoice_view.setMinimumHeight(180)
        self.pdf = self.invoice_view.document
        # Steps and invoice share one place, so both fit a 1280x800 screen without scrolling:
        # the steps while finishing, the invoice once it is there.
        self.finish_tabs = named(
            QtWidgets.QTabWidget(), "finishTabs", self.tr("Finish steps and invoice")
        )
        self.finish_tabs.setDocumentMode(True)
        self.finish_tabs.tabBar().setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.finish_tabs.addTab(self.steps, self.tr("Steps"))
        self.finish_tabs.addTab(self.invoice_view, self.tr("Invoice"))
        right.addWidget(self.finish_tabs, 1)
        # PDFium's first load and render (10-50 ms) happens now, not after the first finish.
        QtCore.QTimer.singleShot(0, self, warm_up_pdf)

        self.cancelled_box = QtWidgets.QMessageBox(self)
        self.cancelled_box.setObjectName("cancelledDialog")
        self.cancelled_box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
        self.cancelled_box.setWindowModality(QtCore.Qt.WindowModality.ApplicationModal)
        self.cancelled_box.setWindowTitle(self.tr("Shipment cancelled"))
        self.cancelled_box.setAccessibleName(self.tr("Shipment cancelled"))

        self._watch = QtCore.QTimer(self)
        self._watch.setInterval(20_000)
        self._watch.timeout.connect(self._on_watch_timeout)

        #: what each button and field does, so the state table says when it is on
        self._action_widgets: tuple[tuple[QtWidgets.QWidget, Action], ...] = (
            (self.finish_button, Action.FINISH),
            (self.aside_button, Action.PUT_ASIDE),
            (self.reprint_button, Action.REPRINT),
            (self.add_package_button, Action.EDIT_PACKAGE),
            (self.package_selector, Action.EDIT_PACKAGE),
            (self.box_preset, Action.EDIT_PACKAGE),
            (self.length_input, Action.EDIT_PACKAGE),
            (self.width_input, Action.EDIT_PACKAGE),
            (self.height_input, Action.EDIT_PACKAGE),
            (self.weight_input, Action.SET_WEIGHT),
            (self.carrier_input, Action.EDIT_PACKAGE),
            (self.tracking_input, Action.EDIT_PACKAGE),
        )

        # A packer's order: scan, weight, dimensions (then the Self Ship fields).
        chain = [
            self.scan_input,
            self.weight_input,
            self.length_input,
            self.width_input,
            self.height_input,
            self.carrier_input,
            self.tracking_input,
            self.finish_button,
        ]
        for first, second in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)
        for keys, slot in (
            (("F12", "Ctrl+Return", "Ctrl+Enter"), self.finish),
            (("F6",), self.add_package),
            (("Ctrl+P",), self.reprint),
            (("F2",), self._focus_scan),
            (("F4",), self._focus_weight),
            (("Ctrl+I",), self.print_invoice),
            (("Esc",), self.stop_countdown),
        ):
            for key in keys:
                shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
                shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    def _connect(self) -> None:
        self.scan_input.returnPressed.connect(self._on_scan_input_return_pressed)
        self.finish_button.clicked.connect(self.finish)
        self.reprint_button.clicked.connect(self.reprint)
        self.reject_button.clicked.connect(self.ask_reject)
        self.aside_button.clicked.connect(self.put_aside)
        self.add_package_button.clicked.connect(self.add_package)
        self.recommended_button.clicked.connect(self.use_recommended)
        self.package_selector.activated.connect(self._on_package_selector_activated)
        self.box_preset.activated.connect(self._on_box_preset_activated)
        for edit in (self.length_input, self.width_input, self.height_input):
            edit.editingFinished.connect(self._apply_dimensions)
        self.weight_input.editingFinished.connect(self._apply_weight)
        self.carrier_input.editingFinished.connect(self._apply_self_ship)
        self.tracking_input.editingFinished.connect(self._apply_self_ship)
        c = self.controller
        c.shipment_opened.connect(self._on_shipment_opened)
        c.open_failed.connect(self._on_open_failed)
        c.shipment_updated.connect(self._on_shipment_updated)
        self.holder.queue_changed.connect(self._on_queue_changed)
        c.finish_progress.connect(self._on_finish_progress)
        c.finish_done.connect(self._on_finish_done)
        c.finish_failed.connect(self._on_finish_failed)
        c.finish_partial.connect(self._show_invoice)
        c.shipment_cancelled.connect(self._on_shipment_cancelled)
        c.scan_revoked.connect(self._on_scan_revoked)
        c.reject_done.connect(self._on_reject_done)
        c.option_needed.connect(self._on_option_needed)
        c.reject_failed.connect(lambda _sid, msg: self._refuse(msg))
        c.stock_corrected.connect(self._on_stock_corrected)
        c.stock_correction_failed.connect(self._on_stock_correction_failed)
        c.reprint_done.connect(
            lambda sid: self._say(self.tr("Label for {0} printed again").format(sid), "ok")
        )
        c.reprint_failed.connect(lambda _sid, msg: self._refuse(msg))
        c.held_labels_printed.connect(self._on_held_labels_printed)
        c.held_labels_failed.connect(self._on_held_labels_failed)
        self.holder.scale_reading.connect(self._on_scale_reading)
        c.tracking_taken.connect(self._on_tracking_taken)
        c.shipment_done_here.connect(self._on_shipment_done_here)
        c.document_printed.connect(lambda text: self._say(text, "ok"))
        c.label_checked.connect(self._on_label_checked)
        c.document_failed.connect(self._refuse)
        self.invoice_view.print_requested.connect(self.print_invoice)

    # ------------------------------------------------------------------ page life
    def activated(self) -> None:
        self._focus_scan()

    def _focus_scan(self) -> None:
        self.scan_input.setFocus()
        self.scan_input.selectAll()

    def _focus_weight(self) -> None:
        if self.weight_input.isEnabled():
            self.weight_input.setFocus()
            self.weight_input.selectAll()

    def _move(self, event: Event) -> None:
        """The one place the page changes state: ``event`` through the table of
        :mod:`packstation.domain.pack_state` (one it does not allow here is a bug and raises),
        then the buttons rendered from the new state."""
        self._show_side_now()  # a session shown in two frames: its side panel first
        self._enter(event)
        self._update_buttons()

    def _enter(self, event: Event) -> None:
        self.state = self.state.after(event)
        self.setProperty("packState", self.state.value)
        self.state_changed.emit(self.state.value)

    # ------------------------------------------------------------------ opening
    def open_shipment(self, shipment_id: str) -> None:
        """Claim, re-read and confirm ``shipment_id`` off the GUI thread, then show it."""
        if (
            self.session is not None
            and self.session.shipment_id == shipment_id
            and not self.state.allows(Action.REOPEN)
        ):
            self._focus_scan()
            return
        if self.session is not None and self.state.allows(Action.PUT_ASIDE):
            self.controller.put_aside(self.session.shipment_id)
        self._move(Event.OPEN)
        self._say(self.tr("Opening {0}…").format(shipment_id), "")
        self.controller.open_shipment(shipment_id)

    def _on_shipment_opened(self, session: PackingSession) -> None:
        # Shown from a zero timer, once whatever was already waiting is done.
        if self._opened is not None:  # two opened before the first was shown: keep order
            self._show_opened.stop()
            self._on_show_opened()
            self._show_side_now()
        self._opened = session
        self._show_opened.start()

    def _on_show_opened(self) -> None:
        session, self._opened = self._opened, None
        code, self._opening_code = self._opening_code, None
        if session is not None:
            self.show_session(session, in_two_frames=True)
            if (
                code is not None
                and self.state.allows(Action.SCAN_ITEM)
                and session.scanned_units == 0
                and session.line_for_code(code) is not None
            ):
                self.handle_scan(code)

    def show_session(self, session: PackingSession, *, in_two_frames: bool = False) -> None:
        """Show a session (opened by the controller, or given directly by tests/CLI tools).

        ``in_two_frames``: the header, lines and scan feedback now, the side panel (packages,
        buttons, finish state) from a zero timer, which Qt runs once the first part is painted.
        Each is then a pass of the event loop of a few ms, not one of 10-15 ms. Every action
        (scans included) checks the session and state itself; one that changes the state
        brings the side panel up to date first. ``session_shown`` follows the second part.
        """
        self._show_side_now()  # the one shown before, if its side panel is still to come
        self.stop_countdown()
        self.session = session
        self.refused = sum(session.refusals.values())
        self.last_result = None
        self._show_main()
        self._enter(Event.CANCELLED if session.cancelled else Event.OPENED)
        self._side_pending = True
        if in_two_frames:
            self._side_timer.start()
        else:
            self._show_side_now()
        if session.cancelled:
            self._on_shipment_cancelled(session.shipment_id, "")
        else:
            self._say(self.tr("Scan the items of {0}").format(session.shipment_id), "")
        self._watch.start()
        self._focus_scan()

    def _show_side_now(self) -> None:
        """The side panel of a session just shown: packages, finish state, buttons."""
        if not self._side_pending:
            return
        self._side_pending = False
        self._side_timer.stop()
        session = self.session
        self.steps.clear()
        self.finish_tabs.setCurrentWidget(self.steps)
        self.finish_state.set_state(self.tr("Packing"), "off")
        if self.invoice_view.kind():
            self.invoice_view.clear()
        self._show_side()
        self._update_buttons()
        if session is not None:
            self.session_shown.emit(session.shipment_id)

    def _on_open_failed(self, shipment_id: str, message: str) -> None:
        shown = self.session
        if shown is not None and self.state == PackState.OPENING:
            # The shipment on screen was put aside (or done) when this one was asked for: it
            # leaves the screen rather than stay there in "opening", where every scan waited.
            self._close_session()
            shown_id = shown.shipment_id if shown.shipment_id != shipment_id else None
        else:
            shown_id = None
        if self.session is None:
            self._move(Event.OPEN_FAILED)
        else:  # the shown shipment stays on screen, in the state it is in
            self._show_side_now()
            self._update_buttons()
        if "cancel" in message.lower():
            self._show_cancelled(shipment_id, message)
        text = self.tr("Cannot open {0}: {1}").format(shipment_id, message)
        if shown_id is not None:
            text += " " + self.tr("{0} is put aside: scan it to go on packing it.").format(shown_id)
        self._refuse(text)

    def _show_cues(self, text: str) -> None:
        """The cues banner: gift wrap, hazmat, fragile... or, muted, that there are none."""
        state = "shown" if text else "none"
        self.cues.setText(text or self.tr("No gift wrap, hazmat or fragile items"))
        if self.cues.property("cues") != state:
            self.cues.setProperty("cues", state)
            self.cues.style().unpolish(self.cues)
            self.cues.style().polish(self.cues)

    def _cue_text(self, cue: Cue) -> str:
        """One cue in the packer's language, in capitals (the locale's: Turkish i -> İ); what
        the buyer wrote (the gift message, the gift wrap's label) stays as written."""
        upper = texts.locale().toUpper
        sku = ltr(cue.sku)
        if cue.kind is CueKind.GIFT_WRAP:
            if cue.detail:
                return upper(self.tr("gift wrap {0}: {1}")).format(sku, cue.detail)
            return upper(self.tr("gift wrap {0}")).format(sku)
        if cue.kind is CueKind.GIFT_MESSAGE:
            if cue.detail:
                return upper(self.tr("gift message: {0}")).format(cue.detail)
            return upper(self.tr("gift message"))
        if cue.kind is CueKind.HAZMAT:
            if cue.labels:
                return upper(self.tr("hazmat {0}: apply {1}")).format(sku, ", ".join(cue.labels))
            return upper(self.tr("hazmat {0}: apply the hazmat label")).format(sku)
        if cue.kind is CueKind.MULTI_PIECE:
            return upper(
                self.tr("{0} ships in %n piece(s): one package per piece", "", cue.count)
            ).format(sku)
        if cue.kind is CueKind.SERIAL:
            return upper(self.tr("scan the serial of each {0}")).format(sku)
        if cue.kind is CueKind.FRAGILE:
            return upper(self.tr("{0} is fragile")).format(sku)
        if cue.kind is CueKind.CASH_ON_DELIVERY:
            return upper(self.tr("cash on delivery"))
        if cue.kind is CueKind.PACKING_SLIP:
            return upper(self.tr("put the packing slip in the box"))
        return cue.text.upper()  # a cue kind added later: its English text until worded here

    def _show_session(self) -> None:
        self._side_pending = False  # all of it, now
        self._side_timer.stop()
        self._show_main()
        self._show_side()
        self._update_buttons()

    def _show_main(self) -> None:
        """The header, cues banner, lines and counters of the session (or of none)."""
        session = self.session
        if session is None:
            self.header.setText(self.tr("No shipment open"))
            self._show_cues("")
            self.lines_model.clear()
            self.counters.setText("")
            return
        shipment = session.shipment
        program = texts.program_name(session.program)
        priority = str(shipment.shipment_info.priority)
        self.header.setText(
            sentence(
                self.tr("{0} · {1} · order {2}{3}").format(
                    ltr(shipment.id),
                    ltr(program),
                    ltr(shipment.shipment_info.buyer_order_id),
                    self.tr(" · HIGH PRIORITY") if priority == "HIGH" else "",
                )
            )
        )
        self._show_cues("  ·  ".join(self._cue_text(cue) for cue in session.cues()))
        items = {item.shipment_line_item_id: item for item in shipment.line_items}
        lines = []
        for line_id, state in session.lines.items():
            base = PackLine.from_line_item(items[line_id])
            lines.append(
                replace(
                    base,
                    expected=state.expected,
                    scanned=state.scanned,
                    serials=tuple(state.serials),
                    pieces=state.pieces,
                    pieces_scanned=state.pieces_scanned,
                )
            )
        self.lines_model.set_lines(lines)
        # Lay the table out now: after a model reset Qt lays it out from a timer, which
        # repaints the whole table a second time one pass later.
        self.lines_view.doItemsLayout()
        self._update_counters()

    def _show_side(self) -> None:
        """The side panel: package selector, box presets, Self Ship box and packages."""
        session = self.session
        self.package_selector.clear()
        presets = session.box_presets if session is not None else list(DEFAULT_BOX_PRESETS)
        names = [preset.name for preset in presets]
        shown = [self.box_preset.itemData(i) for i in range(1, self.box_preset.count())]
        if names != shown:  # the same presets as the last shipment's: nothing to redo
            self.box_preset.clear()
            self.box_preset.addItem(self.tr("Box preset…"), "")
            for name in names:
                self.box_preset.addItem(name, name)
        self.box_preset.setCurrentIndex(0)
        self.self_ship_box.setVisible(session is not None and session.program == "SELF_SHIP")
        if session is None:
            for edit in self._package_fields():
                edit.clear()
            self.weight_display.set_state(self.tr("— kg"), "off")
            return
        self._show_packages(refill=True)

    def _package_fields(self) -> tuple[QtWidgets.QLineEdit, ...]:
        return (
            self.length_input,
            self.width_input,
            self.height_input,
            self.weight_input,
            self.carrier_input,
            self.tracking_input,
        )

    def _show_packages(self, *, refill: bool = False) -> None:
        """The current package as the session has it. A field the packer typed in (modified,
        not yet applied) is left alone unless ``refill`` (another shipment or package)."""
        session = self.session
        if session is None:
            return
        # Updated in place (no clear and refill). The units are counted in the contents line
        # below, not in the selector: a scan then repaints one label, not the combo box.
        selector = self.package_selector
        selector.blockSignals(True)
        texts = [
            self.tr("Package {0} of {1}").format(n, len(session.packages))
            for n in range(1, len(session.packages) + 1)
        ]
        while selector.count() > len(texts):
            selector.removeItem(selector.count() - 1)
        for index, text in enumerate(texts):
            if index >= selector.count():
                selector.addItem(text, index)
            elif selector.itemText(index) != text:
                selector.setItemText(index, text)
        if selector.currentIndex() != session.current:
            selector.setCurrentIndex(session.current)
        selector.blockSignals(False)
        pkg = session.current_package
        shown = (session.shipment_id, pkg.package_id)
        if shown != self._shown_package:  # another package: nothing typed for one carries over
            refill = True
            self._shown_package = shown
        kg = None if pkg.grams is None else pkg.grams / 1000
        tracking = " ".join(p.tracking_id for p in session.packages if p.tracking_id)
        for edit, value in (
            (self.length_input, None if pkg.length is None else _plain(pkg.length)),
            (self.width_input, None if pkg.width is None else _plain(pkg.width)),
            (self.height_input, None if pkg.height is None else _plain(pkg.height)),
            (self.weight_input, None if kg is None else _plain(kg)),
            (self.carrier_input, session.carrier),
            (self.tracking_input, tracking),
        ):
            text = value or ""
            # A field the packer typed in and that is not applied yet keeps its text (applying
            # it clears "modified"); another shipment or package refills every field.
            if edit.text() != text and (refill or not edit.isModified()):
                edit.setText(text)  # also clears "modified": the session holds this value
        parts = []
        for lid, qty in pkg.units.items():
            line = session.lines[lid]
            if line.multi_piece:
                parts.append(
                    self.tr("{0}: {1} of {2} pieces").format(
                        line.sku, len(pkg.pieces.get(lid, [])), qty * line.pieces
                    )
                )
            else:
                parts.append(f"{line.sku} × {qty}")
        contents = ", ".join(parts) or self.tr("empty")
        self.package_contents.setText(self.tr("In this package: {0}").format(contents))
        self._show_weight()
        self.recommended_button.setEnabled(
            self.state.allows(Action.EDIT_PACKAGE)
            and bool(session.shipment.shipping_info.recommended_packages)
            and session.scanned_units == 0
        )

    def _show_weight(self) -> None:
        """The current package's weight, where it came from, and what the scale says now."""
        session = self.session
        if session is None:
            return
        pkg = session.current_package
        live = self.holder.scale_latest
        if pkg.grams is None:
            if live is not None and live.state is ScaleState.MOVING:
                text, level = self.tr("scale settling…"), "warn"
            elif live is not None and live.state is not ScaleState.DISCONNECTED:
                text, level = self.tr("weigh the box (F4: type)"), "warn"
            else:
                text, level = self.tr("type the weight (F4)"), "warn"
            self.weight_display.set_state(text, level)
            return
        sources = {
            WeightSource.SCALE: self.tr("scale"),
            WeightSource.TYPED: self.tr("typed"),
            WeightSource.BARCODE: self.tr("scanned"),
            WeightSource.RECOMMENDED: self.tr("Amazon"),
        }
        source = sources.get(pkg.weight_source, "") if pkg.weight_source else ""
        text = self.tr("{0} kg · {1}").format(_plain(pkg.grams / 1000), source)
        expected = session.expected_grams()
        if session.weight_surprise() is not None and expected is not None:
            # The whole sentence (weigh again, or PS:CONFIRM) comes with F12's refusal.
            text += " · " + self.tr("expected {0} kg").format(_plain(expected / 1000))
            self.weight_display.set_state(text, "warn")
        else:
            self.weight_display.set_state(text, "ok")

    # ------------------------------------------------------------------ scanning
    def _on_scan_input_return_pressed(self) -> None:
        code = self.scan_input.text()
        self.scan_input.clear()
        self.handle_scan(code)

    def handle_scan(self, raw: str) -> None:
        """One scan, from the scan field or a wedge scanner anywhere in the window."""
        code = raw.strip()
        if not code:
            return
        gc_guard.note_activity()  # a serial scanner's scans are not Qt input events
        self.stop_countdown()  # any scan stops an auto-finish
        if self.weight_input.hasFocus() and barcodes.parse_weight_argument(code) is not None:
            # A weight that reached the weight field at scanner speed (a keyboard-wedge scale,
            # a keypad's fast Enter): the package's weight, not an unknown barcode.
            self.apply_scanned_weight(code)
            return
        if code.upper().startswith(barcodes.ACTION_PREFIX):
            self._handle_action(code)
            return
        session = self.session
        if self.state.allows(Action.SCAN_LABEL_CHECK) and self._check_label(code):
            return
        if session is None or self.state.allows(Action.OPEN_BY_SCAN):
            self._open_by_scan(code)
            return
        if not self.state.allows(Action.SCAN_ITEM):  # opening or finishing
            self._refuse(self.tr("Wait: the shipment is being finished"), code)
            return
        other = self.holder.lookup(code)
        if (
            other is not None
            and other != session.shipment_id
            and session.line_for_code(code) is None
        ):
            if session.scanned_units == 0:
                self._open_by_scan(code)
            else:
                self._refuse(
                    self.tr("{0} is another shipment: finish or put aside {1} first").format(
                        code, session.shipment_id
                    ),
                    code,
                )
            return
        if (
            session.program == "SELF_SHIP"
            and session.pending_serial_line is None  # a serial number is never a tracking id
            and session.line_for_code(code) is None
            and self._take_tracking(session, code)
        ):
            return
        line_id = session.line_for_code(code)
        if (
            line_id is not None
            and session.lines[line_id].multi_piece
            and line_id in session.current_package.pieces
        ):
            # The next piece opens its own package: what was typed belongs to this box.
            self._apply_dimensions()
            self._apply_weight()
        outcome = session.scan(code, self._classify(code))
        # Write-ahead: on disk (kernel) before it is shown, so a crash cannot lose it.
        self.controller.log_scan(session, outcome)
        self._show_outcome(session, outcome)
        # Journal it once the outcome is on screen: handing the write to the database lane
        # wakes that thread, which then competes with the repaint for Python's lock.
        self._unjournaled.append((session, outcome))
        self._after_paint.post()

    def _check_label(self, code: str) -> bool:
        """Closed-loop print: a scan right after "Label printed" that is not something to
        open is taken as the label scanned off the box. True when it was taken so."""
        result = self.last_result
        if result is None or not self.controller.label_check:
            return False
        tracking = [str(t) for t in result.tracking_ids if t]
        if code in tracking:
            self._say(
                self.tr("Label checked: {0} is on the box of {1}").format(code, result.shipment_id),
                "ok",
            )
            self.sounds.play("success")
            self.controller.check_label(result.shipment_id, code, tracking)
            self.scan_handled.emit(code, True)
            return True
        if self.holder.lookup(code) is not None:
            return False  # the next shipment (or its item): open it
        self.controller.check_label(result.shipment_id, code, tracking)
        return True

    def _on_label_checked(self, shipment_id: str, code: str, owner: str) -> None:
        result = self.last_result
        if owner and owner != shipment_id:
            self._refuse(
                self.tr(
                    "WRONG LABEL: {0} is the label of shipment {1}, not {2}: take it off this box"
                ).format(code, owner, shipment_id),
                code,
            )
        elif owner == shipment_id and result is not None and code not in result.tracking_ids:
            self._say(self.tr("Label checked: {0} is {1}'s").format(code, shipment_id), "ok")
        elif (
            result is not None
            and code not in result.tracking_ids
            and self.state.allows(Action.SCAN_LABEL_CHECK)
        ):
            self._open_by_scan(code)  # no label of this station: what such a scan always was

    def _take_tracking(self, session: PackingSession, code: str) -> bool:
        """A carrier's tracking barcode scanned on a Self Ship shipment: the next package's
        tracking id (and the carrier, where the format names it). True when it was one."""
        # A digits-only id is taken only when it fits the carrier of this shipment
        # (packing.self_ship_carrier, or typed); anything else stays an unknown barcode.
        match = self_ship_tracking(code, session.carrier)
        if match is None:
            return False
        carrier = carrier_display_name(match.carrier) if match.carrier else ""
        try:
            index = session.set_tracking(match.tracking_id, carrier)
        except PackingError as exc:
            self._refuse(self.tr("TRACKING REFUSED: {0}").format(exc), code)
            return True
        self._show_packages()
        self.controller.save_session(session)
        self.controller.check_tracking(session, match.tracking_id)
        self._say(
            self.tr("Tracking id {0} ({1}) for package {2}").format(
                match.tracking_id,
                carrier or session.carrier or self.tr("carrier not known: type it"),
                index + 1,
            ),
            "ok",
        )
        self.sounds.play("success")
        self.scan_handled.emit(code, True)
        self._maybe_auto_finish()
        return True

    def _on_tracking_taken(self, shipment_id: str, tracking_id: str, owner: str) -> None:
        """The journal says ``tracking_id`` is another shipment's: it is taken back off."""
        session = self.session
        if session is None or session.shipment_id != shipment_id:
            return
        for pkg in session.packages:
            if pkg.tracking_id == tracking_id:
                pkg.tracking_id = ""
        self._show_packages(refill=True)
        self.controller.save_session(session)
        self._refuse(
            self.tr(
                "TRACKING REFUSED: {0} is already on shipment {1}: scan this box's own label"
            ).format(tracking_id, owner)
        )

    def _journal_scans(self) -> None:
        pending, self._unjournaled = self._unjournaled, []
        for session, outcome in pending:
            self.controller.record_scan(session, outcome)

    def _classify(self, code: str) -> ScanClass | None:
        """GS1 element strings carry item and serial in one scan; everything else is plain."""
        if len(code) < 17 or not (code.startswith(("01", "]C1", "]d2")) or "\x1d" in code):
            return None
        result = barcodes.classify(code)
        if result.gtin and result.serial:
            return ScanClass(ScanKind.ITEM, code, gtin=result.gtin, serial=result.serial)
        return None

    def _show_outcome(self, session: PackingSession, outcome: ScanOutcome) -> None:
        if outcome.line_id is not None and outcome.line_id in session.lines:
            line = session.lines[outcome.line_id]
            self.lines_model.update_line(
                outcome.line_id,
                scanned=line.scanned,
                serials=line.serials,
                pieces_scanned=line.pieces_scanned,
            )
            row = self.lines_model.row_of(outcome.line_id)
            self._select_line(row)
        if outcome.accepted:
            complete = all(line.done for line in session.lines.values())
            self._say(self._translate_outcome(outcome), "ok")
            self.sounds.play("done" if complete else "success")
        else:
            self.refused += 1
            self._refuse(self._translate_outcome(outcome))
        self._show_packages()
        self._update_counters()
        self.scan_handled.emit(outcome.code, outcome.accepted)

    def _select_line(self, row: int) -> None:
        """Highlight the scanned line. Selected without moving the view's current cell, which
        would repaint the column titles too."""
        selection = self.lines_view.selectionModel()
        index = self.lines_model.index(row, 0)
        if not selection.isRowSelected(row):
            flags = QtCore.QItemSelectionModel.SelectionFlag
            selection.select(index, flags.ClearAndSelect | flags.Rows)
        self.lines_view.scrollTo(index)

    def _translate_outcome(self, outcome: ScanOutcome) -> str:
        """The packer's sentence for a scan, made here from the outcome's values (its
        ``message`` is the English of the CLI and the logs): a translated lead, then what to
        do."""
        if outcome.refusal is None:
            return self._accepted_text(outcome)
        leads = {
            Refusal.WRONG_ITEM: self.tr("WRONG ITEM"),
            Refusal.OVER_SCAN: self.tr("TOO MANY"),
            Refusal.UNKNOWN_BARCODE: self.tr("UNKNOWN BARCODE"),
            Refusal.INVALID_SERIAL: self.tr("BAD SERIAL"),
            Refusal.DUPLICATE_SERIAL: self.tr("SERIAL ALREADY USED"),
            Refusal.SERIAL_EXPECTED: self.tr("SCAN THE SERIAL"),
            Refusal.SHIPMENT_CANCELLED: self.tr("CANCELLED"),
            Refusal.NOT_PACKABLE: self.tr("CANNOT PACK"),
        }
        lead = leads.get(outcome.refusal, self.tr("REFUSED"))
        return f"{lead}: {self._refusal_text(outcome)}"

    def _refusal_text(self, outcome: ScanOutcome) -> str:
        """What a refused scan means and what to do, in the packer's language."""
        sku, code = ltr(outcome.sku), ltr(outcome.code)
        serial = ltr(outcome.refused_serial or outcome.code)
        refusal = outcome.refusal
        if refusal is Refusal.WRONG_ITEM:
            return self.tr("{0} is not in this shipment: put it aside").format(sku or code)
        if refusal is Refusal.OVER_SCAN:
            if outcome.pieces:
                return self.tr(
                    "{0}: all %n piece(s) already scanned - take this one out", "", outcome.total
                ).format(sku)
            return self.tr(
                "{0}: all %n unit(s) already scanned - take this one out", "", outcome.total
            ).format(sku)
        if refusal is Refusal.UNKNOWN_BARCODE:
            return self.tr("unknown barcode {0}: scan the item's barcode").format(code)
        if refusal is Refusal.INVALID_SERIAL:
            if outcome.problem is SerialProblem.IMEI_CHECK_DIGIT:
                return self.tr("IMEI {0} fails its check digit: scan it again").format(serial)
            if outcome.problem is SerialProblem.PRODUCT_BARCODE:
                return self.tr(
                    "{0} is a product barcode, not a serial number: scan the serial label"
                ).format(serial)
            return self.tr(
                "{0} is not a serial number (4-64 letters, digits, - / .): scan the serial label"
            ).format(serial)
        if refusal is Refusal.DUPLICATE_SERIAL:
            if outcome.other:
                return self.tr(
                    "serial {0} is already recorded for shipment {1}: scan the serial of the "
                    "item in hand"
                ).format(serial, ltr(outcome.other))
            return self.tr(
                "serial {0} was already scanned for {1}: scan this unit's serial"
            ).format(serial, sku)
        if refusal is Refusal.SERIAL_EXPECTED:
            return self.tr(
                "scan the serial number of the {0} just scanned before the next item"
            ).format(sku)
        if refusal is Refusal.SHIPMENT_CANCELLED:
            return self.tr("the marketplace cancelled this shipment: put the items back")
        if refusal is Refusal.NOT_PACKABLE:
            return self.tr("this item cannot be packed at the bench: put it aside")
        return outcome.message  # a refusal added later: its English text until worded here

    def _accepted_text(self, outcome: ScanOutcome) -> str:
        """An accepted scan: the unit (and what comes next), piece, serial or box."""
        sku = ltr(outcome.sku)
        if outcome.serial:
            return self.tr("OK: {0} serial {1}").format(sku, ltr(outcome.serial))
        if outcome.box:
            return self.tr("Box {0}").format(outcome.box)
        if outcome.action == "shipment":
            return self.tr("OK: shipment code {0}").format(ltr(outcome.code))
        if outcome.action:
            return self.tr("OK: action {0}").format(ltr(outcome.action))
        if outcome.piece:
            if outcome.unit:
                return self.tr("OK: {0} piece {1} of {2} (unit {3} of {4}) in package {5}").format(
                    sku, outcome.piece, outcome.pieces, outcome.unit, outcome.total, outcome.package
                )
            return self.tr("OK: {0} piece {1} of {2} in package {3}").format(
                sku, outcome.piece, outcome.pieces, outcome.package
            )
        if outcome.awaiting_serial:
            return self.tr("OK: {0} {1} of {2}: now scan its serial number").format(
                sku, outcome.count, outcome.total
            )
        return self.tr("OK: {0} {1} of {2}").format(sku, outcome.count, outcome.total)

    def _on_scan_revoked(self, outcome: ScanOutcome) -> None:
        if self.session is not None:
            self._show_outcome(self.session, outcome)

    def _open_by_scan(self, code: str) -> None:
        queue = self.window_.pages.get("queue")
        if isinstance(queue, QueuePage) and queue.open_by_scan(code):
            # An item's barcode opened its shipment: that scan is also the item's first unit
            # (applied once the shipment is on screen), so a one-item order needs no second.
            self._opening_code = code
            return
        self._refuse(
            self.tr("{0} is not a shipment, order or item in the queue").format(code), code
        )
        self._unknown_code = code
        self.controller.explain_unknown(code)  # perhaps a shipment this station finished

    def _on_shipment_done_here(self, shipment_id: str, printed: int) -> None:
        """The code just refused is a shipment this station finished: say so, not "unknown"."""
        if self._unknown_code != shipment_id:
            return
        self._unknown_code = None
        if self.feedback.text().startswith(shipment_id):
            self._say(
                self.tr(
                    "{0} is finished: {1} label(s) printed at this station, nothing left to do "
                    "(it has left the queue)"
                ).format(shipment_id, printed),
                "warn",
            )

    def _handle_action(self, code: str) -> None:
        result = barcodes.classify(code)
        action = result.action
        if action is barcodes.Action.FINISH:
            self.finish()
        elif action is barcodes.Action.REPRINT:
            self.reprint()
        elif action is barcodes.Action.NEXT_PACKAGE:
            self.add_package()
        elif action is barcodes.Action.BOX:
            self.apply_box(result.action_arg)
        elif action is barcodes.Action.CANCEL:
            self.put_aside()
        elif action is barcodes.Action.WEIGHT:
            self.apply_scanned_weight(result.action_arg)
        elif action is barcodes.Action.CONFIRM:
            self.confirm()
        else:
            self._refuse(self.tr("Unknown action barcode {0}").format(code), code)

    # ------------------------------------------------------------------ feedback
    def _say(self, text: str, feedback: str) -> None:
        self.feedback.setText(sentence(text))
        # Colours come from bench.qss; re-polish only when the level changes (a polish is the
        # expensive part of a scan's feedback).
        for widget in (self.feedback, self.scan_input):
            if widget.property("feedback") != feedback:
                widget.setProperty("feedback", feedback)
                style = widget.style()
                style.unpolish(widget)
                style.polish(widget)

    def _refuse(self, message: str, code: str = "") -> None:
        """Refuse loudly: red field, message, error sound."""
        self._say(message, "error")
        self.sounds.play("error")
        if code:
            self.scan_handled.emit(code, False)

    def _update_counters(self) -> None:
        session = self.session
        if session is None:
            self.counters.setText("")
            return
        r = session.refusals
        total = sum(r.values())
        text = self.tr("Scanned {0} of {1}").format(session.scanned_units, session.expected_units)
        multi = [line for line in session.lines.values() if line.multi_piece]
        if multi:
            text += " · " + self.tr("pieces {0} of {1}").format(
                sum(line.pieces_scanned for line in multi),
                sum(line.expected_pieces for line in multi),
            )
        if total:
            names = {
                "wrong_item": self.tr("wrong item"),
                "over_scan": self.tr("too many"),
                "unknown_barcode": self.tr("unknown"),
                "invalid_serial": self.tr("bad serial"),
                "duplicate_serial": self.tr("serial used"),
                "serial_expected": self.tr("serial expected"),
                "shipment_cancelled": self.tr("cancelled"),
                "not_packable": self.tr("cannot pack"),
            }
            parts = ", ".join(
                f"{names.get(kind, kind)} {count}" for kind, count in r.items() if count
            )
            text += " · " + self.tr("refused {0} ({1})").format(total, parts)
        self.counters.setText(text)

    def _update_buttons(self) -> None:
        from packstation.services.workflow import PackingWorkflow

        session = self.session
        # Each widget is on when the state allows its action (and a shipment is shown).
        for widget, action in self._action_widgets:
            widget.setEnabled(session is not None and self.state.allows(action))
        self.reject_button.setEnabled(
            session is not None
            and self.state.allows(Action.REJECT)
            and PackingWorkflow.can_reject(session.shipment)
        )
        self.recommended_button.setEnabled(
            session is not None
            and self.state.allows(Action.EDIT_PACKAGE)
            and bool(session.shipment.shipping_info.recommended_packages)
            and session.scanned_units == 0
        )

    # ------------------------------------------------------------------ packages
    def _guard(self, action: Callable[_P, object], *args: _P.args, **kwargs: _P.kwargs) -> bool:
        try:
            action(*args, **kwargs)
        except PackingError as exc:
            self._refuse(str(exc))
            return False
        self._show_packages()
        if self.session is not None:
            self.controller.save_session(self.session)
        return True

    def add_package(self) -> None:
        self.stop_countdown()
        if (
            self.session is not None
            and self.state.allows(Action.EDIT_PACKAGE)
            and self._guard(self.session.add_package)
        ):
            self._say(
                self.tr("Package {0}: scan its items").format(len(self.session.packages)), "ok"
            )

    def _on_package_selector_activated(self, index: int) -> None:
        if self.session is not None and index >= 0:
            self._guard(self.session.select_package, index)

    def _on_box_preset_activated(self, index: int) -> None:
        name = self.box_preset.itemData(index)
        if name:
            self.apply_box(str(name))
        self._focus_scan()

    def apply_box(self, name: str) -> None:
        session = self.session
        if session is None or not self.state.allows(Action.EDIT_PACKAGE):
            return
        preset = session.preset_for_code(name) or next(
            (
                p
                for p in session.box_presets
                if p.name.split()[0] == name or p.code == f"BOX-{name}"
            ),
            None,
        )
        if preset is None:
            self._refuse(self.tr("No box preset {0}").format(name))
            return
        if self._guard(session.apply_preset, preset):
            self._say(self.tr("Box {0}").format(preset.name), "ok")
            self._maybe_auto_finish()

    def use_recommended(self) -> None:
        session = self.session
        if session is None:
            return
        try:
            used = session.use_recommended_packages()
        except PackingError as exc:
            self._refuse(str(exc))
            return
        if not used:
            self._refuse(self.tr("Amazon recommends no packages for this shipment"))
            return
        self._show_packages()
        self.controller.save_session(session)
        self._say(
            self.tr("Using Amazon's {0} recommended package(s)").format(len(session.packages)), "ok"
        )

    def _apply_dimensions(self) -> None:
        """Typed dimensions (only what the packer typed: the fields also show the session's)."""
        session = self.session
        edits = (self.length_input, self.width_input, self.height_input)
        length, width, height = (e.text().strip() for e in edits)
        typed = bool(length and width and height)
        if session is None or not typed or not any(e.isModified() for e in edits):
            return
        if self._guard(session.set_dimensions, length, width, height, "CM"):
            for edit in edits:
                edit.setModified(False)

    def _apply_weight(self) -> None:
        """A typed weight (only when the packer typed one: the field also shows the scale's)."""
        session = self.session
        text = self.weight_input.text().strip()
        if session is None or not text or not self.weight_input.isModified():
            return
        if self._guard(lambda: session.set_weight(typed_weight(text))):
            self.weight_input.setModified(False)
        else:
            self.weight_input.setFocus()
            self.weight_input.selectAll()

    def apply_scanned_weight(self, argument: str) -> None:
        """``PS:W:1.25`` (kg) or ``PS:W:450G`` from a weight sheet."""
        session = self.session
        weight = barcodes.parse_weight_argument(argument)
        if session is None or not self.state.allows(Action.SET_WEIGHT) or weight is None:
            self._refuse(self.tr("Nothing to weigh: scan a shipment first"))
            return
        try:
            session.set_weight(weight, source=WeightSource.BARCODE)
        except PackingError as exc:
            self._refuse(str(exc))
            return
        self._show_packages(refill=True)
        self.controller.save_session(session)
        self._say(self.tr("Weight {0} {1}").format(weight.value, weight.unit.value), "ok")

    def _apply_self_ship(self) -> None:
        """Typed Self Ship carrier and tracking ids (one per package, in package order)."""
        session = self.session
        if session is None or session.program != "SELF_SHIP":
            return
        if self.carrier_input.isModified():
            session.carrier = self.carrier_input.text().strip()
            self.carrier_input.setModified(False)
        if self.tracking_input.isModified():
            ids = split_tracking_ids(self.tracking_input.text())
            for pkg, tracking in zip(
                session.packages, [*ids, *[""] * len(session.packages)], strict=False
            ):
                pkg.tracking_id = tracking
            self.tracking_input.setModified(False)
        self.controller.save_session(session)

    def confirm(self) -> None:
        """``PS:CONFIRM``: the packer confirms the weights the bench found surprising, and a
        multi-piece item whose pieces travel together (audited as an override)."""
        session = self.session
        if session is None or not self.state.allows(Action.CONFIRM):
            return
        confirmed = session.confirm_weights()
        together = session.confirm_pieces()
        if not confirmed and not together:
            self._refuse(self.tr("Nothing to confirm"))
            return
        if together:
            self.controller.record_override(session, "pieces_together", {"skus": together})
        else:
            self.controller.save_session(session)
        for sku in together:
            line = next(line for line in session.lines.values() if line.sku == sku)
            self.lines_model.update_line(
                line.line_id, scanned=line.scanned, pieces_scanned=line.pieces_scanned
            )
        self._show_packages()
        self._update_counters()
        said = []
        if confirmed:
            said.append(self.tr("Weight confirmed for {0}").format(", ".join(confirmed)))
        if together:
            said.append(self.tr("Shipped in one box: {0}").format(", ".join(together)))
        self._say("; ".join(said), "ok")

    def _on_scale_reading(self, reading: Reading) -> None:
        """A changed scale reading: the current package takes it when it is fresh and stable."""
        session = self.session
        if session is None or not self.state.allows(Action.SET_WEIGHT):
            return
        if session.observe_scale(reading):
            self._show_packages()
            self.controller.save_session(session)
            self.sounds.play("success")
            self._maybe_auto_finish()
        else:
            self._show_weight()

    # ------------------------------------------------------------------ auto-finish
    def _maybe_auto_finish(self) -> None:
        """Start the countdown when the setting is on, every line is verified, the box is set
        and the package has a fresh weight from the scale."""
        session = self.session
        if (
            not self.controller.settings.packing.auto_finish
            or session is None
            or not self.state.allows(Action.FINISH)
            or self._countdown_left is not None
            or session.current_package.weight_source is not WeightSource.SCALE
            or not session.is_complete
        ):
            return
        if session.program == "SELF_SHIP" and not (
            session.carrier and all(p.tracking_id for p in session.packages)
        ):
            return  # the carrier's label is still to be scanned
        delay = self.controller.settings.packing.auto_finish_delay_s
        self._countdown_left = max(1, round(delay))
        self._show_countdown()
        self._countdown.start()

    def _show_countdown(self) -> None:
        self.finish_state.set_state(
            self.tr("Finishing in {0} s (Esc or any scan stops)").format(self._countdown_left),
            "warn",
        )

    def _on_countdown_tick(self) -> None:
        if self._countdown_left is None:
            self._countdown.stop()
            return
        self._countdown_left -= 1
        if self._countdown_left > 0:
            self._show_countdown()
            return
        self.stop_countdown()
        self.finish()

    def stop_countdown(self) -> None:
        if self._countdown_left is None:
            return
        self._countdown_left = None
        self._countdown.stop()
        if self.state.allows(Action.FINISH):  # the finish it was counting down to
            self.finish_state.set_state(self.tr("Packing"), "off")

    # ------------------------------------------------------------------ finishing
    def finish(self) -> None:
        """Check the packing, then run the whole chain (one key: F12)."""
        self.stop_countdown()
        session = self.session
        if session is None or not self.state.allows(Action.FINISH):
            self._refuse(self.tr("Nothing to finish: scan a shipment first"))
            return
        self._apply_dimensions()
        self._apply_weight()
        self._apply_self_ship()
        problems = session.problems()
        if problems:
            self._refuse(self.tr("Not ready: {0}").format("; ".join(problems)))
            return
        self_ship = None
        if session.program == "SELF_SHIP":
            carrier = session.carrier
            ids = [p.tracking_id for p in session.packages]
            if not carrier or not all(ids):
                self._refuse(
                    self.tr(
                        "Self Ship: scan the carrier's label of each package ({0} of {1} have "
                        "a tracking id{2})"
                    ).format(
                        sum(1 for t in ids if t),
                        len(ids),
                        "" if carrier else self.tr("; type the carrier"),
                    )
                )
                (self.carrier_input if not carrier and all(ids) else self.scan_input).setFocus()
                return
            if repeated_tracking_ids(ids):
                self._refuse(self.tr("Self Ship: each package needs its own tracking id"))
                return
            pids = [p.package_id for p in session.packages]
            self_ship = (carrier, dict(zip(pids, ids, strict=True)))
        self.steps.clear()
        self.finish_tabs.setCurrentWidget(self.steps)
        self._step_items = {}
        self.finish_state.set_state(self.tr("Finishing…"), "warn")
        self._move(Event.FINISH_STARTED)
        self._say(self.tr("Finishing {0}…").format(session.shipment_id), "")
        self.controller.finish(session, self_ship)

    def _on_finish_progress(self, step: str, note: str) -> None:
        titles = {step.value: self.tr(str(title)) for step, title in FINISH_STEP_TITLES.items()}
        text = self._step_detail(note)
        for item in self._step_items.values():
            if item.data(QtCore.Qt.ItemDataRole.UserRole) == "running":
                item.setText("✔ " + item.text()[2:])
                item.setData(QtCore.Qt.ItemDataRole.UserRole, "done")
        item = QtWidgets.QListWidgetItem(f"{forward_triangle()} {titles.get(step, step)} — {text}")
        item.setData(QtCore.Qt.ItemDataRole.UserRole, "done" if step == "done" else "running")
        if step == "done":
            item.setText(f"✔ {titles['done']} — {text}")
        self.steps.addItem(item)
        self.steps.scrollToItem(item)
        self._step_items[f"{step}:{self.steps.count()}"] = item
        self.finish_state.set_state(titles.get(step, step), "warn")

    def _step_detail(self, note: str) -> str:
        """A finish step's detail in the packer's language: the workflow's ``StepNote`` holds
        its values (a plain text, from elsewhere, is shown as it came)."""
        if not isinstance(note, StepNote):
            return note
        kind = note.kind
        if kind is NoteKind.PACKAGES:
            return self.tr("creating %n package(s)", "", note.total)
        if kind is NoteKind.OPTIONS:
            return self.tr("getting shipping options")
        if kind is NoteKind.DOCUMENT:
            if "invoice" in note.documents and "slip" in note.documents:
                return self.tr("generating the invoice and packing slip")
            if "slip" in note.documents:
                return self.tr("generating the packing slip")
            return self.tr("generating the invoice")
        if kind is NoteKind.LABELS:
            return self.tr("generating the label(s)")
        if kind is NoteKind.LABELS_AGAIN:
            return self.tr("labels exist at Amazon: fetching them again")
        if kind is NoteKind.DOWNLOAD:
            return self.tr("downloading label {0} of {1}").format(note.n, note.total)
        if kind is NoteKind.PRINT:
            return self.tr("printing label {0} of {1}").format(note.n, note.total)
        if kind is NoteKind.SHIPPED:
            return self.tr("marking the package(s) shipped")
        if kind is NoteKind.BUSY:
            return self.tr("Amazon is busy: waiting {0} s, then trying again").format(
                texts.number(note.seconds)
            )
        if kind is NoteKind.DONE:
            return ", ".join(ltr(t) for t in note.tracking_ids if t)
        return str(note)

    def _on_finish_done(self, result: FinishResult) -> None:
        if self.session is None or result.shipment_id != self.session.shipment_id:
            return
        self.last_result = result
        self._watch.stop()
        tracking = ", ".join(result.tracking_ids)
        self.finish_state.set_state(self.tr("Label printed · {0}").format(tracking), "ok")
        self._say(
            self.tr("Done: label printed for {0}. Scan the next shipment.").format(
                result.shipment_id
            ),
            "ok",
        )
        self._move(Event.PRINTED)
        self.sounds.play("done")
        self.controller.learn_weights(self.session)
        self.controller.print_documents(self.session, _invoice_bytes(result), result.invoice_format)
        self._invoice_timer.start()
        self.finished.emit(result)

    def _show_finished_invoice(self) -> None:
        result = self.last_result
        if result is not None and self.state.allows(Action.INVOICE):
            self._show_invoice(result)
            if self.invoice_view.kind():
                self.finish_tabs.setCurrentWidget(self.invoice_view)
            self.invoice_shown.emit(result.shipment_id)

    def _show_invoice(self, result: FinishResult) -> None:
        invoice = _invoice_bytes(result)
        kind = result.invoice_format.upper()
        documents = result.documents
        # The tab names the document Amazon gave: the tax invoice, or only the packing slip.
        index = self.finish_tabs.indexOf(self.invoice_view)
        self.finish_tabs.setTabText(
            index, self.tr("Packing slip") if documents == ("slip",) else self.tr("Invoice")
        )
        if not invoice:
            self.invoice_view.clear()
        elif "PDF" in kind:
            self.invoice_view.show_pdf(bytes(invoice), documents)
        elif kind in ("PNG", "JPEG", "JPG"):
            self.invoice_view.show_image(bytes(invoice), documents)
        else:
            self.invoice_view.clear(self.tr("The invoice came as {0}: not shown").format(kind))

    def print_invoice(self) -> None:
        """Ctrl+I / "Print invoice": the invoice shown goes to the invoice printer."""
        session, data = self.session, self.invoice_view.invoice_data()
        if session is None or not data or not self.state.allows(Action.INVOICE):
            self._refuse(self.tr("No invoice to print: finish a shipment first"))
            return
        fmt = "PDF" if self.invoice_view.kind() == "pdf" else "PNG"
        self._say(self.tr("Printing the invoice…"), "")
        self.controller.print_documents(session, data, fmt, by_key=True)

    def _on_finish_failed(self, shipment_id: str, message: str, kind: str = "") -> None:
        if self.session is None or shipment_id != self.session.shipment_id:
            return
        # Back to packing (F12 tries again), or, after its label, to Reprint.
        event = Event.FINISH_FAILED if self.last_result is None else Event.FAILED
        if not self.state.accepts(event):
            return  # cancelled meanwhile: "put the items back" is what the packer must see
        # The lead in the packer's language (one per kind, as the CLI's exit codes class the
        # failure), then the service's own detail.
        leads: dict[str, str] = {
            FailureKind.NOT_PRINTED: self.tr("Label made, not confirmed printed"),
            FailureKind.CANCELLED: self.tr("Cancelled by the marketplace: put the items back"),
            FailureKind.REFUSED: self.tr("Refused before any change at Amazon"),
            FailureKind.AMAZON_UNAVAILABLE: self.tr(
                "Amazon is unavailable: wait a few minutes, then press F12 again"
            ),
        }
        lead = leads.get(kind)
        # The finish state keeps the service's detail (paper out, the HTTP status...) in view.
        self.finish_state.set_state(self.tr("Failed: {0}").format(message), "error")
        self._move(event)
        if lead is None:
            self._refuse(self.tr("Finish failed: {0}").format(message))
        else:
            self._refuse(self.tr("{0} ({1})").format(lead, message))

    def _on_option_needed(
        self,
        shipment_id: str,
        options: list[ShippingOptions],
        recommended: ShippingOptions | None,
        answer: Future[ShippingOptions | None],
    ) -> None:
        """The finish chain waits for the packer's choice of shipping option."""
        dialog = ShippingOptionDialog(shipment_id, options, recommended, self)

        def settle(result: int) -> None:
            if not answer.done():
                accepted = result == QtWidgets.QDialog.DialogCode.Accepted.value
                answer.set_result(dialog.chosen() if accepted else None)
            dialog.deleteLater()

        dialog.finished.connect(settle)
        self.option_dialog = dialog
        self.finish_state.set_state(self.tr("Choose the shipping option"), "warn")
        self.sounds.play("warning")
        dialog.open()

    def reprint(self) -> None:
        if self.session is None:
            return
        if self.state == PackState.FINISHING:
            # Ctrl+P and PS:REPRINT while the finish prints: a second job could print a label
            # twice. The finish says when its label printed; Reprint is on from then.
            self._refuse(
                self.tr("Wait: the label is being printed. Reprint once the finish is done.")
            )
            return
        if self.controller.label_held(self.session.shipment_id):
            # A second job would print a duplicate label once the printer is back.
            self._refuse(
                self.tr(
                    "The label of {0} is still waiting in the printer queue: it prints by "
                    "itself once the printer is ready. To print it elsewhere, cancel it under "
                    "Devices & Printers first."
                ).format(self.session.shipment_id)
            )
            return
        self._say(self.tr("Printing the label again…"), "")
        self.controller.reprint(self.session.shipment_id)

    def _on_held_labels_printed(self, shipment_id: str) -> None:
        """The label a paper-out (or similar) held has printed: complete the finish."""
        session = self.session
        if session is None or session.shipment_id != shipment_id:
            # Put aside meanwhile: the label is on the printer, the shipment not yet closed at
            # Amazon. Opening it again and F12 close it (the printed label is not printed again).
            self._say(
                self.tr(
                    "The waiting label of {0} printed: scan {0} and press F12 to close the shipment"
                ).format(shipment_id),
                "warn",
            )
            self.sounds.play("warning")
            return
        if not self.state.allows(Action.FINISH):
            return
        self._say(self.tr("The waiting label printed: closing {0}…").format(shipment_id), "ok")
        self.finish()

    def _on_held_labels_failed(self, shipment_id: str, state: str) -> None:
        session = self.session
        if session is None or session.shipment_id != shipment_id:
            return
        self._refuse(
            self.tr(
                "The waiting label of {0} did not print ({1}): press Ctrl+P to print it again"
            ).format(shipment_id, state)
        )

    # ------------------------------------------------------------------ reject / aside
    def ask_reject(self) -> None:
        session = self.session
        if session is None or not self.reject_button.isEnabled():
            return
        dialog = RejectDialog(session, self)
        dialog.accepted.connect(
            lambda: self.reject(*dialog.chosen(), correction=dialog.stock_correction())
        )
        dialog.open()
        self.reject_dialog = dialog

    def reject(
        self, reason: str, lines: dict[str, int], correction: dict[str, int] | None = None
    ) -> None:
        """Reject ``lines``; for OUT_OF_STOCK, push ``correction`` (SKU -> units) once done."""
        if (
            self.session is None
            or not self.state.allows(Action.REJECT)  # cancelled while the dialog was open
            or reason not in REJECT_REASONS
            or not lines
        ):
            return
        self._pending_correction = (
            (self.session.shipment.location_id, dict(correction))
            if correction and reason == "OUT_OF_STOCK"
            else None
        )
        self._move(Event.REJECT_STARTED)
        self._say(self.tr("Rejecting {0}…").format(self.session.shipment_id), "")
        self.controller.reject(self.session, reason, lines)

    def _on_reject_done(self, shipment_id: str) -> None:
        session = self.session
        if session is None or session.shipment_id != shipment_id:
            # A late answer: another shipment was opened meanwhile and stays as it is.
            self._say(self.tr("{0} rejected.").format(shipment_id), "ok")
        else:
            self._say(self.tr("{0} rejected. Scan the next shipment.").format(shipment_id), "ok")
            self.finish_state.set_state(self.tr("Rejected"), "off")
            self._close_session()
        pending, self._pending_correction = self._pending_correction, None
        if pending is not None:
            location, quantities = pending
            self.stock_state.set_state(self.tr("Correcting the inventory…"), "warn")
            self.stock_state.show()
            self.controller.correct_stock(location, quantities)

    def _on_stock_corrected(self, summary: str) -> None:
        self.stock_state.set_state(summary, "ok")

    def _on_stock_correction_failed(self, message: str) -> None:
        self.stock_state.set_state(
            self.tr("Inventory not corrected: {0} Fix it on the Inventory page.").format(message),
            "error",
        )
        self.sounds.play("error")

    def put_aside(self) -> None:
        if self.session is None or not self.state.allows(Action.PUT_ASIDE):
            return
        self.controller.save_session(self.session)
        self.controller.put_aside(self.session.shipment_id)
        self._say(
            self.tr("{0} put aside; its scans are kept.").format(self.session.shipment_id), ""
        )
        self._close_session()

    def _close_session(self) -> None:
        self._watch.stop()
        self.session = None
        self._show_session()
        self._move(Event.CLOSED)
        self._focus_scan()

    # ------------------------------------------------------------------ cancellation watch
    def _on_watch_timeout(self) -> None:
        # The cancellation watch runs while the shipment is packed (its items scanned).
        if self.session is not None and self.state.allows(Action.SCAN_ITEM):
            self.controller.refresh_shipment(self.session.shipment_id)

    def _on_queue_changed(self, rows: list[QueueRow], removed: list[str]) -> None:
        session = self.session
        if session is None or not self.state.allows(Action.SCAN_ITEM):
            return
        sid = session.shipment_id
        if sid in removed:
            self.controller.refresh_shipment(sid)
        for row in rows:
            if row.shipment_id == sid:
                self._on_shipment_updated(row.shipment)

    def _on_shipment_updated(self, shipment: Shipment) -> None:
        session = self.session
        if (
            session is None
            or shipment.id != session.shipment_id
            or not self.state.allows(Action.SCAN_ITEM)
        ):
            return
        if session.update_shipment(shipment):
            self._on_shipment_cancelled(shipment.id, "")
        else:
            self._show_session()

    def _on_shipment_cancelled(self, shipment_id: str, message: str) -> None:
        if self.session is not None and self.session.shipment_id == shipment_id:
            self.session.cancelled = True
            self._watch.stop()
            self._move(Event.CANCELLED)
        self._show_cancelled(shipment_id, message)

    def _show_cancelled(self, shipment_id: str, message: str) -> None:
        text = self.tr(
            "The marketplace cancelled shipment {0}.\n\nSTOP: put the items back. Nothing was printed."
        ).format(shipment_id)
        self.cancelled_box.setText(text)
        if message:
            self.cancelled_box.setInformativeText(message)
        self.finish_state.set_state(self.tr("Cancelled: put the items back"), "error")
        self._say(self.tr("CANCELLED: put the items back"), "error")
        self.sounds.play("warning")
        self.cancelled_box.open()


def _plain(value: Decimal | float) -> str:
    text = format(Decimal(str(value)).normalize(), "f")
    return text


def _invoice_bytes(result: FinishResult) -> bytes | None:
    """A finish result's invoice as bytes (Amazon sends base64), or None."""
    # Typed bytes, but the workflow stores Amazon's Document.content (base64 text) as it came.
    invoice: bytes | str | None = result.invoice
    if isinstance(invoice, str):
        try:
            return base64.b64decode(invoice)
        except (binascii.Error, ValueError):
            return None
    return bytes(invoice) if invoice else None

"""A legible invoice preview: fit to width, zoom by keys, never a stale page.

:class:`InvoiceView` shows one invoice at a time, a PDF (through Qt's PDFium-based
``QPdfDocument`` / ``QPdfView``) or an image (PNG invoices), scaled to the width of the panel so
an A4 invoice is readable in a narrow side panel. A shipment without an invoice shows a muted
"No invoice for this shipment" instead of the previous shipment's page.

The document is whatever Amazon's generateInvoice returned: a tax invoice, a packing slip (where
no tax invoice applies) or one covering both. Given ``documents``
(``FinishResult.documents``), the view names it ("Packing slip") and its print button says what
it prints.

Cost: building the widget parses nothing. ``show_pdf`` parses the document (PDFium, on the GUI
thread, a few ms for an invoice); the view renders its pages on its own renderer's threads.
:func:`packstation.gui.pdf.warm_up` keeps PDFium's one-time start-up off the first invoice.
"""

from __future__ import annotations

import logging

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView

from packstation.gui.widgets import ElidedLabel, named

log = logging.getLogger(__name__)

_NONE, _PDF, _IMAGE = "", "pdf", "image"


class InvoiceView(QtWidgets.QWidget):
    """One invoice, fit to width; Ctrl+Plus / Ctrl+Minus / Ctrl+0 zoom while it has focus.

    ``zoom()`` is relative to the width of the panel: 1.0 fits the page's width, 2.0 shows
    half of it at twice the size.

    Signals:
        print_requested(): the packer asked to print the shown invoice ("Print invoice").
    """

    print_requested = QtCore.Signal()

    ZOOM_STEP = 1.25
    MIN_ZOOM = 0.5
    MAX_ZOOM = 4.0

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "invoiceView", self.tr("Invoice"))
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self._kind = _NONE
        self._documents: tuple[str, ...] = ()
        self._data = b""
        self._zoom = 1.0
        self._image = QtGui.QImage()
        self._buffer: QtCore.QBuffer | None = None

        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)

        bar = named(QtWidgets.QWidget(), "invoiceToolbar", self.tr("Invoice tools"))
        row = QtWidgets.QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.zoom_out_button = self._button(
            "invoiceZoomOut", "−", self.tr("Zoom out"), self.tr("Zoom out (Ctrl+Minus)")
        )
        self.fit_button = self._button(
            "invoiceFitWidth",
            self.tr("Fit"),
            self.tr("Fit to width"),
            self.tr("Fit to width (Ctrl+0)"),
        )
        self.zoom_in_button = self._button(
            "invoiceZoomIn", "+", self.tr("Zoom in"), self.tr("Zoom in (Ctrl+Plus)")
        )
        self.zoom_label = named(QtWidgets.QLabel(), "invoiceZoomLevel", self.tr("Zoom level"))
        #: what the shown document is ("Packing slip"); hidden when not told
        # Shortened with "…" rather than squeezing the buttons where a translation is long.
        self.title_label = named(ElidedLabel(), "invoiceTitle", self.tr("Document shown"))
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.print_button = self._button(
            "invoicePrint",
            self.tr("Print invoice"),
            self.tr("Print invoice"),
            self.tr("Send the invoice to the document printer"),
        )
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.fit_button.clicked.connect(self.fit_width)
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        for widget in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            row.addWidget(widget)
        row.addWidget(self.zoom_label)
        row.addStretch(1)
        row.addWidget(self.title_label)
        row.addWidget(self.print_button)
        outer.addWidget(bar)

        self.stack = named(QtWidgets.QStackedWidget(), "invoicePages", self.tr("Invoice"))
        self.message = named(QtWidgets.QLabel(), "invoiceMessage", self.tr("Invoice status"))
        self.message.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        # An empty document: parsing waits for show_pdf.
        self.document = QPdfDocument(self)
        self.pdf_view = named(QPdfView(), "invoicePdfView", self.tr("Invoice document"))
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.image_area = named(
            QtWidgets.QScrollArea(), "invoiceImageView", self.tr("Invoice image")
        )
        self.image_area.setAlignment(QtCore.Qt.AlignmentFlag.AlignHCenter)
        self.image_area.setFocusPolicy(QtCore.Qt.FocusPolicy.ClickFocus)
        self.image_label = named(QtWidgets.QLabel(), "invoiceImage", self.tr("Invoice image"))
        self.image_area.setWidget(self.image_label)
        self.image_area.viewport().installEventFilter(self)
        for page in (self.message, self.pdf_view, self.image_area):
            self.stack.addWidget(page)
        outer.addWidget(self.stack, 1)

        for keys, slot in (
            (QtGui.QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QtGui.QKeySequence("Ctrl+="), self.zoom_in),  # Ctrl+Plus without Shift
            (QtGui.QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QtGui.QKeySequence("Ctrl+0"), self.fit_width),
        ):
            shortcut = QtGui.QShortcut(keys, self)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.clear()

    def _button(self, name: str, text: str, accessible: str, tip: str) -> QtWidgets.QPushButton:
        button = named(QtWidgets.QPushButton(text), name, accessible)
        button.setToolTip(tip)
        # A click does not take the focus from the scan field.
        button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        return button

    # ------------------------------------------------------------------ public API
    def show_pdf(self, data: bytes, documents: tuple[str, ...] | list[str] = ()) -> None:
        """Show a PDF invoice (parsed now), fit to width; a PDF that fails to load is said so.
        ``documents``: what it is (``("slip",)``, ``("invoice", "slip")``...), if known."""
        self._drop_document()
        self._documents = tuple(documents)
        buffer = QtCore.QBuffer(self)
        buffer.setData(QtCore.QByteArray(bytes(data)))
        buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        if self.document.status() != QPdfDocument.Status.Ready or not self.document.pageCount():
            log.warning("invoice PDF did not load: %s", self.document.error())
            self.clear(self._could_not_show())
            return
        self._kind, self._data, self._zoom = _PDF, bytes(data), 1.0
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.verticalScrollBar().setValue(0)
        self.stack.setCurrentWidget(self.pdf_view)
        self._update_controls()

    def show_image(self, data: bytes, documents: tuple[str, ...] | list[str] = ()) -> None:
        """Show an image invoice (PNG, JPEG...), fit to width (``documents``: see show_pdf)."""
        self._drop_document()
        self._documents = tuple(documents)
        image = QtGui.QImage.fromData(QtCore.QByteArray(bytes(data)))
        if image.isNull():
            self.clear(self._could_not_show())
            return
        self._kind, self._data, self._zoom, self._image = _IMAGE, bytes(data), 1.0, image
        self.stack.setCurrentWidget(self.image_area)
        self._scale_image()
        self.image_area.verticalScrollBar().setValue(0)
        self._update_controls()

    def clear(self, message: str = "") -> None:
        """No invoice: ``message``, or "No invoice for this shipment"; the last page is gone."""
        self._drop_document()
        self._kind, self._data, self._zoom = _NONE, b"", 1.0
        self._documents = ()
        self._image = QtGui.QImage()
        self.image_label.clear()
        self.message.setText(message or self.tr("No invoice for this shipment"))
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * self.ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / self.ZOOM_STEP)

    def fit_width(self) -> None:
        self._set_zoom(1.0)

    def zoom(self) -> float:
        """The zoom relative to the panel's width (1.0: the page fits the width)."""
        return self._zoom

    def kind(self) -> str:
        """What is shown: ``"pdf"``, ``"image"`` or ``""`` (nothing)."""
        return self._kind

    def documents(self) -> tuple[str, ...]:
        """What the shown document is, as given to show_pdf / show_image (``()``: not told)."""
        return self._documents

    def is_slip(self) -> bool:
        """The shown document is a packing slip alone (no tax invoice)."""
        return self._documents == ("slip",)

    def invoice_data(self) -> bytes:
        """The bytes of the shown invoice (what ``print_requested`` would print), or b""."""
        return self._data

    # ------------------------------------------------------------------ internals
    def _could_not_show(self) -> str:
        if self.is_slip():
            return self.tr("The packing slip could not be shown")
        return self.tr("The invoice could not be shown")

    def _title(self) -> str:
        """The shown document's name ("" when not told what it is)."""
        if "slip" in self._documents:
            if "invoice" in self._documents:
                return self.tr("Invoice + slip")
            return self.tr("Packing slip")
        return self.tr("Invoice") if self._documents else ""

    def _drop_document(self) -> None:
        if self._buffer is not None:
            self.document.close()
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def _set_zoom(self, zoom: float) -> None:
        if not self._kind:
            return
        zoom = min(self.MAX_ZOOM, max(self.MIN_ZOOM, zoom))
        if abs(zoom - 1.0) < 0.01:
            zoom = 1.0
        self._zoom = zoom
        if self._kind == _PDF:
            if zoom == 1.0:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            else:
                self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
                self.pdf_view.setZoomFactor(self._pdf_fit_factor() * zoom)
        else:
            self._scale_image()
        self._update_controls()

    def _pdf_fit_factor(self) -> float:
        """QPdfView's zoom factor at which the widest page fills the viewport's width."""
        margins = self.pdf_view.documentMargins()
        width = self.pdf_view.viewport().width() - margins.left() - margins.right()
        dpi = self.pdf_view.logicalDpiX() / 72.0
        widest = max(
            (
                self.document.pagePointSize(page).width()
                for page in range(self.document.pageCount())
            ),
            default=0.0,
        )
        return width / (widest * dpi) if widest > 0 and width > 0 else 1.0

    def _scale_image(self) -> None:
        if self._image.isNull():
            return
        # The scroll bar's width is left free, so fitting never makes the image scroll sideways.
        bar = self.image_area.verticalScrollBar().sizeHint().width()
        width = max(16, round((self.image_area.viewport().width() - bar) * self._zoom))
        dpr = self.devicePixelRatioF()
        scaled = self._image.scaledToWidth(
            max(1, round(width * dpr)), QtCore.Qt.TransformationMode.SmoothTransformation
        )
        scaled.setDevicePixelRatio(dpr)
        self.image_label.setPixmap(QtGui.QPixmap.fromImage(scaled))
        self.image_label.resize(round(scaled.width() / dpr), round(scaled.height() / dpr))

    def _update_controls(self) -> None:
        shown = bool(self._kind)
        for button in (self.zoom_out_button, self.fit_button, self.zoom_in_button):
            button.setEnabled(shown)
        self.zoom_out_button.setEnabled(shown and self._zoom > self.MIN_ZOOM)
        self.zoom_in_button.setEnabled(shown and self._zoom < self.MAX_ZOOM)
        self.print_button.setEnabled(shown)
        slip = shown and self.is_slip()
        self.print_button.setText(self.tr("Print slip") if slip else self.tr("Print invoice"))
        self.print_button.setAccessibleName(self.print_button.text())
        self.print_button.setToolTip(
            self.tr("Send the packing slip to the document printer")
            if slip
            else self.tr("Send the invoice to the document printer")
        )
        # At fit width the document's name takes the place of the words "Fit width"; zoomed,
        # the zoom level is shown (the narrow side panel has room for one of them).
        title = self._title() if shown and self._zoom == 1.0 else ""
        self.title_label.setText(title)
        self.title_label.setVisible(bool(title))
        self.zoom_label.setText(
            self.tr("Fit width") if self._zoom == 1.0 else f"{round(self._zoom * 100)} %"
        )
        self.zoom_label.setVisible(shown and not title)

    def _on_print_button_clicked(self) -> None:
        if self._kind:
            self.print_requested.emit()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            event.type() == QtCore.QEvent.Type.Resize
            and watched is self.image_area.viewport()
            and self._kind == _IMAGE
        ):
            self._scale_image()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._kind == _PDF and self._zoom != 1.0:
            # zoom stays relative to the panel's width
            self.pdf_view.setZoomFactor(self._pdf_fit_factor() * self._zoom)

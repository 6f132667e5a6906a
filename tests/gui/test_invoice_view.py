"""The invoice preview: legible (fit to width), zoom by keys, never a stale page."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.invoice_view import InvoiceView

pytestmark = pytest.mark.gui

BAND = QtGui.QColor("#000000")


def a4_pdf(pages: int = 1) -> bytes:
    """An A4 PDF whose first page has a black band across its whole width, a third down."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
    writer.setPageMargins(QtCore.QMarginsF(0, 0, 0, 0))
    writer.setResolution(72)
    painter = QtGui.QPainter(writer)
    width, height = writer.width(), writer.height()
    for page in range(pages):
        if page:
            writer.newPage()
        painter.fillRect(0, height // 3, width, height // 20, BAND)
        painter.drawText(40, 40, f"Invoice page {page + 1}")
    painter.end()
    buffer.close()
    return bytes(buffer.data().data())


def png_invoice() -> bytes:
    image = QtGui.QImage(600, 850, QtGui.QImage.Format.Format_RGB32)
    image.fill(QtGui.QColor("white"))
    painter = QtGui.QPainter(image)
    painter.fillRect(0, 100, 600, 40, BAND)
    painter.end()
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; str works
    return bytes(buffer.data().data())


def band_width(widget: QtWidgets.QWidget) -> int:
    """The widest run of black pixels on any sampled row of ``widget`` as drawn now."""
    image = widget.grab().toImage()
    best = 0
    for y in range(0, image.height(), 2):
        run = longest = 0
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 40:
                run += 1
                longest = max(longest, run)
            else:
                run = 0
        best = max(best, longest)
    return best


@pytest.fixture
def view(qtbot: QtBot) -> InvoiceView:
    widget = InvoiceView()
    qtbot.addWidget(widget)
    # A short, wide side panel: fit-in-view would make A4 a 200 px thumbnail here.
    widget.resize(560, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_widget_is_named(view: InvoiceView) -> None:
    for child in view.findChildren(QtWidgets.QWidget):
        if child.parent() is view.pdf_view or child.parent() is view.image_area:
            continue  # Qt's own scroll bars and viewports
        if isinstance(child, QtWidgets.QScrollBar) or child.objectName().startswith("qt_"):
            continue
        assert child.objectName(), child
        assert child.accessibleName(), child.objectName()


def test_a_pdf_is_drawn_at_the_panels_width_not_as_a_thumbnail(
    qtbot: QtBot, view: InvoiceView
) -> None:
    view.show_pdf(a4_pdf())
    assert view.kind() == "pdf"
    viewport = view.pdf_view.viewport()
    qtbot.waitUntil(lambda: band_width(viewport) > 0.9 * viewport.width(), timeout=5000)
    assert view.print_button.isEnabled()


def test_zoom_by_keys_and_back_to_fit(qtbot: QtBot, view: InvoiceView) -> None:
    view.show_pdf(a4_pdf(pages=2))
    viewport = view.pdf_view.viewport()
    qtbot.waitUntil(lambda: band_width(viewport) > 0.9 * viewport.width(), timeout=5000)
    view.pdf_view.setFocus()
    qtbot.keyClick(
        view.pdf_view, QtCore.Qt.Key.Key_Plus, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    assert view.zoom() == pytest.approx(1.25)
    # zoomed in: the page is wider than the panel, it scrolls sideways
    qtbot.waitUntil(lambda: view.pdf_view.horizontalScrollBar().maximum() > 0, timeout=5000)
    qtbot.keyClick(
        view.pdf_view, QtCore.Qt.Key.Key_Minus, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClick(
        view.pdf_view, QtCore.Qt.Key.Key_Minus, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    assert view.zoom() == pytest.approx(0.8)
    qtbot.waitUntil(lambda: band_width(viewport) < 0.85 * viewport.width(), timeout=5000)
    qtbot.keyClick(view.pdf_view, QtCore.Qt.Key.Key_0, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == 1.0
    qtbot.waitUntil(lambda: band_width(viewport) > 0.9 * viewport.width(), timeout=5000)
    assert view.pdf_view.horizontalScrollBar().maximum() == 0


def test_a_png_invoice_fits_the_width_and_follows_the_panel(
    qtbot: QtBot, view: InvoiceView
) -> None:
    view.show_image(png_invoice())
    assert view.kind() == "image"
    viewport = view.image_area.viewport()
    qtbot.waitUntil(lambda: band_width(viewport) > 0.9 * viewport.width(), timeout=5000)
    view.zoom_in()
    assert view.image_area.horizontalScrollBar().maximum() > 0
    view.fit_width()
    view.resize(900, 420)
    qtbot.waitUntil(lambda: band_width(viewport) > 0.9 * viewport.width(), timeout=5000)
    assert viewport.width() > 800


def test_no_invoice_shows_a_message_never_the_last_page(qtbot: QtBot, view: InvoiceView) -> None:
    view.show_pdf(a4_pdf())
    viewport = view.pdf_view.viewport()
    qtbot.waitUntil(lambda: band_width(viewport) > 0.9 * viewport.width(), timeout=5000)
    view.clear()
    assert view.kind() == ""
    assert view.invoice_data() == b""
    assert view.stack.currentWidget() is view.message
    assert view.message.text() == "No invoice for this shipment"
    assert band_width(view) < 30  # text only: nothing of the previous invoice anywhere
    assert not view.print_button.isEnabled()
    view.zoom_in()  # nothing to zoom
    assert view.zoom() == 1.0
    view.clear("Invoice not needed: Easy Ship")
    assert view.message.text() == "Invoice not needed: Easy Ship"


def test_a_broken_pdf_says_so(view: InvoiceView) -> None:
    view.show_pdf(b"%PDF-1.4 this is not a pdf")
    assert view.kind() == ""
    assert view.message.text() == "The invoice could not be shown"
    view.show_image(b"not a png")
    assert view.message.text() == "The invoice could not be shown"


def test_print_invoice_button(qtbot: QtBot, view: InvoiceView) -> None:
    data = a4_pdf()
    view.show_pdf(data)
    with qtbot.waitSignal(view.print_requested, timeout=1000):
        qtbot.mouseClick(view.print_button, QtCore.Qt.MouseButton.LeftButton)
    assert view.invoice_data() == data


def test_building_it_parses_nothing(qtbot: QtBot) -> None:
    from PySide6.QtPdf import QPdfDocument

    widget = InvoiceView()
    qtbot.addWidget(widget)
    assert widget.document.status() == QPdfDocument.Status.Null
    assert widget.document.pageCount() == 0

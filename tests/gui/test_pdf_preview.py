"""The invoice preview's PDF engine is warmed up with a real one-page PDF."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtPdf import QPdfDocument

from packstation.gui import pdf


def test_the_warm_up_page_is_a_pdf_qt_renders(qapp: object) -> None:
    document = QPdfDocument()
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(pdf.tiny_pdf()))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() == 1
    image = document.render(0, QtCore.QSize(240, 80))
    assert not image.isNull()
    # The text was drawn: some pixels are opaque and dark (the rest is transparent or white).
    dark = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).alpha() > 128 and image.pixelColor(x, y).lightness() < 128
    )
    sampled = ((image.width() + 1) // 2) * ((image.height() + 1) // 2)
    assert 10 < dark < sampled // 4
    document.close()


def test_the_engine_is_warmed_up_once_per_process(qapp: object) -> None:
    pdf._done.discard("warm")
    assert pdf.warm_up() is True
    assert pdf.warm_up() is False

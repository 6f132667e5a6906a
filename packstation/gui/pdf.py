"""PDF preview helpers: warm Qt's PDF engine up before the first invoice is shown.

The first ``QPdfDocument`` load and render in a process initialises PDFium and its fonts:
10-50 ms on the GUI thread, which the packer would otherwise feel as a stall at the end of
the first finish of the shift. ``warm_up()`` pays that once, while the bench is idle.
"""

from __future__ import annotations

import logging

from PySide6 import QtCore, QtGui

log = logging.getLogger(__name__)

_done: set[str] = set()  # "warm" once the engine has been warmed up in this process


def tiny_pdf() -> bytes:
    """A valid one-page PDF with one line of Helvetica text (fonts get initialised too)."""
    content = b"BT /F1 12 Tf 10 20 Td (Packstation) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 120 40] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def warm_up() -> bool:
    """Load and render a tiny PDF once per process; True if this call did the work."""
    if "warm" in _done:
        return False
    _done.add("warm")
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(tiny_pdf()))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready:
            log.warning("PDF preview warm-up: the test page did not load (%s)", document.error())
            return True
        image: QtGui.QImage = document.render(0, QtCore.QSize(120, 40))
        if image.isNull():
            log.warning("PDF preview warm-up: the test page did not render")
    finally:
        document.close()
        buffer.close()
    return True

"""The label preview shows what the bench prints: a printed ZPL job chosen in the print queue,
a PDF label (from the original the finish keeps), a PNG label, and, for a label it cannot draw,
what the label holds instead of a picture."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.gui.printers_panel import LabelPreviewWidget, PrintersPanel
from packstation.gui.tasks import TaskRunner
from packstation.sandbox.documents import LabelInfo, label_pdf, label_png, label_zpl
from printers.address import open_printer
from printers.base import Printer
from printers.spool import JobState, Spool
from printers.virtual import VirtualZplPrinter
from printers.zpl.graphic import label_to_zpl

pytestmark = pytest.mark.gui

TRACKING = "TBA123456789IN"


def info(shipment: str, name: str) -> LabelInfo:
    return LabelInfo(
        shipment_id=shipment,
        package_id="PKG-1",
        package_number=1,
        package_count=1,
        carrier="ATS",
        tracking_id=TRACKING,
        ship_to={"name": name, "addressLine1": "12 MG Road", "city": "Pune", "countryCode": "IN"},
        ship_from={"name": "Seller Co", "countryCode": "IN"},
        weight={"value": 1.2, "weightUnit": "kg"},
        cod=True,
    )


def fast(url: str) -> Printer:
    return open_printer(url, connect_timeout=1.0, status_timeout=0.3, confirm_timeout=5.0)


@pytest.fixture
def virtual(tmp_path: Path) -> Iterator[VirtualZplPrinter]:
    with VirtualZplPrinter(tmp_path / "labels") as vp:
        yield vp


@pytest.fixture
def spool(tmp_path: Path) -> Iterator[Spool]:
    with Spool(tmp_path / "spool.db", opener=fast, retry_interval=0.05) as s:
        yield s


@pytest.fixture
def window(
    qtbot: QtBot, tasks: TaskRunner, spool: Spool, tmp_path: Path
) -> Iterator[tuple[QtWidgets.QWidget, PrintersPanel]]:
    """The printers panel in a 1280x800 window, on a spool and a documents folder."""
    top = QtWidgets.QWidget()
    qtbot.addWidget(top)
    panel = PrintersPanel(tasks, spool, documents_dir=tmp_path / "documents")
    QtWidgets.QVBoxLayout(top).addWidget(panel)
    top.resize(1280, 800)
    top.show()
    yield top, panel
    panel.detach()


def dark_share(preview: LabelPreviewWidget) -> float:
    """The share of dark pixels in what the preview draws."""
    image = preview.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_Grayscale8)
    dark = 0
    step = 3
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            dark += QtGui.qGray(image.pixel(x, y)) < 100
    return dark / ((image.height() // step + 1) * (image.width() // step + 1))


def shows_a_label(preview: LabelPreviewWidget) -> None:
    assert not preview.showing_fallback, preview.text()
    assert preview.preview is not None
    assert preview.preview.drawn
    assert not preview.pixmap().isNull()
    assert preview.text() == ""
    assert dark_share(preview) > 0.01  # bars and letters drawn


def save(preview: QtWidgets.QWidget, name: str) -> Path:
    path = app_paths().cache_dir / f"label-preview-{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert preview.grab().save(str(path))
    return path


def print_and_choose(
    qtbot: QtBot, panel: PrintersPanel, spool: Spool, url: str, data: bytes, name: str
) -> None:
    job = spool.submit(url, data, name)
    assert spool.wait(job, 10.0).state is JobState.DONE
    panel.reload_jobs()
    qtbot.waitUntil(lambda: panel.jobs_model.rowCount() >= 1, timeout=10_000)
    row = next(
        r for r in range(panel.jobs_model.rowCount()) if panel.jobs_model.job_at(r).id == job
    )
    with qtbot.waitSignal(panel.preview.rendered, timeout=20_000) as blocker:
        panel.jobs_view.selectRow(row)
    assert blocker.args[0] >= 1, panel.preview.text()


def test_choosing_a_printed_zpl_job_shows_its_label(
    qtbot: QtBot,
    window: tuple[QtWidgets.QWidget, PrintersPanel],
    spool: Spool,
    virtual: VirtualZplPrinter,
) -> None:
    top, panel = window
    zpl = label_zpl(info("SBX0070000001", "राहुल शर्मा")).encode("utf-8")
    print_and_choose(qtbot, panel, spool, virtual.url, zpl, "SBX0070000001 PKG-1")
    shows_a_label(panel.preview)
    assert panel.preview.preview is not None
    assert panel.preview.preview.source == "ZPL"
    save(panel.preview, "zpl-job")
    save(top, "zpl-job-window")


def test_a_printed_pdf_label_shows_from_its_original(
    qtbot: QtBot,
    window: tuple[QtWidgets.QWidget, PrintersPanel],
    spool: Spool,
    virtual: VirtualZplPrinter,
    tmp_path: Path,
) -> None:
    _top, panel = window
    pdf = label_pdf(info("SBX0070000002", "محمد عبد الله"))
    kept = tmp_path / "documents" / "SBX0070000002"
    kept.mkdir(parents=True)
    (kept / "PKG-1.pdf").write_bytes(pdf)
    zpl = label_to_zpl(pdf, "PDF")
    (kept / "PKG-1.zpl").write_bytes(zpl)
    print_and_choose(qtbot, panel, spool, virtual.url, zpl, "SBX0070000002 PKG-1")
    shows_a_label(panel.preview)
    assert panel.preview.preview is not None
    assert panel.preview.preview.source == "PDF"
    assert "Amazon" in panel.preview.toolTip()
    save(panel.preview, "pdf-job")


@pytest.mark.parametrize("kind", ["PNG", "PDF"])
def test_label_files_show(qtbot: QtBot, tasks: TaskRunner, kind: str) -> None:
    preview = LabelPreviewWidget(tasks)
    qtbot.addWidget(preview)
    preview.resize(400, 600)
    preview.show()
    label = info("SBX0070000003", "Çağrı Şahin")
    data = label_png(label) if kind == "PNG" else label_pdf(label)
    with qtbot.waitSignal(preview.rendered, timeout=20_000) as blocker:
        preview.show_label(data)
    assert blocker.args == [1]
    shows_a_label(preview)
    save(preview, kind.lower())


def test_a_label_it_cannot_draw_shows_what_it_holds(
    qtbot: QtBot, window: tuple[QtWidgets.QWidget, PrintersPanel]
) -> None:
    _top, panel = window
    zpl = (
        b"^XA^XFR:AMAZON.ZPL^FS^FO20,20^A0N,30,30^FH^FDShip to_3A <b>Jane</b> Doe^FS"
        b"^FO20,80^BY2^BCN,80,Y,N,N^FD" + TRACKING.encode() + b"^FS^XZ"
    )
    with qtbot.waitSignal(panel.preview.rendered, timeout=20_000) as blocker:
        panel.preview.show_zpl(zpl)
    assert blocker.args == [0]
    text = panel.preview.text()
    assert panel.preview.showing_fallback
    assert "cannot be shown as a picture" in text
    assert "Ship to: <b>Jane</b> Doe" in text  # plain text: a name never becomes markup
    assert f"Code 128: {TRACKING}" in text
    assert "No label" not in text
    assert "Traceback" not in text
    save(panel.preview, "fallback")


def test_a_newer_label_wins_over_a_slower_older_one(qtbot: QtBot, tasks: TaskRunner) -> None:
    preview = LabelPreviewWidget(tasks)
    qtbot.addWidget(preview)
    preview.show_label(label_pdf(info("SBX0070000004", "Anna")))
    with qtbot.waitSignal(preview.rendered, timeout=20_000) as blocker:
        preview.show_zpl(b"^XA^XFR:MISSING.ZPL^FS^FO10,10^A0N,30,30^FDLast one^FS^XZ")
    # One lane renders previews in order: the older one was done first, and dropped.
    assert blocker.args == [0]
    assert "Last one" in preview.text()
    assert preview.showing_fallback

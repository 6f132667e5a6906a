"""The printers panel, offscreen, against the virtual printer and a real spool."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from packstation.gui.printers_panel import LabelPreviewWidget, PrintersPanel
from packstation.gui.tasks import TaskRunner
from printers.address import open_printer
from printers.base import Printer
from printers.spool import JobState, Spool
from printers.virtual import VirtualZplPrinter
from printers.zpl.templates import render_label


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
def panel(qtbot: QtBot, tasks: TaskRunner, spool: Spool) -> Iterator[PrintersPanel]:
    widget = PrintersPanel(tasks, spool)
    qtbot.addWidget(widget)
    yield widget
    widget.detach()


def test_add_and_verify_shows_status(
    qtbot: QtBot, panel: PrintersPanel, virtual: VirtualZplPrinter
) -> None:
    panel.address_edit.setText(virtual.url)
    with qtbot.waitSignal(panel.printer_verified, timeout=10_000):
        panel.add_button.click()
    assert "ready" in panel.status_label.text()
    assert "ZD421" in panel.status_label.text()
    virtual.state.head_open = True
    with qtbot.waitSignal(panel.printer_verified, timeout=10_000):
        panel.verify_button.click()
    assert panel.status_label.text().endswith("head open")


def test_bad_address(panel: PrintersPanel) -> None:
    panel.add_printer("printer-host")
    assert "no scheme" in panel.status_label.text()
    assert panel.printer_list.count() == 0


def test_silent_printer_reported_unknown(
    qtbot: QtBot, panel: PrintersPanel, virtual: VirtualZplPrinter
) -> None:
    virtual.state.silent = True
    with qtbot.waitSignal(panel.printer_failed, timeout=10_000) as blocker:
        panel.add_printer(virtual.url)
    assert "may be faulted" in blocker.args[1]


def test_test_label_waits_for_paper_then_prints(
    qtbot: QtBot,
    panel: PrintersPanel,
    virtual: VirtualZplPrinter,
    spool: Spool,
    qtmodeltester: ModelTester,
) -> None:
    with qtbot.waitSignal(panel.printer_verified, timeout=10_000):
        panel.add_printer(virtual.url)
    virtual.state.paper_out = True
    panel.test_button.click()
    qtbot.waitUntil(
        lambda: any("waiting: paper out" in j.text for j in panel.jobs_model._jobs), timeout=10_000
    )
    qtmodeltester.check(panel.jobs_model)
    texts = [
        panel.jobs_model.data(panel.jobs_model.index(r, 3))
        for r in range(panel.jobs_model.rowCount())
    ]
    assert "waiting: paper out" in texts
    virtual.state.paper_out = False
    qtbot.waitUntil(
        lambda: any(j.state == JobState.DONE for j in panel.jobs_model._jobs), timeout=10_000
    )
    assert len(virtual.jobs) == 1
    panel.jobs_view.selectRow(0)
    panel.reprint_button.click()
    qtbot.waitUntil(lambda: len(virtual.jobs) == 2, timeout=10_000)


def test_preview_renders_a_label(qtbot: QtBot, tasks: TaskRunner) -> None:
    preview = LabelPreviewWidget(tasks)
    qtbot.addWidget(preview)
    zpl = render_label("sku-2x1", {"title": "Tea", "sku": "SKU-1"})
    with qtbot.waitSignal(preview.rendered, timeout=10_000) as blocker:
        preview.show_zpl(zpl, 406, 203)
    assert blocker.args == [1]
    assert not preview.pixmap().isNull()


def test_preview_without_zplkit(
    qtbot: QtBot, tasks: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import packstation.gui.printers_panel as module

    monkeypatch.setattr(module, "preview_available", lambda: False)
    preview = LabelPreviewWidget(tasks)
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.rendered, timeout=1000) as blocker:
        preview.show_zpl(b"^XA^XZ")
    assert blocker.args == [0]
    assert "packstation[preview]" in preview.text()


RED_GREEN = (
    'QLabel[indicator="error"] { color: #b3261e; } QLabel[indicator="ok"] { color: #1e7d32; }'
)


def test_a_red_status_turns_green_once_the_printer_answers(
    qtbot: QtBot, panel: PrintersPanel, virtual: VirtualZplPrinter
) -> None:
    panel.setStyleSheet(RED_GREEN)  # the colours of bench.qss
    panel.show()
    virtual.state.head_open = True
    with qtbot.waitSignal(panel.printer_verified, timeout=10_000):
        panel.add_printer(virtual.url)
    text_colour = QtGui.QPalette.ColorRole.WindowText
    assert panel.status_label.palette().color(text_colour).name() == "#b3261e"
    virtual.state.head_open = False  # the packer closed the head and checks again
    with qtbot.waitSignal(panel.printer_verified, timeout=10_000):
        panel.verify_button.click()
    assert panel.status_label.text().endswith("ready")
    assert panel.status_label.palette().color(text_colour).name() == "#1e7d32"


def test_print_queue_columns_fit_at_1280(
    qtbot: QtBot, panel: PrintersPanel, virtual: VirtualZplPrinter, spool: Spool
) -> None:
    # The panel's share of a 1280x800 window (next to the page list and the label preview).
    panel.resize(1000, 600)
    panel.show()
    with qtbot.waitSignal(panel.printer_verified, timeout=10_000):
        panel.add_printer(virtual.url)
    spool.submit(virtual.url, b"^XA^XZ", "SBX0070000008 package 1")
    qtbot.waitUntil(lambda: panel.jobs_model.rowCount() == 1, timeout=10_000)
    view = panel.jobs_view
    metrics = view.fontMetrics()
    for column in (1, 2):
        text = panel.jobs_model.index(0, column).data()
        needed = metrics.horizontalAdvance(text) + 2 * view.style().pixelMetric(
            QtWidgets.QStyle.PixelMetric.PM_FocusFrameHMargin
        )
        assert view.columnWidth(column) >= needed, (column, text)
        tip = panel.jobs_model.index(0, column).data(QtCore.Qt.ItemDataRole.ToolTipRole)
        assert tip == text
    header = view.horizontalHeader()
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(4))
    assert right <= view.viewport().width()  # nothing off to the right

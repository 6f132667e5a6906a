"""The Devices & Printers page composes the printer and scale panels and follows the bench."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.main_window import MainWindow
from packstation.gui.runtime_holder import holder_of
from printers.spool import Spool
from printers.virtual import VirtualZplPrinter


def test_panels_are_on_the_page(main_window: MainWindow) -> None:
    page = main_window.pages["devices"]
    assert page.findChild(QtWidgets.QWidget, "printersPanel") is not None
    assert page.findChild(QtWidgets.QWidget, "scalesPanel") is not None


def test_printers_panel_follows_the_bench_spool(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    page = main_window.pages["devices"]
    with VirtualZplPrinter(tmp_path / "labels") as printer:
        spool = Spool(tmp_path / "spool.sqlite3").start()
        try:
            controller = holder_of(main_window)
            # a stand-in with the runtime's parts this page reads (no database: sign-in waits)
            controller.runtime = SimpleNamespace(  # type: ignore[assignment]
                printer=SimpleNamespace(spool=spool, url=printer.url), scale=None, db=None
            )
            controller.state_changed.emit("ready")
            panel = page.printers  # type: ignore[attr-defined]
            assert panel.spool is spool
            assert panel.current_address == printer.url
            qtbot.waitUntil(lambda: "ready" in panel.status_label.text().lower(), timeout=10_000)
            controller.runtime = None
        finally:
            page.shutdown()  # type: ignore[attr-defined]
            spool.stop()

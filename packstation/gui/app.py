"""Start the Qt application: QApplication, style, icon, logging of Qt messages, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass

from PySide6 import QtCore, QtGui, QtWidgets

from packstation import __version__
from packstation.config.paths import AppPaths
from packstation.config.resources import resource_path
from packstation.config.settings import Settings
from packstation.devices.serial_scanner import SerialScanner
from packstation.gui import gc_guard, i18n, qtlog
from packstation.gui.main_window import MainWindow
from packstation.gui.runtime_holder import attach, holder_of
from packstation.gui.tasks import TaskRunner
from packstation.gui.wedge import WedgeFilter

log = logging.getLogger(__name__)


def ensure_platform() -> None:
    """Use the offscreen platform when there is no display (Qt would abort otherwise)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def application(argv: list[str] | None = None) -> QtWidgets.QApplication:
    """The QApplication, created once with Packstation's names, icon and style."""
    existing = QtWidgets.QApplication.instance()
    if isinstance(existing, QtWidgets.QApplication):
        app = existing
    else:
        ensure_platform()
        app = QtWidgets.QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Packstation")
    app.setOrganizationName("Packstation")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("packstation")
    app.setWindowIcon(QtGui.QIcon(str(resource_path("icons", "app.svg"))))
    # No PreferNoShaping on the application font: Qt then lays Arabic out letter by letter,
    # unjoined and left to right (a buyer's name in an AE order became unreadable). Shaping
    # costs some GUI-thread time on Latin text; reading the name right comes first.
    font = app.font()
    if font.styleStrategy() & QtGui.QFont.StyleStrategy.PreferNoShaping:
        font.setStyleStrategy(QtGui.QFont.StyleStrategy.PreferDefault)
        app.setFont(font)
    app.setStyleSheet(resource_path("styles", "bench.qss").read_text(encoding="utf-8"))
    gc_guard.install(app)
    return app


@dataclass
class Gui:
    """What :func:`build` made: the application, the task runner and the window."""

    app: QtWidgets.QApplication
    tasks: TaskRunner
    window: MainWindow

    def close(self) -> None:
        self.window.close()
        self.tasks.shutdown(wait=True)
        holder_of(self.window).close()


def build(settings: Settings, paths: AppPaths) -> Gui:
    """Create the application and the main window (not shown)."""
    app = application()
    i18n.install(app, settings.language)
    qtlog.install()
    tasks = TaskRunner(app)
    window = MainWindow(settings, paths, tasks)
    return Gui(app, tasks, window)


def run(settings: Settings, paths: AppPaths) -> int:
    """Show the main window and run the event loop until it closes."""
    started = time.perf_counter()
    gui = build(settings, paths)
    wedge = WedgeFilter.from_settings(settings.scanner, gui.app)
    wedge.install(gui.app)
    attach(gui.window, wedge).start()
    serial_scanner = _start_serial_scanner(settings, wedge)
    gui.window.show()

    def shown() -> None:
        elapsed_ms = (time.perf_counter() - started) * 1000
        log.info("window shown %.0f ms after start", elapsed_ms)
        if os.environ.get("PACKSTATION_EXIT_AFTER_SHOWN"):
            # Used by the start-up benchmark and the bundle smoke test.
            print(f"window shown {elapsed_ms:.0f} ms after start", flush=True)  # noqa: T201
            gui.app.quit()

    QtCore.QTimer.singleShot(0, shown)
    try:
        return gui.app.exec()
    finally:
        wedge.uninstall(gui.app)
        if serial_scanner is not None:
            serial_scanner.stop()
        gui.tasks.shutdown(wait=True)
        holder_of(gui.window).close()


def _start_serial_scanner(settings: Settings, wedge: WedgeFilter) -> SerialScanner | None:
    """A serial (USB-COM) scanner feeds the same scan handler as the keyboard wedge.

    Its reader thread emits ``wedge.scan_received``; Qt queues the signal to the GUI thread.
    """
    scanner = settings.scanner
    if not scanner.serial_url:
        return None
    return SerialScanner(
        scanner.serial_url,
        on_scan=wedge.scan_received.emit,
        prefix=scanner.prefix,
        suffix=scanner.suffix,
        blanking_ms=scanner.blanking_ms,
    ).start()

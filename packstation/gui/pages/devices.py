"""The Devices & Printers page: the printers panel and the scales & scanners panel.

The printers panel is bound to the bench's print spool once the bench runtime is up (the
runtime starts off the GUI thread); until then it can still add and check printers. Scans that
reach the page's "scan here" area are classified, not acted on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets

from packstation.gui.printers_panel import PrintersPanel
from packstation.gui.runtime_holder import holder_of
from packstation.gui.scales_panel import ScalesPanel
from packstation.gui.widgets import PageWidget, named

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow
    from printers.spool import Spool


class DevicesPage(PageWidget):
    """Devices & Printers."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Devices & Printers"), "devicesPage")
        self.window_ = window
        self.tabs = named(QtWidgets.QTabWidget(), "devicesTabs", self.tr("Devices"))
        self.printers = PrintersPanel(window.tasks)
        self.scales = ScalesPanel(window.tasks, window.settings.scale)
        # Scroll areas keep the window usable on small bench screens.
        self.tabs.addTab(_scrolled(self.printers, "printersScroll"), self.tr("Printers"))
        self.tabs.addTab(_scrolled(self.scales, "scalesScroll"), self.tr("Scales and scanners"))
        self.body.addWidget(self.tabs, 1)
        self._bound_spool: Spool | None = None
        controller = holder_of(window)
        controller.state_changed.connect(self._on_bench_state_changed)

    def _on_bench_state_changed(self, state: str) -> None:
        runtime = holder_of(self.window_).runtime
        if state == "ready" and runtime is not None and runtime.scale is not None:
            self.scales.use_station_scale(runtime.scale, runtime.scale_emulator)
        printer = runtime.printer if state == "ready" and runtime is not None else None
        if printer is None or printer.spool is self._bound_spool:
            return
        spool = printer.spool
        # Rebuild the printers panel on the bench's spool so it shows the real print queue.
        self.printers.detach()
        self.printers = PrintersPanel(self.window_.tasks, spool)
        scroll = self.tabs.widget(0)
        assert isinstance(scroll, QtWidgets.QScrollArea)
        scroll.takeWidget().deleteLater()
        scroll.setWidget(self.printers)
        self._bound_spool = spool
        self.printers.add_printer(printer.url)
        self.printers.reload_jobs()

    def activated(self) -> None:
        if self._bound_spool is not None:
            self.printers.reload_jobs()

    def shutdown(self) -> None:
        """Stop the scale reader and the spool subscription (called when the window closes)."""
        self.printers.detach()
        self.scales.shutdown()


def _scrolled(widget: QtWidgets.QWidget, name: str) -> QtWidgets.QScrollArea:
    area = named(QtWidgets.QScrollArea(), name)
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area

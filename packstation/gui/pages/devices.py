"""The Devices & Printers page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.gui.widgets import PageWidget, placeholder

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow


class DevicesPage(PageWidget):
    """Devices & Printers."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Devices & Printers"), "devicesPage")
        self.window_ = window
        self.body.addWidget(
            placeholder(
                self.tr("Label printers, slip printers, scales and scanners are set up here."),
                "devicesPagePlaceholder",
            )
        )

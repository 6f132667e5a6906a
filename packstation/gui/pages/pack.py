"""The Pack page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.gui.widgets import PageWidget, placeholder

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow


class PackPage(PageWidget):
    """Pack."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Pack"), "packPage")
        self.window_ = window
        self.body.addWidget(
            placeholder(
                self.tr("Scan a shipment, order or item barcode to start packing."),
                "packPagePlaceholder",
            )
        )

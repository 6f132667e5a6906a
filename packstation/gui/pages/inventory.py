"""The Inventory page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.gui.widgets import PageWidget, placeholder

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow


class InventoryPage(PageWidget):
    """Inventory."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Inventory"), "inventoryPage")
        self.window_ = window
        self.body.addWidget(
            placeholder(self.tr("Inventory per location appears here."), "inventoryPagePlaceholder")
        )

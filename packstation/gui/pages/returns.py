"""The Returns page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.gui.widgets import PageWidget, placeholder

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow


class ReturnsPage(PageWidget):
    """Returns."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Returns"), "returnsPage")
        self.window_ = window
        self.body.addWidget(
            placeholder(self.tr("Returns to receive appear here."), "returnsPagePlaceholder")
        )

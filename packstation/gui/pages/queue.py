"""The Queue page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from packstation.gui.widgets import PageWidget, placeholder

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow


class QueuePage(PageWidget):
    """Queue."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Queue"), "queuePage")
        self.window_ = window
        self.body.addWidget(
            placeholder(
                self.tr(
                    "No shipments in the queue yet. Shipments appear here as soon as the marketplace connection is set up."
                ),
                "queuePagePlaceholder",
            )
        )

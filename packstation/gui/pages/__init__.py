"""The main window's pages, one module each.

:func:`default_pages` builds the pages the window was not given (tests pass their own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow
    from packstation.gui.widgets import PageWidget


def default_pages(window: MainWindow, keys: list[str]) -> dict[str, PageWidget]:
    from packstation.gui.pages import dashboard, devices, inventory, pack, queue, returns, settings

    factories = {
        "queue": queue.QueuePage,
        "pack": pack.PackPage,
        "inventory": inventory.InventoryPage,
        "returns": returns.ReturnsPage,
        "devices": devices.DevicesPage,
        "dashboard": dashboard.DashboardPage,
        "settings": settings.SettingsPage,
    }
    return {key: factories[key](window) for key in keys}

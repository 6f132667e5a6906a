"""The main window: navigation between the sections, the pages, the status bar."""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from packstation.config.paths import AppPaths
from packstation.config.settings import Settings
from packstation.gui.tasks import TaskRunner
from packstation.gui.widgets import IndicatorLabel, PageWidget, named

if TYPE_CHECKING:
    from packstation.gui.pack_controller import PackController
    from packstation.gui.runtime_holder import RuntimeHolder

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    shortcut: str


class MainWindow(QtWidgets.QMainWindow):
    """Packstation's main window.

    Signals:
        section_changed(str): the visible section changed (its key, e.g. ``"pack"``).
    """

    section_changed = QtCore.Signal(str)

    def __init__(
        self,
        settings: Settings,
        paths: AppPaths,
        tasks: TaskRunner,
        pages: dict[str, PageWidget] | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.paths = paths
        self.tasks = tasks
        #: the window's hold on the runtime and the Pack page's calls, made on first use by
        #: ``runtime_holder.holder_of`` and ``pack_controller.pack_controller_of``
        self.runtime_holder: RuntimeHolder | None = None
        self.pack_controller: PackController | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Packstation"))
        self.setAccessibleName(self.tr("Packstation main window"))
        self.sections = [
            Section("queue", self.tr("Queue"), "Ctrl+1"),
            Section("pack", self.tr("Pack"), "Ctrl+2"),
            Section("inventory", self.tr("Inventory"), "Ctrl+3"),
            Section("returns", self.tr("Returns"), "Ctrl+4"),
            Section("devices", self.tr("Devices & Printers"), "Ctrl+5"),
            Section("dashboard", self.tr("Dashboard"), "Ctrl+6"),
            Section("settings", self.tr("Settings"), "Ctrl+7"),
        ]
        self.pages: dict[str, PageWidget] = dict(pages or {})
        self._build()
        self._restore_geometry()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        from packstation.gui.pages import default_pages

        missing = [s.key for s in self.sections if s.key not in self.pages]
        self.pages.update(default_pages(self, missing))

        central = QtWidgets.QWidget(self)
        layout = QtWidgets.QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.navigation = named(QtWidgets.QListWidget(), "navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(210)
        self.navigation.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        # bench.qss draws the selected section's bar on the reading side (right in Arabic).
        self.navigation.setProperty("rtl", self.isRightToLeft())
        self.stack = named(QtWidgets.QStackedWidget(), "pages")
        for section in self.sections:
            item = QtWidgets.QListWidgetItem(section.title)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, section.key)
            item.setToolTip(f"{section.title} ({section.shortcut})")
            self.navigation.addItem(item)
            self.stack.addWidget(self.pages[section.key])
            action = QtGui.QAction(section.title, self)
            action.setObjectName(f"show_{section.key}")
            action.setShortcut(QtGui.QKeySequence(section.shortcut))
            action.setShortcutContext(QtCore.Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(lambda _=False, key=section.key: self.show_section(key))
            self.addAction(action)
        self.navigation.currentRowChanged.connect(self._on_navigation_row_changed)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        self.navigation.setCurrentRow(0)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        self.profile_badge = named(QtWidgets.QLabel(), "profileBadge")
        self.profile_badge.setAccessibleName(self.tr("Profile"))
        self.station_label = named(QtWidgets.QLabel(), "stationLabel")
        self.station_label.setAccessibleName(self.tr("Station"))
        self.printer_indicator = IndicatorLabel("printerIndicator", self.tr("Label printer"))
        self.scale_indicator = IndicatorLabel("scaleIndicator", self.tr("Scale"))
        self.printer_indicator.set_state(self.tr("Printer: not checked"), "off")
        self.scale_indicator.set_state(self.tr("Scale: none"), "off")
        bar.addWidget(self.profile_badge)
        bar.addWidget(self.station_label)
        bar.addPermanentWidget(self.printer_indicator)
        bar.addPermanentWidget(self.scale_indicator)
        from packstation.gui.sign_in import SignInWidget

        self.sign_in = SignInWidget(self)
        bar.addPermanentWidget(self.sign_in)
        self.update_profile()

    def update_profile(self) -> None:
        """Show the profile: a SANDBOX badge whenever the station is not connected to Amazon."""
        if self.settings.is_sandbox:
            self.profile_badge.setText(self.tr("SANDBOX"))
            self.profile_badge.setToolTip(
                self.tr("Built-in sandbox marketplace: nothing is sent to Amazon.")
            )
            self.profile_badge.setProperty("profile", "sandbox")
        else:
            region = self.settings.amazon.region.value
            self.profile_badge.setText(self.tr("AMAZON {0}").format(region))
            self.profile_badge.setToolTip(self.tr("Connected to Amazon's Selling Partner API"))
            self.profile_badge.setProperty("profile", "production")
        self.profile_badge.style().unpolish(self.profile_badge)
        self.profile_badge.style().polish(self.profile_badge)
        self.station_label.setText(self.tr("Station {0}").format(self.settings.station_name))

    # ------------------------------------------------------------------ sections
    def show_section(self, key: str) -> None:
        keys = [s.key for s in self.sections]
        if key not in keys:
            raise KeyError(f"no section {key!r}")
        self.navigation.setCurrentRow(keys.index(key))

    @property
    def current_section(self) -> str:
        return self.sections[self.navigation.currentRow()].key

    def _on_navigation_row_changed(self, row: int) -> None:
        if row < 0:
            return
        section = self.sections[row]
        page = self.pages[section.key]
        self.stack.setCurrentWidget(page)
        page.activated()
        self.section_changed.emit(section.key)

    # ------------------------------------------------------------------ geometry
    def _restore_geometry(self) -> None:
        self.resize(1280, 800)
        try:
            state = json.loads(self.paths.ui_state_file.read_text(encoding="utf-8"))
            geometry = base64.b64decode(state["geometry"])
        except FileNotFoundError:
            return
        except (ValueError, KeyError, TypeError):
            log.warning("ignoring unreadable window state in %s", self.paths.ui_state_file)
            return
        self.restoreGeometry(QtCore.QByteArray(geometry))

    def save_geometry(self) -> None:
        data = bytes(self.saveGeometry().data())
        path = self.paths.ui_state_file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"geometry": base64.b64encode(data).decode("ascii")}))

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        try:
            self.save_geometry()
        except OSError:
            log.warning("could not save the window geometry", exc_info=True)
        for page in self.pages.values():
            page.shutdown()
        super().closeEvent(event)

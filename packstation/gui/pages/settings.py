"""The Settings page: profile, Amazon connection, station, database and folders.

Saving writes ``settings.toml`` and stores the LWA secrets in the OS keyring, both off the GUI
thread. Secrets are write-only here: the page shows whether one is stored, never its value.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from packstation.config import secrets
from packstation.config.settings import Profile, Region, Settings, save_settings
from packstation.gui import texts
from packstation.gui.widgets import PageWidget, named

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class SettingsPage(PageWidget):
    """Edit the station's settings."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window.tr("Settings"), "settingsPage")
        self.window_ = window
        scroll = QtWidgets.QScrollArea(widgetResizable=True)
        inner = QtWidgets.QWidget()
        form_box = QtWidgets.QVBoxLayout(inner)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)

        general = QtWidgets.QGroupBox(self.tr("Station"))
        form = QtWidgets.QFormLayout(general)
        self.profile_combo = self._combo("profileCombo", self.tr("Profile"))
        self.profile_combo.addItem(self.tr("Sandbox (built-in marketplace)"), Profile.SANDBOX.value)
        self.profile_combo.addItem(self.tr("Production (Amazon)"), Profile.PRODUCTION.value)
        self.station_edit = self._line("stationNameEdit", self.tr("Station name"))
        form.addRow(self.tr("Profile"), self.profile_combo)
        form.addRow(self.tr("Station name"), self.station_edit)
        form_box.addWidget(general)

        amazon = QtWidgets.QGroupBox(self.tr("Amazon connection (production profile)"))
        form = QtWidgets.QFormLayout(amazon)
        self.region_combo = self._combo("regionCombo", self.tr("Region"))
        for region in Region:
            self.region_combo.addItem(texts.region_name(region.value), region.value)
        self.marketplace_edit = self._line("marketplaceEdit", self.tr("Marketplace id"))
        self.location_edit = self._line("locationEdit", self.tr("Location id"))
        self.client_id_edit = self._line("lwaClientIdEdit", self.tr("LWA client id"))
        self.client_secret_edit = self._line("lwaClientSecretEdit", self.tr("LWA client secret"))
        self.refresh_token_edit = self._line("lwaRefreshTokenEdit", self.tr("LWA refresh token"))
        for secret_edit in (self.client_secret_edit, self.refresh_token_edit):
            secret_edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
            secret_edit.setPlaceholderText(self.tr("unchanged"))
        self.secret_state = named(QtWidgets.QLabel(), "secretState")
        form.addRow(self.tr("Region"), self.region_combo)
        form.addRow(self.tr("Marketplace id"), self.marketplace_edit)
        form.addRow(self.tr("Location id"), self.location_edit)
        form.addRow(self.tr("LWA client id"), self.client_id_edit)
        form.addRow(self.tr("LWA client secret"), self.client_secret_edit)
        form.addRow(self.tr("LWA refresh token"), self.refresh_token_edit)
        form.addRow("", self.secret_state)
        form_box.addWidget(amazon)

        data = QtWidgets.QGroupBox(self.tr("Database and folders"))
        form = QtWidgets.QFormLayout(data)
        self.db_edit = self._line("databaseUrlEdit", self.tr("Shared database URL"))
        self.db_edit.setPlaceholderText(self.tr("empty: this station's own SQLite file"))
        form.addRow(self.tr("Shared database"), self.db_edit)
        paths = window.paths
        for label, folder in (
            (self.tr("Settings file"), paths.settings_file),
            (self.tr("Data folder"), paths.data_dir),
            (self.tr("Log folder"), paths.log_dir),
        ):
            value = QtWidgets.QLabel(str(folder))
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        form_box.addWidget(data)
        form_box.addStretch(1)

        buttons = QtWidgets.QHBoxLayout()
        self.status_label = named(QtWidgets.QLabel(), "settingsStatus")
        self.save_button = named(QtWidgets.QPushButton(self.tr("Save")), "saveSettingsButton")
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        self.body.addLayout(buttons)
        self.load(window.settings)

    def _combo(self, name: str, accessible: str) -> QtWidgets.QComboBox:
        combo = named(QtWidgets.QComboBox(), name)
        combo.setAccessibleName(accessible)
        return combo

    def _line(self, name: str, accessible: str) -> QtWidgets.QLineEdit:
        edit = named(QtWidgets.QLineEdit(), name)
        edit.setAccessibleName(accessible)
        return edit

    def load(self, settings: Settings) -> None:
        self.profile_combo.setCurrentIndex(self.profile_combo.findData(settings.profile.value))
        self.station_edit.setText(settings.station_name)
        self.region_combo.setCurrentIndex(self.region_combo.findData(settings.amazon.region.value))
        self.marketplace_edit.setText(settings.amazon.marketplace_id)
        self.location_edit.setText(settings.amazon.location_id)
        self.client_id_edit.setText(settings.amazon.lwa_client_id)
        self.db_edit.setText(settings.database.url)

    def activated(self) -> None:
        self.window_.tasks.run(
            _stored_secrets,
            on_done=self._on_secrets_checked,
            on_error=self._on_secrets_error,
            owner=self,
            name="check stored secrets",
        )

    def _on_secrets_checked(self, stored: dict[str, bool]) -> None:
        def word(name: str) -> str:
            return self.tr("stored") if stored.get(name) else self.tr("not stored")

        self.secret_state.setText(
            self.tr("Client secret: {0}; refresh token: {1} (kept in the OS keyring)").format(
                word(secrets.LWA_CLIENT_SECRET), word(secrets.LWA_REFRESH_TOKEN)
            )
        )

    def _on_secrets_error(self, error: BaseException) -> None:
        self.secret_state.setText(self.tr("Keyring unavailable: {0}").format(error))

    def _on_save_clicked(self) -> None:
        settings = self.window_.settings
        try:
            settings.profile = Profile(self.profile_combo.currentData())
            settings.station_name = self.station_edit.text().strip() or settings.station_name
            settings.amazon.region = Region(self.region_combo.currentData())
            settings.amazon.marketplace_id = self.marketplace_edit.text().strip()
            settings.amazon.location_id = self.location_edit.text().strip()
            settings.amazon.lwa_client_id = self.client_id_edit.text().strip()
            settings.database.url = self.db_edit.text().strip()
        except ValueError as exc:
            self._show_status(self.tr("Not saved: {0}").format(exc), error=True)
            return
        new_secrets = {
            secrets.LWA_CLIENT_SECRET: self.client_secret_edit.text(),
            secrets.LWA_REFRESH_TOKEN: self.refresh_token_edit.text(),
        }
        self.save_button.setEnabled(False)
        self._show_status(self.tr("Saving…"))
        self.window_.tasks.run(
            _save,
            settings,
            {k: v for k, v in new_secrets.items() if v},
            on_done=self._on_saved,
            on_error=self._on_save_failed,
            owner=self,
            name="save settings",
        )

    def _on_saved(self, path: object) -> None:
        self.save_button.setEnabled(True)
        self.client_secret_edit.clear()
        self.refresh_token_edit.clear()
        self.window_.update_profile()
        self._show_status(
            self.tr("Saved to {0}. A profile change takes effect at the next start.").format(path)
        )
        self.activated()

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self._show_status(self.tr("Not saved: {0}").format(error), error=True)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setProperty("indicator", "error" if error else "ok")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)


def _stored_secrets() -> dict[str, bool]:
    return {name: bool(secrets.get_secret(name)) for name in secrets.ENV_NAMES}


def _save(settings: Settings, new_secrets: dict[str, str]) -> str:
    for name, value in new_secrets.items():
        secrets.set_secret(name, value)
    return str(save_settings(settings))

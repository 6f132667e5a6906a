"""Packer sign-in: a status-bar widget, a sign-in dialog and an add-packer dialog.

A packer signs in at this station (``settings.station_name``) by scanning a badge anywhere in the
window (keyboard wedge or serial scanner) or by typing a name in the dialog. A wedge scan signs in
when it is

* ``BADGE:<id>`` (any case): the badge ``<id>``, known or not (an unknown badge opens the dialog
  with the badge filled in: type the name once and the badge is registered), or
* exactly the badge of a known packer (the badges are kept in memory, so routing a scan costs no
  database round trip).

Every other scan goes on to the Pack page. The bench's packer (``PackingWorkflow.packer``: claims,
journal and audit records) follows the signed-in packer. Database work runs on the window's task
runner (lane ``db``), never on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6 import QtCore, QtWidgets

from packstation.gui.runtime_holder import DB_LANE, describe_error, holder_of
from packstation.gui.widgets import IndicatorLabel, named

if TYPE_CHECKING:
    from packstation.gui.main_window import MainWindow
    from packstation.store.database import Database
    from packstation.store.people import Packer

T = TypeVar("T")

log = logging.getLogger(__name__)

BADGE_PREFIX = "BADGE:"
#: the bench's packer while nobody is signed in
NOBODY = "packer"


def badge_of(code: str) -> str | None:
    """The badge id of a ``BADGE:`` scan, else None."""
    code = code.strip()
    if code[: len(BADGE_PREFIX)].upper() == BADGE_PREFIX:
        return code[len(BADGE_PREFIX) :].strip() or None
    return None


class SignInDialog(QtWidgets.QDialog):
    """Scan a badge or type a name. A new badge with a name registers the packer."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, badge: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Sign in"))
        self.setAccessibleName(self.tr("Sign in"))
        form = QtWidgets.QFormLayout(self)
        self.hint = QtWidgets.QLabel(
            self.tr("Scan your badge, or type your name. A new badge needs your name once.")
        )
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.badge_input = named(QtWidgets.QLineEdit(badge), "signInBadge", self.tr("Badge"))
        self.name_input = named(QtWidgets.QLineEdit(), "signInName", self.tr("Name"))
        form.addRow(self.tr("Badge"), self.badge_input)
        form.addRow(self.tr("Name"), self.name_input)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("signInButtons")
        for button in buttons.buttons():
            role = buttons.buttonRole(button).name
            named(button, f"signIn{role}", button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        (self.name_input if badge else self.badge_input).setFocus()

    @property
    def badge(self) -> str | None:
        text = self.badge_input.text().strip()
        return badge_of(text) or text or None

    @property
    def name(self) -> str | None:
        return self.name_input.text().strip() or None


class AddPackerDialog(QtWidgets.QDialog):
    """Register a packer: a name and (optionally) a badge, scanned or typed."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addPackerDialog")
        self.setWindowTitle(self.tr("Add packer"))
        self.setAccessibleName(self.tr("Add packer"))
        form = QtWidgets.QFormLayout(self)
        self.name_input = named(QtWidgets.QLineEdit(), "addPackerName", self.tr("Name"))
        self.badge_input = named(QtWidgets.QLineEdit(), "addPackerBadge", self.tr("Badge"))
        form.addRow(self.tr("Name"), self.name_input)
        form.addRow(self.tr("Badge"), self.badge_input)
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            role = self.buttons.buttonRole(button).name
            named(button, f"addPacker{role}", button.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    @property
    def name(self) -> str:
        return self.name_input.text().strip()

    @property
    def badge(self) -> str | None:
        text = self.badge_input.text().strip()
        return badge_of(text) or text or None


class SignInWidget(QtWidgets.QWidget):
    """Who is signed in at this station, with Sign in / Sign out (lives in the status bar).

    Signals:
        signed_in(str): a packer signed in (their name).
        signed_out(): the packer signed out.
        packers_changed(): a packer was added (badges reloaded).
        failed(str): a sign-in, sign-out or add failed (the message shown).
    """

    signed_in = QtCore.Signal(str)
    signed_out = QtCore.Signal()
    packers_changed = QtCore.Signal()
    failed = QtCore.Signal(str)

    def __init__(self, window: MainWindow, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInWidget")
        self.setAccessibleName(self.tr("Packer sign-in"))
        self.window_ = window
        self.controller = holder_of(window)
        self.station = str(window.settings.station_name)
        self.packer: str | None = None
        self.known_badges: set[str] = set()
        self.dialog: SignInDialog | None = None
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = IndicatorLabel("signInStatus", self.tr("Signed-in packer"))
        self.sign_in_button = named(
            QtWidgets.QPushButton(self.tr("Sign in")), "signInButton", self.tr("Sign in")
        )
        self.sign_out_button = named(
            QtWidgets.QPushButton(self.tr("Sign out")), "signOutButton", self.tr("Sign out")
        )
        for button in (self.sign_in_button, self.sign_out_button):
            button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            button.setFlat(True)
        layout.addWidget(self.status)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.sign_out_button)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.controller.state_changed.connect(self._on_controller_state_changed)
        self._show()
        if self.controller.ready:
            self.reload()

    # ------------------------------------------------------------------ state
    def _db(self) -> Database | None:
        """The station's database; None until the bench has started (sign-in waits)."""
        runtime = self.controller.runtime
        return None if runtime is None else runtime.db

    def _show(self) -> None:
        if self.packer:
            self.status.set_state(
                self.tr("{0} at {1}").format(self.packer, self.station),
                "ok",
                self.tr("Signed in at station {0}").format(self.station),
            )
        else:
            self.status.set_state(self.tr("Nobody signed in at {0}").format(self.station), "warn")
        self.sign_out_button.setEnabled(bool(self.packer))

    def _follow(self, name: str | None) -> None:
        """The bench's claims, journal and audit records name the signed-in packer."""
        self.packer = name
        bench = self.controller.workflow
        if bench is not None:
            bench.packer = name or NOBODY
        self._show()

    def _on_controller_state_changed(self, state: str) -> None:
        if state == "ready":
            self.reload()

    def reload(self) -> None:
        """Register the station, read who is signed in here and the known badges."""
        db = self._db()
        if db is None:
            return
        station = self.station

        def job() -> tuple[str | None, set[str]]:
            db.people.register_station(station)
            current = db.people.signed_in(station)
            badges = {p.badge for p in db.people.packers() if p.badge and p.active}
            return (current.packer.name if current else None), badges

        def done(answer: tuple[str | None, set[str]]) -> None:
            name, self.known_badges = answer
            self._follow(name)

        self._run(job, done, "sign-in:reload")

    def _run(self, job: Callable[[], T], done: Callable[[T], None], name: str) -> None:
        def error(exc: BaseException) -> None:
            message = describe_error(exc)
            log.warning("%s failed: %s", name, type(exc).__name__)
            self.status.set_state(message, "error")
            self.failed.emit(message)

        try:
            self.controller.tasks.run(
                job, lane=DB_LANE, on_done=done, on_error=error, owner=self, name=name
            )
        except RuntimeError as exc:  # the runner is shut down: the window is closing
            error(exc)

    def _on_sign_in_button_clicked(self) -> None:
        self.ask()

    # ------------------------------------------------------------------ scans
    def handle_scan(self, code: str) -> bool:
        """Take a wedge scan that is a badge (see the module docstring); False: not ours."""
        code = code.strip()
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.badge_input.setText(code)
            self.dialog.name_input.setFocus()
            return True
        badge = badge_of(code)
        if badge is None and code in self.known_badges:
            badge = code
        if badge is None:
            return False
        self.sign_in(badge=badge)
        return True

    # ------------------------------------------------------------------ actions
    def ask(self, badge: str = "") -> SignInDialog:
        """Open the sign-in dialog (not modal to the scanner: a badge scan fills it in)."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = SignInDialog(self.window(), badge)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.sign_in(badge=dialog.badge, name=dialog.name))
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def sign_in(self, *, badge: str | None = None, name: str | None = None) -> None:
        db = self._db()
        if db is None:
            self.status.set_state(self.tr("Sign-in waits for the database to start"), "warn")
            return
        if not badge and not name:
            return
        station = self.station

        def job() -> str:
            return str(db.people.sign_in(station, badge=badge, name=name).packer.name)

        def done(packer: str) -> None:
            if badge:
                self.known_badges.add(badge)
            self._follow(packer)
            self.signed_in.emit(packer)

        def error(exc: BaseException) -> None:
            if type(exc).__name__ == "UnknownBadge" and badge:
                self.status.set_state(self.tr("New badge: type your name"), "warn")
                self.ask(badge)
                return
            message = describe_error(exc)
            self.status.set_state(message, "error")
            self.failed.emit(message)

        try:
            self.controller.tasks.run(
                job, lane=DB_LANE, on_done=done, on_error=error, owner=self, name="sign-in"
            )
        except RuntimeError as exc:
            error(exc)

    def sign_out(self) -> None:
        db = self._db()
        if db is None:
            return
        station = self.station

        def done(_count: int) -> None:
            self._follow(None)
            self.signed_out.emit()

        self._run(lambda: db.people.sign_out(station), done, "sign-out")

    def add_packer(self, name: str, badge: str | None) -> None:
        """Register a packer (name, optional badge) on the database lane."""
        db = self._db()
        if db is None:
            self.failed.emit(self.tr("The database has not started yet"))
            return

        def done(packer: Packer) -> None:
            if packer.badge:
                self.known_badges.add(packer.badge)
            self.packers_changed.emit()

        self._run(lambda: db.people.add_packer(name, badge), done, "packer:add")

    def ask_add_packer(self) -> AddPackerDialog:
        dialog = AddPackerDialog(self.window())
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_packer(dialog.name, dialog.badge))
        dialog.open()
        return dialog

"""Packer sign-in offscreen: the status-bar widget, the dialogs, and wedge scans of badges routed
to it, on a real SQLite database and a real PackingWorkflow (whose packer follows the sign-in)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.main_window import MainWindow
from packstation.gui.pages.dashboard import DashboardPage
from packstation.gui.runtime_holder import attach, holder_of
from packstation.gui.sign_in import NOBODY, AddPackerDialog, SignInDialog, SignInWidget, badge_of
from packstation.gui.wedge import WedgeFilter
from packstation.services.workflow import PackingWorkflow
from packstation.store import Database

WAIT = 10_000


@pytest.fixture
def runtime(main_window: MainWindow, tmp_path: Path) -> Iterator[Any]:
    """The parts sign-in uses: the station's database and its workflow (no marketplace needed)."""
    db = Database.open(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    workflow = PackingWorkflow(
        None,  # type: ignore[arg-type]
        db,
        None,
        station=main_window.settings.station_name,
        documents_dir=tmp_path / "documents",
    )
    rt = SimpleNamespace(
        db=db,
        workflow=workflow,
        queue=None,
        close=db.close,
        scale=None,
        printer=None,
        weights=None,
        label_printer_url="",
    )
    yield rt
    db.close()


@pytest.fixture
def widget(qtbot: QtBot, main_window: MainWindow, runtime: Any) -> SignInWidget:
    sign_in = main_window.sign_in
    assert isinstance(sign_in, SignInWidget)
    main_window.show()
    with qtbot.waitSignal(holder_of(main_window).state_changed, timeout=WAIT):
        holder_of(main_window).start(runtime)
    qtbot.waitUntil(lambda: "Nobody signed in" in sign_in.status.text(), timeout=WAIT)
    return sign_in


def _dialog(main_window: MainWindow, kind: type) -> Any:
    found = [d for d in main_window.findChildren(kind) if d.isVisible()]
    assert len(found) == 1
    return found[0]


def test_sign_in_by_typing_a_name_then_sign_out(
    qtbot: QtBot, main_window: MainWindow, widget: SignInWidget, runtime: Any
) -> None:
    station = main_window.settings.station_name
    assert widget.status.level == "warn"
    assert not widget.sign_out_button.isEnabled()
    widget.sign_in_button.click()
    dialog = _dialog(main_window, SignInDialog)
    dialog.name_input.setText("Asha")
    with qtbot.waitSignal(widget.signed_in, timeout=WAIT) as blocker:
        dialog.findChild(QtWidgets.QPushButton, "signInAcceptRole").click()
    assert blocker.args == ["Asha"]
    assert widget.status.text() == f"Asha at {station}"
    assert widget.status.level == "ok"
    assert runtime.workflow.packer == "Asha"
    assert runtime.db.people.signed_in(station).packer.name == "Asha"

    with qtbot.waitSignal(widget.signed_out, timeout=WAIT):
        widget.sign_out_button.click()
    assert runtime.workflow.packer == NOBODY
    assert "Nobody signed in" in widget.status.text()
    assert runtime.db.people.signed_in(station) is None
    kinds = [r.kind for r in runtime.db.audit.records(station=station)]
    assert kinds == ["login", "logout"]


def test_badge_scans_sign_in_and_other_scans_go_to_the_pack_page(
    qtbot: QtBot,
    main_window: MainWindow,
    widget: SignInWidget,
    runtime: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    station = main_window.settings.station_name
    # Add a packer with a badge from the Dashboard.
    dashboard = main_window.pages["dashboard"]
    assert isinstance(dashboard, DashboardPage)
    main_window.show_section("dashboard")
    dashboard.add_packer_button.click()
    add = _dialog(main_window, AddPackerDialog)
    add.name_input.setText("Ravi")
    add.badge_input.setText("EMP-0042")
    with qtbot.waitSignal(widget.packers_changed, timeout=WAIT):
        add.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    assert "EMP-0042" in widget.known_badges

    pack = main_window.pages["pack"]
    to_pack: list[str] = []
    monkeypatch.setattr(pack, "handle_scan", to_pack.append)
    wedge = WedgeFilter()
    attach(main_window, wedge)

    # A known badge, scanned bare, signs in; so does the BADGE: form.
    with qtbot.waitSignal(widget.signed_in, timeout=WAIT) as blocker:
        wedge.scan_received.emit("EMP-0042")
    assert blocker.args == ["Ravi"]
    assert runtime.workflow.packer == "Ravi"
    with qtbot.waitSignal(widget.signed_in, timeout=WAIT):
        wedge.scan_received.emit("badge:EMP-0042")
    # Anything else is the bench's.
    wedge.scan_received.emit("X001ABC123")
    wedge.scan_received.emit("PS:FINISH")
    assert to_pack == ["X001ABC123", "PS:FINISH"]

    # A new badge opens the dialog with the badge filled in; the name registers it.
    wedge.scan_received.emit("BADGE:EMP-0077")
    qtbot.waitUntil(lambda: widget.dialog is not None and widget.dialog.isVisible(), timeout=WAIT)
    dialog = widget.dialog
    assert dialog is not None
    assert dialog.badge_input.text() == "EMP-0077"
    assert "New badge" in widget.status.text()
    dialog.name_input.setText("Meera")
    with qtbot.waitSignal(widget.signed_in, timeout=WAIT) as blocker:
        dialog.accept()
    assert blocker.args == ["Meera"]
    assert runtime.db.people.find_badge("EMP-0077").name == "Meera"
    assert runtime.db.people.signed_in(station).packer.name == "Meera"
    # With the dialog open, a scan fills the badge field instead of going anywhere else.
    dialog = widget.ask()
    wedge.scan_received.emit("EMP-0100")
    assert dialog.badge_input.text() == "EMP-0100"
    assert to_pack == ["X001ABC123", "PS:FINISH"]
    dialog.reject()

    logins = runtime.db.audit.records(kind="login")
    assert [r.who for r in logins] == ["Ravi", "Ravi", "Meera"]
    assert [r.detail["by_badge"] for r in logins] == [True, True, True]


def test_the_signed_in_packer_is_restored_when_the_station_starts(
    qtbot: QtBot, main_window: MainWindow, runtime: Any
) -> None:
    station = main_window.settings.station_name
    runtime.db.people.add_packer("Asha", "EMP-0001")
    runtime.db.people.sign_in(station, badge="EMP-0001")
    widget = main_window.sign_in
    with qtbot.waitSignal(holder_of(main_window).state_changed, timeout=WAIT):
        holder_of(main_window).start(runtime)
    qtbot.waitUntil(lambda: widget.packer == "Asha", timeout=WAIT)
    assert runtime.workflow.packer == "Asha"
    assert widget.known_badges == {"EMP-0001"}
    assert [s.name for s in runtime.db.people.stations()] == [station]


def test_before_the_database_starts(main_window: MainWindow) -> None:
    widget = main_window.sign_in
    widget.sign_in(name="Asha")
    assert "waits for the database" in widget.status.text()
    assert not widget.handle_scan("X001")
    assert widget.handle_scan("BADGE:EMP-1")  # taken (and told to wait), not sent to Pack


def test_badge_prefix() -> None:
    assert badge_of("BADGE:EMP-1") == "EMP-1"
    assert badge_of(" badge: EMP-1 ") == "EMP-1"
    assert badge_of("BADGE:") is None
    assert badge_of("EMP-1") is None

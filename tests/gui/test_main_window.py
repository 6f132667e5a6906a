"""The main window shell as a packer meets it."""

from __future__ import annotations

import json

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.config.settings import Profile, load_settings
from packstation.gui.main_window import MainWindow


def test_every_section_has_a_page_and_a_shortcut(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is main_window)
    keys = [s.key for s in main_window.sections]
    assert keys == ["queue", "pack", "inventory", "returns", "devices", "dashboard", "settings"]
    for number, key in enumerate(keys, start=1):
        main_window.show_section("queue" if key == "settings" else "settings")
        with qtbot.waitSignal(main_window.section_changed) as blocker:
            qtbot.keyClick(
                main_window,
                QtCore.Qt.Key(QtCore.Qt.Key.Key_0 + number),
                QtCore.Qt.KeyboardModifier.ControlModifier,
            )
        assert blocker.args == [key]
        assert main_window.current_section == key
        assert main_window.stack.currentWidget() is main_window.pages[key]


def test_sandbox_badge_is_shown(main_window: MainWindow) -> None:
    badge = main_window.profile_badge
    assert badge.text() == "SANDBOX"
    assert badge.property("profile") == "sandbox"
    assert main_window.printer_indicator.objectName() == "printerIndicator"
    assert main_window.scale_indicator.accessibleName() == "Scale"


def test_production_badge(qtbot: QtBot, tasks: object) -> None:
    settings = load_settings(profile=Profile.PRODUCTION)
    window = MainWindow(settings, app_paths().ensure(), tasks)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.profile_badge.text() == "AMAZON NA"


def test_widgets_carry_names_for_automation(main_window: MainWindow) -> None:
    interactive = (
        QtWidgets.QLineEdit,
        QtWidgets.QPushButton,
        QtWidgets.QComboBox,
        QtWidgets.QAbstractItemView,
    )
    unnamed = [
        f"{type(widget).__name__}:{widget.objectName()}"
        for widget in main_window.findChildren(QtWidgets.QWidget)
        if isinstance(widget, interactive)
        and widget.isVisibleTo(main_window)
        and not (widget.objectName() and widget.accessibleName())
    ]
    assert unnamed == []


def test_geometry_is_remembered(qtbot: QtBot, tasks: object) -> None:
    paths = app_paths().ensure()
    window = MainWindow(load_settings(), paths, tasks)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.resize(790, 580)
    qtbot.waitUntil(lambda: window.width() == 790)
    window.close()
    assert "geometry" in json.loads(paths.ui_state_file.read_text())
    again = MainWindow(load_settings(), paths, tasks)  # type: ignore[arg-type]
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (790, 580)


def test_corrupt_window_state_is_ignored(
    qtbot: QtBot, tasks: object, caplog: pytest.LogCaptureFixture
) -> None:
    paths = app_paths().ensure()
    paths.ui_state_file.write_text("{not json")
    window = MainWindow(load_settings(), paths, tasks)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert window.width() == 1280
    assert "ignoring unreadable window state" in caplog.text

"""Languages: the German texts load, Arabic flips the layout, and the .ts files are current."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.gui import i18n
from packstation.gui.main_window import MainWindow
from packstation.gui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(qapp: QtWidgets.QApplication) -> Iterator[QtWidgets.QApplication]:
    yield qapp
    i18n.install(qapp, "en_US")  # back to English, left to right, for the other tests
    assert qapp.layoutDirection() == QtCore.Qt.LayoutDirection.LeftToRight


def window(qtbot: QtBot, tasks: TaskRunner, language: str) -> MainWindow:
    win = MainWindow(load_settings(language=language), app_paths().ensure(), tasks)
    qtbot.addWidget(win)
    return win


def test_german_texts(qtbot: QtBot, app: QtWidgets.QApplication, tasks: TaskRunner) -> None:
    locale = i18n.install(app, "de")
    assert locale.language() == QtCore.QLocale.Language.German
    assert "packstation.appTranslator" in i18n.loaded(app)
    win = window(qtbot, tasks, "de")
    titles = [win.navigation.item(i).text() for i in range(win.navigation.count())]
    assert titles[:4] == ["Warteschlange", "Packen", "Bestand", "Retouren"]
    assert win.pages["pack"].finish_button.text() == "Abschließen (F12)"
    win.grab().save(str(app_paths().cache_dir / "main-window-de.png"))


def test_right_to_left_language_flips_the_layout(
    qtbot: QtBot, app: QtWidgets.QApplication, tasks: TaskRunner
) -> None:
    i18n.install(app, "ar")
    assert app.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft
    win = window(qtbot, tasks, "ar")
    assert win.isRightToLeft()
    # No Arabic file yet: the texts stay English rather than empty.
    assert win.navigation.item(0).text() == "Queue"


def test_translation_sources_are_current(tmp_path: Path) -> None:
    """Every tr() text of the GUI is in the shipped .ts file (run `make translations`)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.fail("pyside6-lupdate is missing from the environment (it ships with PySide6)")
    sources = sorted(str(p) for p in (ROOT / "packstation" / "gui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )

    def texts(path: Path) -> set[str]:
        content = path.read_text(encoding="utf-8")
        messages = re.findall(r"<message>(.*?)</message>", content, re.S)
        return {
            re.search(r"<source>(.*?)</source>", m, re.S).group(1)  # type: ignore[union-attr]
            for m in messages
            if 'type="vanished"' not in m and 'type="obsolete"' not in m
        }

    shipped = texts(ROOT / "resources" / "translations" / "packstation_de.ts")
    missing = texts(fresh) - shipped
    assert not missing, (
        f"run `make translations`: {len(missing)} new texts, e.g. {sorted(missing)[:5]}"
    )

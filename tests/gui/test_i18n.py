"""Languages: the translations load, Arabic flips the layout, and the .ts files are current
and complete for every language we ship."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.gui import i18n
from packstation.gui.main_window import MainWindow
from packstation.gui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("de", "hi", "ar", "tr")


def table(lang: str) -> dict[str, Any]:
    """The translation table of ``lang`` (installer/i18n/<lang>.py), source -> translation."""
    spec = importlib.util.spec_from_file_location(
        f"i18n_{lang}", ROOT / "installer" / "i18n" / f"{lang}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(getattr(module, "TABLE", None) or getattr(module, lang.upper()))


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
    de = table("de")
    locale = i18n.install(app, "de")
    assert locale.language() == QtCore.QLocale.Language.German
    assert "packstation.appTranslator" in i18n.loaded(app)
    win = window(qtbot, tasks, "de")
    titles = [win.navigation.item(i).text() for i in range(win.navigation.count())]
    assert titles[:4] == [de["Queue"], de["Pack"], de["Inventory"], de["Returns"]]
    assert titles[0] == "Warteschlange"
    assert win.pages["pack"].finish_button.text() == de["Finish (F12)"]
    win.grab().save(str(app_paths().cache_dir / "main-window-de.png"))


@pytest.mark.parametrize(("lang", "language"), [("hi", "Hindi"), ("tr", "Turkish")])
def test_hindi_and_turkish_texts(
    qtbot: QtBot, app: QtWidgets.QApplication, tasks: TaskRunner, lang: str, language: str
) -> None:
    words = table(lang)
    locale = i18n.install(app, lang)
    assert locale.language() == getattr(QtCore.QLocale.Language, language)
    assert app.layoutDirection() == QtCore.Qt.LayoutDirection.LeftToRight
    win = window(qtbot, tasks, lang)
    assert win.navigation.item(0).text() == words["Queue"] != "Queue"
    assert win.pages["pack"].finish_button.text() == words["Finish (F12)"]


def test_right_to_left_language_flips_the_layout(
    qtbot: QtBot, app: QtWidgets.QApplication, tasks: TaskRunner
) -> None:
    ar = table("ar")
    i18n.install(app, "ar")
    assert app.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft
    win = window(qtbot, tasks, "ar")
    assert win.isRightToLeft()
    assert win.navigation.item(0).text() == ar["Queue"] != "Queue"


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <message> of a .ts file, obsolete and vanished ones left out."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind not in ("obsolete", "vanished"):
                out[(name, message.findtext("source", ""))] = message
    return out


@pytest.fixture(scope="module")
def fresh_texts(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.fail("pyside6-lupdate is missing from the environment (it ships with PySide6)")
    sources = sorted(str(p) for p in (ROOT / "packstation" / "gui").rglob("*.py"))
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=120
    )
    return set(_messages(fresh))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translation_sources_are_current(fresh_texts: set[tuple[str, str]], lang: str) -> None:
    """Every tr() text of the GUI is in the shipped .ts file (run `make translations`)."""
    shipped = set(_messages(ROOT / "resources" / "translations" / f"packstation_{lang}.ts"))
    missing = fresh_texts - shipped
    assert not missing, (
        f"run `make translations`: {len(missing)} new texts, e.g. {sorted(missing)[:5]}"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_are_complete(lang: str) -> None:
    """0 unfinished entries: every text of the GUI has its translation, each plural form too."""
    ts = ROOT / "resources" / "translations" / f"packstation_{lang}.ts"
    unfinished = []
    for (context, source), message in _messages(ts).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
            unfinished.append(f"{context}: {source}")
    assert not unfinished, f"{len(unfinished)} unfinished in {ts.name}, e.g. {unfinished[:5]}"
    assert ts.with_suffix(".qm").exists(), "make test compiles the .qm files (build.py --compile)"


def test_arabic_reads_one_digit_style(
    qtbot: QtBot, app: QtWidgets.QApplication, tasks: TaskRunner
) -> None:
    """Plain "ar" is the UAE's Arabic (Western digits, as labels, scales and ids have them);
    ar_SA keeps its Arabic-Indic digits. Both load the Arabic texts, right to left."""
    ar = table("ar")
    for language, name, zero in (("ar", "ar_AE", "0"), ("ar_SA", "ar_SA", "\u0660")):
        locale = i18n.install(app, language)
        assert locale.name() == name
        assert locale.zeroDigit() == zero
        assert app.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft
        win = window(qtbot, tasks, language)
        assert win.navigation.item(0).text() == ar["Queue"]

"""Every user-visible text is marked for translation: the window under a pseudo language.

At test time, a fresh ``pyside6-lupdate`` extraction of ``packstation/gui`` gets a pseudo
translation (each text wrapped in ``⟦…⟧``, placeholders and ``%n`` kept), compiled with
``pyside6-lrelease`` and installed. The main window runs on the built-in sandbox with every page
shown, a shipment open on the Pack page, and the dialogs and device panels that need no
marketplace opened. Each text the packer can see (labels, buttons, group boxes, tabs, table
headers and cells, placeholders, window titles, combo boxes, actions, tooltips, navigation) must
be inside ``⟦…⟧`` once the data in it (ids, SKUs, numbers, names, paths, product titles) is
taken out. A text outside the brackets was never passed through ``tr()``.
"""

from __future__ import annotations

import re
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
from packstation.config.settings import Settings, load_settings
from packstation.gui import i18n
from packstation.gui.chart import BarChartWidget
from packstation.gui.main_window import MainWindow
from packstation.gui.tasks import TaskRunner

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
WAIT = 20_000

#: Data the window shows as it came, never a UI text. Patterns of data, not of sentences:
#: a text made only of these (and punctuation) needs no translation.
DATA_PATTERNS = [
    # sandbox shipment, order, package, location and return ids (SBX-..., 171-..., LOC-1 ...)
    r"\b[A-Z]{2,}[A-Z0-9]*(?:[-_][A-Za-z0-9]+)+\b",
    # Amazon ASINs, GTINs and other codes: upper-case letters with digits
    r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,}\b",
    # URLs and host:port (printers, the sandbox marketplace)
    r"\b[a-z][a-z0-9+.-]*://\S+",
    r"\b[\w.-]+:\d{2,5}\b",
    # file paths (settings file, data and log folders, exported files)
    r"(?:/[\w.@+-]+)+/?",
    # units and symbols that are the same in every language we ship (SI, ISO 4217, the
    # scale's own units)
    r"\b(?:kg|g|cm|mm|lb|oz|h|min|s|INR|EUR|USD|TRY|AED|SAR)\b",
    # box presets as printed on the boxes: size letter and centimetres ("L 40x30x25")
    r"\b(?:XS|S|M|L|XL|XXL) \d+x\d+x\d+\b",
    # scale protocol names (mt-sics, nci, cas, hid-pos: the makers' names of the wire formats)
    r"\b(?:mt-sics|nci|cas|hid-pos)\b",
    # a printer's model and firmware version as it reports them ("V84.20.21Z")
    r"\bV\d+(?:\.\d+)+[A-Z]?\b",
    # key names of shortcuts (Qt's own translation of QKeySequence)
    r"\b(?:Ctrl|Alt|Shift|Meta|F\d{1,2}|Esc|Enter|Return)\b",
    # the sandbox's station name and the bench packer's default name
    r"\b(?:station-\d+|packstation-\w+)\b",
    # SI prefixes, percent, ZPL/EPL printer languages and the bar-code symbologies
    r"\b(?:ZPL|EPL|PDF|PNG|CSV|TCP|USB|EAN-?13|GTIN|ASIN|SKU|LWA|SQLite|ESC/POS)\b",
]
DATA = re.compile("|".join(f"(?:{p})" for p in DATA_PATTERNS))
BRACKETED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")


def untranslated(text: str, data: set[str]) -> str:
    """What of ``text`` is neither pseudo-translated nor data ('' when all is fine)."""
    rest = text
    while True:  # innermost first: a translated text inside a translated template
        shorter = BRACKETED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    rest = DATA.sub(" ", rest)
    for value in sorted(data, key=len, reverse=True):
        if value in rest:
            rest = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", rest)
    return rest.strip() if any(ch.isalpha() for ch in rest) else ""


# ---------------------------------------------------------------------- the pseudo language
def pseudo_ts(source_ts: Path, out: Path) -> int:
    """Write ``out``: every message of ``source_ts`` translated as ``⟦source⟧``."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en_US")  # two plural forms
    count = 0
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.clear()
        for child in list(translation):
            translation.remove(child)
        wrapped = f"{OPEN}{source}{CLOSE}"
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = wrapped
        else:
            translation.text = wrapped
        count += 1
    tree.write(out, encoding="utf-8", xml_declaration=True)
    return count


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tools = Path(sys.executable).parent
    folder = tmp_path_factory.mktemp("pseudo")
    fresh = folder / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "packstation" / "gui").rglob("*.py"))
    subprocess.run(
        [str(tools / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pseudo = folder / "packstation_pseudo.ts"
    assert pseudo_ts(fresh, pseudo) > 100
    qm = folder / "packstation_pseudo.qm"
    subprocess.run(
        [str(tools / "pyside6-lrelease"), str(pseudo), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return qm


@pytest.fixture
def pseudo(qapp: QtWidgets.QApplication, pseudo_qm: Path) -> Iterator[QtCore.QTranslator]:
    i18n.install(qapp, "en_US")
    translator = QtCore.QTranslator(qapp)
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)
    i18n.install(qapp, "en_US")


# ---------------------------------------------------------------------- collecting texts
ROLES = (QtCore.Qt.ItemDataRole.DisplayRole, QtCore.Qt.ItemDataRole.ToolTipRole)


def header_texts(header: QtWidgets.QHeaderView) -> Iterator[tuple[str, str]]:
    model = header.model()
    if model is None or header.isHidden():
        return
    horizontal = header.orientation() == QtCore.Qt.Orientation.Horizontal
    for section in range(model.columnCount() if horizontal else model.rowCount()):
        if header.isSectionHidden(section):
            continue
        for role in ROLES:
            value = model.headerData(section, header.orientation(), role)
            if isinstance(value, str):
                yield "header", value


def model_texts(model: QtCore.QAbstractItemModel, rows: int = 40) -> Iterator[tuple[str, str]]:
    roles = ROLES
    for row in range(min(rows, model.rowCount())):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            for role in roles:
                value = index.data(role)
                if isinstance(value, str):
                    yield "cell", value


def widget_texts(widget: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(kind, text) of what ``widget`` shows the packer."""
    yield "tooltip", widget.toolTip()
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    if isinstance(widget, QtWidgets.QLabel):
        yield "label", widget.text()
    if isinstance(widget, QtWidgets.QAbstractButton):
        box = widget.parent()
        standard = isinstance(box, QtWidgets.QDialogButtonBox) and (
            box.standardButton(widget) != QtWidgets.QDialogButtonBox.StandardButton.NoButton
        )
        if not standard:  # standard buttons are translated by Qt's own qtbase files
            yield "button", widget.text()
    if isinstance(widget, QtWidgets.QGroupBox):
        yield "group box", widget.title()
    if isinstance(widget, QtWidgets.QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QtWidgets.QLineEdit | QtWidgets.QTextEdit | QtWidgets.QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QtWidgets.QComboBox):
        for i in range(widget.count()):
            yield "combo item", widget.itemText(i)
    if isinstance(widget, QtWidgets.QListWidget):
        for i in range(widget.count()):
            yield "list item", widget.item(i).text()
            yield "list tooltip", widget.item(i).toolTip()
    elif isinstance(widget, QtWidgets.QHeaderView):
        yield from header_texts(widget)
    elif isinstance(widget, QtWidgets.QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())
    if isinstance(widget, BarChartWidget):  # drawn with QPainter, not in child widgets
        yield "chart title", widget.title
        yield "chart unit", widget.unit
        yield "chart empty", widget.empty_text
        for label, _value in widget.bars:
            yield "chart bar", label
    for action in widget.actions():
        yield "action", action.text()
        yield "action tooltip", action.toolTip() if action.toolTip() != action.text() else ""


#: Widgets whose text is known to be English still, by object name, with the reason. Each is
#: a gap to close, not data; the list only shrinks.
PENDING: set[str] = set()


def visible_texts(root: QtWidgets.QWidget) -> Iterator[tuple[str, str, str]]:
    for widget in [root, *root.findChildren(QtWidgets.QWidget)]:
        if not widget.isVisible() or widget.objectName() in PENDING:
            continue
        where = widget.objectName() or type(widget).__name__
        for kind, text in widget_texts(widget):
            if text and text.strip():
                yield where, kind, text


# ---------------------------------------------------------------------- the window
def sandbox_data(runtime: Any) -> set[str]:
    """The sandbox's data values the window may show as they came (titles, names, places)."""
    values: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str) and len(node) > 2 and not node.isupper():
            values.add(node)  # upper-case words are statuses and codes: those the GUI words

    for shipment in runtime.queue.shipments:
        walk(shipment.model_dump(mode="json"))
    return values


@pytest.fixture
def window(qtbot: QtBot, tasks: TaskRunner, pseudo: QtCore.QTranslator) -> MainWindow:
    from packstation.gui import app

    app.application()
    win = MainWindow(load_settings(), app_paths().ensure(), tasks)
    qtbot.addWidget(win)
    return win


def test_every_visible_text_is_marked_for_translation(
    qtbot: QtBot, window: MainWindow, tasks: TaskRunner
) -> None:
    from packstation.gui.runtime_holder import holder_of
    from packstation.services.runtime import Runtime

    controller = holder_of(window)
    runtime = Runtime.from_settings(
        Settings(sandbox={"seed": 7, "shipments": 40, "rate_limits": False}), app_paths()
    )
    controller.start(runtime=runtime)
    found: dict[tuple[str, str, str], str] = {}
    try:
        window.resize(1400, 900)
        window.show()
        queue = window.pages["queue"]
        qtbot.waitUntil(lambda: queue.model.rowCount() > 0, timeout=WAIT)
        data = sandbox_data(runtime)
        data.add(str(window.settings.station_name))
        # the locale's own words inside dates and times (Qt's locale data, not ours)
        data.update({QtCore.QLocale().amText(), QtCore.QLocale().pmText()})

        def collect(root: QtWidgets.QWidget) -> None:
            for where, kind, text in visible_texts(root):
                rest = untranslated(text, data)
                if rest:
                    found.setdefault((where, kind, text), rest)

        for section in window.sections:
            window.show_section(section.key)
            qtbot.wait(50)
            page = window.pages[section.key]
            tabs = page.findChild(QtWidgets.QTabWidget)
            for i in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(i)
                    qtbot.wait(20)
                collect(window)
            if section.key == "dashboard":
                dashboard: Any = page
                qtbot.waitUntil(lambda d=dashboard: d.snapshot is not None, timeout=WAIT)
                collect(window)

        # A shipment open on the Pack page: its lines, cues and buttons.
        queue.select(queue.model.row_at(0).shipment_id)
        window.show_section("queue")
        queue._open_current()
        pack = window.pages["pack"]
        qtbot.waitUntil(lambda: pack.lines_model.rowCount() > 0, timeout=WAIT)
        qtbot.wait(100)
        collect(window)

        # The dialogs that need no marketplace.
        for dialog in (window.sign_in.ask(), window.sign_in.ask_add_packer()):
            qtbot.waitExposed(dialog)
            collect(dialog)
            dialog.reject()
    finally:
        window.close()
        tasks.shutdown(wait=True)
        controller.close()

    seen: dict[str, tuple[str, str, str]] = {}
    for (where, kind, text), rest in sorted(found.items()):
        seen.setdefault(text, (where, kind, rest))  # one line per text
    report = "\n".join(
        f"  {where} [{kind}]: {text!r} -> {rest!r}" for text, (where, kind, rest) in seen.items()
    )
    assert not seen, f"{len(seen)} visible texts not marked for translation:\n{report}"


def test_the_check_sees_an_unmarked_text(qtbot: QtBot, pseudo: QtCore.QTranslator) -> None:
    """The walk finds a text set without tr(), and passes data and translated texts."""
    box = QtWidgets.QWidget()
    qtbot.addWidget(box)
    layout = QtWidgets.QVBoxLayout(box)
    marked = QtWidgets.QLabel(QtCore.QCoreApplication.translate("MainWindow", "Queue"))
    unmarked = QtWidgets.QPushButton("Print again")
    data = QtWidgets.QLabel("SBX-7-00012 · /tmp/x.csv · 1.25 kg")
    for widget in (marked, unmarked, data):
        layout.addWidget(widget)
    box.show()
    texts = [(kind, text) for _where, kind, text in visible_texts(box)]
    bad = [text for _kind, text in texts if untranslated(text, set())]
    assert marked.text() == "⟦Queue⟧"
    assert bad == ["Print again"]

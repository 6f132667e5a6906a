"""The Pack page speaks the packer's language end to end: what a scan, a cue and a finish say.

A real sandbox shipment (the built-in marketplace over HTTP on 127.0.0.1, the virtual label
printer and scale) is opened in Arabic and in Hindi at 1280x800; the packer scans an item, a
wrong item's barcode, an unknown code, every unit and one too many, then finishes it to a
printed label. After each step, no text the Pack page shows (scan feedback, cues banner, counters,
finish state and steps, the status bar's scale) holds a phrase of the services' English
messages. Under the pseudo language the same texts come wrapped in ``⟦…⟧``: made with ``tr()``.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Set
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.domain.shipments import Shipment
from packstation.gui import app as gui_app
from packstation.gui import i18n
from packstation.gui.main_window import MainWindow
from packstation.gui.runtime_holder import holder_of
from packstation.gui.tasks import TaskRunner
from packstation.services.packing import PackingSession, program_of
from tests.gui.test_pseudo_locale import CLOSE, OPEN, pseudo_ts

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
SIZE = QtCore.QSize(1280, 800)
WAIT = 60_000
SANDBOX = {"shipments": 60, "rate_limits": False, "seed": 7}
#: sandbox marketplaces whose carriers answer with ZPL labels (printed without a rendering)
ZPL_MARKETPLACES = frozenset(
    {"A21TJRUUN4KGV", "A2VIGQ35RCS4UG", "A17E79C6D8DWNP", "A33AVAJ2PDY3EV"}
)
#: a valid EAN-13 no sandbox shipment sells: a wrong item, not an unknown barcode
WRONG_GTIN = "4006381333931"
UNKNOWN_CODE = "NOT-A-CODE-123"

#: Phrases of the English the services write (ScanOutcome.message, Cue.text, the workflow's
#: progress texts) and of the scale's state words: none may reach a translated Pack page.
ENGLISH = (
    "unknown barcode",
    "scan the item's barcode",
    "is not in this shipment",
    "put it aside",
    "already scanned",
    "take this one out",
    "now scan its serial",
    "gift wrap",
    "gift message",
    "hazmat",
    "is fragile",
    "ships in",
    "cash on delivery",
    "packing slip",
    "scan the serial",
    "creating",
    "package(s)",
    "getting shipping options",
    "generating the",
    "labels exist at amazon",
    "downloading label",
    "printing label",
    "marking the package",
    "is busy",
    "empty",
    "stable",
    "settling",
    "moving",
)


def english_in(text: str) -> list[str]:
    lower = text.lower()
    return [phrase for phrase in ENGLISH if re.search(rf"(?<!\w){re.escape(phrase)}", lower)]


def gtin_of(line: Any) -> str:
    return next(
        (a.value for a in line.custom_attributes or [] if a.key == "gtin" and a.value),
        line.merchant_sku,
    )


def choose(shipments: list[Shipment]) -> Shipment:
    """An ACCEPTED Easy Ship shipment with no serial numbers or multi-piece items and a ZPL
    label; of those, the one with the most packing cues."""

    def fits(s: Shipment) -> bool:
        return (
            str(s.status) == "ACCEPTED"
            and program_of(s) == "EASY_SHIP"
            and s.marketplace_attributes.marketplace_id in ZPL_MARKETPLACES
            and all(
                str(li.compliance_attributes.serial_number_requirement) != "REQUIRED"
                and str(li.piece_type) != "MULTIPLE"
                for li in s.line_items
            )
        )

    found = [s for s in shipments if fits(s)]
    assert found, "the sandbox has no such shipment"
    return max(found, key=lambda s: len(PackingSession(s).cues()))


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudo language (every text ``⟦source⟧``) of a fresh extraction of the GUI."""
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
    pseudo_ts(fresh, pseudo)
    qm = folder / "packstation_pseudo.qm"
    subprocess.run(
        [str(tools / "pyside6-lrelease"), str(pseudo), "-qm", str(qm)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return qm


@pytest.fixture
def bench(
    qtbot: QtBot, request: pytest.FixtureRequest
) -> Iterator[Callable[[str], tuple[MainWindow, Any]]]:
    """``start(language)``: a 1280x800 main window in ``language`` (``pseudo``: the pseudo
    language) on a started sandbox bench; returns the window and its Pack page."""
    app = gui_app.application()
    made: list[tuple[MainWindow, TaskRunner, Any]] = []
    translators: list[QtCore.QTranslator] = []

    def start(language: str) -> tuple[MainWindow, Any]:
        if language == "pseudo":
            i18n.install(app, "en_US")
            translator = QtCore.QTranslator(app)
            assert translator.load(str(request.getfixturevalue("pseudo_qm")))
            app.installTranslator(translator)
            translators.append(translator)
            language = "en_US"
        else:
            i18n.install(app, language)
        tasks = TaskRunner()
        window = MainWindow(
            load_settings(language=language, sandbox=SANDBOX), app_paths().ensure(), tasks
        )
        qtbot.addWidget(window)
        pack: Any = window.pages["pack"]
        pack.sounds.enabled = False
        controller = holder_of(window)
        made.append((window, tasks, controller))
        window.resize(SIZE)
        window.show()
        with qtbot.waitSignal(controller.queue_loaded, timeout=WAIT):
            controller.start()
        return window, pack

    try:
        yield start
    finally:
        for window, tasks, controller in reversed(made):
            window.close()
            tasks.shutdown(wait=True)
            controller.close()
        for translator in translators:
            app.removeTranslator(translator)
        i18n.install(app, "en_US")


def shown_texts(window: MainWindow, pack: Any) -> dict[str, str]:
    """What the Pack page says: the texts services' values are worded into."""
    texts = {
        "feedback": pack.feedback.text(),
        "cues": pack.cues.text(),
        "counters": pack.counters.text(),
        "finish state": pack.finish_state.text(),
        "scale": window.scale_indicator.text(),
    }
    for i in range(pack.steps.count()):
        texts[f"step {i + 1}"] = pack.steps.item(i).text()
    return {where: text for where, text in texts.items() if text.strip()}


def buyers_words(shipment: Shipment) -> set[str]:
    """What the buyer wrote, shown as written: the gift wrap's label, the gift message."""
    words = set()
    for line in shipment.line_items:
        gift = line.gift_attributes
        if gift is not None:
            words.add(gift.gift_wrap_label or "")
            words.add(gift.gift_message.content or "" if gift.gift_message else "")
    return {w for w in words if w}


def untranslated(
    texts: dict[str, str], *, pseudo: bool, data: Set[str] = frozenset()
) -> dict[str, list[str]]:
    """Per text, the English phrases in it (outside ``⟦…⟧`` under the pseudo language), once
    the ``data`` shown as it came is taken out."""
    found = {}
    for where, text in texts.items():
        rest = re.sub(f"{OPEN}[^{CLOSE}]*{CLOSE}", " ", text) if pseudo else text
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, " ")
        phrases = english_in(rest)
        if phrases:
            found[where] = phrases
    return found


@pytest.mark.parametrize("language", ["ar", "hi", "pseudo"])
def test_scans_cues_and_finish_are_in_the_packers_language(
    qtbot: QtBot, bench: Callable[[str], tuple[MainWindow, Any]], language: str
) -> None:
    window, pack = bench(language)
    pseudo = language == "pseudo"
    queue = window.pages["queue"]
    shipment = choose([row.shipment for row in queue.model.rows()])
    line = shipment.line_items[0]
    gtin = gtin_of(line)
    data = buyers_words(shipment)
    seen: dict[str, dict[str, str]] = {}

    def scan(code: str) -> None:
        field = pack.scan_input
        field.setFocus()
        field.clear()
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, QtCore.Qt.Key.Key_Return)

    def look(moment: str) -> None:
        texts = shown_texts(window, pack)
        seen[moment] = texts
        bad = untranslated(texts, pseudo=pseudo, data=data)
        assert not bad, f"{language}, {moment}: English on the Pack page: {bad}\n{texts}"

    with qtbot.waitSignal(pack.session_shown, timeout=WAIT):
        scan(shipment.id)
    assert pack.state == "packing"
    look("opened")

    scan(gtin)  # the first unit
    assert pack.scan_input.property("feedback") == "ok"
    look("a unit scanned")
    scan(WRONG_GTIN)
    assert pack.scan_input.property("feedback") == "error"
    assert WRONG_GTIN in pack.feedback.text()
    look("a wrong item")
    scan(UNKNOWN_CODE)
    assert pack.scan_input.property("feedback") == "error"
    assert UNKNOWN_CODE in pack.feedback.text()
    look("an unknown code")
    for item in shipment.line_items:
        for _ in range(item.number_of_units - (item is line)):
            scan(gtin_of(item))
    assert pack.lines_model.complete
    scan(gtin)  # one too many
    assert pack.scan_input.property("feedback") == "error"
    assert line.merchant_sku in pack.feedback.text()
    look("an over-scan")

    scan("PS:BOX:M")
    weight = pack.weight_input
    weight.setFocus()
    weight.clear()
    qtbot.keyClicks(weight, "0.8")
    qtbot.keyClick(weight, QtCore.Qt.Key.Key_Return)
    with qtbot.waitSignal(pack.finished, timeout=WAIT):
        pack.scan_input.setFocus()
        qtbot.keyClick(pack.scan_input, QtCore.Qt.Key.Key_F12)
    assert pack.state == "printed"
    qtbot.waitUntil(lambda: pack.steps.count() >= 5, timeout=WAIT)
    look("finished")

    # The check saw what it is meant to: the refusals, the cues and the finish's details.
    steps = [t for k, t in seen["finished"].items() if k.startswith("step")]
    assert len(steps) >= 5
    assert all(" — " in step for step in steps)
    if PackingSession(shipment).cues():
        assert pack.cues.property("cues") == "shown"
    if pseudo:
        for moment in ("a wrong item", "an unknown code", "an over-scan"):
            assert seen[moment]["feedback"].count(OPEN) >= 2, seen[moment]  # lead and sentence
        for step in steps[:-1]:  # the last one's detail is the tracking id: data
            assert step.count(OPEN) >= 2, step  # the title and the detail
        if PackingSession(shipment).cues():
            assert OPEN in seen["opened"]["cues"]


def test_the_check_sees_the_services_english() -> None:
    """The phrase list catches what the services write, and passes what the page words."""
    assert english_in("باركود غير معروف: unknown barcode 'NOT-A-CODE-123': scan the item's barcode")
    assert english_in("✔ शिपिंग विकल्प — getting shipping options")
    assert english_in("وزن: 0.000 kg empty")
    assert english_in("GIFT WRAP SBX-PHO-018: Gift wrap")
    assert not english_in("باركود غير معروف: باركود غير معروف NOT-A-CODE-123: امسح باركود الصنف")
    assert not english_in("✔ लेबल प्रिंट करें — लेबल 1 में से 1 प्रिंट हो रहा है")
    assert not untranslated({"x": "⟦UNKNOWN BARCODE⟧: ⟦unknown barcode {0}⟧"}, pseudo=True)

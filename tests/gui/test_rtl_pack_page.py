"""The Pack page in Arabic is mirrored, read from the rendered window and widget geometry.

The same sandbox shipment is opened on an English and on an Arabic window of the same size;
the Arabic one must be the English one's mirror image: sections on the right, the items
table's first column on the right, the Finish button on the left. The scan field lays out
what is typed: Arabic from the right, an ASCII barcode from the left.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.domain.shipments import Shipment
from packstation.gui import app as gui_app
from packstation.gui import i18n
from packstation.gui.main_window import MainWindow
from packstation.gui.tasks import TaskRunner
from packstation.sandbox import data
from packstation.services.packing import PackingSession

SEED = 7
EPOCH = 1_790_000_000.0
SIZE = QtCore.QSize(1280, 800)
#: how far (px) a mirrored widget may sit from the English one's mirror position: texts
#: differ in length, so the panels are not exactly as wide
TOLERANCE = 60
NAVIGATION = QtGui.QColor("#1f3a5f")
FINISH = QtGui.QColor("#1e7d32")


@functools.cache
def shipment() -> Shipment:
    """A sandbox shipment of two lines, Self Ship (its carrier box is shown)."""
    for index in range(400):
        s = Shipment.model_validate(data.shipment_base(SEED, index, EPOCH))
        if len(s.line_items) > 1 and str(s.status) == "ACCEPTED":
            return s
    raise AssertionError("no such sandbox shipment")


@pytest.fixture
def windows(qtbot: QtBot, tasks: TaskRunner) -> Iterator[Callable[[str], tuple[MainWindow, Any]]]:
    """``open_in(language)``: a shown 1280x800 main window in ``language`` with the shipment
    open on its Pack page; returns the window and the page."""
    app = gui_app.application()

    def open_in(language: str) -> tuple[MainWindow, Any]:
        i18n.install(app, language)
        window = MainWindow(load_settings(language=language), app_paths().ensure(), tasks)
        qtbot.addWidget(window)
        window.resize(SIZE)
        window.show()
        window.show_section("pack")
        pack = window.pages["pack"]
        pack.sounds.enabled = False
        pack.show_session(PackingSession(shipment()))
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.size() == SIZE)
        QtWidgets.QApplication.processEvents()
        return window, pack

    yield open_in
    i18n.install(app, "en_US")  # left to right again for the other tests
    assert app.layoutDirection() == QtCore.Qt.LayoutDirection.LeftToRight


def centre_x(widget: QtWidgets.QWidget) -> int:
    """The widget's centre, in window coordinates."""
    return widget.mapTo(widget.window(), widget.rect().center()).x()


def columns_of(image: QtGui.QImage, colour: QtGui.QColor, step: int = 4) -> list[int]:
    """The x of every (step-th) pixel of exactly ``colour``."""
    want = colour.rgb()
    return [
        x
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) == want
    ]


def ink_span(widget: QtWidgets.QWidget) -> tuple[int, int]:
    """The leftmost and rightmost x of the dark (text) pixels of ``widget``'s drawing, inside
    its border."""
    image = widget.grab().toImage()
    inset = 8
    xs = [
        x
        for y in range(inset, image.height() - inset)
        for x in range(inset, image.width() - inset)
        if QtGui.QColor(image.pixel(x, y)).lightness() < 90
    ]
    assert xs, "nothing drawn"
    return min(xs), max(xs)


def test_the_arabic_pack_page_mirrors_the_english_one(
    qtbot: QtBot, windows: Callable[[str], tuple[MainWindow, Any]]
) -> None:
    english, en_pack = windows("en_US")
    width = english.width()
    en = {
        name: centre_x(widget)
        for name, widget in (
            ("navigation", english.navigation),
            ("scan", en_pack.scan_input),
            ("finish", en_pack.finish_button),
            ("lines", en_pack.lines_view),
        )
    }
    en_shot = english.grab().toImage()
    english.close()

    arabic, ar_pack = windows("ar")
    assert arabic.isRightToLeft()
    assert ar_pack.finish_button.isRightToLeft()
    for name, widget in (
        ("navigation", arabic.navigation),
        ("scan", ar_pack.scan_input),
        ("finish", ar_pack.finish_button),
        ("lines", ar_pack.lines_view),
    ):
        mirrored = width - en[name]
        assert abs(centre_x(widget) - mirrored) <= TOLERANCE, (name, centre_x(widget), mirrored)

    # The items table: its first column (the item) is drawn at the right, the last at the left.
    view = ar_pack.lines_view
    header = view.horizontalHeader()
    first = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    last = header.sectionViewportPosition(header.count() - 1)
    assert first > view.viewport().width() * 0.8
    assert last < first
    # The Finish button is left of the table, the scan field's feedback line right-aligned.
    assert centre_x(ar_pack.finish_button) < centre_x(view)
    assert ar_pack.feedback.alignment() & QtCore.Qt.AlignmentFlag.AlignLeft  # mirrored: right
    assert ar_pack.feedback.isRightToLeft()

    # The drawing itself: the navigation's blue and the Finish button's green have changed
    # sides.
    ar_shot = arabic.grab().toImage()
    for image, nav_side, finish_side in ((en_shot, "left", "right"), (ar_shot, "right", "left")):
        nav = columns_of(image, NAVIGATION)
        finish = columns_of(image, FINISH)
        assert nav
        assert finish
        nav_mean = sum(nav) / len(nav)
        finish_mean = sum(finish) / len(finish)
        half = image.width() / 2
        assert (nav_mean > half) == (nav_side == "right"), nav_mean
        assert (finish_mean > half) == (finish_side == "right"), finish_mean


def test_the_scan_field_lays_out_what_is_typed(
    qtbot: QtBot, windows: Callable[[str], tuple[MainWindow, Any]]
) -> None:
    _arabic, pack = windows("ar")
    field = pack.scan_input
    middle = field.width() / 2
    field.setText("علبة")
    assert field.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft
    left, right = ink_span(field)
    assert left > middle, "Arabic text starts at the right"
    field.setText("8901234567890")
    assert field.layoutDirection() == QtCore.Qt.LayoutDirection.LeftToRight
    left, right = ink_span(field)
    assert right < middle, "a barcode starts at the left"
    field.clear()
    assert field.isRightToLeft()  # empty: the window's direction (the placeholder at the right)


def test_weights_typed_with_a_point_in_arabic_and_turkish(
    qtbot: QtBot, windows: Callable[[str], tuple[MainWindow, Any]]
) -> None:
    for language in ("ar", "tr"):
        window, pack = windows(language)
        edit = pack.weight_input
        edit.setFocus()
        edit.clear()
        qtbot.keyClicks(edit, "0.8")
        assert edit.text() == "0.8", language  # was "08" (Arabic) / refused (Turkish)
        edit.clear()
        qtbot.keyClicks(edit, "0,75")
        assert edit.text() == "0,75", language
        window.close()


def test_ids_keep_their_order_in_an_arabic_header(
    qtbot: QtBot, windows: Callable[[str], tuple[MainWindow, Any]]
) -> None:
    _window, pack = windows("ar")
    text = pack.header.text()
    order_id = shipment().shipment_info.buyer_order_id
    assert f"\u2066{order_id}\u2069" in text  # isolated: 412-... is not read 1753971-...-412
    assert text.startswith("\u200f")  # a right-to-left paragraph, though an id comes first

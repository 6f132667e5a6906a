"""LayoutShield: a label's new texts do not lay out the page, except when it needs more lines."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.widgets import LayoutShield

WORDS = "fragile glass handle with care "


def page(
    qtbot: QtBot, most: int | None
) -> tuple[QtWidgets.QWidget, QtWidgets.QLabel, QtWidgets.QWidget]:
    """A 300 px wide page: a word-wrapped label in a shield (1 line kept), a widget below."""
    top = QtWidgets.QWidget()
    qtbot.addWidget(top)
    layout = QtWidgets.QVBoxLayout(top)
    label = QtWidgets.QLabel("one line")
    label.setWordWrap(True)
    layout.addWidget(LayoutShield(label, 1, most=most))
    below = QtWidgets.QWidget()
    below.setMinimumHeight(40)
    layout.addWidget(below)
    layout.addStretch(1)
    top.setFixedWidth(300)
    top.show()
    qtbot.waitExposed(top)
    return top, label, below


def settle(qtbot: QtBot) -> None:
    qtbot.wait(10)
    QtWidgets.QApplication.sendPostedEvents(None, QtCore.QEvent.Type.LayoutRequest.value)


def test_it_grows_for_a_longer_text_and_keeps_that_height(qtbot: QtBot) -> None:
    _top, label, below = page(qtbot, most=4)
    start = below.y()
    label.setText(WORDS * 2)  # about three lines at 300 px
    settle(qtbot)
    grown = below.y()
    assert grown > start
    assert label.height() >= label.heightForWidth(label.width())  # all of it is visible
    label.setText("one line")
    settle(qtbot)
    assert below.y() == grown  # kept: no second layout of the page for the shorter text
    label.setText(WORDS)
    settle(qtbot)
    assert below.y() == grown


def test_a_text_beyond_most_lines_gets_its_room_then_gives_it_back(qtbot: QtBot) -> None:
    _top, label, below = page(qtbot, most=2)
    label.setText(WORDS)  # two lines: kept
    settle(qtbot)
    kept = below.y()
    label.setText(WORDS * 4)  # far more than two lines: shown whole, for as long as it is shown
    settle(qtbot)
    assert below.y() > kept
    assert label.height() >= label.heightForWidth(label.width())
    label.setText("one line")
    settle(qtbot)
    assert below.y() == kept


def test_without_most_it_grows_and_shrinks_back_to_its_lines(qtbot: QtBot) -> None:
    _top, label, below = page(qtbot, most=None)
    start = below.y()
    label.setText(WORDS * 2)
    settle(qtbot)
    assert below.y() > start
    label.setText("one line")
    settle(qtbot)
    assert below.y() == start


def test_a_narrower_window_gives_a_shown_text_the_lines_it_now_needs(qtbot: QtBot) -> None:
    """The window resized from 1920 to 1280 px: a message that fitted in two lines needs three,
    and all of it stays visible (it was clipped top and bottom)."""
    top, label, _below = page(qtbot, most=4)
    top.setFixedWidth(600)
    label.setText(WORDS * 3)
    settle(qtbot)
    assert label.height() >= label.heightForWidth(label.width())
    top.setFixedWidth(300)
    settle(qtbot)
    settle(qtbot)
    assert label.height() >= label.heightForWidth(label.width())

"""The window draws Arabic and Devanagari shaped: joined letters, right to left, conjuncts."""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui import app as gui_app

pytestmark = pytest.mark.gui

NAMES = ("محمد العتيبي", "राहुल शर्मा")


def _label_image(qtbot: QtBot, text: str, font: QtGui.QFont | None = None) -> QtGui.QImage:
    label = QtWidgets.QLabel(text)
    if font is not None:
        label.setFont(font)
    qtbot.addWidget(label)
    label.resize(420, 60)
    return label.grab().toImage()


@pytest.mark.parametrize("text", NAMES)
def test_the_application_font_shapes_every_script(qtbot: QtBot, text: str) -> None:
    app = gui_app.application()
    reference = QtGui.QFont(app.font())
    reference.setStyleStrategy(QtGui.QFont.StyleStrategy.PreferDefault)  # Qt's full shaping
    drawn = _label_image(qtbot, text)
    shaped = _label_image(qtbot, text, reference)
    assert drawn.size() == shaped.size() == QtCore.QSize(420, 60)
    assert drawn == shaped, "the application font draws this script unshaped"

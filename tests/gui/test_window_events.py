"""Event filters on the windows: every key from the window system, none of the paint traffic."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.gui.window_events import WindowFilters


class Counter(QtCore.QObject):
    def __init__(self) -> None:
        super().__init__()
        self.keys: list[str] = []
        self.others = 0  # events for anything that is not a window

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if not isinstance(obj, QtGui.QWindow):
            self.others += 1
        elif event.type() == QtCore.QEvent.Type.KeyPress:
            assert isinstance(event, QtGui.QKeyEvent)
            self.keys.append(event.text())
        return False


def shown(qtbot: QtBot) -> QtWidgets.QLineEdit:
    edit = QtWidgets.QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitExposed(edit)
    return edit


def test_keys_reach_the_filter_through_every_window_and_paints_do_not(
    qtbot: QtBot, qapp: QtWidgets.QApplication
) -> None:
    first = shown(qtbot)
    counter = Counter()
    filters = WindowFilters(counter, qapp)
    try:
        first.repaint()
        first.setText("abc")
        QtCore.QCoreApplication.sendEvent(first, QtCore.QEvent(QtCore.QEvent.Type.LayoutRequest))
        QtWidgets.QApplication.processEvents()
        assert counter.others == 0

        QtTest.QTest.keyClick(first.windowHandle(), ord("x"))
        assert counter.keys == ["x"]
        assert first.text() == "abcx"  # the filter only watches: the key arrived

        # A window opened later (a dialog) is watched from the moment it takes the focus.
        second = shown(qtbot)
        qtbot.waitUntil(lambda: QtGui.QGuiApplication.focusWindow() is second.windowHandle())
        QtTest.QTest.keyClick(second.windowHandle(), ord("y"))
        assert counter.keys == ["x", "y"]
    finally:
        filters.remove()
    QtTest.QTest.keyClick(first.windowHandle(), ord("z"))
    assert counter.keys == ["x", "y"]
    assert first.text() == "abcxz"

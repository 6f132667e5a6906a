"""The keyboard-wedge filter on a real QApplication, with an injectable clock (no sleeping).

Keys are sent as the window system sends them: to the window, which hands them to its focus
widget (QTest's QWindow overloads), so they take the path a scanner's keys take.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.config.settings import ScannerSettings
from packstation.devices.wedge import WedgeDetector
from packstation.gui.wedge import WedgeFilter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wedge(qapp: QtWidgets.QApplication, clock: FakeClock) -> Iterator[WedgeFilter]:
    detector = WedgeDetector(max_interval_ms=30, min_length=3, blanking_ms=300, clock=clock)
    wedge_filter = WedgeFilter(detector)
    wedge_filter.install(qapp)
    yield wedge_filter
    wedge_filter.uninstall(qapp)


@pytest.fixture
def form(qtbot: QtBot) -> tuple[QtWidgets.QWidget, QtWidgets.QLineEdit, QtWidgets.QPushButton]:
    widget = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(widget)
    line_edit = QtWidgets.QLineEdit()
    button = QtWidgets.QPushButton("OK")
    layout.addWidget(line_edit)
    layout.addWidget(button)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, line_edit, button


def type_into(
    qtbot: QtBot, widget: QtWidgets.QWidget, clock: FakeClock, keys: str, gap_ms: float
) -> None:
    widget.setFocus()
    window = widget.window().windowHandle()
    assert window is not None
    for key in keys:
        clock.advance(gap_ms)
        if key == "\r":
            QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Return)
        else:
            QtTest.QTest.keyClick(window, ord(key))  # the character's own overload: its case kept


def test_a_fast_burst_is_one_scan_and_leaves_the_field_alone(
    qtbot: QtBot, wedge: WedgeFilter, form, clock: FakeClock
) -> None:
    _widget, line_edit, _button = form
    line_edit.setText("note: ")
    with qtbot.waitSignal(wedge.scan_received) as blocker:
        type_into(qtbot, line_edit, clock, "X001ABC123\r", 5)
    assert blocker.args == ["X001ABC123"]
    assert line_edit.text() == "note: "  # the first key was taken back out


def test_the_same_keys_slowly_are_typing(
    qtbot: QtBot, wedge: WedgeFilter, form, clock: FakeClock
) -> None:
    _widget, line_edit, _button = form
    scans: list[str] = []
    wedge.scan_received.connect(scans.append)
    returns: list[bool] = []
    line_edit.returnPressed.connect(lambda: returns.append(True))
    type_into(qtbot, line_edit, clock, "X001ABC123\r", 150)
    assert scans == []
    assert line_edit.text() == "X001ABC123"
    assert returns == [True]


def test_a_double_read_inside_the_blanking_period_is_dropped(
    qtbot: QtBot, wedge: WedgeFilter, form, clock: FakeClock
) -> None:
    _widget, line_edit, _button = form
    scans: list[str] = []
    doubles: list[str] = []
    wedge.scan_received.connect(scans.append)
    wedge.double_read.connect(doubles.append)
    type_into(qtbot, line_edit, clock, "5901234123457\r", 5)
    clock.advance(100)
    type_into(qtbot, line_edit, clock, "5901234123457\r", 5)
    assert scans == ["5901234123457"]
    assert doubles == ["5901234123457"]
    clock.advance(1000)
    type_into(qtbot, line_edit, clock, "5901234123457\r", 5)
    assert scans == ["5901234123457", "5901234123457"]
    assert line_edit.text() == ""


def test_a_scan_arrives_whatever_widget_has_focus(
    qtbot: QtBot, wedge: WedgeFilter, form, clock: FakeClock
) -> None:
    _widget, _line_edit, button = form
    clicked: list[bool] = []
    button.clicked.connect(lambda: clicked.append(True))
    with qtbot.waitSignal(wedge.scan_received) as blocker:
        type_into(qtbot, button, clock, "PS:FINISH\r", 5)
    assert blocker.args == ["PS:FINISH"]
    assert clicked == []


def test_fast_typed_pair_is_delivered_late_and_in_order(
    qtbot: QtBot, wedge: WedgeFilter, form, clock: FakeClock
) -> None:
    _widget, line_edit, _button = form
    type_into(qtbot, line_edit, clock, "th", 10)  # key rollover: 10 ms apart
    assert line_edit.text() == "t"  # "h" is held: it might be a scan
    clock.advance(200)
    wedge.flush()  # what the timer does when no key follows
    assert line_edit.text() == "th"
    type_into(qtbot, line_edit, clock, "e", 150)
    assert line_edit.text() == "the"


def test_built_from_settings_with_a_prefix(
    qapp: QtWidgets.QApplication, qtbot: QtBot, form, clock: FakeClock
) -> None:
    wedge_filter = WedgeFilter.from_settings(ScannerSettings(prefix="]", wedge_min_length=3))
    wedge_filter.detector.clock = clock
    wedge_filter.install(qapp)
    try:
        _widget, line_edit, _button = form
        scans: list[str] = []
        wedge_filter.scan_received.connect(scans.append)
        type_into(qtbot, line_edit, clock, "]ABC123\r", 5)
        assert scans == ["ABC123"]
    finally:
        wedge_filter.uninstall(qapp)


def test_a_scan_into_a_validated_field_keeps_every_typed_digit(
    qtbot: QtBot, wedge: WedgeFilter, form, clock: FakeClock
) -> None:
    """Issue 17: 0.45 typed in the weight field, then PS:FINISH scanned with the field focused.
    The field's validator refuses the burst's first key ("P"), so there is nothing to take back:
    the old backspace ate the typed "5" and the label said 0.4 kg."""
    from PySide6 import QtGui

    _widget, line_edit, _button = form
    line_edit.setValidator(QtGui.QDoubleValidator(0.0, 100000.0, 3, line_edit))
    type_into(qtbot, line_edit, clock, "0.45", 200)  # a person types
    assert line_edit.text() == "0.45"
    clock.advance(500)  # the packer reaches for the scanner
    with qtbot.waitSignal(wedge.scan_received) as blocker:
        type_into(qtbot, line_edit, clock, "PS:FINISH\r", 2)
    assert blocker.args == ["PS:FINISH"]
    assert line_edit.text() == "0.45"
    assert line_edit.isModified()


def test_a_scan_starting_with_a_digit_in_a_numeric_field_is_taken_back_out(
    qtbot: QtBot, wedge: WedgeFilter, form, clock: FakeClock
) -> None:
    """The burst's first key *is* accepted by the validator: it is taken back out, the rest of
    what was typed stays (and the cursor where it was)."""
    from PySide6 import QtGui

    _widget, line_edit, _button = form
    line_edit.setValidator(QtGui.QDoubleValidator(0.0, 100000.0, 3, line_edit))
    type_into(qtbot, line_edit, clock, "1.2", 200)
    clock.advance(500)
    with qtbot.waitSignal(wedge.scan_received) as blocker:
        type_into(qtbot, line_edit, clock, "5012345678900\r", 2)
    assert blocker.args == ["5012345678900"]
    assert line_edit.text() == "1.2"

"""Keyboard-wedge scanners: a key event filter on the application's windows.

:class:`WedgeFilter` watches every top-level window (see window_events.py: a filter on the
QApplication would run for every paint and layout event as well). It feeds every printable key
and Enter to a Qt-free :class:`~packstation.devices.wedge.WedgeDetector` and follows its
verdict: keys of a scanner burst never reach the focused widget (the first one, delivered
before the burst was recognised, is taken back out of a line or text edit by restoring the text
the widget held before it: a field whose validator refused that key keeps every digit the packer
typed), and the finished
code is emitted as ``scan_received`` whatever widget has focus. Keys typed by a person go where
they always went; keys held back during a fast pair of typed keys are delivered late, in order.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

import shiboken6
from PySide6 import QtCore, QtGui, QtWidgets

from packstation.config.settings import ScannerSettings
from packstation.devices.wedge import KeyOutcome, WedgeDetector
from packstation.gui.window_events import WindowFilters

log = logging.getLogger(__name__)

_IGNORED_MODIFIERS = (
    QtCore.Qt.KeyboardModifier.ControlModifier
    | QtCore.Qt.KeyboardModifier.AltModifier
    | QtCore.Qt.KeyboardModifier.MetaModifier
)
GS = "\x1d"


def _key_text(event: QtGui.QKeyEvent) -> str | None:
    """The character a key press stands for, or None for keys the detector ignores."""
    key = event.key()
    if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
        return "\r"
    text = event.text()
    if len(text) != 1:
        return None
    if text == GS:  # Ctrl+] : the GS1 group separator some scanners send
        return text
    if event.modifiers() & _IGNORED_MODIFIERS or not text.isprintable():
        return None
    return text


def _receiver(window: QtGui.QWindow) -> QtWidgets.QWidget | None:
    """The widget a key that reached ``window`` goes to (as QWidgetWindow delivers it)."""
    grabber = QtWidgets.QWidget.keyboardGrabber()
    if grabber is not None:
        return grabber
    popup = QtWidgets.QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    focus = window.focusObject()
    if isinstance(focus, QtWidgets.QWidget):
        return focus
    return QtWidgets.QApplication.focusWidget()


class WedgeFilter(QtCore.QObject):
    """Turns keyboard-wedge scanner bursts into scans, application-wide.

    Signals:
        scan_received(str): a scanner burst finished; the code, prefix/suffix removed.
        double_read(str): the same code again within the blanking period; dropped.
    """

    scan_received = QtCore.Signal(str)
    double_read = QtCore.Signal(str)

    def __init__(
        self,
        detector: WedgeDetector | None = None,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.detector = detector or WedgeDetector()
        self.enabled = True
        self._replaying = False
        self._first_target: Callable[[], QtWidgets.QWidget | None] = lambda: None
        #: what the first target held before the burst's first key reached it
        self._first_snapshot: _Snapshot | None = None
        self._hold_target: Callable[[], QtWidgets.QWidget | None] = lambda: None
        self._windows: WindowFilters | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @classmethod
    def from_settings(
        cls, scanner: ScannerSettings, parent: QtCore.QObject | None = None
    ) -> WedgeFilter:
        return cls(WedgeDetector.from_settings(scanner), parent)

    def install(self, app: QtCore.QCoreApplication | None = None) -> None:
        """Watch the keys of every window of ``app`` (the running application by default)."""
        target = app or QtCore.QCoreApplication.instance()
        if target is not None and self._windows is None:
            self._windows = WindowFilters(self, target)

    def uninstall(self, app: QtCore.QCoreApplication | None = None) -> None:
        if self._windows is not None:
            self._windows.remove()
            # Deleted now, not later: a filter without a parent (tests) is deleted with its
            # Python owner, children included, and a DeferredDelete still queued for the child
            # then deleted it a second time (a crash in the next window's event loop).
            shiboken6.delete(self._windows)
            self._windows = None
        self._timer.stop()
        self.detector.reset()
        # Hold on to no widget of a window that may go away with this filter's user.
        self._first_snapshot = None
        self._first_target = self._hold_target = lambda: None

    def flush(self) -> None:
        """Deliver keys held for a burst that stopped without Enter (it was typing)."""
        outcome = self.detector.flush()
        self._apply(outcome, self._hold_target())
        if self.detector.pending:
            self._restart_timer()

    # ------------------------------------------------------------------ the filter
    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if (
            self._replaying
            or not self.enabled
            or event.type() != QtCore.QEvent.Type.KeyPress
            or not isinstance(obj, QtGui.QWindow)
        ):
            return False
        assert isinstance(event, QtGui.QKeyEvent)
        text = _key_text(event)
        if text is None:
            return False
        widget = _receiver(obj)
        outcome = self.detector.key(text)
        if widget is not None:
            if outcome.deliver and text != "\r" and not self.detector.in_burst:
                self._first_target = weakref.ref(widget)
                self._first_snapshot = _Snapshot.of(widget)
            if not outcome.deliver:
                self._hold_target = weakref.ref(widget)
        self._apply(outcome, widget)
        if self.detector.pending:
            self._restart_timer()
        else:
            self._timer.stop()
        return not outcome.deliver

    def _restart_timer(self) -> None:
        self._timer.start(int(self.detector.max_interval_ms) + 5)

    @QtCore.Slot()
    def _on_timer_timeout(self) -> None:
        self.flush()

    def _apply(self, outcome: KeyOutcome, target: QtWidgets.QWidget | None) -> None:
        if outcome.replay:
            self._replay(outcome.replay, target)
        if outcome.undo:
            self._undo(outcome.undo, self._first_target(), self._first_snapshot)
            self._first_snapshot = None
        if outcome.scan is not None:
            log.debug("wedge scan of %d characters", len(outcome.scan))
            self.scan_received.emit(outcome.scan)
        if outcome.double_read is not None:
            self.double_read.emit(outcome.double_read)

    def _replay(self, text: str, target: QtWidgets.QWidget | None) -> None:
        widget = target if target is not None and shiboken6.isValid(target) else None
        widget = widget or QtWidgets.QApplication.focusWidget()
        if widget is None:
            return
        self._replaying = True
        try:
            for char in text:
                code = ord(char.upper()) if ord(char) < 0x7F else int(QtCore.Qt.Key.Key_unknown)
                for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
                    key_event = QtGui.QKeyEvent(
                        kind, code, QtCore.Qt.KeyboardModifier.NoModifier, char
                    )
                    QtCore.QCoreApplication.sendEvent(widget, key_event)
        finally:
            self._replaying = False

    @staticmethod
    def _undo(
        count: int, widget: QtWidgets.QWidget | None, snapshot: _Snapshot | None = None
    ) -> None:
        """Take the burst's delivered key(s) back out of ``widget``: put back the text it held
        before them (a key its validator refused changed nothing, so nothing is removed)."""
        if widget is None or not shiboken6.isValid(widget):
            return
        edit = _editor(widget)
        if snapshot is not None and snapshot.edit is edit:
            snapshot.restore()
            return
        for _ in range(count):
            if isinstance(edit, QtWidgets.QLineEdit):
                edit.backspace()
            elif isinstance(edit, QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit):
                edit.textCursor().deletePreviousChar()


def _editor(widget: QtWidgets.QWidget) -> QtWidgets.QWidget | None:
    if isinstance(widget, QtWidgets.QAbstractSpinBox):
        return widget.findChild(QtWidgets.QLineEdit)
    return widget


class _Snapshot:
    """A text field's content and cursor, to put back exactly (line and text edits)."""

    def __init__(self, edit: QtWidgets.QWidget, text: str, cursor: int, modified: bool) -> None:
        self.edit = edit
        self.text = text
        self.cursor = cursor
        self.modified = modified

    @classmethod
    def of(cls, widget: QtWidgets.QWidget) -> _Snapshot | None:
        edit = _editor(widget)
        if isinstance(edit, QtWidgets.QLineEdit):
            return cls(edit, edit.text(), edit.cursorPosition(), edit.isModified())
        if isinstance(edit, QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit):
            cursor = edit.textCursor().position()
            return cls(edit, edit.toPlainText(), cursor, edit.document().isModified())
        return None

    def restore(self) -> None:
        edit = self.edit
        if not shiboken6.isValid(edit):
            return
        if isinstance(edit, QtWidgets.QLineEdit):
            if edit.text() != self.text:
                edit.setText(self.text)
                edit.setModified(self.modified)
            edit.setCursorPosition(self.cursor)
        elif (
            isinstance(edit, QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit)
            and edit.toPlainText() != self.text
        ):
            edit.textCursor().deletePreviousChar()  # the one key it took; keeps its undo stack

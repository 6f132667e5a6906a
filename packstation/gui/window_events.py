"""Event filters on the application's windows instead of on the application.

A filter installed on the QApplication sees every event of every object: each paint, layout,
timer and style change. Written in Python, each of those costs a call into the interpreter
(1.2-1.7 ms of GUI-thread time per shipment opened and 0.5-0.9 ms per scan for one filter,
measured on the Pack page). Keys, mouse buttons and wheel turns from the window system all
reach a top-level window (QWindow) first, which hands them to its focus widget or the widget
under the pointer; a filter on the windows sees every such input once, and little else.

:class:`WindowFilters` keeps a filter installed on every top-level window: those that exist
when it starts and each one that later takes the keyboard focus (a dialog, a new window).
"""

from __future__ import annotations

import contextlib

import shiboken6
from PySide6 import QtCore, QtGui


class WindowFilters(QtCore.QObject):
    """Installs ``target`` as an event filter on the application's top-level windows."""

    def __init__(self, target: QtCore.QObject, app: QtCore.QObject) -> None:
        super().__init__(target)
        self._target = target
        self._app = app if isinstance(app, QtGui.QGuiApplication) else None
        self._windows: list[QtGui.QWindow] = []
        if self._app is not None:
            self._app.focusWindowChanged.connect(self._on_focus_window)
            for window in self._app.topLevelWindows():
                self._add(window)

    def _add(self, window: QtGui.QWindow) -> None:
        window.installEventFilter(self._target)
        if all(known is not window for known in self._windows):
            self._windows = [w for w in self._windows if shiboken6.isValid(w)]
            self._windows.append(window)

    @QtCore.Slot(QtGui.QWindow)
    def _on_focus_window(self, window: QtGui.QWindow | None) -> None:
        if window is not None:
            self._add(window)

    def remove(self) -> None:
        """Stop following the focus and take the filter off every window it was put on."""
        if self._app is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # already disconnected
                self._app.focusWindowChanged.disconnect(self._on_focus_window)
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self._target)
        self._windows = []

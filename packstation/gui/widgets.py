"""Small widgets shared by the pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6 import QtCore, QtGui, QtWidgets

W = TypeVar("W", bound=QtWidgets.QWidget)


def named(widget: W, object_name: str, accessible_name: str = "") -> W:
    """Give ``widget`` an object name (automation) and an accessible name (screen readers)."""
    widget.setObjectName(object_name)
    if accessible_name:
        widget.setAccessibleName(accessible_name)
    return widget


class PageWidget(QtWidgets.QWidget):
    """Base of the main window's pages: a title and a body layout.

    Subclasses fill ``self.body``. ``activated()`` is called each time the page is shown; pages
    start their (background) loading there rather than at construction, so start-up stays fast.
    """

    def __init__(self, title: str, object_name: str, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.title_label = named(QtWidgets.QLabel(title), "pageTitle")
        outer.addWidget(self.title_label)
        self.body = QtWidgets.QVBoxLayout()
        outer.addLayout(self.body, 1)

    def activated(self) -> None:
        """The page became visible."""


class IndicatorLabel(QtWidgets.QLabel):
    """A status-bar label whose colour follows a level: ok, warn, error or off."""

    LEVELS = ("ok", "warn", "error", "off")

    def __init__(self, object_name: str, accessible: str, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible)
        self.set_state("—", "off")

    def set_state(self, text: str, level: str, tooltip: str = "") -> None:
        if level not in self.LEVELS:
            raise ValueError(f"unknown indicator level {level!r}")
        if self.text() != text:
            self.setText(text)
        self.setToolTip(tooltip or text)
        if self.property("indicator") != level:
            # A polish restyles the label: only when the level (its colour) changes.
            self.setProperty("indicator", level)
            self.style().unpolish(self)
            self.style().polish(self)

    @property
    def level(self) -> str:
        return str(self.property("indicator"))


class LayoutShield(QtWidgets.QWidget):
    """Holds one widget whose content changes often, so its changes do not lay out the page.

    Every ``QLabel.setText`` (and every restyle) asks the parent's layout to compute again;
    on the Pack page that is a pass over the whole page, word-wrapped labels measured again:
    2-4 ms of a scan's GUI-thread time. In a shield the child fills a box that keeps at least
    ``lines`` lines of the child's text (its style sheet's font, padding and border included),
    and its layout requests stop here.

    The box grows, laying out the page once, only when a text needs more lines than it has,
    and then keeps that height (up to ``most`` lines) for the shorter texts that follow:
    shrinking back would lay out and repaint the page again at the next shipment, 7-10 ms
    of one pass. A text of more than ``most`` lines gets its room for as long as it is shown.
    """

    def __init__(self, child: QtWidgets.QWidget, lines: int = 1, most: int | None = None) -> None:
        super().__init__()
        self.child = child
        child.setParent(self)
        self._kept = self._height_of_lines(child, lines)
        self._most = self._height_of_lines(child, max(most or lines, lines))
        self._height = self._kept
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self._height)
        self.setFocusProxy(child)

    @staticmethod
    def _height_of_lines(child: QtWidgets.QWidget, lines: int) -> int:
        child.ensurePolished()
        if not isinstance(child, QtWidgets.QLabel):
            return max(child.sizeHint().height(), child.minimumHeight())
        text = child.text()
        child.setText("\n".join(["Xy"] * lines))
        height = child.sizeHint().height()
        child.setText(text)
        return max(height, child.minimumHeight())

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(self.child.minimumSizeHint().width(), self._height)

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(0, self._height)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        self.child.setGeometry(self.rect())
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # Narrower (the window resized), a word-wrapped text may need more lines: fit
            # again once this layout pass is over.
            QtCore.QCoreApplication.postEvent(self, QtCore.QEvent(QtCore.QEvent.Type.LayoutRequest))

    def event(self, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.LayoutRequest:
            self._fit()  # the child's size hint changed (its text, font or style)
        return super().event(event)

    def _fit(self) -> None:
        child = self.child
        if child.isHidden():
            return
        if child.hasHeightForWidth() and self.width() > 0:
            needed = child.heightForWidth(self.width())
        else:
            needed = child.sizeHint().height()
        if self._kept < needed <= self._most:
            self._kept = needed
        height = max(self._kept, needed)
        if height != self._height:
            self._height = height
            self.setFixedHeight(height)  # a layout of the page, only when the lines change


def placeholder(text: str, object_name: str) -> QtWidgets.QLabel:
    label = named(QtWidgets.QLabel(text), object_name)
    label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6368; font-size: 14pt;")
    return label


_AFTER_PAINT = QtCore.QEvent.Type(QtCore.QEvent.registerEventType())


class AfterPaint(QtCore.QObject):
    """Runs ``callback`` on the GUI thread after the repaint already asked for.

    Qt posts its repaint (``UpdateRequest``) at low priority; this posts one step lower, so
    work that can wait (handing a write to a worker thread) never delays what the packer sees.
    Several posts before the callback runs call it once.
    """

    def __init__(self, callback: Callable[[], None], parent: QtCore.QObject) -> None:
        super().__init__(parent)
        self._callback = callback
        self._posted = False

    def post(self) -> None:
        if self._posted:
            return
        self._posted = True
        priority = QtCore.Qt.EventPriority.LowEventPriority.value - 1
        QtCore.QCoreApplication.postEvent(self, QtCore.QEvent(_AFTER_PAINT), priority)

    def customEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == _AFTER_PAINT:
            self._posted = False
            self._callback()

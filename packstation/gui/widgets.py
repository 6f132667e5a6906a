"""Small widgets shared by the pages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TypeVar

from PySide6 import QtCore, QtGui, QtWidgets

W = TypeVar("W", bound=QtWidgets.QWidget)

#: Unicode's left-to-right isolate and its end (UAX #9): what they enclose is laid out left to
#: right inside a right-to-left sentence and does not reorder the words around it.
LRI, PDI = "\u2066", "\u2069"
_STRONG_LTR = frozenset({"L"})
_STRONG_RTL = frozenset({"R", "AL"})


def right_to_left() -> bool:
    """The user interface is laid out right to left (Arabic, Hebrew, Urdu...)."""
    return QtGui.QGuiApplication.layoutDirection() == QtCore.Qt.LayoutDirection.RightToLeft


def ltr(text: object) -> str:
    """``text`` (an id, a SKU, a weight with its unit) kept left to right in any sentence.

    In an Arabic sentence the numbers after an Arabic word are Arabic numbers, so an order id
    ``412-1129942-1753971`` read ``1753971-1129942-412`` and ``0.8 kg`` read ``kg 0.8``; an
    isolate keeps them whole. Left-to-right interfaces get ``text`` unchanged.
    """
    text = str(text)
    if not text or not right_to_left():
        return text
    return f"{LRI}{text}{PDI}"


#: the right-to-left mark: a text starting with it is a right-to-left paragraph
RLM = "\u200f"
#: what reads left to right inside any sentence: a number with its unit ("0.8 kg", "30 cm"), and
#: ids, SKUs and dates of letters and digits joined by "-", "/" or "." ("412-1129942-1753971")
_LTR_RUNS = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:kg|g|lb|oz|cm|mm|in)\b"
    r"|\b[0-9A-Za-z]+(?:[-/.][0-9A-Za-z]+)+\b"
)


def sentence(text: str) -> str:
    """``text`` shown as a sentence of the interface language.

    Qt takes a paragraph's direction from its first letter, so in Arabic a message starting
    with a shipment id or an English word read left to right (its words in the wrong order);
    right to left it starts with a right-to-left mark, and its ids and weights are isolated
    (see :func:`ltr`). Left-to-right interfaces get ``text`` unchanged.
    """
    if not text or not right_to_left() or text.startswith(RLM):
        return text
    if LRI not in text:
        text = _LTR_RUNS.sub(lambda match: f"{LRI}{match.group(0)}{PDI}", text)
    return RLM + text


def text_direction(text: str) -> QtCore.Qt.LayoutDirection | None:
    """The direction of ``text``'s first strong letter; a text of digits and signs only (a
    barcode) is left to right; None for an empty text."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_RTL:
            return QtCore.Qt.LayoutDirection.RightToLeft
        if kind in _STRONG_LTR:
            return QtCore.Qt.LayoutDirection.LeftToRight
    return QtCore.Qt.LayoutDirection.LeftToRight if text.strip() else None


def follow_text_direction(edit: QtWidgets.QLineEdit) -> None:
    """Lay ``edit`` out in the direction of what is typed into it: Arabic from the right, an
    ASCII barcode from the left (in any interface language); empty, the window's direction."""

    def follow(text: str) -> None:
        direction = text_direction(text)
        if direction is None:
            if edit.testAttribute(QtCore.Qt.WidgetAttribute.WA_SetLayoutDirection):
                edit.unsetLayoutDirection()
        elif edit.layoutDirection() != direction or not edit.testAttribute(
            QtCore.Qt.WidgetAttribute.WA_SetLayoutDirection
        ):
            edit.setLayoutDirection(direction)

    edit.textChanged.connect(follow)
    follow(edit.text())


def forward_arrow() -> str:
    """An arrow pointing the way the text reads ("→", or "←" right to left)."""
    return "←" if right_to_left() else "→"


def forward_triangle() -> str:
    """A triangle pointing the way the text reads ("▶", or "◀" right to left)."""
    return "◀" if right_to_left() else "▶"


def direction_button(
    button: QtWidgets.QAbstractButton, *, forward: bool
) -> QtWidgets.QAbstractButton:
    """Give a "next" (``forward``) or "previous" button an arrow icon that follows the layout
    direction (the style mirrors it right to left) instead of an arrow drawn in its text."""
    text = button.text().strip().strip("◀▶←→<>‹›«»").strip()
    button.setText(text)
    pixmap = (
        QtWidgets.QStyle.StandardPixmap.SP_ArrowForward
        if forward
        else QtWidgets.QStyle.StandardPixmap.SP_ArrowBack
    )
    button.setIcon(button.style().standardIcon(pixmap, None, button))
    if forward:
        # The "next" arrow after its word, as a reader expects it.
        button.setLayoutDirection(
            QtCore.Qt.LayoutDirection.LeftToRight
            if right_to_left()
            else QtCore.Qt.LayoutDirection.RightToLeft
        )
    return button


def fit_header_texts(view: QtWidgets.QTableView) -> None:
    """Show every column title whole (Hindi, Turkish and Arabic titles are longer than the
    English ones the widths were chosen for): a title that does not fit its column wraps onto
    a second line, and a column is widened only to its title's longest word. The stretching
    column (the item) keeps the rest of the room."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    header.ensurePolished()
    style = header.style()
    horizontal = QtCore.Qt.Orientation.Horizontal

    def size(text: str, column: int) -> QtCore.QSize:
        # The style measures with the style sheet's section font and padding.
        option = QtWidgets.QStyleOptionHeader()
        option.initFrom(header)
        option.section = column
        option.text = text
        return style.sizeFromContents(
            QtWidgets.QStyle.ContentsType.CT_HeaderSection, option, QtCore.QSize(), header
        )

    tallest = 0
    for column in range(header.count()):
        if header.isSectionHidden(column) or (
            header.sectionResizeMode(column) != QtWidgets.QHeaderView.ResizeMode.Interactive
        ):
            continue
        text = str(model.headerData(column, horizontal) or "")
        width = header.sectionSize(column)
        if not text or size(text, column).width() <= width:
            continue
        words = text.split()
        widest = max(size(word, column).width() for word in words)
        if widest > width:
            header.resizeSection(column, widest)
            width = widest
        lines: list[str] = []
        for word in words:
            if lines and size(f"{lines[-1]} {word}", column).width() <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        tallest = max(tallest, size("\n".join(lines), column).height())
    if tallest > header.sizeHint().height():
        header.setDefaultAlignment(header.defaultAlignment() | QtCore.Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(tallest)


class FittingScrollArea(QtWidgets.QScrollArea):
    """A vertical scroll area at least as wide as its widget needs.

    A scroll area asks for little room, so a side panel whose translated buttons are wider than
    the English ones was cut off (on the left, in Arabic) rather than given the room.
    """

    def minimumSizeHint(self) -> QtCore.QSize:
        hint = super().minimumSizeHint()
        widget = self.widget()
        if widget is None:
            return hint
        width = (
            widget.minimumSizeHint().width()
            + self.verticalScrollBar().sizeHint().width()
            + 2 * self.frameWidth()
        )
        return QtCore.QSize(max(hint.width(), width), hint.height())


class ElidedLabel(QtWidgets.QLabel):
    """A one-line label that shrinks with its room and ends its text with "…" (where a width
    is fixed and a translated text may be longer than the English one)."""

    def minimumSizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(
            self.text(), QtCore.Qt.TextElideMode.ElideRight, rect.width()
        )
        self.style().drawItemText(
            painter,
            rect,
            int(QtWidgets.QStyle.visualAlignment(self.layoutDirection(), self.alignment())),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )
        # The whole text in the tooltip when it had to be shortened.
        self.setToolTip(self.text() if text != self.text() else "")


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

    def shutdown(self) -> None:
        """The window is closing: stop what the page started (timers, devices, lanes)."""


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
        text = sentence(text)
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

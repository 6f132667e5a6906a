"""A small bar chart drawn with QPainter (no QtCharts: it lives in PySide6-Addons)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6 import QtCore, QtGui, QtWidgets

BAR = QtGui.QColor("#1f6feb")
BAR_MUTED = QtGui.QColor("#9ab8e8")
AXIS = QtGui.QColor("#8a9099")
TEXT = QtGui.QColor("#2b2f36")
GRID = QtGui.QColor("#e3e6ea")


def nice_step(value: float, whole: bool = False) -> float:
    """The smallest of 1, 2, 2.5, 5 (``whole``: 1, 2, 5) times a power of ten >= ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10):
        if value <= step * power + 1e-12:
            return float(step * power)
    return float(10 * power)


def axis_ticks(top: float, whole: bool = False, count: int = 4) -> list[float]:
    """Grid values from 0 up to at least ``top`` in about ``count`` nice steps (whole numbers
    only when ``whole``: counts have no half orders)."""
    step = nice_step(top / count, whole) if top > 0 else 1.0
    if whole:
        step = max(1.0, step)
    n = max(1, math.ceil(top / step - 1e-9))
    return [step * i for i in range(n + 1)]


def nice_ceiling(value: float) -> float:
    """The axis maximum for ``value`` (the last of :func:`axis_ticks`)."""
    return axis_ticks(value)[-1]


def _plain(value: float) -> str:
    """A bar's value or a grid value in the locale's digits (one decimal below 100)."""
    from packstation.gui.texts import number

    return number(value, 1 if value < 100 else 0)


class BarChartWidget(QtWidgets.QWidget):
    """Bars with a value on each, labels under them, a light grid and a title.

    ``set_data([(label, value), ...])``; ``highlight`` marks bars drawn in the strong colour (the
    others muted), e.g. the current hour. With many bars, every n-th label is shown.
    """

    def __init__(
        self,
        title: str,
        object_name: str,
        unit: str = "",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(title)
        self.title = title
        self.unit = unit
        self.bars: list[tuple[str, float]] = []
        self.highlight: set[int] | None = None
        self.empty_text = self.tr("No data yet")
        self.setMinimumSize(260, 180)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )

    def set_data(
        self, bars: Sequence[tuple[str, float]], highlight: set[int] | None = None
    ) -> None:
        self.bars = [(str(label), max(0.0, float(value))) for label, value in bars]
        self.highlight = highlight
        summary = ", ".join(f"{label} {_plain(value)}" for label, value in self.bars[:24])
        self.setAccessibleDescription(f"{self.title}: {summary}" if summary else self.empty_text)
        self.update()

    def sizeHint(self) -> QtCore.QSize:
        return QtCore.QSize(420, 240)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        try:
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QtGui.QPainter) -> None:
        rect = QtCore.QRectF(self.rect()).adjusted(8, 6, -8, -6)
        metrics = painter.fontMetrics()
        line = metrics.height()
        title_font = QtGui.QFont(painter.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(TEXT)
        title = f"{self.title} ({self.unit})" if self.unit else self.title
        painter.drawText(
            QtCore.QRectF(rect.left(), rect.top(), rect.width(), line),
            QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        painter.setFont(self.font())
        values = [value for _label, value in self.bars]
        if not self.bars or not any(values):
            painter.setPen(AXIS)
            painter.drawText(rect, QtCore.Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        ticks = axis_ticks(max(values), whole=all(float(v).is_integer() for v in values))
        axis_max = ticks[-1]
        axis_w = max(metrics.horizontalAdvance(_plain(t)) for t in ticks) + 8
        plot = QtCore.QRectF(
            rect.left() + axis_w,
            rect.top() + line * 2.6,
            rect.width() - axis_w,
            rect.height() - line * 3.8,
        )
        if plot.height() < 10 or plot.width() < 10:
            return
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / axis_max
            painter.setPen(QtGui.QPen(GRID if tick else AXIS, 1))
            painter.drawLine(QtCore.QPointF(plot.left(), y), QtCore.QPointF(plot.right(), y))
            painter.setPen(AXIS)
            painter.drawText(
                QtCore.QRectF(rect.left(), y - line / 2, axis_w - 6, line),
                QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter,
                _plain(tick),
            )
        count = len(self.bars)
        slot = plot.width() / count
        gap = min(slot * 0.25, 12.0)
        widest = max(metrics.horizontalAdvance(label) for label, _v in self.bars) + 6
        # Wide enough slots elide their labels; narrow ones (24 hours) label every n-th bar.
        label_every = 1 if slot >= 56 else max(1, math.ceil(widest / slot))
        value_fits = metrics.horizontalAdvance("000.0") <= slot
        for i, (label, value) in enumerate(self.bars):
            x = plot.left() + slot * i + gap / 2
            h = plot.height() * value / axis_max
            strong = self.highlight is None or i in self.highlight
            bar = QtCore.QRectF(x, plot.bottom() - h, slot - gap, h)
            painter.fillRect(bar, BAR if strong else BAR_MUTED)
            painter.setPen(TEXT)
            if value and value_fits:
                painter.drawText(
                    QtCore.QRectF(x - gap / 2, bar.top() - line, slot, line),
                    QtCore.Qt.AlignmentFlag.AlignCenter,
                    _plain(value),
                )
            if i % label_every == 0:
                shown = metrics.elidedText(
                    label, QtCore.Qt.TextElideMode.ElideRight, int(slot * label_every)
                )
                painter.drawText(
                    QtCore.QRectF(x - gap / 2, plot.bottom() + 2, slot * label_every, line),
                    QtCore.Qt.AlignmentFlag.AlignLeft | QtCore.Qt.AlignmentFlag.AlignTop
                    if label_every > 1
                    else QtCore.Qt.AlignmentFlag.AlignCenter,
                    shown,
                )

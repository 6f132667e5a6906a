"""A weight entered into the weight field is a weighing, never a scan error on the Dashboard.

Issue 17 ("typed weights count as scan errors"): a weight that reaches the weight field at
scanner speed (a keyboard-wedge scale, or a packer's numeric keypad with a fast Enter: every key
within the wedge's 30 ms) is taken by the wedge filter as a scan. ``PackPage.handle_scan`` used to
refuse it as an unknown barcode: the bench audited a refused ``scan``, the Dashboard counted a scan
error, and the package kept no weight. The Pack page now takes a burst that reads as a weight,
while the weight field has the focus, as that package's weight.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6 import QtCore, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from packstation.devices.wedge import WedgeDetector
from packstation.gui.wedge import WedgeFilter
from packstation.services.stats import StatsService
from tests.e2e.conftest import BenchDriver, bench, bench_factory, gtin_of  # noqa: F401

pytestmark = pytest.mark.gui


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def keys(clock: FakeClock, widget: QtWidgets.QWidget, text: str, gap_ms: float) -> None:
    """Keys through the window system, ``gap_ms`` apart on the wedge's clock."""
    widget.setFocus()
    window = widget.window().windowHandle()
    assert window is not None
    for key in text:
        clock.now += gap_ms / 1000
        if key == "\r":
            QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Return)
        else:
            QtTest.QTest.keyClick(window, ord(key))


def test_a_weight_entered_at_scanner_speed_is_a_weighing_not_a_scan_error(
    qtbot: QtBot,
    qapp: QtWidgets.QApplication,
    bench: BenchDriver,  # noqa: F811
) -> None:
    clock = FakeClock()
    # Owned by the window: a parentless filter left behind crashes the next window's start.
    wedge = WedgeFilter(
        WedgeDetector(max_interval_ms=30, min_length=3, clock=clock), parent=bench.window
    )
    wedge.install(qapp)
    wedge.scan_received.connect(bench.pack.handle_scan)
    try:
        shipment = bench.pick("SELLER_FLEX", multi=False, serial=False)
        session: Any = bench.open(shipment.id)
        for line in session.shipment.line_items:
            for _ in range(line.number_of_units):
                bench.scan(gtin_of(line))
        bench.scan("PS:BOX:M")
        clock.now += 1
        keys(clock, bench.pack.weight_input, "1.25\r", 2)  # a wedge scale's burst
    finally:
        wedge.uninstall(qapp)
    service = StatsService(bench.runtime.db)

    def figures() -> Any:
        now = datetime.now(UTC)
        return service.stats(now - timedelta(hours=1), now + timedelta(minutes=1)).total

    # Either outcome is journaled and audited on the database lane: wait for one of them.
    qtbot.waitUntil(lambda: figures().scan_errors or figures().weighings >= 1, timeout=10_000)
    stats = service.stats(
        datetime.now(UTC) - timedelta(hours=1), datetime.now(UTC) + timedelta(minutes=1)
    )
    assert stats.total.scan_errors == 0, stats.total.errors_by_reason
    assert session.current_package.weight == pytest.approx(1.25)

"""GUI benchmarks: event-loop stalls during a pack cycle with 10,000 shipments queued,
scan-to-screen latency, and start to an interactive queue (real sandbox + virtual printer).

Run with ``make bench`` (or ``pytest tests/bench/test_gui_bench.py``); figures go to
tests/bench/results/. Nothing here asserts on time: the figures are reported.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtCore, QtTest, QtWidgets

N_QUEUED = 10_000
N_SCANS = 200
SCAN_GAP_MS = 50


class PaintProbe(QtCore.QObject):
    """Notes when a widget is painted and when that repaint is over (on screen).

    Qt paints every dirty widget of the window and flushes them to the screen in one pass;
    the first event dispatched after the widget's paint marks the end of that pass.
    """

    def __init__(self, widget: QtWidgets.QWidget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.painted = False
        self.shown_at: float | None = None
        app = QtWidgets.QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def reset(self) -> None:
        self.painted = False
        self.shown_at = None

    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.Paint:
            if obj is self.widget:
                self.painted = True
        elif self.painted and self.shown_at is None:
            self.shown_at = time.perf_counter()
        return False


class Heartbeat:
    """A 1 ms QTimer; the longest gap between ticks is the event loop's longest stall."""

    def __init__(self) -> None:
        self.timer = QtCore.QTimer()
        self.timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        self._last = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.gaps.append((now - self._last) * 1000)
        self._last = now

    def __enter__(self) -> Heartbeat:
        self._last = 0.0
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.stop()

    def figures(self) -> dict[str, Any]:
        gaps = sorted(self.gaps) or [0.0]
        return {
            "ticks": len(self.gaps),
            "longest_stall_ms": round(gaps[-1], 2),
            "p99_gap_ms": round(gaps[int(len(gaps) * 0.99) - 1 if len(gaps) > 1 else 0], 2),
            "stalls_over_16ms": sum(1 for g in gaps if g > 16),
        }


def _spin(qtbot: Any, ms: int) -> None:
    qtbot.wait(ms)


@pytest.fixture
def bench_window(qtbot: Any, qapp: Any) -> Iterator[Any]:
    from packstation.config.paths import app_paths
    from packstation.config.settings import load_settings
    from packstation.gui import app as gui_app
    from packstation.gui.bench_controller import bench_of
    from packstation.gui.main_window import MainWindow
    from packstation.gui.tasks import TaskRunner

    gui_app.application()
    settings = load_settings(sandbox={"shipments": 200, "rate_limits": False, "seed": 7})
    tasks = TaskRunner()
    started = time.perf_counter()
    window = MainWindow(settings, app_paths().ensure(), tasks)
    qtbot.addWidget(window)
    window.pages["pack"].sounds.enabled = False
    controller = bench_of(window)
    window.show()
    with qtbot.waitSignal(controller.queue_loaded, timeout=120_000):
        controller.start()
    window.start_to_queue_ms = (time.perf_counter() - started) * 1000  # type: ignore[attr-defined]
    try:
        yield window
    finally:
        window.close()
        tasks.shutdown(wait=True)
        controller.close()


def _padding_rows(window: Any, n: int) -> list[Any]:
    """n extra queue rows (copies of sandbox shipments with new ids), built off the GUI path."""
    from packstation.gui.models.queue import QueueRow

    base = [row.shipment for row in window.pages["queue"].model.rows()]
    rows = []
    for i in range(n):
        s = base[i % len(base)]
        copy = s.model_copy(update={"id": f"PAD{i:07d}"})
        rows.append(QueueRow.from_shipment(copy))
    return rows


def test_gui_pack_cycle_with_10000_queued(qtbot: Any, bench_window: Any, record: Any) -> None:
    window = bench_window
    queue = window.pages["queue"]
    pack = window.pages["pack"]
    controller = window.bench
    record["start_to_interactive_queue_ms"] = round(window.start_to_queue_ms, 1)
    padding = _padding_rows(window, N_QUEUED - queue.model.rowCount())
    with Heartbeat() as load_beat:
        t0 = time.perf_counter()
        queue.apply_changes(padding[:5000], [])  # incremental: row inserts, no reset
        insert_ms = (time.perf_counter() - t0) * 1000
        _spin(qtbot, 50)
        queue.set_rows([*queue.model.rows(), *padding[5000:]])  # a full reload
        _spin(qtbot, 50)
    # As the controller does after the first full queue load (the padding came later here).
    from packstation.gui import gc_guard

    record["objects_frozen"] = gc_guard.freeze()
    record["queue_rows"] = queue.model.rowCount()
    record["incremental_insert_5000_rows_ms"] = round(insert_ms, 1)
    record["queue_load_longest_stall_ms"] = load_beat.figures()["longest_stall_ms"]

    row = next(
        r
        for r in queue.model.rows()
        if r.program == "SELLER_FLEX"
        and r.status == "ACCEPTED"
        and not r.shipment_id.startswith("PAD")
        and len(r.shipment.line_items) == 1
        and "serial" not in r.flags
    )
    item = row.shipment.line_items[0]
    code = next(a.value for a in item.custom_attributes or [] if a.key == "gtin")
    latencies: list[float] = []
    # Every scan changes the counters line ("Scanned 2 of 3 · refused 1 ..."), painted in the
    # same pass as the table's line and the feedback.
    probe = PaintProbe(pack.counters)
    collector = QtWidgets.QApplication.instance().findChild(gc_guard.MainThreadCollector)
    full_before = collector.collections[2]
    with Heartbeat() as beat:
        t_start = time.perf_counter()
        with qtbot.waitSignal(controller.shipment_opened, timeout=30_000):
            pack.handle_scan(row.shipment_id)
        session = pack.session
        _spin(qtbot, 100)
        # Scan-to-screen: a scanner types the code into the scan field and presses Enter (key
        # events one by one through the event loop, the wedge filter included); from the
        # Enter key to the repainted line on screen (Qt's own update path, no forced repaint).
        # Accepts, then refusals (over-scans); one scan every SCAN_GAP_MS, faster than any
        # hand scanner, with the journal writes of earlier scans still running.
        for n in range(N_SCANS):
            scan = code if n < item.number_of_units else "4006381333931"
            for char in scan:  # a USB scanner types about one character per millisecond
                QtTest.QTest.keyClick(pack.scan_input, char)
                _spin(qtbot, 1)
            probe.reset()
            t = time.perf_counter()
            QtTest.QTest.keyClick(pack.scan_input, QtCore.Qt.Key.Key_Return)
            deadline = t + 5
            while not probe.painted and time.perf_counter() < deadline:
                QtWidgets.QApplication.processEvents()
            assert probe.painted, f"scan {n} was not shown within 5 s"
            shown = probe.shown_at or time.perf_counter()
            latencies.append((shown - t) * 1000)
            _spin(qtbot, SCAN_GAP_MS)
        for widget, value in (
            (pack.length_input, "30"),
            (pack.width_input, "20"),
            (pack.height_input, "10"),
            (pack.weight_input, "0.8"),
        ):
            widget.setText(value)
        with qtbot.waitSignal(pack.finished, timeout=60_000):
            pack.finish()
        cycle_ms = (time.perf_counter() - t_start) * 1000
        _spin(qtbot, 50)
    assert session is not None
    figures = beat.figures()
    record["pack_cycle_ms"] = round(cycle_ms, 1)
    record["pack_cycle_longest_stall_ms"] = figures["longest_stall_ms"]
    record["pack_cycle_stalls_over_16ms"] = figures["stalls_over_16ms"]
    record["pack_cycle_p99_gap_ms"] = figures["p99_gap_ms"]
    latencies.sort()
    record["scan_to_screen_p50_ms"] = round(statistics.median(latencies), 3)
    record["scan_to_screen_p99_ms"] = round(latencies[int(len(latencies) * 0.99) - 1], 3)
    record["scan_to_screen_max_ms"] = round(latencies[-1], 3)
    record["scans"] = f"{N_SCANS}, one every {SCAN_GAP_MS} ms, typed into the scan field"
    record["gc_full_collections_during_cycle"] = collector.collections[2] - full_before
    record["goal"] = "no stall over 16 ms; scan-to-screen p99 under 5 ms"
    assert QtWidgets.QApplication.instance() is not None

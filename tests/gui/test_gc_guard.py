"""Cyclic garbage is collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading

from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from packstation.gui import gc_guard


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_is_off_and_the_timer_collects_on_the_gui_thread(qapp: object) -> None:
    app = QtCore.QCoreApplication.instance()
    assert app is not None
    collector = gc_guard.install(app)
    assert gc_guard.install(app) is collector
    assert not gc.isenabled()

    collected_on: list[str] = []

    class Watched(_Cycle):
        def __del__(self) -> None:
            collected_on.append(threading.current_thread().name)

    def allocate() -> None:
        Watched()  # unreachable once the call returns, but held alive by its own cycle
        # Far more allocations than the youngest threshold: automatic collection would run here.
        junk = [[] for _ in range(gc.get_threshold()[0] * 5)]
        del junk

    worker = threading.Thread(target=allocate, name="allocator")
    worker.start()
    worker.join()
    assert collected_on == []

    gc.set_threshold(1, *gc.get_threshold()[1:])
    try:
        _Cycle()
        assert collector.check() is not None
        gc.collect()  # whatever generation the cycle reached, it is freed here, on this thread
    finally:
        gc.set_threshold(700, *gc.get_threshold()[1:])
    assert collected_on == [threading.current_thread().name]


def test_check_turns_collection_back_off(qapp: object) -> None:
    app = QtCore.QCoreApplication.instance()
    assert app is not None
    collector = gc_guard.install(app)
    gc.enable()
    collector.check()
    assert not gc.isenabled()


class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _make_full_due(collector: gc_guard.MainThreadCollector) -> None:
    """Cross the old generation's threshold with enough promoted objects (CPython's rule)."""
    collector._pending = collector._long_lived  # more than a quarter of the long-lived
    gc.set_threshold(1, 1, 1)
    for _ in range(4):
        [[] for _ in range(50)]
        gc.collect(1)  # count the old generation up, as promotions do


def test_a_full_collection_waits_for_idle_input_then_runs(qapp: object) -> None:
    app = QtCore.QCoreApplication.instance()
    assert app is not None
    clock = _Clock()
    saved = gc.get_threshold()
    collector = gc_guard.MainThreadCollector(app, 10_000, idle_s=2.0, max_defer_s=60.0, clock=clock)
    try:
        _make_full_due(collector)
        collector.note_activity()  # a scan just now
        clock.now += 0.5
        assert collector.check() != 2  # busy: only the young generations
        assert collector.collections[2] == 0
        _make_full_due(collector)
        clock.now += 2.0  # two seconds without input
        assert collector.check() == 2
        assert collector.collections[2] == 1
    finally:
        gc.set_threshold(*saved)
        collector.stop()
        collector.deleteLater()
        gc.disable()  # the session's own collector stays in charge


def test_a_full_collection_runs_after_the_longest_deferral_even_when_busy(qapp: object) -> None:
    app = QtCore.QCoreApplication.instance()
    assert app is not None
    clock = _Clock()
    saved = gc.get_threshold()
    collector = gc_guard.MainThreadCollector(app, 10_000, idle_s=2.0, max_defer_s=60.0, clock=clock)
    try:
        for _ in range(3):  # a bench that never rests: input every second for a minute
            _make_full_due(collector)
            collector.note_activity()
            assert collector.check() != 2
            clock.now += 25.0
            collector.note_activity()
        _make_full_due(collector)
        assert collector.check() == 2
    finally:
        gc.set_threshold(*saved)
        collector.stop()
        collector.deleteLater()
        gc.disable()  # the session's own collector stays in charge


def test_key_presses_count_as_input(qapp: object, qtbot: QtBot) -> None:
    from PySide6 import QtTest, QtWidgets

    app = QtCore.QCoreApplication.instance()
    assert app is not None
    window = QtWidgets.QLineEdit()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    clock = _Clock()
    collector = gc_guard.MainThreadCollector(app, 10_000, idle_s=2.0, clock=clock)
    try:
        clock.now += 5.0
        assert collector.idle
        # Painting and other widget events are not input (and the collector's filter, on the
        # windows only, does not even see them).
        window.repaint()
        QtCore.QCoreApplication.sendEvent(window, QtCore.QEvent(QtCore.QEvent.Type.LayoutRequest))
        assert collector.idle
        # A key as the window system delivers it: to the window, then its focus widget.
        handle = window.windowHandle()
        assert handle is not None
        QtTest.QTest.keyClick(handle, ord("1"))
        assert window.text() == "1"
        assert not collector.idle
    finally:
        collector.stop()
        collector.deleteLater()
        gc.disable()  # the session's own collector stays in charge


def test_freeze_exempts_live_objects_and_the_idle_refreeze_frees_their_dead_cycles(
    qapp: object,
) -> None:
    app = QtCore.QCoreApplication.instance()
    assert app is not None
    clock = _Clock()
    collector = gc_guard.MainThreadCollector(app, 10_000, idle_s=2.0, refreeze_s=100.0, clock=clock)
    freed: list[bool] = []

    class Watched(_Cycle):
        def __del__(self) -> None:
            freed.append(True)

    try:
        held = Watched()
        assert collector.freeze() > 0
        assert gc.get_freeze_count() > 0
        del held  # now garbage, but frozen: a full collection skips it
        gc.collect()
        assert freed == []
        clock.now += 50.0
        collector.check()
        assert freed == []  # not yet time to re-freeze
        clock.now += 60.0
        assert collector.check() == 2
        assert freed == [True]
        assert gc.get_freeze_count() > 0  # frozen again
    finally:
        collector.stop()
        collector.deleteLater()
        gc.disable()  # the session's own collector stays in charge
        assert gc.get_freeze_count() == 0


def test_note_activity_reaches_the_installed_collector(qapp: object) -> None:
    app = QtCore.QCoreApplication.instance()
    assert app is not None
    collector = gc_guard.install(app)
    collector._last_input = 0.0  # long ago
    assert collector.idle
    gc_guard.note_activity()  # what the Pack page does for every scan, serial scanner included
    assert not collector.idle

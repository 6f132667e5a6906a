"""Cyclic garbage is collected on the GUI thread only."""

from __future__ import annotations

import gc
import threading

from PySide6 import QtCore

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

"""Run Python's cyclic garbage collector on the GUI thread only, and never mid-scan.

Python starts a collection in whichever thread happens to allocate when a generation's
threshold is crossed. If that collection frees a Qt object (a widget caught in a reference
cycle, say a lambda connected to one of its own signals), Qt destroys the object on a worker
thread, which crashes the process (CI saw a segmentation fault inside ``gc`` while the queue
sync worker parsed a page). So the GUI switches automatic collection off and runs the
collections itself, from a timer on the GUI thread:

* The young generations (0 and 1) follow Python's own thresholds. They hold only recent
  objects, so each takes well under a millisecond.
* A full collection walks every tracked object: about 1 µs each, so 200 ms with the modules,
  widgets and a 10,000-shipment queue in memory: a visible freeze. It follows CPython's rule
  (only when the objects promoted since the last one exceed 25 % of the long-lived ones) and
  waits until nobody has pressed a key, scanned or clicked for ``idle_s``; past ``max_defer_s``
  it runs anyway, so memory stays bounded on a bench that never rests.
* :meth:`MainThreadCollector.freeze` (called once the window and the first queue are loaded)
  moves what is alive into Python's permanent generation, which full collections skip. Once
  in a long while (``refreeze_s``, when idle) the permanent generation is thawed, collected
  and frozen again, so cycles that died among those objects are freed too.

Figures (``make perf``, tests/perf/test_gui_bench.py): see the benchmark's results.

Reference counting still frees almost everything at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable

from PySide6 import QtCore

from packstation.gui.window_events import WindowFilters

log = logging.getLogger(__name__)

_INTERVAL_MS = 100
_IDLE_S = 2.0
_MAX_DEFER_S = 120.0
_REFREEZE_S = 1800.0
_PROPERTY = "packstation.gcGuard"
_INPUT_EVENTS = frozenset(
    {
        QtCore.QEvent.Type.KeyPress,
        QtCore.QEvent.Type.MouseButtonPress,
        QtCore.QEvent.Type.Wheel,
        QtCore.QEvent.Type.TouchBegin,
    }
)


class MainThreadCollector(QtCore.QObject):
    """Owns the timer; keeps automatic collection off while it lives."""

    def __init__(
        self,
        parent: QtCore.QObject,
        interval_ms: int = _INTERVAL_MS,
        *,
        idle_s: float = _IDLE_S,
        max_defer_s: float = _MAX_DEFER_S,
        refreeze_s: float = _REFREEZE_S,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(parent)
        self.collections = [0, 0, 0]
        self.idle_s = idle_s
        self.max_defer_s = max_defer_s
        self.refreeze_s = refreeze_s
        self.longest_ms = 0.0  # the longest collection so far (the figure benchmarks report)
        self._clock: Callable[[], float] = clock or time.monotonic
        now = self._now()
        self._last_input = now
        self._full_due_since: float | None = None
        self._frozen_at: float | None = None
        self._long_lived = max(1, len(gc.get_objects(2)))
        self._pending = 0
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        # Input is watched on the windows, not the application: a Python filter on the
        # application would run for every paint and layout event too (window_events.py).
        self._filters = WindowFilters(self, parent)
        gc.disable()
        self._timer.start()

    def _now(self) -> float:
        return self._clock()

    # ------------------------------------------------------------------ input
    def eventFilter(self, obj: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._last_input = self._now()
        return False

    def note_activity(self) -> None:
        """Input that does not come through Qt (a serial scanner): not idle now."""
        self._last_input = self._now()

    @property
    def idle(self) -> bool:
        return self._now() - self._last_input >= self.idle_s

    # ------------------------------------------------------------------ collecting
    def check(self) -> int | None:
        """Run the collection that is due now; return its generation (or None)."""
        if gc.isenabled():
            # Something (a library pausing the collector around a burst) turned it back on.
            gc.disable()
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        now = self._now()
        if self._frozen_at is not None and now - self._frozen_at >= self.refreeze_s and self.idle:
            self._refreeze(now)  # a full collection of everything, frozen objects included
            return 2
        if self._full_due(counts, thresholds):
            if self._full_due_since is None:
                self._full_due_since = now
            if self.idle or now - self._full_due_since >= self.max_defer_s:
                return self._full(now)
        generation = None
        for gen in (0, 1):
            if thresholds[gen] and counts[gen] > thresholds[gen]:
                generation = gen
        if generation is None:
            return None
        if generation == 1:
            # Everything in the young generations that survives moves to the old one.
            self._pending += len(gc.get_objects(0)) + len(gc.get_objects(1))
        self._collect(generation)
        return generation

    def _full_due(self, counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> bool:
        # CPython's rule: the old generation's threshold is crossed AND the objects promoted
        # since the last full collection exceed a quarter of the long-lived ones.
        return bool(
            thresholds[2] and counts[2] > thresholds[2] and self._pending > self._long_lived // 4
        )

    def _collect(self, generation: int) -> None:
        started = time.perf_counter()
        gc.collect(generation)
        elapsed = (time.perf_counter() - started) * 1000
        self.longest_ms = max(self.longest_ms, elapsed)
        self.collections[generation] += 1
        if elapsed > 50:
            log.debug("generation %d collection took %.0f ms", generation, elapsed)

    def _full(self, now: float) -> int:
        self._collect(2)
        self._long_lived = max(1, len(gc.get_objects(2)))
        self._pending = 0
        self._full_due_since = None
        return 2

    def _refreeze(self, now: float) -> None:
        gc.unfreeze()
        self._collect(2)
        gc.freeze()
        self._frozen_at = now
        self._long_lived = 1
        self._pending = 0
        self._full_due_since = None

    def freeze(self) -> int:
        """Exempt every live object from later full collections: the modules, the window and
        the loaded queue live as long as the app. Cheap (the young generations are collected
        first, then Python moves the lists); a cycle that was already garbage waits for the
        next idle re-freeze. Returns how many objects are frozen."""
        self._collect(1)
        gc.freeze()
        self._frozen_at = self._now()
        self._long_lived = max(1, len(gc.get_objects(2)))
        self._pending = 0
        self._full_due_since = None
        frozen = gc.get_freeze_count()
        log.debug("%d long-lived objects exempted from full collections", frozen)
        return frozen

    def stop(self) -> None:
        """Stop the timer, collect once here on the GUI thread and give collection back."""
        self._timer.stop()
        self._filters.remove()
        gc.unfreeze()
        gc.collect()
        gc.enable()


def install(app: QtCore.QCoreApplication) -> MainThreadCollector:
    """Install the collector on ``app`` once; later calls return the same one."""
    existing = app.findChild(MainThreadCollector)
    if isinstance(existing, MainThreadCollector):
        return existing
    collector = MainThreadCollector(app)
    collector.setObjectName(_PROPERTY)
    log.debug("cyclic garbage collection moved to the GUI thread")
    return collector


def freeze(app: QtCore.QCoreApplication | None = None) -> int:
    """:meth:`MainThreadCollector.freeze` on the app's collector (0 when none is installed)."""
    app = app or QtCore.QCoreApplication.instance()
    collector = app.findChild(MainThreadCollector) if app is not None else None
    if isinstance(collector, MainThreadCollector):
        return collector.freeze()
    return 0


def note_activity(app: QtCore.QCoreApplication | None = None) -> None:
    """Tell the app's collector the packer is busy (input that is not a Qt event: a serial
    scanner's scan); no-op without a collector."""
    app = app or QtCore.QCoreApplication.instance()
    collector = app.findChild(MainThreadCollector) if app is not None else None
    if isinstance(collector, MainThreadCollector):
        collector.note_activity()

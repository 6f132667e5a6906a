"""Run Python's cyclic garbage collector on the GUI thread only.

Python starts a collection in whichever thread happens to allocate when a generation's
threshold is crossed. If that collection frees a Qt object (a widget caught in a reference
cycle, say a lambda connected to one of its own signals), Qt destroys the object on a worker
thread, which crashes the process (CI saw a segmentation fault inside ``gc`` while the queue
sync worker parsed a page). So the GUI switches automatic collection off and runs the same
generational collections from a timer on the GUI thread, using Python's own thresholds.
Reference counting still frees almost everything at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc
import logging

from PySide6 import QtCore

log = logging.getLogger(__name__)

_INTERVAL_MS = 250
_PROPERTY = "packstation.gcGuard"


class MainThreadCollector(QtCore.QObject):
    """Owns the timer; keeps automatic collection off while it lives."""

    def __init__(self, parent: QtCore.QObject, interval_ms: int = _INTERVAL_MS) -> None:
        super().__init__(parent)
        self.collections = [0, 0, 0]
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        gc.disable()
        self._timer.start()

    def check(self) -> int | None:
        """Collect the oldest generation whose threshold is crossed; return it (or None)."""
        if gc.isenabled():
            # Something (a library pausing the collector around a burst) turned it back on.
            gc.disable()
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = None
        for gen in range(3):
            if thresholds[gen] and counts[gen] > thresholds[gen]:
                generation = gen
        if generation is None:
            return None
        gc.collect(generation)
        self.collections[generation] += 1
        return generation

    def stop(self) -> None:
        """Stop the timer, collect once here on the GUI thread and give collection back."""
        self._timer.stop()
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

"""Workarounds for bugs in the Qt bindings, applied once when ``packstation.gui`` is imported.

WORKAROUND: PySide6 6.12.0's ``SignalInstance.emit()`` drops one reference to ``True`` (its return
value) on every call from Python. On CPython 3.11, where ``True`` is not immortal, its reference
count reaches zero after a few hundred to a few thousand emissions and the process aborts with
"Fatal Python error: bool_dealloc" - in the middle of a packer's shift. Reproduced here with a
bare ``Signal()`` emitted in a loop (tests/gui/test_compat.py). CPython 3.12 made ``True`` and
``False`` immortal for exactly this class of problem; on 3.11 we do the nearest equivalent: when
the leak is detected at start-up, both objects get 2**48 extra references, enough for billions
of emissions. Objects that are never freed cannot be harmed by extra references, so the pin is
safe even if a later PySide6 fixes the leak; the detection keeps it from being applied then.

WORKAROUND: the same build drops one reference to ``None`` on every call of a method that returns
nothing (``QLabel.setText``, ``QObject.setObjectName``, ``QApplication.beep``, ``postEvent``,
``QTest.keyClicks`` ...). ``None`` starts with a few thousand references, so a plain PySide6 app
aborts with "Fatal Python error: none_dealloc" after about 5,000 such calls: a few hundred scans.
``None`` is pinned the same way when that leak is detected.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6 import QtCore

log = logging.getLogger(__name__)

PIN = 1 << 48


class _Probe(QtCore.QObject):
    fired = QtCore.Signal()


def emit_leaks_true() -> bool:
    """Whether ``Signal.emit()`` loses references to ``True`` in this PySide6 build."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    after = sys.getrefcount(True)
    if after < before:
        # Give back what the probe itself took.
        ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
        for _ in range(before - after):
            ctypes.pythonapi.Py_IncRef(True)
    return after < before


def void_call_leaks_none() -> bool:
    """Whether a call of a method returning nothing loses a reference to ``None``."""
    probe = QtCore.QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    after = sys.getrefcount(None)
    if after < before:
        ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
        for _ in range(before - after):
            ctypes.pythonapi.Py_IncRef(None)
    return after < before


def _pin(*objects: object) -> None:
    for obj in objects:
        # ob_refcnt is the first field of every CPython object.
        refcnt = ctypes.c_ssize_t.from_address(id(obj))
        refcnt.value += PIN


def pin_bools() -> bool:
    """Apply the workarounds when needed; True when one was applied (or already was)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # True, False and None are immortal there
    pinned = False
    if sys.getrefcount(None) > PIN // 2:
        pinned = True  # already pinned in this process
    elif void_call_leaks_none():
        _pin(None)
        log.info("PySide6 %s leaks references to None on void calls; None pinned", _version())
        pinned = True
    if sys.getrefcount(True) > PIN // 2:
        return True  # already pinned in this process
    if emit_leaks_true():
        _pin(True, False)
        log.info("PySide6 %s leaks references on Signal.emit(); True/False pinned", _version())
        pinned = True
    return pinned


def _version() -> str:
    import PySide6

    return str(PySide6.__version__)

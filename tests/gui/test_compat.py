"""The PySide6 Signal.emit() reference leak cannot take the application down."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_long_shift_of_signal_emissions_survives() -> None:
    # Half a million emissions: without the workaround PySide6 6.12.0 on CPython 3.11 aborts
    # with "Fatal Python error: bool_dealloc" after a few hundred.
    code = textwrap.dedent(
        """
        import packstation.gui  # applies the workaround
        from PySide6 import QtCore

        class O(QtCore.QObject):
            changed = QtCore.Signal(bool)

        o = O()
        seen = []
        o.changed.connect(lambda v: seen.append(v) if len(seen) < 1 else None)
        for i in range(250_000):
            o.changed.emit(i % 2 == 0)
            o.changed.emit(False)
        print("survived", len(seen))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived 1" in result.stdout


def test_a_long_shift_of_void_calls_survives() -> None:
    # PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call that returns
    # nothing; a plain app aborts ("none_dealloc") after about 5,000 QLabel.setText calls.
    code = textwrap.dedent(
        """
        import packstation.gui  # applies the workaround
        from PySide6 import QtCore, QtWidgets

        app = QtWidgets.QApplication(["probe", "-platform", "offscreen"])
        label = QtWidgets.QLabel()
        for i in range(300_000):
            label.setText(str(i % 7))
            QtCore.QCoreApplication.sendPostedEvents()
        print("survived", label.text())
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived 0" in result.stdout  # 299,999 % 7

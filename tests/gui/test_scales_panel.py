"""The scales panel against a real scale emulator over TCP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from packstation.config.settings import ScaleSettings
from packstation.devices.barcodes import ScanKind
from packstation.devices.emulator import ScaleEmulator
from packstation.devices.weight import ScaleState
from packstation.gui.scales_panel import ScalesPanel
from packstation.gui.tasks import TaskRunner


@pytest.fixture
def emulator() -> Iterator[ScaleEmulator]:
    with ScaleEmulator("mt-sics", interval=0.02) as emu:
        yield emu


@pytest.fixture
def panel(qtbot: QtBot, tasks: TaskRunner, emulator: ScaleEmulator) -> Iterator[ScalesPanel]:
    widget = ScalesPanel(tasks, ScaleSettings(url=emulator.url, protocol="mt-sics"))
    qtbot.addWidget(widget)
    yield widget
    future = widget.shutdown()
    qtbot.waitUntil(future.done, timeout=10_000)


def test_live_weight_state_and_unplug(
    qtbot: QtBot, panel: ScalesPanel, emulator: ScaleEmulator
) -> None:
    emulator.set_weight("0.8", state=ScaleState.MOVING)
    with qtbot.waitSignal(panel.scale_connected, timeout=10_000) as blocker:
        qtbot.mouseClick(panel.connect_button, QtCore.Qt.MouseButton.LeftButton)
    assert blocker.args == [True]
    qtbot.waitUntil(lambda: panel.state_label.text() == "moving", timeout=10_000)
    assert panel.state_label.level == "warn"
    emulator.set_weight("1.234")
    qtbot.waitUntil(lambda: panel.weight_label.text() == "1.234 kg", timeout=10_000)
    assert panel.state_label.text() == "stable"
    assert panel.state_label.level == "ok"

    panel.unit_combo.setCurrentText("g")
    assert panel.weight_label.text() == "1234.0 g"

    emulator.unplug()
    qtbot.waitUntil(lambda: panel.state_label.text() == "disconnected", timeout=10_000)
    assert panel.weight_label.text() == "—"
    emulator.replug()
    qtbot.waitUntil(lambda: panel.state_label.text() == "stable", timeout=10_000)
    assert "reconnects 1" in panel.stats_label.text()

    qtbot.mouseClick(panel.zero_button, QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state_label.text() == "zero", timeout=10_000)


def test_a_bad_address_shows_the_error(qtbot: QtBot, tasks: TaskRunner) -> None:
    panel = ScalesPanel(tasks, ScaleSettings(url="", protocol="cas"))
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.scale_connected, timeout=10_000) as blocker:
        panel.connect_scale()
    assert blocker.args == [False]
    assert panel.state_label.level == "error"
    assert "no scale configured" in panel.state_label.text()
    assert panel.settings().protocol == "cas"


def test_scan_here_shows_the_classification(qtbot: QtBot, panel: ScalesPanel) -> None:
    with qtbot.waitSignal(panel.scan_classified) as blocker:
        qtbot.keyClicks(panel.scan_input, "5901234123457")
        qtbot.keyClick(panel.scan_input, QtCore.Qt.Key.Key_Return)
    assert blocker.args[0].kind is ScanKind.ITEM
    assert "EAN-13" in panel.scan_log.item(0).text()
    panel.show_scan("]C10109501101020917\x1d10LOT")
    assert "<GS>" in panel.scan_log.item(0).text()
    assert panel.show_scan("nonsense!").kind is ScanKind.UNKNOWN
    assert (
        panel.scan_log.item(0)
        .text()
        .endswith("unknown: not a shipment, item, serial number or action barcode")
    )
    assert panel.scan_input.text() == ""

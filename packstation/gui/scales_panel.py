"""Scales and scanners panel of the Devices & Printers page.

Choose the scale's port or URL and protocol, connect, and watch the live weight with its state;
a "scan here" area shows how each scan (typed, wedge or serial) was classified. Once the bench runs,
the panel shows the bench's own scale (the one the Pack page weighs with; one reader per port), and
in the sandbox profile the virtual scale can be loaded from here: put a box of some weight on it,
take it off. Opening and
closing the scale run on the TaskRunner lane ``"scale"``; the scale's own reader thread delivers
readings, which reach the widgets through a queued signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future

import shiboken6
from PySide6 import QtCore, QtWidgets

from packstation.config.settings import ScaleSettings
from packstation.devices.barcodes import ScanKind, ScanResult, classify
from packstation.devices.emulator import ScaleEmulator, Step
from packstation.devices.scale import Scale, SerialScale, open_scale
from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit
from packstation.gui import texts
from packstation.gui.tasks import TaskRunner
from packstation.gui.widgets import IndicatorLabel, forward_arrow, named

log = logging.getLogger(__name__)

PROTOCOLS = ("mt-sics", "nci", "cas", "hid-pos")
_LEVELS = {
    ScaleState.STABLE: "ok",
    ScaleState.ZERO: "ok",
    ScaleState.MOVING: "warn",
    ScaleState.OVER: "error",
    ScaleState.UNDER: "error",
    ScaleState.DISCONNECTED: "off",
}


def list_serial_ports() -> list[str]:
    """Serial ports of this computer (run off the GUI thread)."""
    from serial.tools import list_ports

    return sorted(port.device for port in list_ports.comports())


class ScalesPanel(QtWidgets.QWidget):
    """Scale set-up with live weight, and a scan test area.

    Signals:
        reading_received(object): a scale Reading arrived (on the GUI thread).
        scale_connected(bool): the scale was opened (True) or closed (False).
        scan_classified(object): a scan was classified (the ScanResult).
    """

    reading_received = QtCore.Signal(object)
    scale_connected = QtCore.Signal(bool)
    scan_classified = QtCore.Signal(object)

    def __init__(
        self,
        tasks: TaskRunner,
        settings: ScaleSettings | None = None,
        parent: QtWidgets.QWidget | None = None,
        *,
        scale_factory: Callable[..., Scale] = open_scale,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scalesPanel")
        self.setAccessibleName(self.tr("Scales and scanners"))
        self.tasks = tasks
        self._factory = scale_factory
        self._scale: Scale | None = None
        #: the bench's own scale is shown (the runtime owns it: never stopped from here)
        self._station = False
        self._emulator: ScaleEmulator | None = None
        self._last_reading: Reading | None = None
        settings = settings or ScaleSettings()
        self._build(settings)
        self.reading_received.connect(self._on_scale_reading)

    # ------------------------------------------------------------------ building
    def _build(self, settings: ScaleSettings) -> None:
        layout = QtWidgets.QVBoxLayout(self)
        scale_box = named(QtWidgets.QGroupBox(self.tr("Scale")), "scaleGroup")
        form = QtWidgets.QFormLayout(scale_box)
        self.url_edit = named(QtWidgets.QComboBox(), "scaleUrl", self.tr("Scale port or address"))
        self.url_edit.setEditable(True)
        self.url_edit.setCurrentText(settings.url)
        self.url_edit.setToolTip(
            self.tr("COM3, /dev/ttyUSB0, socket://127.0.0.1:PORT or hid://VID:PID")
        )
        self.protocol_combo = named(
            QtWidgets.QComboBox(), "scaleProtocol", self.tr("Scale protocol")
        )
        self.protocol_combo.addItems(PROTOCOLS)
        if settings.protocol in PROTOCOLS:
            self.protocol_combo.setCurrentText(settings.protocol)
        self.unit_combo = named(QtWidgets.QComboBox(), "scaleUnit", self.tr("Unit shown"))
        self.unit_combo.addItems([u.value for u in WeightUnit])
        self.unit_combo.setCurrentText(settings.unit)
        self.unit_combo.currentTextChanged.connect(self._on_unit_combo_changed)
        buttons = QtWidgets.QHBoxLayout()
        self.refresh_button = named(
            QtWidgets.QPushButton(self.tr("Find ports")), "scaleFindPorts", self.tr("Find ports")
        )
        self.connect_button = named(
            QtWidgets.QPushButton(self.tr("Connect")), "scaleConnect", self.tr("Connect scale")
        )
        self.zero_button = named(
            QtWidgets.QPushButton(self.tr("Zero")), "scaleZero", self.tr("Zero the scale")
        )
        self.zero_button.setEnabled(False)
        for button in (self.refresh_button, self.connect_button, self.zero_button):
            buttons.addWidget(button)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.connect_button.clicked.connect(self._on_connect_button_clicked)
        self.zero_button.clicked.connect(self._on_zero_button_clicked)
        self.weight_label = named(QtWidgets.QLabel("—"), "scaleWeight", self.tr("Weight"))
        self.weight_label.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.state_label = IndicatorLabel("scaleState", self.tr("Scale state"))
        self.stats_label = named(QtWidgets.QLabel(""), "scaleStats", self.tr("Scale statistics"))
        form.addRow(self.tr("Port or address"), self.url_edit)
        form.addRow(self.tr("Protocol"), self.protocol_combo)
        form.addRow(self.tr("Show in"), self.unit_combo)
        form.addRow(buttons)
        form.addRow(self.tr("Weight"), self.weight_label)
        form.addRow(self.tr("State"), self.state_label)
        form.addRow(self.stats_label)
        layout.addWidget(scale_box)

        # The sandbox profile's virtual scale: what a packer does with a real one.
        self.virtual_box = named(
            QtWidgets.QGroupBox(self.tr("Virtual scale (sandbox)")), "virtualScaleGroup"
        )
        virtual = QtWidgets.QHBoxLayout(self.virtual_box)
        self.virtual_weight = named(
            QtWidgets.QDoubleSpinBox(), "virtualWeight", self.tr("Weight to put on the scale")
        )
        self.virtual_weight.setRange(0.005, 200.0)
        self.virtual_weight.setDecimals(3)
        self.virtual_weight.setSingleStep(0.05)
        self.virtual_weight.setValue(0.8)
        self.virtual_weight.setSuffix(" kg")
        self.put_button = named(
            QtWidgets.QPushButton(self.tr("Put a box on")), "virtualPut", self.tr("Put a box on")
        )
        self.take_button = named(
            QtWidgets.QPushButton(self.tr("Take it off")), "virtualTake", self.tr("Take it off")
        )
        self.put_button.clicked.connect(self._on_put_button_clicked)
        self.take_button.clicked.connect(self._on_take_button_clicked)
        virtual.addWidget(self.virtual_weight)
        virtual.addWidget(self.put_button)
        virtual.addWidget(self.take_button)
        virtual.addStretch(1)
        self.virtual_box.hide()
        layout.addWidget(self.virtual_box)

        scan_box = named(QtWidgets.QGroupBox(self.tr("Scan here")), "scanTestGroup")
        scan_layout = QtWidgets.QVBoxLayout(scan_box)
        self.scan_input = named(
            QtWidgets.QLineEdit(), "scanTestInput", self.tr("Scan or type a code to test")
        )
        self.scan_input.setPlaceholderText(self.tr("Scan a barcode (or type one and press Enter)"))
        self.scan_input.returnPressed.connect(self._on_scan_input_return_pressed)
        self.scan_log = named(QtWidgets.QListWidget(), "scanTestLog", self.tr("Classified scans"))
        scan_layout.addWidget(self.scan_input)
        scan_layout.addWidget(self.scan_log)
        layout.addWidget(scan_box, 1)

    # ------------------------------------------------------------------ public
    @property
    def scale(self) -> Scale | None:
        return self._scale

    def settings(self) -> ScaleSettings:
        """The scale settings as chosen in the panel (for the page to save)."""
        return ScaleSettings(
            url=self.url_edit.currentText().strip(),
            protocol=self.protocol_combo.currentText(),
            unit=self.unit_combo.currentText(),
        )

    @QtCore.Slot(str)
    def show_scan(self, code: str) -> ScanResult:
        """Classify ``code`` and list it (connect a WedgeFilter's ``scan_received`` here)."""
        result = classify(code)
        item = QtWidgets.QListWidgetItem(
            f"{_printable(code)}  {forward_arrow()}  {result.summary()}"
        )
        if result.kind is ScanKind.UNKNOWN:
            item.setForeground(QtCore.Qt.GlobalColor.darkRed)
        self.scan_log.insertItem(0, item)
        while self.scan_log.count() > 200:
            self.scan_log.takeItem(self.scan_log.count() - 1)
        self.scan_classified.emit(result)
        return result

    def use_station_scale(self, scale: Scale, emulator: ScaleEmulator | None = None) -> None:
        """Show the bench's own scale (and let the virtual one be loaded, in the sandbox)."""
        if self._scale is scale:
            return
        old, self._scale, self._station = self._scale, scale, True
        if old is not None:
            self.tasks.run(self._close_job, old, lane="scale", name="close scale")
        self._emulator = emulator
        scale.add_listener(self._on_reader_reading)
        self.reading_received.emit(scale.latest)
        shown = emulator.url if emulator is not None else _address_of(scale)
        self.url_edit.setCurrentText(
            self.tr("virtual scale ({0})").format(shown) if emulator is not None else str(shown)
        )
        for widget in (self.url_edit, self.protocol_combo, self.refresh_button):
            widget.setEnabled(False)
            widget.setToolTip(
                self.tr("The bench's scale: change it in Settings (scale.url), then restart")
            )
        self.virtual_box.setVisible(emulator is not None)
        self._update_buttons()
        self.connect_button.setEnabled(False)
        self.scale_connected.emit(True)

    def put_virtual_box(self, kg: float | None = None) -> None:
        """The virtual scale: a box goes on, settles for a moment, then reads stable."""
        emulator = self._emulator
        if emulator is None:
            return
        value = self.virtual_weight.value() if kg is None else kg
        weight = Weight.of(f"{value:.3f}", WeightUnit.KG)
        emulator.play([Step(ScaleState.MOVING, weight, 0.4), Step(ScaleState.STABLE, weight)])

    def take_virtual_box(self) -> None:
        if self._emulator is not None:
            self._emulator.set_weight("0")

    def _on_put_button_clicked(self) -> None:
        self.put_virtual_box()

    def _on_take_button_clicked(self) -> None:
        self.take_virtual_box()

    def connect_scale(self) -> Future[Scale]:
        """Open the chosen scale on the ``scale`` lane (closing any open one first)."""
        url = self.url_edit.currentText().strip()
        protocol = self.protocol_combo.currentText()
        self.connect_button.setEnabled(False)
        self._set_state(self.tr("connecting…"), "warn")
        old, self._scale = self._scale, None
        return self.tasks.run(
            self._open_job,
            old,
            url,
            protocol,
            lane="scale",
            owner=self,
            on_done=self._on_scale_opened,
            on_error=self._on_scale_failed,
            name="open scale",
        )

    def disconnect_scale(self) -> Future[None]:
        """Close the scale on the ``scale`` lane (the bench's own scale is only let go of)."""
        old, self._scale = self._scale, None
        if self._station and old is not None:
            old.remove_listener(self._on_reader_reading)
            old, self._station = None, False
        self._update_buttons()
        self._set_state(self.tr("not connected"), "off")
        return self.tasks.run(self._close_job, old, lane="scale", name="close scale")

    def shutdown(self) -> Future[None]:
        """Stop the scale; call before the panel goes away."""
        return self.disconnect_scale()

    # ------------------------------------------------------------------ jobs (off the GUI thread)
    def _open_job(self, old: Scale | None, url: str, protocol: str) -> Scale:
        self._close_job(old)
        scale = self._factory(url, protocol)
        scale.add_listener(self._on_reader_reading)
        scale.start()
        return scale

    @staticmethod
    def _close_job(scale: Scale | None) -> None:
        if scale is not None:
            scale.stop()

    def _on_reader_reading(self, reading: Reading) -> None:
        # Called on the scale's reader thread: hand over to the GUI thread by queued signal.
        if shiboken6.isValid(self):
            self.reading_received.emit(reading)

    # ------------------------------------------------------------------ slots
    def _on_scale_opened(self, scale: Scale) -> None:
        if self._scale is not None:  # a second connect raced this one
            self.tasks.run(self._close_job, scale, lane="scale", name="close scale")
            return
        self._scale = scale
        self._update_buttons()
        self.scale_connected.emit(True)

    def _on_scale_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._set_state(str(error), "error")
        self.scale_connected.emit(False)

    @QtCore.Slot(object)
    def _on_scale_reading(self, reading: Reading) -> None:
        if self._scale is None:
            return
        self._last_reading = reading
        self._show_reading(reading)

    def _show_reading(self, reading: Reading) -> None:
        unit = WeightUnit(self.unit_combo.currentText())
        if reading.weight is not None:
            places = 3 if unit in (WeightUnit.KG, WeightUnit.LB) else 1
            self.weight_label.setText(texts.measure(reading.weight.to(unit, places)))
        elif reading.state is ScaleState.DISCONNECTED:
            self.weight_label.setText("—")
        state_text = texts.scale_state(reading.state)
        scale = self._scale
        if reading.state is ScaleState.DISCONNECTED and scale is not None:
            error = scale.stats().last_error
            self._set_state(state_text, "off", error)
        else:
            self._set_state(state_text, _LEVELS[reading.state])
        if scale is not None:
            stats = scale.stats()
            self.stats_label.setText(
                self.tr("readings {0}, skipped frames {1}, reconnects {2}").format(
                    texts.count(stats.readings),
                    texts.count(stats.garbage),
                    texts.count(stats.reconnects),
                )
            )

    def _set_state(self, text: str, level: str, tooltip: str = "") -> None:
        self.state_label.set_state(text, level, tooltip)

    def _update_buttons(self) -> None:
        connected = self._scale is not None
        self.connect_button.setEnabled(True)
        self.connect_button.setText(self.tr("Reconnect") if connected else self.tr("Connect"))
        self.zero_button.setEnabled(connected)

    @QtCore.Slot()
    def _on_connect_button_clicked(self) -> None:
        self.connect_scale()

    @QtCore.Slot()
    def _on_zero_button_clicked(self) -> None:
        scale = self._scale
        if scale is None:
            return
        try:
            scale.zero()  # queues the command for the reader thread; never blocks
        except Exception as exc:
            self._set_state(str(exc), "error")

    @QtCore.Slot()
    def _on_refresh_button_clicked(self) -> None:
        self.tasks.run(list_serial_ports, lane="scale", owner=self, on_done=self._on_ports_listed)

    def _on_ports_listed(self, ports: list[str]) -> None:
        current = self.url_edit.currentText()
        self.url_edit.clear()
        self.url_edit.addItems(ports)
        self.url_edit.setCurrentText(current or (ports[0] if ports else ""))

    @QtCore.Slot(str)
    def _on_unit_combo_changed(self, _unit: str) -> None:
        if self._last_reading is not None:
            self._show_reading(self._last_reading)

    @QtCore.Slot()
    def _on_scan_input_return_pressed(self) -> None:
        code = self.scan_input.text()
        self.scan_input.clear()
        if code:
            self.show_scan(code)


def _printable(code: str) -> str:
    return code.replace("\x1d", "<GS>")


def _address_of(scale: Scale) -> str:
    """What the address field shows for the bench's scale: a serial scale's port URL, else its
    name (a HID scale's is its device path)."""
    return scale.url if isinstance(scale, SerialScale) else scale.name

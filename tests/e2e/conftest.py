"""Fixtures of the end-to-end bench tests: the real main window, driven like a packer.

``bench_factory(**settings)`` builds a :class:`MainWindow` on the test's own folders, starts its
runtime holder (the built-in sandbox marketplace over HTTP on 127.0.0.1 and the virtual Zebra
printer over TCP on 127.0.0.1, unless the settings point elsewhere) and returns a
:class:`BenchDriver`: keys into ``scanInput`` (a wedge scanner types the same), action barcodes
(``PS:BOX:M``, ``PS:NEXT-PACKAGE``, ``PS:FINISH``), typed weights, F12. Everything it starts is
closed at teardown. ``bench`` is one such driver on 120 sandbox shipments (seed 7).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore, QtGui
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.domain.shipments import Shipment
from packstation.gui import app as gui_app
from packstation.gui.main_window import MainWindow
from packstation.gui.pack_controller import PackController, pack_controller_of
from packstation.gui.runtime_holder import RuntimeHolder, holder_of
from packstation.gui.tasks import TaskRunner
from packstation.services.packing import program_of

#: sandbox marketplaces whose carriers answer with ZPL labels (the others send PDF / PNG)
ZPL_MARKETPLACES = frozenset(
    {"A21TJRUUN4KGV", "A2VIGQ35RCS4UG", "A17E79C6D8DWNP", "A33AVAJ2PDY3EV"}
)
SANDBOX = {"shipments": 120, "rate_limits": False, "seed": 7}


def serial_required(line: Any) -> bool:
    return str(line.compliance_attributes.serial_number_requirement) == "REQUIRED"


def gtin_of(line: Any) -> str:
    return next(
        (a.value for a in line.custom_attributes or [] if a.key == "gtin" and a.value),
        line.merchant_sku,
    )


def decode_label(path: Path) -> list[str]:
    """The barcodes of a printed ZPL label: drawn by the label preview's renderer (Amazon's ZPL,
    names in any script as ^GF graphics, PDF/PNG labels rendered to one ^GF) and read by
    zxing-cpp."""
    pytest.importorskip("zplkit")
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    from printers.preview import render_png

    texts: list[str] = []
    for png in render_png(path.read_bytes()):
        texts.extend(r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png))))
    return texts


def choose_shipment(
    shipments: Iterable[Shipment],
    program: str,
    *,
    multi: bool | None = None,
    serial: bool | None = None,
    units: int = 1,
    exclude: Container[str] = (),
    zpl: bool = True,
    pieces: bool | None = False,
) -> Shipment:
    """The first ACCEPTED shipment of ``program`` of this shape whose carrier sends a ZPL
    label (``zpl=False``: a PDF / PNG one, which the bench renders to ZPL). ``pieces``: with
    (True) or without (False, the default) a multi-piece item, which ships one package per
    piece; None: either."""
    for s in shipments:
        if str(s.status) != "ACCEPTED" or s.id in exclude or program_of(s) != program:
            continue
        if (s.marketplace_attributes.marketplace_id in ZPL_MARKETPLACES) != zpl:
            continue
        if multi is not None and (len(s.line_items) > 1) != multi:
            continue
        if serial is not None and any(serial_required(li) for li in s.line_items) != serial:
            continue
        if sum(li.number_of_units for li in s.line_items) < units:
            continue
        if (
            pieces is not None
            and any(str(li.piece_type) == "MULTIPLE" for li in s.line_items) != pieces
        ):
            continue
        return s
    raise AssertionError(f"the sandbox has no {program} shipment like that")


class BenchDriver:
    """A packer at the real main window: scans, keys, typed weights (see the module docstring)."""

    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.holder: RuntimeHolder = holder_of(window)
        self.controller: PackController = pack_controller_of(window)
        self.pack: Any = window.pages["pack"]
        self.queue: Any = window.pages["queue"]
        self.taken: set[str] = set()

    decode = staticmethod(decode_label)

    # ------------------------------------------------------------------ the parts
    @property
    def runtime(self) -> Any:
        return self.controller.runtime

    @property
    def sandbox(self) -> Any:
        return self.runtime.sandbox

    @property
    def printer(self) -> Any:
        """The virtual Zebra printer (``jobs``: the label files it printed)."""
        return self.runtime.virtual_printer

    def amazon(self, shipment_id: str) -> Shipment:
        """The shipment as the marketplace has it now (a real getShipment over HTTP)."""
        shipment: Shipment = self.runtime.client.get_shipment(shipment_id)
        return shipment

    # ------------------------------------------------------------------ keys
    def type(self, widget: Any, text: str) -> None:
        widget.setFocus()
        widget.clear()
        self.qtbot.keyClicks(widget, text)
        self.qtbot.keyClick(widget, QtCore.Qt.Key.Key_Return)

    def scan(self, code: str) -> None:
        """One scan into ``scanInput`` (what a keyboard-wedge scanner types, then Enter)."""
        self.type(self.pack.scan_input, code)

    def key(self, key: QtCore.Qt.Key) -> None:
        self.pack.scan_input.setFocus()
        self.qtbot.keyClick(self.pack.scan_input, key)

    def key_sequence(self, keys: str) -> None:
        """A shortcut such as ``Ctrl+P``, pressed in the scan field."""
        sequence = QtGui.QKeySequence(keys)[0]  # type: ignore[index]
        self.pack.scan_input.setFocus()
        self.qtbot.keyClick(self.pack.scan_input, sequence.key(), sequence.keyboardModifiers())

    # ------------------------------------------------------------------ shipments
    def pick(
        self,
        program: str,
        *,
        multi: bool | None = None,
        serial: bool | None = None,
        units: int = 1,
        zpl: bool = True,
        pieces: bool | None = False,
    ) -> Shipment:
        """An ACCEPTED shipment of the queue of this shape (see :func:`choose_shipment`),
        never the same one twice."""
        shipments = [row.shipment for row in self.queue.model.rows()]
        shipment = choose_shipment(
            shipments,
            program,
            multi=multi,
            serial=serial,
            units=units,
            exclude=self.taken,
            zpl=zpl,
            pieces=pieces,
        )
        self.taken.add(shipment.id)
        return shipment

    def open(self, shipment_id: str) -> Any:
        """Scan the shipment id: it opens (claimed, re-read, confirmed) on the Pack page."""
        with self.qtbot.waitSignal(self.pack.session_shown, timeout=30_000):
            self.scan(shipment_id)
        assert self.window.current_section == "pack"
        assert self.pack.state == "packing"
        return self.pack.session

    def pack_all(
        self, session: Any, *, packages: int = 1, weight: str = "0.8", box: str = "M"
    ) -> None:
        """Scan every unit (and its IMEI), spread over ``packages`` boxes, each from a box
        barcode and a typed weight, like a packer with an action sheet."""
        units: list[Any] = [
            li for li in session.shipment.line_items for _ in range(li.number_of_units)
        ]
        imeis: dict[str, list[str]] = {
            li.merchant_sku: self.sandbox.state.sample_imeis(li.merchant_sku, li.number_of_units)
            for li in session.shipment.line_items
            if serial_required(li)
        }
        for k in range(packages):
            if k:
                self.scan("PS:NEXT-PACKAGE")
                assert len(session.packages) == k + 1
            self.scan(f"PS:BOX:{box}")
            self.type(self.pack.weight_input, weight)
            for i, line in enumerate(units):
                if i * packages // len(units) != k:
                    continue
                self.scan(gtin_of(line))
                assert self.pack.scan_input.property("feedback") == "ok", self.pack.feedback.text()
                if serial_required(line):
                    self.scan(imeis[line.merchant_sku].pop())
                    assert self.pack.scan_input.property("feedback") == "ok", (
                        self.pack.feedback.text()
                    )
        assert self.pack.lines_model.complete
        assert session.is_complete, session.problems()

    def self_ship(self, shipment_id: str) -> list[str]:
        """Type the Self Ship carrier and one tracking id per package; returns the ids."""
        count = len(self.pack.session.packages) if self.pack.session else 1
        ids = [f"SELF{shipment_id[-8:].upper()}{n}" for n in range(1, count + 1)]
        self.type(self.pack.carrier_input, "BlueDart")
        self.type(self.pack.tracking_input, " ".join(ids))
        return ids

    def finish(self, *, action: str = "key", timeout: int = 60_000) -> Any:
        """F12 (or the ``PS:FINISH`` action barcode); waits for the printed label's result."""
        with self.qtbot.waitSignal(self.pack.finished, timeout=timeout) as blocker:
            if action == "key":
                self.key(QtCore.Qt.Key.Key_F12)
            else:
                self.scan("PS:FINISH")
        assert self.pack.state == "printed"
        return blocker.args[0]

    def step_texts(self) -> list[str]:
        return [self.pack.steps.item(i).text() for i in range(self.pack.steps.count())]


@pytest.fixture
def bench_factory(qtbot: QtBot, qapp: Any) -> Iterator[Callable[..., BenchDriver]]:
    """Build and start benches; ``runtime=`` adopts one instead of building it."""
    made: list[tuple[MainWindow, TaskRunner, RuntimeHolder]] = []

    def make(runtime: Any = None, **overrides: Any) -> BenchDriver:
        gui_app.application()
        overrides.setdefault("sandbox", SANDBOX)
        settings = load_settings(**overrides)
        tasks = TaskRunner()
        window = MainWindow(settings, app_paths().ensure(), tasks)
        qtbot.addWidget(window)
        pack: Any = window.pages["pack"]
        pack.sounds.enabled = False
        controller = holder_of(window)
        made.append((window, tasks, controller))
        window.show()
        with qtbot.waitSignal(controller.queue_loaded, timeout=60_000):
            controller.start(runtime)
        return BenchDriver(qtbot, window)

    try:
        yield make
    finally:
        for window, tasks, controller in reversed(made):
            window.close()
            tasks.shutdown(wait=True)
            controller.close()


@pytest.fixture
def bench(bench_factory: Callable[..., BenchDriver]) -> BenchDriver:
    return bench_factory()


@pytest.fixture
def shipment_chooser() -> Callable[..., Shipment]:
    """:func:`choose_shipment` (test modules cannot import conftest)."""
    return choose_shipment

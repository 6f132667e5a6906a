"""Bench truth, end to end (issue 17): every weight and tracking id on a label belongs to its
package. Four shipments packed in a row through the real window, with the virtual scale (the
runtime's own, MT-SICS over TCP on 127.0.0.1), the built-in sandbox marketplace over HTTP and the
virtual Zebra printer. Judged from what the marketplace recorded and what the printer received.

A and B take the scale's two different weights (B's box goes on after A's is taken off; A's box
still lying on the platter never weighs B). C is Self Ship: it is refused until a carrier label of
its own is scanned (B's tracking id is refused). D gets a typed weight, then ``PS:FINISH`` is
scanned through the keyboard-wedge filter while the weight field has the focus: the label carries
exactly the typed weight.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6 import QtCore, QtTest, QtWidgets

from packstation.gui.runtime_holder import attach
from packstation.gui.wedge import WedgeFilter
from tests.e2e.conftest import BenchDriver, gtin_of, serial_required

pytestmark = pytest.mark.slow

TRACKING_B = "1Z999AA10123456784"  # UPS, check digit valid
TRACKING_C = "1Z12345E6605272234"  # UPS, check digit valid


def install_wedge(bench: BenchDriver, qapp: QtWidgets.QApplication) -> WedgeFilter:
    """The keyboard-wedge filter as ``packstation run`` installs it, routed like the app's.
    Owned by the window (a parentless filter left behind crashes the next window's start)."""
    wedge_filter = WedgeFilter(parent=bench.window)
    wedge_filter.install(qapp)
    attach(bench.window, wedge_filter)
    return wedge_filter


def wedge_scan(bench: BenchDriver, code: str) -> None:
    """A keyboard-wedge scanner: keys through the window system, a burst, then Enter."""
    window = bench.window.windowHandle()
    assert window is not None
    with bench.qtbot.waitSignal(bench.pack.scan_handled, timeout=10_000, raising=False):
        for char in code:
            QtTest.QTest.keyClick(window, ord(char))
        QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Return)


def marketplace_weights(bench: BenchDriver, shipment_id: str) -> list[Decimal]:
    """The package weights the marketplace recorded, in kg."""
    grams = {"G": Decimal(1), "KG": Decimal(1000), "LB": Decimal("453.59237")}
    out = []
    for pkg in bench.amazon(shipment_id).packages or []:
        unit = str(pkg.weight.weight_unit).upper()
        out.append((pkg.weight.value * grams[unit] / 1000).normalize())
    return out


def marketplace_tracking(bench: BenchDriver, shipment_id: str) -> list[str]:
    record = bench.sandbox.state.records[shipment_id]
    return [p.label.tracking_id for p in record.work.packages.values() if p.label is not None]


def scan_items(bench: BenchDriver, session: Any) -> None:
    for line in session.shipment.line_items:
        for _ in range(line.number_of_units):
            bench.scan(gtin_of(line))
            assert bench.pack.scan_input.property("feedback") == "ok", bench.pack.feedback.text()


def weighed(bench: BenchDriver, kg: str) -> None:
    """The package on the scale settles at ``kg``: the current package takes it."""
    bench.runtime.scale_emulator.set_weight(kg)
    bench.qtbot.waitUntil(
        lambda: bench.pack.session.current_package.weight == Decimal(kg), timeout=10_000
    )


def simple(bench: BenchDriver, program: str) -> Any:
    return bench.pick(program, multi=False, serial=False)


def test_four_orders_in_a_row_carry_their_own_weight_and_tracking(
    bench_factory: Any, qapp: QtWidgets.QApplication
) -> None:
    bench: BenchDriver = bench_factory()
    wedge = install_wedge(bench, qapp)
    scale = bench.runtime.scale_emulator
    assert scale is not None, "the sandbox profile starts a virtual scale"
    printer = bench.printer

    # --- A: weighed on the scale.
    a = simple(bench, "EASY_SHIP")
    session = bench.open(a.id)
    scan_items(bench, session)
    bench.scan("PS:BOX:M")
    weighed(bench, "0.612")
    bench.finish()
    assert marketplace_weights(bench, a.id) == [Decimal("0.612")]

    # --- B (Self Ship): A's box still lies on the scale when B opens: it never weighs B.
    b = simple(bench, "SELF_SHIP")
    session = bench.open(b.id)
    assert bench.pack.weight_input.text() == ""
    scan_items(bench, session)
    bench.scan("PS:BOX:S")
    bench.qtbot.wait(600)  # three polls of the scale: still A's 0.612 kg
    assert session.current_package.weight is None
    bench.key(QtCore.Qt.Key.Key_F12)
    assert bench.pack.state == "packing"
    assert "needs its weight" in bench.pack.feedback.text()
    scale.set_weight("0")  # A's box taken off
    bench.qtbot.wait(300)
    weighed(bench, "1.234")
    bench.scan(TRACKING_B)  # the carrier's label, scanned
    assert session.packages[0].tracking_id == TRACKING_B
    assert session.carrier == "UPS"
    bench.finish(action="barcode")
    assert marketplace_weights(bench, b.id) == [Decimal("1.234")]
    assert marketplace_tracking(bench, b.id) == [TRACKING_B]

    # --- C (Self Ship): nothing of B carries over; refused until it has its own tracking id.
    c = bench.pick("SELF_SHIP", multi=False, serial=False)
    session = bench.open(c.id)
    assert (bench.pack.carrier_input.text(), bench.pack.tracking_input.text()) == ("", "")
    scan_items(bench, session)
    bench.scan("PS:BOX:M")
    scale.set_weight("0")
    bench.qtbot.wait(300)
    weighed(bench, "0.905")
    bench.key(QtCore.Qt.Key.Key_F12)
    assert bench.pack.state == "packing"
    assert "0 of 1 have a tracking id" in bench.pack.feedback.text()
    bench.scan(TRACKING_B)  # B's label: already used, refused once the journal is asked
    bench.qtbot.waitUntil(
        lambda: "already on shipment" in bench.pack.feedback.text(), timeout=10_000
    )
    assert session.packages[0].tracking_id == ""
    bench.scan(TRACKING_C)
    bench.finish()
    assert marketplace_weights(bench, c.id) == [Decimal("0.905")]
    assert marketplace_tracking(bench, c.id) == [TRACKING_C]

    # --- D: a typed weight, then PS:FINISH scanned with the weight field focused.
    d = simple(bench, "SELLER_FLEX")
    session = bench.open(d.id)
    scan_items(bench, session)
    bench.scan("PS:BOX:L")
    pack = bench.pack
    pack.weight_input.setFocus()
    bench.qtbot.keyClicks(pack.weight_input, "0.45")  # typed by the packer
    bench.qtbot.wait(100)  # then the packer reaches for the scanner
    assert pack.weight_input.hasFocus()
    with bench.qtbot.waitSignal(pack.finished, timeout=60_000):
        wedge_scan(bench, "PS:FINISH")
    assert marketplace_weights(bench, d.id) == [Decimal("0.45")]

    # One label per shipment at the printer, in packing order.
    bench.qtbot.waitUntil(lambda: len(printer.jobs) >= 4, timeout=10_000)
    assert len(printer.jobs) == 4
    wedge.uninstall(qapp)


def test_an_implausible_typed_weight_never_reaches_amazon(bench: BenchDriver) -> None:
    """450 typed for 0.45: refused at once with a specific sentence; nothing sent."""
    shipment = simple(bench, "EASY_SHIP")
    session = bench.open(shipment.id)
    scan_items(bench, session)
    bench.scan("PS:BOX:M")
    bench.type(bench.pack.weight_input, "450")
    assert "over the 70 kg limit" in bench.pack.feedback.text()
    assert session.current_package.weight is None
    bench.key(QtCore.Qt.Key.Key_F12)
    assert bench.pack.state == "packing"
    assert not bench.amazon(shipment.id).packages
    assert not bench.printer.jobs
    # A weight barcode from the bench's weight sheet fixes it.
    bench.scan("PS:W:0.45")
    assert session.current_package.weight == Decimal("0.45")
    bench.finish()
    assert marketplace_weights(bench, shipment.id) == [Decimal("0.45")]


def test_a_box_put_on_the_virtual_scale_from_the_devices_page_weighs_the_package(
    bench: BenchDriver,
) -> None:
    """``make run``: a newcomer loads the virtual scale from Devices & Printers; the Pack page
    weighs with the same scale and the status bar shows it."""
    shipment = simple(bench, "SELLER_FLEX")
    session = bench.open(shipment.id)
    scan_items(bench, session)
    bench.scan("PS:BOX:S")
    devices = bench.window.pages["devices"]
    panel = devices.scales
    assert panel.scale is bench.runtime.scale  # one reader for the port, shared
    assert not panel.virtual_box.isHidden()
    bench.window.show_section("devices")
    panel.virtual_weight.setValue(0.7)
    panel.put_button.click()
    bench.window.show_section("pack")
    bench.qtbot.waitUntil(
        lambda: session.current_package.weight == Decimal("0.700"), timeout=10_000
    )
    assert "0.700 kg" in bench.window.scale_indicator.text()
    bench.finish()
    assert marketplace_weights(bench, shipment.id) == [Decimal("0.7")]
    panel.take_button.click()
    bench.qtbot.waitUntil(lambda: "empty" in bench.window.scale_indicator.text(), timeout=10_000)


class _RawPrinter:
    """A receipt printer on 127.0.0.1: a TCP server keeping every byte it is sent."""

    def __init__(self) -> None:
        import socket
        import threading

        self.received = bytearray()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self._server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(2)
                while chunk := conn.recv(65536):
                    self.received += chunk

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()


def test_a_required_packing_slip_prints_with_the_label(bench_factory: Any) -> None:
    """``shipmentRequirements.pSlip`` REQUIRED (the sandbox's gift orders): the packing slip
    goes to the ESC/POS receipt printer beside the label, with the order id and each SKU."""
    slip_printer = _RawPrinter()
    try:
        bench: BenchDriver = bench_factory(
            printers={"slip": f"escpos://127.0.0.1:{slip_printer.port}"}
        )
        shipments = [row.shipment for row in bench.queue.model.rows()]
        gift = next(
            s
            for s in shipments
            if str(s.shipment_requirements.p_slip.requirement) == "REQUIRED"
            and str(s.status) == "ACCEPTED"
            and not any(serial_required(li) for li in s.line_items)
        )
        session = bench.open(gift.id)
        scan_items(bench, session)
        bench.scan("PS:BOX:M")
        bench.runtime.scale_emulator.set_weight("0.5")
        bench.qtbot.waitUntil(lambda: session.current_package.weight is not None, timeout=10_000)
        bench.finish()
        order = gift.shipment_info.buyer_order_id.encode()
        # The whole slip: it ends with the cut.
        bench.qtbot.waitUntil(lambda: b"\x1dV" in slip_printer.received, timeout=10_000)
        assert order in slip_printer.received
        for line in gift.line_items:
            assert line.merchant_sku.encode() in slip_printer.received
        assert len(bench.printer.jobs) == 1  # and the label, once
    finally:
        slip_printer.stop()


def test_auto_finish_a_single_item_order_in_two_scans(bench_factory: Any) -> None:
    """Auto-finish on: the item's barcode opens its shipment and counts, the box barcode sets
    the box, the scale settles, and after a short countdown the label prints. Esc stops the
    countdown; the next settle starts it again."""
    bench: BenchDriver = bench_factory(packing={"auto_finish": True, "auto_finish_delay_s": 1})
    pack = bench.pack
    scale = bench.runtime.scale_emulator
    shipment = bench.pick("EASY_SHIP", multi=False, serial=False)
    item = shipment.line_items[0]
    assert item.number_of_units == 1
    with bench.qtbot.waitSignal(pack.session_shown, timeout=30_000):
        bench.scan(gtin_of(item))  # scan 1: the item opens its shipment ...
    bench.qtbot.waitUntil(lambda: pack.session.scanned_units == 1, timeout=5_000)  # ... and counts
    bench.scan("PS:BOX:M")  # scan 2
    scale.set_weight("0.420")
    bench.qtbot.waitUntil(lambda: "Finishing in" in pack.finish_state.text(), timeout=10_000)
    bench.key(QtCore.Qt.Key.Key_Escape)  # the packer stops it
    assert "Finishing in" not in pack.finish_state.text()
    bench.qtbot.wait(1500)
    assert pack.state == "packing"
    assert not bench.printer.jobs
    with bench.qtbot.waitSignal(pack.finished, timeout=30_000):
        scale.set_weight("0.435")  # settles again (a flap closed): the countdown restarts
    assert marketplace_weights(bench, shipment.id) == [Decimal("0.435")]
    assert len(bench.printer.jobs) == 1


def test_a_label_scanned_off_the_box_is_checked_and_audited(bench: BenchDriver) -> None:
    """Closed-loop print (on in the sandbox profile): after A prints, A's label scanned off
    the box is confirmed; after B prints, A's label scanned on B's box is refused loudly. Both
    are in the audit log, and the Dashboard counts the wrong label as a scan error."""
    from datetime import UTC, datetime, timedelta

    from packstation.services.stats import StatsService

    results = []
    for program in ("EASY_SHIP", "SELLER_FLEX"):
        shipment = simple(bench, program)
        session = bench.open(shipment.id)
        scan_items(bench, session)
        bench.scan("PS:BOX:M")
        bench.runtime.scale_emulator.set_weight("0")
        bench.qtbot.wait(300)
        weighed(bench, f"0.{len(results) + 3}00")
        results.append(bench.finish())
        label = results[-1].tracking_ids[0]
        if len(results) == 1:
            bench.scan(label)
            assert "Label checked" in bench.pack.feedback.text()
    a, b = results
    bench.scan(a.tracking_ids[0])  # A's spare label, scanned on B's box
    bench.qtbot.waitUntil(lambda: "WRONG LABEL" in bench.pack.feedback.text(), timeout=10_000)
    assert a.shipment_id in bench.pack.feedback.text()
    assert bench.pack.state == "printed"  # nothing else happened

    def checks() -> list[Any]:
        records = bench.runtime.db.audit.records(kind="scan")
        return [r for r in records if r.detail.get("label_check")]

    bench.qtbot.waitUntil(lambda: len(checks()) == 2, timeout=10_000)
    assert [(r.shipment_id, r.detail["accepted"]) for r in checks()] == [
        (a.shipment_id, True),
        (b.shipment_id, False),
    ]
    now = datetime.now(UTC)
    stats = StatsService(bench.runtime.db).stats(
        now - timedelta(hours=1), now + timedelta(minutes=1)
    )
    assert stats.total.errors_by_reason.get("wrong_label") == 1


def test_a_numbers_only_tracking_id_needs_the_benchs_carrier(bench_factory: Any) -> None:
    """Digits alone name no carrier (and many barcodes are digits): on a bench whose Self Ship
    carrier is set (Delhivery), a 13-digit Delhivery waybill is the package's tracking id; on
    one without, the same scan stays an unknown barcode and fills nothing."""
    waybill = "4891234567890"  # 13 digits, not a valid GTIN
    plain: BenchDriver = bench_factory()
    shipment = plain.pick("SELF_SHIP", multi=False, serial=False)
    session = plain.open(shipment.id)
    plain.scan(waybill)
    assert "UNKNOWN BARCODE" in plain.pack.feedback.text()
    assert [p.tracking_id for p in session.packages] == [""]
    # Closed as the app closes (its runtime too): one process at a time prints a station's
    # labels, so the other bench cannot start beside it.
    plain.window.close()
    plain.holder.close()

    bench: BenchDriver = bench_factory(packing={"self_ship_carrier": "Delhivery"})
    shipment = bench.pick("SELF_SHIP", multi=False, serial=False)
    session = bench.open(shipment.id)
    assert session.carrier == "Delhivery"
    scan_items(bench, session)
    bench.scan("PS:BOX:S")
    weighed(bench, "0.250")
    bench.scan(waybill)
    assert session.packages[0].tracking_id == waybill
    bench.finish()
    assert marketplace_tracking(bench, shipment.id) == [waybill]

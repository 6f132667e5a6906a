"""Amazon's packing slip, end to end through the window (issue 17, item 10).

A gift order with ``shipmentRequirements.pSlip`` REQUIRED and no tax invoice (a Seller Flex
shipment of the built-in sandbox): the finish asks Amazon for the slip (generateInvoice), the
slip's PDF prints with the label on the slip's document printer (a CUPS queue, ``cups://Slips``,
through a fake ``lp`` that keeps what it is given) once the label has printed (after a paper-out:
the resumed finish), the invoice pane shows the slip, and a second finish of the shipment does not
print it again. Without a printer for it the
packer is told, in one line, which setting to make; the label prints all the same.

``PACKING_SLIP_SCREENSHOT`` (default ``/tmp/packing-slip.png``): the window after the finish.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from packstation.domain.shipments import Shipment
from packstation.services.channels.ef import documents_of
from packstation.services.packing import program_of
from tests.e2e.conftest import ZPL_MARKETPLACES, BenchDriver, gtin_of, serial_required

pytestmark = pytest.mark.slow


@pytest.fixture
def slip_queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``lp`` on PATH: each document sent to a CUPS queue is copied into the returned folder."""
    bin_dir, spool = tmp_path / "bin", tmp_path / "queue"
    bin_dir.mkdir()
    spool.mkdir()
    lp = bin_dir / "lp"
    lp.write_text(
        f"""#!/bin/sh
queue="$2"
for last in "$@"; do :; done
n=$(ls {spool} | wc -l)
cp "$last" "{spool}/$n-$queue.pdf"
echo "request id is $queue-$n (1 file(s))"
"""
    )
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return spool


def gift_order(bench: BenchDriver) -> Shipment:
    """An accepted Seller Flex order that needs a packing slip and no tax invoice."""
    for row in bench.queue.model.rows():
        s = row.shipment
        if (
            str(s.status) == "ACCEPTED"
            and program_of(s) == "SELLER_FLEX"
            and documents_of(s) == ("slip",)
            and s.marketplace_attributes.marketplace_id in ZPL_MARKETPLACES
            and not any(serial_required(li) for li in s.line_items)
        ):
            return s
    raise AssertionError("the sandbox has no packing-slip-only Seller Flex order")


def pack_and_finish(bench: BenchDriver, shipment: Shipment, *, key: bool = False) -> Any:
    """Open, scan, box, weigh; finish (``PS:FINISH``). Returns the finish's result (``key``:
    only scan ``PS:FINISH``, returns the session)."""
    session = bench.open(shipment.id)
    for line in session.shipment.line_items:
        for _ in range(line.number_of_units):
            bench.scan(gtin_of(line))
            assert bench.pack.scan_input.property("feedback") == "ok", bench.pack.feedback.text()
    bench.scan("PS:BOX:M")
    bench.type(bench.pack.weight_input, "0.6")
    if key:
        bench.scan("PS:FINISH")  # the action barcode: F12's twin
        return session
    return bench.finish(action="scan")


def test_amazons_packing_slip_prints_with_the_label_once(
    bench_factory: Any, slip_queue: Path
) -> None:
    bench: BenchDriver = bench_factory(printers={"slip": "cups://Slips"})
    pack = bench.pack
    shipment = gift_order(bench)
    sid = shipment.id
    printed = lambda: [p.read_bytes() for p in sorted(slip_queue.glob("*.pdf"))]  # noqa: E731

    # The label printer is out of paper: the finish stops with the label held, the slip waits
    # for the label.
    bench.printer.state.paper_out = True
    with bench.qtbot.waitSignal(bench.controller.finish_failed, timeout=60_000):
        session = pack_and_finish(bench, shipment, key=True)
    assert session.shipment_id == sid
    assert str(bench.amazon(sid).shipment_requirements.p_slip.status) == "GENERATED"
    assert printed() == []

    # Paper back: the held label prints, the finish completes by itself (resumed) and the slip
    # prints with it, on the slip's document printer.
    with (
        bench.qtbot.waitSignal(bench.controller.document_printed, timeout=60_000) as told,
        bench.qtbot.waitSignal(pack.invoice_shown, timeout=60_000),
        bench.qtbot.waitSignal(pack.finished, timeout=60_000) as finished,
    ):
        bench.printer.state.paper_out = False
    result = finished.args[0]
    assert result.printed
    assert told.args == [f"Printed for {sid}: packing slip"]
    assert result.documents == ("slip",)
    slip = result.slip
    assert slip is not None
    assert slip.startswith(b"%PDF")
    assert f"Packing slip {sid}".encode() in slip  # the sandbox's slip
    assert printed() == [slip]
    assert len(bench.printer.jobs) == 1
    # The pane beside the steps shows the slip, named as such.
    view = pack.invoice_view
    assert pack.finish_tabs.currentWidget() is view
    assert view.kind() == "pdf"
    assert view.invoice_data() == slip
    assert pack.feedback.text() == f"Printed for {sid}: packing slip"

    bench.window.resize(1280, 800)
    bench.qtbot.wait(300)
    shot = Path(os.environ.get("PACKING_SLIP_SCREENSHOT", "/tmp/packing-slip.png"))
    assert bench.window.grab().save(str(shot))

    # Finish again (PS:FINISH, F12's twin): nothing to finish.
    bench.scan("PS:FINISH")
    assert "Nothing to finish" in pack.feedback.text()
    # Finished once more (a station restarted over the same journal): the slip Amazon keeps is
    # fetched again and handed to the documents step, which does not print it a second time.
    service = bench.runtime.workflow
    again = service.finish(service.open(sid))
    assert again.slip == slip
    bench.controller.print_documents(pack.session, again.invoice, again.invoice_format)
    bench.qtbot.wait(1500)  # the documents lane has had its turn
    assert printed() == [slip]
    assert len(bench.printer.jobs) == 1


def test_without_a_printer_for_the_slip_the_packer_is_told_which_setting(
    bench_factory: Any,
) -> None:
    bench: BenchDriver = bench_factory(printers={"virtual_slip": False})
    shipment = gift_order(bench)
    with bench.qtbot.waitSignal(bench.controller.document_failed, timeout=30_000) as told:
        result = pack_and_finish(bench, shipment)
    assert result.printed  # the label, all the same
    (text,) = told.args
    assert text.startswith(f"Packing slip of {shipment.id} not printed: no printer for it.")
    assert "printers.slip" in text
    assert bench.pack.feedback.text() == text
    assert len(bench.printer.jobs) == 1


def test_the_sandbox_prints_slips_on_its_virtual_receipt_printer(bench_factory: Any) -> None:
    """``make run``: no printer set, a gift order's slip goes to the sandbox's virtual ESC/POS
    receipt printer (a real TCP server on 127.0.0.1), with the order id; no red line."""
    bench: BenchDriver = bench_factory()
    slips = bench.runtime.virtual_slips
    assert slips is not None
    assert bench.runtime.slip_printer_url == slips.url
    shipment = gift_order(bench)
    with bench.qtbot.waitSignal(bench.controller.document_printed, timeout=30_000) as told:
        result = pack_and_finish(bench, shipment)
    assert result.printed
    assert "packing slip" in told.args[0]
    bench.qtbot.waitUntil(lambda: len(slips.jobs) == 1, timeout=10_000)
    (job,) = slips.jobs
    text = job.read_bytes()
    assert shipment.shipment_info.buyer_order_id.encode() in text
    assert (job.stat().st_mode & 0o777) == 0o600

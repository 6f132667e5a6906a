"""Invoices to the document printer and packing slips to an ESC/POS printer (no Qt; python-escpos's
Dummy device and a fake system queue), and Amazon's packing slip from a finish against the real
sandbox marketplace over HTTP to a CUPS queue (a fake ``lp``), once per shipment."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from escpos.printer import Dummy

from packstation.amazon.errors import InvalidInputError
from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.domain.shipments import Shipment
from packstation.sandbox import data
from packstation.services.channels.ef import documents_of
from packstation.services.documents import (
    DocumentError,
    DocumentJob,
    DocumentsService,
    NoDocumentPrinter,
    slip_of,
)
from packstation.services.packing import program_of
from packstation.services.runtime import Runtime
from packstation.services.workflow import FinishResult
from printers.base import Printer
from printers.escpos import EscposPrinter, PackingSlip, SlipLine
from printers.status import JobResult, PrinterStatus
from tests.services.test_finish_e2e import ZPL_MARKETPLACES, Crash, _serial, pack


class FakeQueue(Printer):
    """A ``cups://`` queue: keeps what ``lp`` would have been given."""

    def __init__(self) -> None:
        self.files: list[tuple[str, bytes, str]] = []
        self.closed = 0

    def _raw(self, data: bytes) -> None:
        raise AssertionError("a system queue is given files")

    def status(self) -> PrinterStatus:
        return PrinterStatus(source="fake")

    def print_job(self, data: bytes, *, confirm: bool = True) -> JobResult:
        raise AssertionError("a system queue is given files")

    def print_file(self, path: Path, *, title: str = "") -> str:
        self.files.append((path.suffix, path.read_bytes(), title))
        return f"office-{len(self.files)}"

    def close(self) -> None:
        self.closed += 1


def service(**kwargs: Any) -> tuple[DocumentsService, dict[str, Any]]:
    made: dict[str, Any] = {}
    dummy = Dummy()

    def opener(url: str) -> Printer:
        printer: Printer = EscposPrinter(device=dummy) if url.startswith("escpos:") else FakeQueue()
        made[url] = printer
        return printer

    made["dummy"] = dummy
    return DocumentsService(opener=opener, **kwargs), made


def test_the_invoice_goes_to_the_document_queue_as_a_file() -> None:
    docs, made = service(invoice_printer="cups://office")
    job = docs.print_invoice(b"%PDF-1.4 invoice", shipment_id="SBX1")
    assert job.kind == "invoice"
    assert job.printer == "cups://office"
    assert job.job_id == "office-1"
    queue = made["cups://office"]
    assert queue.files == [(".pdf", b"%PDF-1.4 invoice", "Invoice SBX1")]
    assert queue.closed == 1
    docs.print_invoice(b"\x89PNG...", shipment_id="SBX2", fmt="png")
    assert made["cups://office"].files[0][0] == ".png"


def test_without_a_printer_or_a_document_it_says_why() -> None:
    docs, _ = service()
    assert not docs.prints_invoices
    assert not docs.prints_slips
    with pytest.raises(NoDocumentPrinter):
        docs.print_invoice(b"%PDF", shipment_id="S")
    with pytest.raises(NoDocumentPrinter):
        docs.print_slip(PackingSlip("O-1", ()))
    docs, _ = service(invoice_printer="cups://office")
    with pytest.raises(DocumentError, match="empty"):
        docs.print_invoice(b"", shipment_id="S")
    with pytest.raises(DocumentError, match="ZPL"):
        docs.print_invoice(b"^XA^XZ", shipment_id="S", fmt="ZPL")


def test_a_slip_prints_on_the_receipt_printer_with_a_cut() -> None:
    docs, made = service(slip_printer="escpos://127.0.0.1:9100")
    assert docs.slip_printer_is_receipt
    slip = PackingSlip("123-4567890-1234567", (SlipLine("SBX-GEN-001", "Yoga mat 6 mm", 2),))
    job = docs.print_slip(slip)
    assert job.kind == "slip"
    out = made["dummy"].output
    assert b"123-4567890-1234567" in out
    assert b"SBX-GEN-001" in out
    assert b"Yoga mat 6 mm" in out
    assert b"\x1dV" in out  # cut


def test_a_slip_document_goes_to_a_document_printer() -> None:
    docs, made = service(slip_printer="cups://slips")
    assert not docs.slip_printer_is_receipt
    with pytest.raises(DocumentError):
        docs.print_slip(PackingSlip("O-1", ()))
    job = docs.print_slip_document(b"%PDF slip", shipment_id="SBX1")
    assert job.printer == "cups://slips"
    assert made["cups://slips"].files == [(".pdf", b"%PDF slip", "Packing slip SBX1")]
    # an ESC/POS slip printer cannot take Amazon's PDF: the invoice printer does
    docs, made = service(slip_printer="escpos://h:9100", invoice_printer="cups://office")
    assert docs.print_slip_document(b"%PDF slip", shipment_id="S").printer == "cups://office"


def test_slip_of_a_sandbox_shipment() -> None:
    shipment = next(
        s
        for s in (
            Shipment.model_validate(data.shipment_base(7, i, 1_790_000_000.0)) for i in range(200)
        )
        if len(s.line_items) >= 2
    )
    titles = {item.sku: item.title for item in data.catalogue(7)}
    slip = slip_of(shipment, titles)
    assert slip.order_id == shipment.shipment_info.buyer_order_id
    assert slip.barcode == shipment.id
    assert [line.sku for line in slip.lines] == [li.merchant_sku for li in shipment.line_items]
    assert all(line.title == titles[line.sku] for line in slip.lines)
    assert [line.quantity for line in slip.lines] == [
        li.number_of_units for li in shipment.line_items
    ]


def test_from_settings() -> None:
    from packstation.config.settings import load_settings

    settings = load_settings(printers={"invoice": "cups://office", "slip": "escpos://h:9100"})
    docs = DocumentsService.from_settings(settings)
    assert docs.invoice_printer == "cups://office"
    assert docs.slip_printer_is_receipt


# ---------------------------------------------------------------------- Amazon's packing slip


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``lp`` on PATH for a CUPS queue (a document printer, ``cups://Slips``): each document it is
    given is copied into the returned folder, as a print queue's spool would hold it."""
    bin_dir, spool = tmp_path / "bin", tmp_path / "queue"
    bin_dir.mkdir()
    spool.mkdir()
    lp = bin_dir / "lp"
    # lp -d QUEUE [-t TITLE] -- FILE: keep the file and its title
    lp.write_text(
        f"""#!/bin/sh
queue="$2"; title=""
if [ "$3" = "-t" ]; then title="$4"; fi
for last in "$@"; do :; done
n=$(ls {spool} | wc -l)
cp "$last" "{spool}/$n-$queue.pdf"
printf '%s' "$title" > "{spool}/$n-$queue.title"
echo "request id is $queue-$n (1 file(s))"
"""
    )
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return spool


@pytest.fixture
def runtime() -> Iterator[Runtime]:
    settings = Settings(
        sandbox={"seed": 7, "shipments": 200, "rate_limits": False},
        printers={"confirm_timeout_s": 20},
    )
    rt = Runtime.from_settings(settings, app_paths())
    try:
        rt.queue.sync()
        yield rt
    finally:
        rt.close()


def _slip_only(rt: Runtime) -> Shipment:
    """A Seller Flex gift order with ZPL labels: a packing slip REQUIRED, no tax invoice."""
    for s in rt.queue.shipments:
        if (
            program_of(s) == "SELLER_FLEX"
            and str(s.shipment_requirements.p_slip.requirement) == "REQUIRED"
            and str(s.shipment_requirements.invoice.requirement) != "REQUIRED"
            and s.marketplace_attributes.marketplace_id in ZPL_MARKETPLACES
            and not any(_serial(li) for li in s.line_items)
        ):
            return s
    raise AssertionError("the sandbox has no packing-slip-only Seller Flex shipment")


def test_documents_of_follows_the_requirements() -> None:
    shipments = [
        Shipment.model_validate(data.shipment_base(7, i, 1_790_000_000.0)) for i in range(200)
    ]
    for s in shipments:
        invoice = str(s.shipment_requirements.invoice.requirement) == "REQUIRED"
        slip = str(s.shipment_requirements.p_slip.requirement) == "REQUIRED"
        easy_ship_abroad = (
            program_of(s) == "EASY_SHIP"
            and s.marketplace_attributes.marketplace_id != "A21TJRUUN4KGV"
        )
        expected = (("invoice",) if invoice else ()) + (
            ("slip",) if slip and not easy_ship_abroad else ()
        )
        assert documents_of(s) == expected, s.id
    kinds = {documents_of(s) for s in shipments}
    assert {("slip",), ("invoice",), ("invoice", "slip"), ()} <= kinds


def test_a_required_packing_slip_prints_once_on_the_document_printer(
    runtime: Runtime, fake_lp: Path
) -> None:
    """A pSlip-REQUIRED shipment without a tax invoice: the finish asks Amazon for the slip
    (generateInvoice), and the slip's PDF reaches the document printer (a CUPS queue) once,
    though the finish is resumed after a crash and run again after it completed."""
    shipment = _slip_only(runtime)
    sid = shipment.id
    docs = DocumentsService(slip_printer="cups://Slips")
    journal = runtime.db.journal

    def print_slip(result: FinishResult, session: Any) -> DocumentJob | None:
        return docs.print_required_slip(
            session.shipment, result.slip, result.invoice_format, journal=journal
        )

    # 1. The power goes after Amazon made the slip, before the label.
    session = runtime.workflow.open(sid)
    pack(runtime, session)

    def crash(name: str, when: str) -> None:
        if (name, when) == ("generateShipLabels", "intent"):
            raise Crash

    runtime.workflow.hook = crash
    with pytest.raises(Crash):
        runtime.workflow.finish(session)
    runtime.workflow.hook = None
    fresh = runtime.client.get_shipment(sid)
    assert str(fresh.status) == "INVOICE_GENERATED"
    assert str(fresh.shipment_requirements.p_slip.status) == "GENERATED"
    assert not list(fake_lp.glob("*.pdf"))

    # 2. Resumed: the slip Amazon made is fetched again (retrieveInvoice) and printed.
    session = runtime.workflow.open(sid)
    result = runtime.workflow.finish(session)
    assert result.printed
    assert result.documents == ("slip",)
    assert result.tax_invoice is None
    slip = result.slip
    assert slip is not None
    assert slip.startswith(b"%PDF")
    assert f"Packing slip {sid}".encode() in slip  # the sandbox's slip, not an invoice
    assert b"TAX INVOICE" not in slip
    job = print_slip(result, session)
    assert job is not None
    assert job.printer == "cups://Slips"
    assert job.job_id == "Slips-0"

    # 3. Finished again (F12 once more, or a restart): the slip is not printed a second time.
    session = runtime.workflow.open(sid)
    again = runtime.workflow.finish(session)
    assert again.slip == slip
    assert print_slip(again, session) is None

    printed = sorted(fake_lp.glob("*.pdf"))
    assert [p.read_bytes() for p in printed] == [slip]
    assert (fake_lp / "0-Slips.title").read_text() == f"Packing slip {sid}"
    assert len(runtime.virtual_printer.jobs) == 1  # and one label


def test_without_a_printer_for_the_slip_it_says_which_setting() -> None:
    shipment = next(
        s
        for s in (
            Shipment.model_validate(data.shipment_base(7, i, 1_790_000_000.0)) for i in range(200)
        )
        if documents_of(s) == ("slip",)
    )
    docs, made = service()
    with pytest.raises(NoDocumentPrinter, match=r"printers\.slip"):
        docs.print_required_slip(shipment, b"%PDF slip")
    # the invoice printer takes Amazon's slip when no slip printer is set
    docs, made = service(invoice_printer="cups://office")
    job = docs.print_required_slip(shipment, b"%PDF slip")
    assert job is not None
    assert job.printer == "cups://office"
    assert made["cups://office"].files == [(".pdf", b"%PDF slip", f"Packing slip {shipment.id}")]
    # an ESC/POS slip printer prints the text slip, as before
    docs, made = service(slip_printer="escpos://127.0.0.1:9100")
    assert docs.print_required_slip(shipment, b"%PDF slip") is not None
    assert shipment.shipment_info.buyer_order_id.encode() in made["dummy"].output
    # a document printer, and Amazon gave no slip: said so
    docs, _ = service(slip_printer="cups://slips")
    with pytest.raises(DocumentError, match="no packing slip"):
        docs.print_required_slip(shipment, None)


def test_a_refused_packing_slip_does_not_hold_back_the_label(
    runtime: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Amazon refuses generateInvoice for a slip-only shipment (a marketplace without it): the
    label still prints, the result says there is no document, and why."""
    shipment = _slip_only(runtime)
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session)

    def refuse(shipment_id: str) -> Any:
        raise InvalidInputError("generateInvoice is not supported for this shipment", status=400)

    monkeypatch.setattr(runtime.client, "generate_invoice", refuse)
    result = runtime.workflow.finish(session)
    assert result.printed
    assert result.documents == ()
    assert result.slip is None
    assert any(m.startswith("packing slip not available") for m in result.messages)
    # Printed from an ESC/POS printer instead, the text slip; a document printer is told why not.
    docs, _ = service(slip_printer="cups://slips")
    with pytest.raises(DocumentError, match="no packing slip"):
        docs.print_required_slip(session.shipment, result.slip, journal=runtime.db.journal)

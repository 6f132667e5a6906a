"""Invoices to the document printer and packing slips to an ESC/POS printer (no Qt, no I/O:
python-escpos's Dummy device and a fake system queue)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from escpos.printer import Dummy

from packstation.domain.shipments import Shipment
from packstation.sandbox import data
from packstation.services.documents import (
    DocumentError,
    DocumentsService,
    NoDocumentPrinter,
    slip_of,
)
from printers.base import Printer
from printers.escpos import EscposPrinter, PackingSlip, SlipLine
from printers.status import JobResult, PrinterStatus


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

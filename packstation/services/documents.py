"""Invoices and packing slips to their printers. Qt-free, synchronous: *I/O* (run off the GUI thread).

* The invoice (PDF, or PNG where the marketplace sends one) goes to the document printer
  ``settings.printers.invoice`` (``cups://queue``: :class:`printers.system.SystemPrinter`, ``lp``).
* A packing slip goes to ``settings.printers.slip``: an ESC/POS receipt printer
  (``escpos://host:9100``: :class:`printers.escpos.EscposPrinter`, python-escpos) gets the slip as
  text built from the shipment (:func:`slip_of`); a document printer gets the slip document
  Amazon returned (``print_slip_document``); no slip printer: the invoice printer gets it.
* :meth:`DocumentsService.print_required_slip` prints the slip a shipment requires
  (``shipmentRequirements.pSlip``) once per shipment: the journal keeps a ``slipPrinted`` note,
  so a resumed finish does not print it again.

Exceptions: :class:`NoDocumentPrinter` (a :class:`DocumentError`) when the printer for that
document is not configured; :class:`DocumentError` for a document that cannot be printed (an
empty file, a format the printer cannot take); everything the printer raises passes through as
:class:`printers.errors.PrinterError` (offline, not ready, partial write...).
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from printers.address import open_printer, parse_address
from printers.base import Printer
from printers.escpos import EscposPrinter, PackingSlip, SlipLine

if TYPE_CHECKING:
    from packstation.config.settings import Settings
    from packstation.domain.shipments import Shipment
    from packstation.store.journal import Journal

log = logging.getLogger(__name__)

#: custom attribute keys (lower case) carrying a product's name (as the Pack page reads them)
_TITLE_KEYS = frozenset(
    {"title", "itemtitle", "item_title", "productname", "product_name", "itemname", "item_name"}
)
_SUFFIX = {"PDF": ".pdf", "PNG": ".png", "JPEG": ".jpg", "JPG": ".jpg", "PLAIN_TEXT": ".txt"}
#: the journal note of a required packing slip printed (once per shipment)
SLIP_PRINTED = "slipPrinted"


class DocumentError(Exception):
    """A document could not be printed for a reason of its own (see the module docstring)."""


class NoDocumentPrinter(DocumentError):
    """No printer is configured for this kind of document."""


@dataclass(frozen=True)
class DocumentJob:
    """One document handed to its printer."""

    kind: str  # "invoice" or "slip"
    printer: str  # the printer's address
    #: the system's job id ("QUEUE-42"), "" where the printer gives none (ESC/POS, Windows)
    job_id: str = ""


Opener = Callable[[str], Printer]


@runtime_checkable
class FilePrinter(Protocol):
    """A printer that takes a file through the system's queue (``printers.system``): PDFs and
    images go as files; any other printer takes the document's bytes as they are."""

    def print_file(self, path: Path, *, title: str = "") -> str: ...


class DocumentsService:
    """Prints invoices and packing slips (see the module docstring).

    ``opener`` builds a printer for an address (tests pass fakes); each call opens the printer,
    prints and closes it, so a printer switched off between two shipments costs no stale socket.
    """

    def __init__(
        self,
        *,
        invoice_printer: str = "",
        slip_printer: str = "",
        opener: Opener | None = None,
        timeout: float = 10.0,
    ) -> None:
        self.invoice_printer = invoice_printer.strip()
        self.slip_printer = slip_printer.strip()
        self.timeout = timeout
        self._opener: Opener = opener or (
            lambda url: open_printer(url, connect_timeout=timeout, status_timeout=timeout)
        )

    @classmethod
    def from_settings(cls, settings: Settings, *, opener: Opener | None = None) -> DocumentsService:
        """From ``settings.printers.invoice`` and ``settings.printers.slip``."""
        printers = settings.printers
        return cls(invoice_printer=printers.invoice, slip_printer=printers.slip, opener=opener)

    # ------------------------------------------------------------------ what is configured
    @property
    def prints_invoices(self) -> bool:
        return bool(self.invoice_printer)

    @property
    def prints_slips(self) -> bool:
        return bool(self.slip_printer)

    @property
    def slip_printer_is_receipt(self) -> bool:
        """True for an ESC/POS receipt printer (text slip), False for a document printer."""
        return bool(self.slip_printer) and parse_address(self.slip_printer).scheme == "escpos"

    # ------------------------------------------------------------------ printing
    def print_invoice(self, data: bytes, *, shipment_id: str, fmt: str = "PDF") -> DocumentJob:
        """Send the invoice (``fmt``: PDF, PNG or JPEG) to the document printer."""
        if not self.invoice_printer:
            raise NoDocumentPrinter("no invoice printer: set printers.invoice (cups://queue)")
        job_id = self._print_document(
            self.invoice_printer, data, fmt, title=f"Invoice {shipment_id}"
        )
        return DocumentJob("invoice", self.invoice_printer, job_id)

    def print_slip(self, slip: PackingSlip) -> DocumentJob:
        """Print a text packing slip on the ESC/POS receipt printer."""
        if not self.slip_printer:
            raise NoDocumentPrinter("no packing-slip printer: set printers.slip")
        if not self.slip_printer_is_receipt:
            raise DocumentError(
                f"{self.slip_printer} is a document printer: print the slip document Amazon "
                "returns with print_slip_document"
            )
        with closing(self._opener(self.slip_printer)) as printer:
            if not isinstance(printer, EscposPrinter):
                raise DocumentError(f"{self.slip_printer} is not an ESC/POS printer")
            printer.print_packing_slip(slip)
        log.info("packing slip of order %s printed on %s", slip.order_id, self.slip_printer)
        return DocumentJob("slip", self.slip_printer)

    def print_slip_document(
        self, data: bytes, *, shipment_id: str, fmt: str = "PDF"
    ) -> DocumentJob:
        """Print the packing slip document Amazon returned on the slip's document printer
        (``printers.slip`` when it is one, else the invoice printer)."""
        url = self.slip_printer if self.slip_printer and not self.slip_printer_is_receipt else ""
        url = url or self.invoice_printer
        if not url:
            raise NoDocumentPrinter("no document printer for the packing slip")
        job_id = self._print_document(url, data, fmt, title=f"Packing slip {shipment_id}")
        return DocumentJob("slip", url, job_id)

    def print_required_slip(
        self,
        shipment: Shipment,
        document: bytes | None,
        fmt: str = "PDF",
        *,
        journal: Journal | None = None,
        station: str | None = None,
        packer: str | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> DocumentJob | None:
        """The packing slip ``shipment`` requires (``shipmentRequirements.pSlip`` REQUIRED),
        printed once: an ESC/POS ``printers.slip`` gets the text slip (:func:`slip_of`), else
        ``document`` (Amazon's packing slip, ``fmt``) goes to the slip's document printer
        (:meth:`print_slip_document`). ``journal`` (the store's): a slip it noted printed is not
        printed again, and one printed now is noted.

        Returns the job, or None (no slip required, or printed before). Raises
        :class:`NoDocumentPrinter` (no printer for it), :class:`DocumentError` (no receipt
        printer and no document from Amazon), :class:`printers.errors.PrinterError`.
        """
        sid = str(shipment.id)
        if str(shipment.shipment_requirements.p_slip.requirement) != "REQUIRED":
            return None
        if journal is not None and slip_printed_before(journal, sid):
            log.info("packing slip of %s printed before: not again", sid)
            return None
        if self.slip_printer_is_receipt:
            job = self.print_slip(slip_of(shipment, titles))
        elif not (self.slip_printer or self.invoice_printer):
            raise NoDocumentPrinter(
                "no packing-slip printer: set printers.slip (cups://queue or escpos://host:9100)"
            )
        elif not document:
            raise DocumentError(
                f"Amazon returned no packing slip for shipment {sid}: print one from an ESC/POS "
                "receipt printer (printers.slip = escpos://host:9100)"
            )
        else:
            job = self.print_slip_document(document, shipment_id=sid, fmt=fmt)
        if journal is not None:
            from packstation.store.journal import EntryKind

            journal.record_event(
                sid,
                EntryKind.NOTE,
                {"printer": job.printer, "job": job.job_id},
                name=SLIP_PRINTED,
                station=station,
                packer=packer,
            )
        return job

    def _print_document(self, url: str, data: bytes, fmt: str, *, title: str) -> str:
        if not data:
            raise DocumentError(f"{title}: the document is empty")
        suffix = _SUFFIX.get(fmt.upper())
        if suffix is None:
            raise DocumentError(f"{title}: cannot print a {fmt} document")
        with closing(self._opener(url)) as printer:
            if not isinstance(printer, FilePrinter):  # not a system queue: the bytes as they are
                printer.print_job(bytes(data), confirm=False)
                return ""
            with tempfile.TemporaryDirectory(prefix="packstation-doc-") as folder:
                path = Path(folder) / f"document{suffix}"
                path.write_bytes(bytes(data))
                job_id = str(printer.print_file(path, title=title) or "")
        log.info("%s sent to %s (job %s)", title, url, job_id or "-")
        return job_id


def slip_printed_before(journal: Journal, shipment_id: str) -> bool:
    """Whether the journal (``packstation.store.journal.Journal``) notes the shipment's packing
    slip printed (:meth:`DocumentsService.print_required_slip`)."""
    return any(
        entry.name == SLIP_PRINTED and str(entry.kind) == "note"
        for entry in journal.history(shipment_id)
    )


def slip_of(shipment: Shipment, titles: Mapping[str, str] | None = None) -> PackingSlip:
    """A text packing slip for ``shipment`` (a ``domain.shipments.Shipment``): order id, each
    line's SKU, product name and units (no address, no price), the shipment id as a barcode.
    ``titles`` (SKU -> name) fills in names the shipment does not carry."""
    titles = titles or {}
    lines = []
    for item in shipment.line_items:
        title = next(
            (
                a.value
                for a in item.custom_attributes or ()
                if (a.key or "").lower() in _TITLE_KEYS and a.value
            ),
            titles.get(item.merchant_sku, ""),
        )
        cancelled = sum(c.cancelled_quantity for c in item.cancellations or ())
        units = item.number_of_units - cancelled
        if units > 0:
            lines.append(SlipLine(item.merchant_sku, " ".join(str(title).split()), units))
    gift = next(
        (
            item.gift_attributes.gift_message.content
            for item in shipment.line_items
            if item.gift_attributes is not None
            and item.gift_attributes.gift_message is not None
            and item.gift_attributes.gift_message.content
        ),
        "",
    )
    return PackingSlip(
        order_id=shipment.shipment_info.buyer_order_id,
        lines=tuple(lines),
        barcode=shipment.id,
        extra={"Gift message": gift} if gift else {},
    )

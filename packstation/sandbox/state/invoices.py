"""Invoices and packing slips: generateInvoice and retrieveInvoice.

Where no tax invoice applies only the packing slip is made (the guide: "the Invoice/P-Slip or both
(as applicable) ... if the marketplace doesn't support generating a tax invoice, only packing-slip
will be returned"). Easy Ship outside India has neither: it goes straight to labels.
"""

from __future__ import annotations

import base64
from typing import Any

from packstation.sandbox import documents
from packstation.sandbox.state.clock import World
from packstation.sandbox.state.errors import invalid, wrong_state
from packstation.sandbox.state.shipments import ShipmentDesk


def _document(pdf: bytes) -> dict[str, Any]:
    return {"document": {"format": "PDF", "content": base64.b64encode(pdf).decode("ascii")}}


class InvoiceDesk:
    def __init__(self, world: World, shipments: ShipmentDesk) -> None:
        self.world = world
        self.shipment_desk = shipments

    def generate(self, shipment_id: str) -> dict[str, Any]:
        """The tax invoice, or only the packing slip where no tax invoice applies."""
        desk = self.shipment_desk
        rec = desk.get(shipment_id)
        desk.check_not_cancelled(rec, "generateInvoice")
        channel, shipping_type = desk.channel(rec)
        mk = desk.marketplace_of(rec)
        if (channel, shipping_type) == ("MFN", "MARKETPLACE") and mk.code != "IN":
            raise invalid(
                f"generateInvoice is not supported for Easy Ship shipments in {mk.code}.",
                "Easy Ship outside India skips the invoice: generate the labels.",
            )
        allowed = ("PICKUP_SLOT_RETRIEVED", "INVOICE_GENERATED")
        if rec.status not in allowed:
            raise wrong_state(shipment_id, rec.status, "generateInvoice", allowed)
        work = desk.work(rec)
        slip_only = not desk.invoice_required(rec)
        if slip_only:
            if work.slip_time is None:
                work.slip_time = self.world.now()
        elif work.invoice_id is None:
            work.invoice_id = f"INV-{mk.code}-{rec.id[-7:]}"
            work.invoice_time = self.world.now()
        for pkg in work.packages.values():
            if pkg.status in ("CREATED", "PICKUP_SLOT_RETRIEVED"):
                pkg.status = "INVOICE_GENERATED"
        desk.set_status(rec, "INVOICE_GENERATED")
        work.invoice_pdf = documents.invoice_pdf(
            desk.shipment_json(rec), mk.code, packing_slip=slip_only
        )
        return _document(work.invoice_pdf)

    def retrieve(self, shipment_id: str) -> dict[str, Any]:
        desk = self.shipment_desk
        rec = desk.get(shipment_id)
        work = rec.work
        if work is None or (work.invoice_id is None and work.slip_time is None):
            raise invalid(
                f"No invoice has been generated for shipment {shipment_id}.",
                "Call generateInvoice first.",
            )
        if work.invoice_pdf is None:
            work.invoice_pdf = documents.invoice_pdf(
                desk.shipment_json(rec),
                desk.marketplace_of(rec).code,
                packing_slip=work.invoice_id is None,
            )
        return _document(work.invoice_pdf)

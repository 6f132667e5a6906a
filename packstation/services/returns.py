"""Returns at the bench: list and filter, find by scan, inspect, restock, print a return tag.

Plain synchronous code (no Qt): the GUI runs it through its task runner, the CLI directly.

* :meth:`ReturnsService.page` reads one page of ``listReturns`` (filters: status, RMA id, reverse
  tracking id, created and updated windows); pages may be empty before the end.
* :meth:`ReturnsService.find` opens a return from a scanned reverse tracking id, RMA id or
  return id.
* :meth:`ReturnsService.inspect` records the outcome (sellable, damaged, wrong item) locally with
  the packer and the time; :meth:`ReturnsService.restock` puts the units of a *sellable* return
  back on Amazon through an absolute inventory update (fetch, add, push with a new sequence
  number), once.
* :meth:`ReturnsService.tag` renders the ``return-tag-4x6`` ZPL label for the bin (no personal
  data on it); :meth:`ReturnsService.print_tag` sends it to the label printer.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from packstation.amazon.client import EFClient
from packstation.amazon.ef_returns import ReturnFilters
from packstation.amazon.errors import EFApiError, NotFoundError
from packstation.domain.returns import Return
from packstation.services.inventory import InventoryService, PushReport
from packstation.services.workflow import LabelPrinter, PrintReport
from packstation.store.database import Database
from packstation.store.inventory import InspectionRecord
from packstation.store.types import utcnow

log = logging.getLogger(__name__)

TAG_TEMPLATE = "return-tag-4x6"
DEFAULT_PAGE_SIZE = 25


class ReturnsError(Exception):
    """A returns operation cannot be done (the message says why and what to do)."""


class Outcome(StrEnum):
    """What the inspection found."""

    SELLABLE = "sellable"
    DAMAGED = "damaged"
    WRONG_ITEM = "wrong_item"


@dataclass(frozen=True)
class ReturnFilter:
    """``listReturns`` filters; times are aware datetimes (sent as ISO 8601)."""

    status: str | None = None
    rma_id: str | None = None
    reverse_tracking_id: str | None = None
    created_since: datetime | None = None
    created_until: datetime | None = None
    updated_after: datetime | None = None
    updated_before: datetime | None = None
    location_id: str | None = None

    def query(self) -> ReturnFilters:
        """``listReturns``' keyword arguments (None: not filtered, as when left out)."""
        return {
            "status": self.status or None,
            "rma_id": self.rma_id or None,
            "reverse_tracking_id": self.reverse_tracking_id or None,
            "created_since": self.created_since,
            "created_until": self.created_until,
            "last_updated_after": self.updated_after,
            "last_updated_before": self.updated_before,
            "return_location_id": self.location_id or None,
        }


@dataclass
class ReturnsPage:
    returns: list[Return] = field(default_factory=list)
    next_token: str | None = None


@dataclass(frozen=True)
class ReturnSummary:
    """The fields a packer needs, flattened (table rows, CLI output)."""

    id: str
    rma_id: str
    status: str
    sku: str
    units: int
    reason: str
    return_type: str
    reverse_tracking_id: str
    carrier: str
    shipment_id: str
    order_id: str
    location_id: str
    created: datetime | None
    updated: datetime | None

    @classmethod
    def of(cls, ret: Return) -> ReturnSummary:
        ship = ret.return_shipping_info
        reverse = ship.reverse_tracking_info if ship else None
        channel = ret.marketplace_channel_details
        return cls(
            id=ret.id,
            rma_id=ret.return_metadata.rma_id or "",
            status=str(ret.status),  # a StrEnum's str() is its value; an unknown one is a str
            sku=ret.merchant_sku or (channel.channel_sku if channel else "") or "",
            units=ret.number_of_units or 1,
            reason=ret.return_metadata.return_reason,
            return_type=str(ret.return_type),
            reverse_tracking_id=reverse.tracking_id if reverse else "",
            carrier=reverse.carrier_name if reverse else "",
            shipment_id=(channel.shipment_id if channel else "") or "",
            order_id=(channel.customer_order_id if channel else "") or "",
            location_id=ret.return_location_id or ret.fulfillment_location_id,
            created=_dt(ret.creation_date_time),
            updated=_dt(ret.last_updated_date_time),
        )

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["created"] = self.created.isoformat() if self.created else None
        out["updated"] = self.updated.isoformat() if self.updated else None
        return out


def _dt(value: datetime | str | None) -> datetime | None:
    """A return's timestamp (the domain's ``Timestamp`` is a ``datetime``; a bare string, as a
    ``model_construct`` may leave, is parsed)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


@dataclass(frozen=True)
class Inspection:
    """The local record of an inspection (see :class:`Outcome`)."""

    return_id: str
    rma_id: str | None
    location_id: str
    sku: str
    units: int
    outcome: Outcome
    note: str
    packer: str
    station: str
    inspected_at: datetime
    restocked_units: int | None = None
    restock_sequence: int | None = None
    restocked_at: datetime | None = None

    @property
    def restocked(self) -> bool:
        return self.restocked_at is not None

    @classmethod
    def of(cls, rec: InspectionRecord) -> Inspection:
        data = dict(rec.__dict__)
        data["outcome"] = Outcome(rec.outcome)
        return cls(**data)


@dataclass(frozen=True)
class RestockResult:
    return_id: str
    sku: str
    location_id: str
    units: int
    quantity: int  # the absolute quantity pushed
    sequence: int | None
    report: PushReport


class ReturnsService:
    """Returns use cases (see the module docstring)."""

    def __init__(
        self,
        client: EFClient,
        db: Database,
        inventory: InventoryService,
        *,
        printer: LabelPrinter | None = None,
        station: str = "",
        packer: str = "",
        location_id: str = "",
    ) -> None:
        self.client = client
        self.db = db
        self.inventory = inventory
        self.printer = printer
        self.station = station or "station"
        self.packer = packer or "packer"
        self.location_id = location_id

    # ------------------------------------------------------------------ reading
    def page(
        self,
        filters: ReturnFilter | None = None,
        *,
        token: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
    ) -> ReturnsPage:
        """One page of returns matching ``filters`` (``next_token`` names the next one)."""
        query = (filters or ReturnFilter()).query()
        query["max_results"] = page_size
        answer = self.client.list_returns(next_token=token, **query)
        return ReturnsPage(list(answer.returns or []), answer.next_token)

    def all(self, filters: ReturnFilter | None = None) -> list[Return]:
        """Every return matching ``filters`` (follows every page)."""
        return list(self.client.iter_returns(**(filters or ReturnFilter()).query()))

    def get(self, return_id: str) -> Return:
        return self.client.get_return(return_id)

    def find(self, code: str) -> Return | None:
        """The return a scanned code names: reverse tracking id, RMA id or return id."""
        code = code.strip()
        if not code:
            return None
        for key in ("reverse_tracking_id", "rma_id"):
            page = self.client.list_returns(**{key: code}, max_results=2)
            if page.returns:
                return page.returns[0]
        try:
            return self.client.get_return(code)
        except NotFoundError:
            return None
        except EFApiError as exc:
            if exc.status in (400, 404):
                return None
            raise

    # ------------------------------------------------------------------ inspection
    def inspect(
        self,
        ret: Return,
        outcome: Outcome | str,
        *,
        units: int | None = None,
        note: str = "",
        packer: str | None = None,
    ) -> Inspection:
        """Record the inspection outcome of ``ret`` locally (who and when)."""
        outcome = Outcome(outcome)
        summary = ReturnSummary.of(ret)
        existing = self.inspection(ret.id)
        if existing is not None and existing.restocked:
            raise ReturnsError(
                f"return {ret.id} was inspected and restocked already ({existing.restocked_units} "
                f"unit(s) at {existing.restocked_at:%Y-%m-%d %H:%M}); it cannot change now"
            )
        count = summary.units if units is None else units
        if count < 1 or count > summary.units:
            raise ReturnsError(f"units must be 1..{summary.units} for return {ret.id}, not {count}")
        if not summary.sku:
            raise ReturnsError(f"return {ret.id} names no SKU; it cannot be inspected here")
        record = InspectionRecord(
            return_id=ret.id,
            rma_id=summary.rma_id or None,
            location_id=self.location_id or summary.location_id,
            sku=summary.sku,
            units=count,
            outcome=outcome.value,
            note=note.strip()[:512],
            packer=packer or self.packer,
            station=self.station,
            inspected_at=utcnow(),
        )
        self.db.inventory.record_inspection(record)
        log.info("return %s inspected: %s (%d unit(s))", ret.id, outcome.value, count)
        found = self.inspection(ret.id)
        assert found is not None
        return found

    def inspection(self, return_id: str) -> Inspection | None:
        rec = self.db.inventory.inspection(return_id)
        return None if rec is None else Inspection.of(rec)

    def inspections(self, return_ids: list[str] | None = None) -> dict[str, Inspection]:
        return {r.return_id: Inspection.of(r) for r in self.db.inventory.inspections(return_ids)}

    # ------------------------------------------------------------------ restock
    def restock(self, return_id: str) -> RestockResult:
        """Put the inspected sellable units back on Amazon (absolute update), once.

        Reads Amazon's current total (sellable + reserved) first, so units sold meanwhile are
        not overwritten, then pushes total + units with a new sequence number.
        """
        insp = self.inspection(return_id)
        if insp is None:
            raise ReturnsError(
                f"return {return_id} has not been inspected: record an outcome first"
            )
        if insp.outcome is not Outcome.SELLABLE:
            raise ReturnsError(
                f"return {return_id} was inspected as {insp.outcome.value.replace('_', ' ')}: "
                "only sellable units go back into stock"
            )
        if insp.restocked:
            raise ReturnsError(
                f"return {return_id} was restocked already ({insp.restocked_units} unit(s))"
            )
        try:
            levels = self.inventory.fetch([insp.sku], insp.location_id)
        except Exception as exc:
            raise ReturnsError(
                f"cannot read {insp.sku}'s stock at {insp.location_id} before restocking: {exc}"
            ) from exc
        level = levels[0]
        quantity = level.total + insp.units
        report = self.inventory.push_quantities({(insp.location_id, insp.sku): quantity})
        if report.errors:
            raise ReturnsError(
                f"Amazon refused the restock of {insp.sku}: {report.errors[0].message}"
            )
        pos = self.db.inventory.get(insp.location_id, insp.sku)
        sequence = pos.sequence if pos else None
        self.db.inventory.mark_restocked(return_id, insp.units, sequence or 0)
        return RestockResult(
            return_id, insp.sku, insp.location_id, insp.units, quantity, sequence, report
        )

    # ------------------------------------------------------------------ tag
    def tag(self, ret: Return) -> bytes:
        """The ZPL return tag for the bin: return/RMA id (barcode), reason, SKU. No PII."""
        from printers.zpl.templates import render_label

        summary = ReturnSummary.of(ret)
        insp = self.inspection(ret.id)
        reason = summary.reason.replace("_", " ")
        if insp is not None:
            reason = f"{reason} / {insp.outcome.value.replace('_', ' ')}"
        rma = f"RMA {summary.rma_id}" if summary.rma_id else ret.id
        return render_label(
            TAG_TEMPLATE,
            {
                "rma_id": f"{rma}  ({ret.id})" if summary.rma_id else rma,
                "reason": reason,
                "rma_id_barcode": ret.id,
                "sku": f"{summary.sku} x{summary.units}",
            },
        )

    def print_tag(self, ret: Return) -> PrintReport:
        """Print the return tag on the label printer; the printer's report."""
        if self.printer is None:
            raise ReturnsError("no label printer is set: choose one on the Devices page")
        return self.printer.print_label(self.tag(ret), f"return {ret.id}")

"""Shipments and their workflow: records, status transitions, packages, shipping options, carrier
scans and deliveries.

Generated shipments stay compact (:class:`ShipmentRecord`: a few slots) until the workflow touches
them; their Amazon JSON is rebuilt from the seed on demand (:func:`data.shipment_base`, cached).
Workflow rules follow DESIGN.md per program (Easy Ship = MFN + MARKETPLACE, Self Ship = MFN +
SELF, Seller Flex = FBA + MARKETPLACE). Labels (:mod:`.labels`) and invoices (:mod:`.invoices`)
move a shipment through this desk's :meth:`ShipmentDesk.set_status`.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NotRequired, TypedDict

from packstation.sandbox import data
from packstation.sandbox.state.clock import World
from packstation.sandbox.state.errors import (
    SandboxError,
    check_id,
    invalid,
    not_found,
    wrong_state,
)
from packstation.sandbox.state.inventory import InventoryDesk
from packstation.sandbox.state.packages import Lines, check_totals, validate_package
from packstation.sandbox.state.returns import ReturnDesk

SHIPMENT_STATUSES = (
    "CREATED",
    "ACCEPTED",
    "CONFIRMED",
    "PACKAGE_CREATED",
    "PICKUP_SLOT_RETRIEVED",
    "INVOICE_GENERATED",
    "SHIPLABEL_GENERATED",
    "CANCELLED",
    "SHIPPED",
    "DELIVERED",
)
PRE_LABEL = ("PACKAGE_CREATED", "PICKUP_SLOT_RETRIEVED", "INVOICE_GENERATED")
PRE_SHIP = ("CREATED", "ACCEPTED", "CONFIRMED", *PRE_LABEL, "SHIPLABEL_GENERATED")
CARRIER_SCAN_DELAY_S = 3600
DELIVERY_DELAY_S = 2 * 86400


class TimeWindow(TypedDict):
    startTime: int
    endTime: int


class TimeSlot(TimeWindow):
    handoverMethod: str


class ShippingOption(TypedDict):
    """One entry of retrieveShippingOptions' ``shippingOptions``."""

    shippingOptionId: str
    shipBy: str
    carrierName: str
    pickupWindow: NotRequired[TimeWindow]
    timeSlot: NotRequired[TimeSlot]


class Cancellation(TypedDict):
    cancelledQuantity: int
    cancelledTimestamp: str
    cancellationType: str
    cancellationReason: str


@dataclass(slots=True)
class LabelState:
    carrier: str
    tracking_id: str
    shipping_option_id: str | None
    pickup_window: TimeWindow | None
    time_slot: TimeSlot | None
    token: str
    version: int = 1


@dataclass(slots=True)
class PackageState:
    doc: dict[str, Any]
    status: str = "CREATED"
    options_retrieved: bool = False
    label: LabelState | None = None
    sub_status: str | None = None


@dataclass(slots=True)
class Workflow:
    packages: dict[str, PackageState] = field(default_factory=dict)
    #: shipmentLineItemId -> cancellations added by the sandbox (beside the line's own)
    cancellations: dict[str, list[Cancellation]] = field(default_factory=dict)
    invoice_id: str | None = None
    invoice_time: float | None = None
    invoice_pdf: bytes | None = None
    #: when the packing slip was generated (a shipment without a tax invoice)
    slip_time: float | None = None
    options: list[ShippingOption] | None = None
    sub_status: str | None = None
    reason: str | None = None


@dataclass(slots=True)
class ShipmentRecord:
    id: str
    index: int  # generator index; -1 for a shipment created from official JSON
    mk: int
    prog: int
    status: str
    updated: float | None = None  # None: still the generated lastUpdatedDateTime
    work: Workflow | None = None
    custom: dict[str, Any] | None = None


def _package_not_found(package_id: str) -> SandboxError:
    return not_found("packageId", package_id)


class ShipmentDesk:
    """Every shipment, indexed by id and by status, and the operations of its workflow."""

    def __init__(self, world: World, inventory: InventoryDesk, returns: ReturnDesk) -> None:
        self.world = world
        self.inventory_desk = inventory
        self.return_desk = returns
        self.records: dict[str, ShipmentRecord] = {}
        self.by_status: dict[str, dict[str, None]] = {s: {} for s in SHIPMENT_STATUSES}
        self.custom_seq = itertools.count(1)
        self.rebase()

    # ------------------------------------------------------------ setup

    def rebase(self) -> None:
        """Rebuild generated shipments from the world's current seed and epoch."""
        seed, epoch = self.world.seed, self.world.epoch
        self._base: Callable[[int], dict[str, Any]] = lru_cache(maxsize=2048)(
            lambda i: data.shipment_base(seed, i, epoch)
        )

    def generate(self, count: int) -> None:
        """Forget every shipment and generate ``count`` (reserving their units in stock)."""
        seed = self.world.seed
        self.records = {}
        self.by_status = {s: {} for s in SHIPMENT_STATUSES}
        self.custom_seq = itertools.count(1)
        self.rebase()
        for index in range(count):
            mk_i, prog_i = data.shipment_key(seed, index)
            status = data.initial_status(seed, index, "FBA" if prog_i == 2 else "MFN")
            sid = data.shipment_id(seed, index)
            rec = ShipmentRecord(sid, index, mk_i, prog_i, status)
            self.records[sid] = rec
            self.by_status[status][sid] = None
            location = data.MARKETPLACES[mk_i].location_id
            for item, units in data.shipment_lines(seed, index):
                self.inventory_desk.reserve(location, item.sku, units)

    # ------------------------------------------------------------ reading

    def get(self, shipment_id: str) -> ShipmentRecord:
        check_id("shipmentId", shipment_id)
        rec = self.records.get(shipment_id)
        if rec is None:
            raise not_found("shipmentId", shipment_id)
        return rec

    def base(self, rec: ShipmentRecord) -> dict[str, Any]:
        if rec.custom is not None:
            return rec.custom
        return self._base(rec.index)

    def marketplace_of(self, rec: ShipmentRecord) -> data.Marketplace:
        return data.MARKETPLACES[rec.mk]

    def program_of(self, rec: ShipmentRecord) -> str:
        return data.PROGRAMS[rec.prog]

    def shipment_json(self, rec: ShipmentRecord) -> dict[str, Any]:
        base = self.base(rec)
        doc = dict(base)
        doc["status"] = rec.status
        if rec.updated is not None:
            doc["lastUpdatedDateTime"] = data.iso(rec.updated)
        work = rec.work
        if work is None:
            return doc
        if work.cancellations:
            lines = []
            for line in base["lineItems"]:
                cancels = work.cancellations.get(line["shipmentLineItemId"])
                if cancels:
                    lines.append(
                        {**line, "cancellations": [*line.get("cancellations", []), *cancels]}
                    )
                else:
                    lines.append(line)
            doc["lineItems"] = lines
        if work.packages:
            doc["packages"] = [{**p.doc, "status": p.status} for p in work.packages.values()]
        if work.invoice_id is not None and work.invoice_time is not None:
            doc["invoiceInfo"] = {
                "invoiceId": work.invoice_id,
                "creationDateTime": data.iso(work.invoice_time),
            }
            reqs = dict(base["shipmentRequirements"])
            reqs["invoice"] = {**reqs["invoice"], "status": "AVAILABLE"}
            doc["shipmentRequirements"] = reqs
        if work.slip_time is not None and "pSlip" in base["shipmentRequirements"]:
            reqs = dict(doc["shipmentRequirements"])
            reqs["pSlip"] = {**reqs["pSlip"], "status": "GENERATED"}
            doc["shipmentRequirements"] = reqs
        if work.sub_status:
            doc["subStatus"] = work.sub_status
        if work.reason:
            doc["reason"] = work.reason
        return doc

    def find(
        self,
        *,
        status: str,
        location_id: str | None = None,
        marketplace_id: str | None = None,
        channel_name: str | None = None,
        updated_after: float | None = None,
        updated_before: float | None = None,
    ) -> Iterator[ShipmentRecord]:
        """Records in ``status`` matching the filters, oldest status change first (lazy)."""
        for sid in self.by_status.get(status, {}):
            rec = self.records[sid]
            mk = data.MARKETPLACES[rec.mk]
            if rec.custom is not None:
                if location_id and rec.custom.get("locationId") != location_id:
                    continue
                attrs = rec.custom.get("marketplaceAttributes", {})
                if marketplace_id and attrs.get("marketplaceId") != marketplace_id:
                    continue
                if channel_name and attrs.get("channelName") != channel_name:
                    continue
            else:
                if location_id and mk.location_id != location_id:
                    continue
                if marketplace_id and mk.marketplace_id != marketplace_id:
                    continue
                if (
                    channel_name
                    and data.PROGRAM_CHANNELS[data.PROGRAMS[rec.prog]][0] != channel_name
                ):
                    continue
            if updated_after is not None or updated_before is not None:
                updated = (
                    rec.updated
                    if rec.updated is not None
                    else data.parse_iso(self.base(rec)["lastUpdatedDateTime"])
                )
                if updated_after is not None and updated <= updated_after:
                    continue
                if updated_before is not None and updated >= updated_before:
                    continue
            yield rec

    # ------------------------------------------------------------ writing helpers

    def set_status(self, rec: ShipmentRecord, status: str, at: float | None = None) -> None:
        if status != rec.status:
            self.by_status[rec.status].pop(rec.id, None)
            self.by_status[status][rec.id] = None
            rec.status = status
        rec.updated = self.world.now() if at is None else at

    def work(self, rec: ShipmentRecord) -> Workflow:
        if rec.work is None:
            rec.work = Workflow()
        return rec.work

    def lines(self, rec: ShipmentRecord) -> Lines:
        return {ln["shipmentLineItemId"]: ln for ln in self.base(rec)["lineItems"]}

    def open_units(self, rec: ShipmentRecord) -> dict[str, int]:
        """Units still to ship per line item (ordered minus cancelled)."""
        cancels = rec.work.cancellations if rec.work else {}
        out = {}
        for lid, line in self.lines(rec).items():
            cancelled = sum(
                int(c.get("cancelledQuantity", 0)) for c in line.get("cancellations", [])
            )
            cancelled += sum(int(c["cancelledQuantity"]) for c in cancels.get(lid, []))
            out[lid] = max(0, int(line["numberOfUnits"]) - cancelled)
        return out

    def channel(self, rec: ShipmentRecord) -> tuple[str, str]:
        """(channelName, shippingType): which program's rules apply."""
        base = self.base(rec)
        return (
            base["marketplaceAttributes"]["channelName"],
            base["shippingInfo"].get("shippingType", "MARKETPLACE"),
        )

    def invoice_required(self, rec: ShipmentRecord) -> bool:
        return bool(
            self.base(rec)["shipmentRequirements"]["invoice"].get("requirement") == "REQUIRED"
        )

    def reserve(self, rec: ShipmentRecord) -> None:
        location = self.base(rec)["locationId"]
        lines = self.lines(rec)
        for lid, units in self.open_units(rec).items():
            self.inventory_desk.reserve(location, lines[lid]["merchantSku"], units)

    def release(self, rec: ShipmentRecord, shipped: bool) -> None:
        """Release the reservation of a shipment's open units (and take them off stock if shipped)."""
        location = self.base(rec)["locationId"]
        lines = self.lines(rec)
        for lid, units in self.open_units(rec).items():
            self.inventory_desk.release(location, lines[lid]["merchantSku"], units, shipped=shipped)

    def _cancel_open_units(
        self, rec: ShipmentRecord, units_by_line: dict[str, int], kind: str, reason: str
    ) -> None:
        work = self.work(rec)
        stamp = data.iso(self.world.now())
        for lid, qty in units_by_line.items():
            if qty:
                work.cancellations.setdefault(lid, []).append(
                    {
                        "cancelledQuantity": qty,
                        "cancelledTimestamp": stamp,
                        "cancellationType": kind,
                        "cancellationReason": reason,
                    }
                )

    # ------------------------------------------------------------ processShipment, cancel

    def process(self, shipment_id: str, operation: str | None, body: Any) -> None:
        if operation not in ("CONFIRM", "REJECT"):
            raise invalid(
                f"Invalid input '{operation}' for parameter 'operation'",
                "operation must be CONFIRM or REJECT.",
            )
        rec = self.get(shipment_id)
        if operation == "CONFIRM":
            allowed = ("CREATED", "ACCEPTED")
            if rec.status not in allowed:
                raise wrong_state(shipment_id, rec.status, "CONFIRM", allowed)
            self.work(rec)
            self.set_status(rec, "CONFIRMED")
            return
        eligible = tuple(self.base(rec)["shipmentInfo"].get("orderStatesEligibleForRejection", []))
        if rec.status not in eligible or rec.status not in PRE_SHIP:
            raise wrong_state(shipment_id, rec.status, "REJECT", eligible)
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("lineItems"), list)
            or not body["lineItems"]
        ):
            raise invalid(
                "REJECT needs a body with lineItems.",
                "Send lineItems: [{lineItem: {id, quantity}, reason}].",
            )
        open_units = self.open_units(rec)
        planned: dict[str, int] = {}
        for entry in body["lineItems"]:
            item = entry.get("lineItem") if isinstance(entry, dict) else None
            if not isinstance(item, dict) or not isinstance(item.get("id"), str):
                raise invalid("Each lineItems entry needs lineItem.id.")
            lid = item["id"]
            if lid not in open_units:
                raise invalid(f"Unknown line item '{lid}' for shipment {shipment_id}.")
            reason = entry.get("reason")
            if reason is not None and reason not in ("OUT_OF_STOCK", "CUSTOMER_REQUESTED"):
                raise invalid(
                    f"Invalid reason '{reason}'.",
                    "reason must be OUT_OF_STOCK or CUSTOMER_REQUESTED.",
                )
            qty = item.get("quantity") or open_units[lid]
            if not isinstance(qty, int) or qty < 0 or qty > open_units[lid]:
                raise invalid(f"Invalid quantity {qty!r} for line item '{lid}'.")
            planned[lid] = planned.get(lid, 0) + qty
        work = self.work(rec)
        self.release(rec, shipped=False)
        self._cancel_open_units(rec, planned, "SELLER_REJECTED", "Rejected by the seller")
        if any(self.open_units(rec).values()):
            self.reserve(rec)
            rec.updated = self.world.now()
        else:
            work.reason = "SELLER_REJECTED"
            self.set_status(rec, "CANCELLED")

    def cancel(self, shipment_id: str, reason: str, kind: str) -> ShipmentRecord:
        """Marketplace (or system) cancellation of a pre-ship shipment; its labels stay with the
        packages (the label desk revokes their URLs)."""
        rec = self.get(shipment_id)
        if rec.status not in PRE_SHIP:
            raise wrong_state(shipment_id, rec.status, "cancel", PRE_SHIP)
        work = self.work(rec)
        self.release(rec, shipped=False)
        self._cancel_open_units(rec, self.open_units(rec), kind, reason)
        work.reason = reason
        work.sub_status = "LABEL_CANCELED" if rec.status == "SHIPLABEL_GENERATED" else None
        self.set_status(rec, "CANCELLED")
        return rec

    def check_not_cancelled(self, rec: ShipmentRecord, operation: str) -> None:
        if rec.status == "CANCELLED":
            raise SandboxError(
                400,
                "InvalidShipmentStatus",
                f"Shipment {rec.id} is CANCELLED; {operation} is not allowed.",
                "The shipment was cancelled; stop packing it.",
            )

    # ------------------------------------------------------------ packages

    def _validated(self, rec: ShipmentRecord, pkg: Any, where: str) -> dict[str, Any]:
        return validate_package(
            pkg, where, shipment_id=rec.id, lines=self.lines(rec), seed=self.world.seed
        )

    def _check_totals(self, rec: ShipmentRecord, packages: list[dict[str, Any]]) -> None:
        check_totals(
            packages, shipment_id=rec.id, lines=self.lines(rec), open_units=self.open_units(rec)
        )

    def create_packages(self, shipment_id: str, body: Any) -> None:
        rec = self.get(shipment_id)
        self.check_not_cancelled(rec, "createPackages")
        if rec.status != "CONFIRMED":
            raise wrong_state(shipment_id, rec.status, "createPackages", ("CONFIRMED",))
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("packages"), list)
            or not body["packages"]
        ):
            raise invalid("The body needs packages: a non-empty list.")
        packages = [
            self._validated(rec, p, f"packages[{n}]") for n, p in enumerate(body["packages"])
        ]
        ids = [p["id"] for p in packages]
        if len(set(ids)) != len(ids):
            raise invalid("Package ids must be unique within the shipment.")
        self._check_totals(rec, packages)
        work = self.work(rec)
        work.packages = {p["id"]: PackageState(doc=p) for p in packages}
        self.set_status(rec, "PACKAGE_CREATED")

    def update_package(self, shipment_id: str, package_id: str, body: Any) -> None:
        rec = self.get(shipment_id)
        self.check_not_cancelled(rec, "updatePackage")
        if rec.status not in PRE_LABEL:
            raise wrong_state(shipment_id, rec.status, "updatePackage", PRE_LABEL)
        work = self.work(rec)
        if package_id not in work.packages:
            raise _package_not_found(package_id)
        if isinstance(body, dict) and "id" not in body:
            body = {**body, "id": package_id}
        pkg = self._validated(rec, body, "body")
        if pkg["id"] != package_id:
            raise invalid(
                f"body.id '{pkg['id']}' does not match the packageId '{package_id}' of the path."
            )
        others = [p.doc for pid, p in work.packages.items() if pid != package_id]
        self._check_totals(rec, [*others, pkg])
        work.packages[package_id] = PackageState(doc=pkg)
        for other in work.packages.values():
            other.status = "CREATED"
            other.options_retrieved = False
        work.invoice_id = None
        work.invoice_time = None
        work.invoice_pdf = None
        work.slip_time = None
        self.set_status(rec, "PACKAGE_CREATED")

    # ------------------------------------------------------------ shipping options

    def options(self, rec: ShipmentRecord) -> list[ShippingOption]:
        """The shipment's shipping options, made once (stable across calls and restarts)."""
        work = self.work(rec)
        if work.options is not None:
            return work.options
        channel, shipping_type = self.channel(rec)
        mk = self.marketplace_of(rec)
        rng = random.Random(f"options:{self.world.seed}:{rec.id}")
        now = int(self.world.now())
        start = now - now % 3600 + 3600 * rng.randint(2, 6)
        options: list[ShippingOption] = []
        if channel == "FBA":
            options = []  # Seller Flex: the pickup slot is pre-set
        elif shipping_type == "SELF":
            options = [
                {
                    "shippingOptionId": f"SO-SELF-{rec.id}",
                    "shipBy": "SELLER",
                    "carrierName": "Self Ship",
                }
            ]
        else:
            for n, carrier in enumerate(mk.carriers):
                begin = start + n * 4 * 3600
                window: TimeWindow = {"startTime": begin, "endTime": begin + 3 * 3600}
                options.append(
                    {
                        "shippingOptionId": f"SO-{rec.id}-{n + 1}",
                        "shipBy": "MARKETPLACE",
                        "carrierName": carrier,
                        "pickupWindow": {**window},
                        "timeSlot": {**window, "handoverMethod": "PICKUP" if n == 0 else "DROPOFF"},
                    }
                )
        work.options = options
        return options

    def shipping_options(self, shipment_id: str, package_id: str | None) -> dict[str, Any]:
        if not package_id:
            raise invalid("Missing required parameter 'packageId'.")
        rec = self.get(shipment_id)
        self.check_not_cancelled(rec, "retrieveShippingOptions")
        allowed = (*PRE_LABEL, "SHIPLABEL_GENERATED")
        if rec.status not in allowed:
            raise wrong_state(shipment_id, rec.status, "retrieveShippingOptions", allowed)
        work = self.work(rec)
        pkg = work.packages.get(package_id)
        if pkg is None:
            raise _package_not_found(package_id)
        options = self.options(rec)
        if not pkg.options_retrieved:
            pkg.options_retrieved = True
            if pkg.status == "CREATED":
                pkg.status = "PICKUP_SLOT_RETRIEVED"
        if rec.status == "PACKAGE_CREATED" and all(
            p.options_retrieved for p in work.packages.values()
        ):
            self.set_status(rec, "PICKUP_SLOT_RETRIEVED")
        answer: dict[str, Any] = {"shippingOptions": options}
        if options:
            answer["recommendedShippingOption"] = options[0]
        return answer

    # ------------------------------------------------------------ package status

    def apply_due_events(self) -> None:
        """Carrier scans and deliveries whose time has come."""
        for event in self.world.due():
            rec = self.records.get(event.shipment_id)
            if rec is None or rec.work is None:
                continue
            pkg = rec.work.packages.get(event.package_id)
            if pkg is None:
                continue
            if event.kind == "carrier_scan" and pkg.status == "SHIPLABEL_GENERATED":
                self.ship_package(rec, pkg, event.at)
            elif event.kind == "delivered" and pkg.status == "SHIPPED":
                self.deliver_package(rec, pkg, "DELIVERED", event.at)

    def ship_package(self, rec: ShipmentRecord, pkg: PackageState, at: float) -> None:
        pkg.status = "SHIPPED"
        work = self.work(rec)
        if (
            all(p.status in ("SHIPPED", "DELIVERED") for p in work.packages.values())
            and rec.status == "SHIPLABEL_GENERATED"
        ):
            self.release(rec, shipped=True)
            work.sub_status = "PICKED_UP"
            self.set_status(rec, "SHIPPED", at)
            _, shipping_type = self.channel(rec)
            if shipping_type == "MARKETPLACE":
                for pid, p in work.packages.items():
                    if p.status == "SHIPPED":
                        self.world.schedule(at + DELIVERY_DELAY_S, "delivered", rec.id, pid)

    def deliver_package(
        self, rec: ShipmentRecord, pkg: PackageState, sub_status: str, at: float
    ) -> None:
        pkg.status = "DELIVERED"
        pkg.sub_status = sub_status
        work = self.work(rec)
        if all(p.status == "DELIVERED" for p in work.packages.values()):
            work.sub_status = "DELIVERED"
            self.set_status(rec, "DELIVERED", at)
            digest = hashlib.sha256(f"{self.world.seed}:{rec.id}".encode()).digest()
            if digest[0] % 4 == 0:  # one delivered shipment in four comes back
                lines = self.lines(rec)
                lid, units = next((lid, u) for lid, u in self.open_units(rec).items() if u)
                self.return_desk.add(
                    shipment_id=rec.id,
                    sku=lines[lid]["merchantSku"],
                    units=min(units, 1 + digest[1] % units),
                    mk=self.marketplace_of(rec),
                    created=at + 86400,
                    rng=random.Random(digest),
                )

    def update_package_status(
        self, shipment_id: str, package_id: str, status_param: str | None, body: Any
    ) -> None:
        rec = self.get(shipment_id)
        self.check_not_cancelled(rec, "updatePackageStatus")
        work = self.work(rec)
        pkg = work.packages.get(package_id)
        if pkg is None:
            raise _package_not_found(package_id)
        if status_param is not None and status_param != "SHIPPED":
            raise invalid(
                f"Invalid input '{status_param}' for parameter 'status'",
                "status must be SHIPPED.",
            )
        body = body if isinstance(body, dict) else {}
        target = status_param or body.get("status")
        sub_status = body.get("subStatus")
        if target not in ("SHIPPED", "DELIVERED"):
            raise invalid(
                "A status is required: status=SHIPPED in the query, or body.status SHIPPED or DELIVERED."
            )
        if sub_status is not None and sub_status not in (
            "OUT_FOR_DELIVERY",
            "DELIVERED",
            "NOT_DELIVERED",
            "UNDELIVERABLE",
        ):
            raise invalid(f"Invalid subStatus '{sub_status}'.")
        _, shipping_type = self.channel(rec)
        now = self.world.now
        if target == "SHIPPED":
            if pkg.status in ("SHIPPED", "DELIVERED"):
                raise SandboxError(
                    409,
                    "DuplicateRequest",
                    f"Package {package_id} is already {pkg.status}.",
                    "The carrier has already scanned this package.",
                )
            if pkg.status != "SHIPLABEL_GENERATED" or rec.status != "SHIPLABEL_GENERATED":
                raise wrong_state(
                    shipment_id,
                    rec.status,
                    "updatePackageStatus SHIPPED",
                    ("SHIPLABEL_GENERATED",),
                )
            self.ship_package(rec, pkg, now())
            rec.updated = now()
            return
        if shipping_type != "SELF":
            raise invalid(
                "Only seller-carried (Self Ship) packages can be marked DELIVERED by the seller.",
                "The marketplace carrier reports the delivery.",
            )
        if pkg.status != "SHIPPED":
            raise wrong_state(
                shipment_id, rec.status, "updatePackageStatus DELIVERED", ("SHIPPED",)
            )
        self.deliver_package(rec, pkg, sub_status or "DELIVERED", now())
        rec.updated = now()

    # ------------------------------------------------------------ admin: official JSON

    def add_json(self, doc: Any) -> ShipmentRecord:
        """Create a shipment from Amazon's Shipment JSON (as getShipment returns it)."""
        if not isinstance(doc, dict):
            raise invalid("A shipment must be a JSON object.")
        doc = json.loads(json.dumps(doc))
        doc.setdefault("id", f"SBXC{next(self.custom_seq):07d}")
        sid = doc["id"]
        if sid in self.records:
            raise SandboxError(409, "DuplicateRequest", f"Shipment {sid} already exists.")
        for key in ("lineItems", "marketplaceAttributes", "locationId"):
            if key not in doc:
                raise invalid(f"The shipment needs '{key}'.")
        status = doc.get("status", "ACCEPTED")
        if status not in SHIPMENT_STATUSES:
            raise invalid(f"Unknown status '{status}'.")
        now = self.world.now()
        doc.setdefault("creationDateTime", data.iso(now))
        doc.setdefault("lastUpdatedDateTime", data.iso(now))
        doc.setdefault("shippingInfo", {"expectedShippingDateTimeInUTC": data.iso(now + 86400)})
        doc["shippingInfo"].setdefault("shippingType", "MARKETPLACE")
        doc.setdefault(
            "shipmentRequirements",
            {
                "pSlip": {"requirement": "NOT_REQUIRED", "status": "NOT_GENERATED"},
                "invoice": {"requirement": "NOT_REQUIRED", "status": "NOT_AVAILABLE"},
            },
        )
        doc.setdefault("charges", [])
        info = doc.setdefault("shipmentInfo", {})
        info.setdefault("shipmentType", "NEW")
        info.setdefault("priority", "LOW")
        info.setdefault("buyerOrderId", sid)
        info.setdefault(
            "numberOfUnits", sum(int(ln.get("numberOfUnits", 1)) for ln in doc["lineItems"])
        )
        for ln in doc["lineItems"]:
            ln.setdefault(
                "complianceAttributes",
                {
                    "serialNumberRequirement": "DISALLOWED",
                    "hazmatLabelsRequirement": "DISALLOWED",
                    "countryOfOriginRequirement": "DISALLOWED",
                    "itemValueRequirement": "DISALLOWED",
                },
            )
        # Amazon's own examples use chargeType GIFT, which their schema does not allow.
        for charges in [doc["charges"], *(ln.get("charges", []) for ln in doc["lineItems"])]:
            for ch in charges:
                if isinstance(ch, dict) and ch.get("chargeType") == "GIFT":
                    ch["chargeType"] = "GIFT_WRAP"
        packages = doc.pop("packages", None)
        doc.pop("invoiceInfo", None)
        attrs = doc["marketplaceAttributes"]
        mk_i = next(
            (
                i
                for i, m in enumerate(data.MARKETPLACES)
                if m.marketplace_id == attrs.get("marketplaceId")
            ),
            0,
        )
        program = data.program_of(
            attrs.get("channelName", "MFN"), doc["shippingInfo"]["shippingType"]
        )
        rec = ShipmentRecord(sid, -1, mk_i, data.PROGRAMS.index(program), status, custom=doc)
        self.records[sid] = rec
        self.by_status[status][sid] = None
        if packages:
            work = self.work(rec)
            work.packages = {
                p["id"]: PackageState(
                    doc={k: v for k, v in p.items() if k != "status"},
                    status=p.get("status", "CREATED"),
                )
                for p in packages
            }
        if status in PRE_SHIP:
            self.reserve(rec)
        return rec

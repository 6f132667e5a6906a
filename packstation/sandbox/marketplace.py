"""The sandbox marketplace's state: shipments and their workflow, inventory, returns, tokens.

Everything a handler does goes through one :class:`MarketplaceState` under its lock. Workflow rules
follow DESIGN.md per program (Easy Ship = MFN + MARKETPLACE, Self Ship = MFN + SELF, Seller Flex =
FBA + MARKETPLACE); a broken rule raises :class:`SandboxError`, which the app turns into Amazon's
``{"errors": [{"code", "message", "details"}]}`` with the right HTTP status.

Generated shipments stay compact (:class:`ShipmentRecord`: a few slots) until the workflow touches
them; their Amazon JSON is rebuilt from the seed on demand (:func:`data.shipment_base`, cached).
"""

from __future__ import annotations

import base64
import hashlib
import heapq
import itertools
import json
import random
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from packstation.sandbox import data, documents

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
RETURN_STATUSES = (
    "CREATED",
    "CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER",
    "CARRIER_OUT_FOR_PICK_UP_FROM_CUSTOMER",
    "CUSTOMER_CANCELLED_PICK_UP",
    "CUSTOMER_RESCHEDULED_PICK_UP",
    "PICKED_FROM_CUSTOMER",
    "IN_TRANSIT",
    "OUT_FOR_DELIVERY",
    "DELIVERED",
    "REPLANNED",
    "CUSTOMER_DROPPED_OFF",
    "PARTIALLY_PROCESSED",
    "PROCESSED",
    "REJECTED",
    "CANCELLED",
)
#: Return journeys: (seconds after creation, status).
RETURN_PATHS: tuple[tuple[tuple[int, str], ...], ...] = (
    (
        (0, "CREATED"),
        (2 * 3600, "CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER"),
        (20 * 3600, "CARRIER_OUT_FOR_PICK_UP_FROM_CUSTOMER"),
        (24 * 3600, "PICKED_FROM_CUSTOMER"),
        (30 * 3600, "IN_TRANSIT"),
        (60 * 3600, "OUT_FOR_DELIVERY"),
        (66 * 3600, "DELIVERED"),
    ),
    (
        (0, "CREATED"),
        (2 * 3600, "CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER"),
        (20 * 3600, "CUSTOMER_RESCHEDULED_PICK_UP"),
        (44 * 3600, "PICKED_FROM_CUSTOMER"),
        (50 * 3600, "IN_TRANSIT"),
        (80 * 3600, "OUT_FOR_DELIVERY"),
        (86 * 3600, "DELIVERED"),
    ),
    (
        (0, "CREATED"),
        (2 * 3600, "CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER"),
        (22 * 3600, "CUSTOMER_CANCELLED_PICK_UP"),
    ),
    (
        (0, "CREATED"),
        (3600, "IN_TRANSIT"),
        (30 * 3600, "OUT_FOR_DELIVERY"),
        (34 * 3600, "DELIVERED"),
    ),
)
TOKEN_TTL_S = 3600
LABEL_URL_TTL_S = 300
CARRIER_SCAN_DELAY_S = 3600
DELIVERY_DELAY_S = 2 * 86400
MIN_PACKAGE_WEIGHT_G = 5.0
_WEIGHT_TO_G = {"G": 1.0, "KG": 1000.0, "LB": 453.59237, "OZ": 28.349523125}


class SandboxError(Exception):
    """A request the marketplace refuses; ``status`` is the HTTP status of Amazon's answer."""

    def __init__(self, status: int, code: str, message: str, details: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details

    def body(self) -> dict[str, Any]:
        error = {"code": self.code, "message": self.message}
        if self.details:
            error["details"] = self.details
        return {"errors": [error]}


def invalid(message: str, details: str | None = None) -> SandboxError:
    return SandboxError(400, "InvalidInput", message, details)


def check_id(name: str, value: str | None) -> None:
    """400 for an id no caller could mean: blank, or an unfilled ``{template}`` placeholder."""
    if value is None or not value.strip() or "{" in value or "}" in value:
        raise invalid(f"Invalid input '{value}' for parameter '{name}'", f"{name} is required.")


def wrong_state(
    shipment_id: str, status: str, operation: str, allowed: tuple[str, ...]
) -> SandboxError:
    return SandboxError(
        400,
        "InvalidShipmentStatus",
        f"Shipment {shipment_id} is {status}; {operation} is not allowed in this status.",
        f"{operation} needs the shipment in one of: {', '.join(allowed)}.",
    )


class SimClock:
    """Simulated time: the base clock (real time by default) plus an offset the admin advances."""

    def __init__(self, base: Callable[[], float] | None = None) -> None:
        self._base = base or time.time
        self.offset = 0.0

    def now(self) -> float:
        return self._base() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


@dataclass(slots=True)
class LabelState:
    carrier: str
    tracking_id: str
    shipping_option_id: str | None
    pickup_window: dict[str, int] | None
    time_slot: dict[str, int] | None
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
    #: shipmentLineItemId -> Cancellation JSON objects
    cancellations: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    invoice_id: str | None = None
    invoice_time: float | None = None
    invoice_pdf: bytes | None = None
    #: when the packing slip was generated (a shipment without a tax invoice)
    slip_time: float | None = None
    options: list[dict[str, Any]] | None = None
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


@dataclass(slots=True)
class InventoryRecord:
    quantity: int
    reserved: int = 0
    sequence: int | None = None
    channel: str = "MFN"
    marketplace_id: str = ""


@dataclass(slots=True)
class ReturnRecord:
    id: str
    shipment_id: str
    sku: str
    units: int
    location_id: str
    marketplace: str
    created: float
    path: int
    rma_id: str
    order_id: str
    forward: tuple[str, str]
    reverse: tuple[str, str]
    return_type: str
    reason: str

    def timeline(self, now: float) -> tuple[str, float]:
        """(status, time of that status) at ``now``."""
        status, at = "CREATED", self.created
        for offset, name in RETURN_PATHS[self.path]:
            if self.created + offset <= now:
                status, at = name, self.created + offset
        return status, at


class MarketplaceState:
    """The whole marketplace. Public methods take the lock; handlers call nothing else."""

    def __init__(
        self, *, seed: int = 7, shipments: int = 60, clock: Callable[[], float] | None = None
    ) -> None:
        self.lock = threading.RLock()
        self.clock = SimClock(clock)
        self.seed = seed
        self.initial_shipments = shipments
        self.tokens: dict[str, float] = {}
        self.failing_label_packages: set[str] = set()
        #: Requests per batchInventory call: the model's 10; Amazon's static sandbox takes 9.
        self.batch_limit = 10
        self._populate(seed, shipments)

    # ------------------------------------------------------------ setup

    def _populate(self, seed: int, count: int) -> None:
        self.seed = seed
        self.epoch = self.clock.now()
        self.records: dict[str, ShipmentRecord] = {}
        self.by_status: dict[str, dict[str, None]] = {s: {} for s in SHIPMENT_STATUSES}
        self.inventory: dict[tuple[str, str], InventoryRecord] = {}
        self.returns: dict[str, ReturnRecord] = {}
        #: returns imported as Amazon's Return JSON (served as they are)
        self.custom_returns: dict[str, dict[str, Any]] = {}
        self.labels: dict[str, tuple[str, str, float]] = {}
        self.events: list[tuple[float, int, str, str, str]] = []
        self._event_seq = itertools.count()
        self._custom_seq = itertools.count(1)
        epoch = self.epoch
        self._base = lru_cache(maxsize=2048)(lambda i: data.shipment_base(seed, i, epoch))
        rng = random.Random(f"inventory:{seed}")
        for mk in data.MARKETPLACES:
            channel = "FBA" if mk.code == "IN" else "MFN"
            for item in data.catalogue(seed):
                self.inventory[(mk.location_id, item.sku)] = InventoryRecord(
                    quantity=rng.choice((0, 3, 8, 15, 25, 40, 60)) + rng.randrange(5),
                    channel=channel,
                    marketplace_id=mk.marketplace_id,
                )
        for index in range(count):
            mk_i, prog_i = data.shipment_key(seed, index)
            status = data.initial_status(seed, index, "FBA" if prog_i == 2 else "MFN")
            sid = data.shipment_id(seed, index)
            rec = ShipmentRecord(sid, index, mk_i, prog_i, status)
            self.records[sid] = rec
            self.by_status[status][sid] = None
            location = data.MARKETPLACES[mk_i].location_id
            for item, units in data.shipment_lines(seed, index):
                inv = self.inventory.get((location, item.sku))
                if inv is not None:
                    inv.reserved += units
        self._seed_returns(max(3, count // 20), rng)

    def _seed_returns(self, count: int, rng: random.Random) -> None:
        items = data.catalogue(self.seed)
        for n in range(count):
            mk = data.MARKETPLACES[n % len(data.MARKETPLACES)]
            item = rng.choice(items)
            self._add_return(
                shipment_id=f"SBXH{self.seed % 1000:03d}{n:06d}",
                sku=item.sku,
                units=1,
                mk=mk,
                created=self.epoch - rng.uniform(0, 5 * 86400),
                rng=rng,
            )

    def _add_return(
        self,
        *,
        shipment_id: str,
        sku: str,
        units: int,
        mk: data.Marketplace,
        created: float,
        rng: random.Random,
    ) -> ReturnRecord:
        n = len(self.returns) + 1
        path = rng.randrange(len(RETURN_PATHS))
        rid = f"RMA{self.seed % 1000:03d}{n:07d}"
        carrier = mk.carriers[0]
        rec = ReturnRecord(
            id=rid,
            shipment_id=shipment_id,
            sku=sku,
            units=units,
            location_id=mk.location_id,
            marketplace=mk.code,
            created=created,
            path=path,
            rma_id=f"D{rng.randrange(10**9):09d}",
            order_id=f"{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}-{rng.randint(1000000, 9999999)}",
            forward=(carrier, f"{rng.randrange(10**12):012d}"),
            reverse=(carrier, f"R{rng.randrange(10**11):011d}"),
            return_type="REJECT" if path == 3 else "CUSTOMER",
            reason=rng.choice(
                ("DEFECTIVE", "NOT_AS_DESCRIBED", "NO_LONGER_NEEDED", "WRONG_ITEM", "UNDELIVERABLE")
            ),
        )
        self.returns[rid] = rec
        return rec

    def reset(self, seed: int | None = None, shipments: int | None = None) -> None:
        with self.lock:
            if seed is not None:
                self.seed = seed
            if shipments is not None:
                self.initial_shipments = shipments
            self.tokens.clear()
            self.failing_label_packages.clear()
            self._populate(self.seed, self.initial_shipments)

    # ------------------------------------------------------------ time

    def now(self) -> float:
        return self.clock.now()

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.clock.advance(seconds)
            self.tick()

    def _schedule(self, at: float, kind: str, shipment_id: str, package_id: str = "") -> None:
        heapq.heappush(self.events, (at, next(self._event_seq), kind, shipment_id, package_id))

    def tick(self) -> None:
        """Apply every simulated event that is due (carrier scans, deliveries, returns)."""
        with self.lock:
            now = self.clock.now()
            while self.events and self.events[0][0] <= now:
                at, _, kind, sid, pid = heapq.heappop(self.events)
                rec = self.records.get(sid)
                if rec is None or rec.work is None:
                    continue
                pkg = rec.work.packages.get(pid)
                if (
                    kind == "carrier_scan"
                    and pkg is not None
                    and pkg.status == "SHIPLABEL_GENERATED"
                ):
                    self._ship_package(rec, pkg, at)
                elif kind == "delivered" and pkg is not None and pkg.status == "SHIPPED":
                    self._deliver_package(rec, pkg, "DELIVERED", at)

    # ------------------------------------------------------------ tokens (LWA)

    def issue_token(self) -> tuple[str, int]:
        with self.lock:
            now = self.now()
            if len(self.tokens) > 1000:
                self.tokens = {t: exp for t, exp in self.tokens.items() if exp > now}
            token = "Atza|" + secrets.token_urlsafe(48)
            self.tokens[token] = now + TOKEN_TTL_S
            return token, TOKEN_TTL_S

    def check_token(self, token: str | None) -> None:
        if not token:
            raise SandboxError(
                403,
                "Unauthorized",
                "Access to requested resource is denied.",
                "The request has no x-amz-access-token header.",
            )
        expiry = self.tokens.get(token)
        if expiry is None:
            raise SandboxError(
                403,
                "Unauthorized",
                "Access to requested resource is denied.",
                "The access token you provided is revoked, malformed or invalid.",
            )
        if expiry <= self.now():
            raise SandboxError(
                403,
                "Unauthorized",
                "Access to requested resource is denied.",
                "The access token you provided has expired.",
            )

    def expire_tokens(self) -> None:
        with self.lock:
            now = self.now()
            self.tokens = dict.fromkeys(self.tokens, now - 1)

    # ------------------------------------------------------------ shipments: reading

    def _get(self, shipment_id: str) -> ShipmentRecord:
        check_id("shipmentId", shipment_id)
        rec = self.records.get(shipment_id)
        if rec is None:
            raise SandboxError(
                404, "NotFound", f"Requested Entity with 'shipmentId' '{shipment_id}' is not found"
            )
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

    def get_shipment(self, shipment_id: str) -> dict[str, Any]:
        with self.lock:
            self.tick()
            return self.shipment_json(self._get(shipment_id))

    def find_shipments(
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

    # ------------------------------------------------------------ shipments: writing helpers

    def _set_status(self, rec: ShipmentRecord, status: str, at: float | None = None) -> None:
        if status != rec.status:
            self.by_status[rec.status].pop(rec.id, None)
            self.by_status[status][rec.id] = None
            rec.status = status
        rec.updated = self.now() if at is None else at

    def _work(self, rec: ShipmentRecord) -> Workflow:
        if rec.work is None:
            rec.work = Workflow()
        return rec.work

    def _lines(self, rec: ShipmentRecord) -> dict[str, dict[str, Any]]:
        return {ln["shipmentLineItemId"]: ln for ln in self.base(rec)["lineItems"]}

    def _open_units(self, rec: ShipmentRecord) -> dict[str, int]:
        """Units still to ship per line item (ordered minus cancelled)."""
        cancels = rec.work.cancellations if rec.work else {}
        out = {}
        for lid, line in self._lines(rec).items():
            cancelled = sum(
                int(c.get("cancelledQuantity", 0)) for c in line.get("cancellations", [])
            )
            cancelled += sum(int(c["cancelledQuantity"]) for c in cancels.get(lid, []))
            out[lid] = max(0, int(line["numberOfUnits"]) - cancelled)
        return out

    def _channel(self, rec: ShipmentRecord) -> tuple[str, str]:
        base = self.base(rec)
        return (
            base["marketplaceAttributes"]["channelName"],
            base["shippingInfo"].get("shippingType", "MARKETPLACE"),
        )

    def _invoice_required(self, rec: ShipmentRecord) -> bool:
        return bool(
            self.base(rec)["shipmentRequirements"]["invoice"].get("requirement") == "REQUIRED"
        )

    def _release(self, rec: ShipmentRecord, shipped: bool) -> None:
        """Release the reservation of a shipment's open units (and take them off stock if shipped)."""
        location = self.base(rec)["locationId"]
        lines = self._lines(rec)
        for lid, units in self._open_units(rec).items():
            inv = self.inventory.get((location, lines[lid]["merchantSku"]))
            if inv is None:
                continue
            inv.reserved = max(0, inv.reserved - units)
            if shipped:
                inv.quantity = max(0, inv.quantity - units)

    # ------------------------------------------------------------ processShipment

    def process_shipment(self, shipment_id: str, operation: str | None, body: Any) -> None:
        with self.lock:
            self.tick()
            if operation not in ("CONFIRM", "REJECT"):
                raise invalid(
                    f"Invalid input '{operation}' for parameter 'operation'",
                    "operation must be CONFIRM or REJECT.",
                )
            rec = self._get(shipment_id)
            if operation == "CONFIRM":
                allowed = ("CREATED", "ACCEPTED")
                if rec.status not in allowed:
                    raise wrong_state(shipment_id, rec.status, "CONFIRM", allowed)
                self._work(rec)
                self._set_status(rec, "CONFIRMED")
                return
            eligible = tuple(
                self.base(rec)["shipmentInfo"].get("orderStatesEligibleForRejection", [])
            )
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
            open_units = self._open_units(rec)
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
            work = self._work(rec)
            self._release(rec, shipped=False)
            stamp = data.iso(self.now())
            for lid, qty in planned.items():
                if qty:
                    work.cancellations.setdefault(lid, []).append(
                        {
                            "cancelledQuantity": qty,
                            "cancelledTimestamp": stamp,
                            "cancellationType": "SELLER_REJECTED",
                            "cancellationReason": "Rejected by the seller",
                        }
                    )
            if any(self._open_units(rec).values()):
                self._reserve(rec)
                rec.updated = self.now()
            else:
                work.reason = "SELLER_REJECTED"
                self._set_status(rec, "CANCELLED")

    def _reserve(self, rec: ShipmentRecord) -> None:
        location = self.base(rec)["locationId"]
        lines = self._lines(rec)
        for lid, units in self._open_units(rec).items():
            inv = self.inventory.get((location, lines[lid]["merchantSku"]))
            if inv is not None:
                inv.reserved += units

    def cancel_shipment(
        self,
        shipment_id: str,
        reason: str = "CUSTOMER_CANCELLED",
        kind: str = "MARKETPLACE_CANCELLED",
    ) -> dict[str, Any]:
        """Marketplace (or system) cancellation of a pre-ship shipment (admin)."""
        with self.lock:
            rec = self._get(shipment_id)
            if rec.status not in PRE_SHIP:
                raise wrong_state(shipment_id, rec.status, "cancel", PRE_SHIP)
            work = self._work(rec)
            self._release(rec, shipped=False)
            stamp = data.iso(self.now())
            for lid, units in self._open_units(rec).items():
                if units:
                    work.cancellations.setdefault(lid, []).append(
                        {
                            "cancelledQuantity": units,
                            "cancelledTimestamp": stamp,
                            "cancellationType": kind,
                            "cancellationReason": reason,
                        }
                    )
            for pkg in work.packages.values():
                if pkg.label is not None:
                    self.labels.pop(pkg.label.token, None)
            work.reason = reason
            work.sub_status = "LABEL_CANCELED" if rec.status == "SHIPLABEL_GENERATED" else None
            self._set_status(rec, "CANCELLED")
            return self.shipment_json(rec)

    # ------------------------------------------------------------ packages

    def _check_not_cancelled(self, rec: ShipmentRecord, operation: str) -> None:
        if rec.status == "CANCELLED":
            raise SandboxError(
                400,
                "InvalidShipmentStatus",
                f"Shipment {rec.id} is CANCELLED; {operation} is not allowed.",
                "The shipment was cancelled; stop packing it.",
            )

    def _validate_package(self, rec: ShipmentRecord, pkg: Any, where: str) -> dict[str, Any]:
        if not isinstance(pkg, dict):
            raise invalid(f"{where} must be an object.")
        pid = pkg.get("id")
        if not isinstance(pid, str) or not pid.strip():
            raise invalid(f"{where}.id is required.")
        dims = pkg.get("dimensions")
        if not isinstance(dims, dict):
            raise invalid(f"{where}.dimensions is required.")
        for axis in ("length", "width", "height"):
            dim = dims.get(axis)
            if not isinstance(dim, dict) or dim.get("dimensionUnit") not in ("CM", "M", "IN"):
                raise invalid(
                    f"{where}.dimensions.{axis} needs value and dimensionUnit CM, M or IN."
                )
            if _decimal(dim.get("value")) is None or (_decimal(dim.get("value")) or 0) <= 0:
                raise invalid(f"{where}.dimensions.{axis}.value must be a positive decimal string.")
        weight = pkg.get("weight")
        if not isinstance(weight, dict) or weight.get("weightUnit") not in _WEIGHT_TO_G:
            raise invalid(f"{where}.weight needs value and weightUnit G, KG, LB or OZ.")
        value = _decimal(weight.get("value"))
        if value is None:
            raise invalid(f"{where}.weight.value must be a decimal string.")
        grams = value * _WEIGHT_TO_G[weight["weightUnit"]]
        if grams < MIN_PACKAGE_WEIGHT_G:
            raise invalid(
                f"{where}.weight is {grams:.1f} g; a package must weigh at least 5 g.",
                "Weigh the package on the scale and send the real weight.",
            )
        items = pkg.get("packageLineItems")
        if not isinstance(items, list) or not items:
            raise invalid(f"{where}.packageLineItems must list the items in the package.")
        lines = self._lines(rec)
        needs_hazmat = False
        for n, item in enumerate(items):
            at = f"{where}.packageLineItems[{n}]"
            if not isinstance(item, dict):
                raise invalid(f"{at} must be an object.")
            lid = item.get("packageLineItemId")
            if lid not in lines:
                raise invalid(
                    f"{at}.packageLineItemId '{lid}' is not a line item of shipment {rec.id}."
                )
            qty = item.get("quantity")
            if not isinstance(qty, int) or isinstance(qty, bool) or qty < 1:
                raise invalid(f"{at}.quantity must be a positive integer.")
            line = lines[lid]
            compliance = line.get("complianceAttributes", {})
            serials = item.get("serialNumbers") or []
            if not isinstance(serials, list) or not all(isinstance(s, str) and s for s in serials):
                raise invalid(f"{at}.serialNumbers must be a list of strings.")
            if compliance.get("serialNumberRequirement") == "REQUIRED":
                if len(serials) != qty:
                    raise invalid(
                        f"{at}: line item '{lid}' requires {qty} serial number(s), got {len(serials)}.",
                        "Scan the serial number (IMEI) of every unit.",
                    )
                if self._is_imei_item(line):
                    bad = [s for s in serials if not data.imei_valid(s)]
                    if bad:
                        raise invalid(
                            f"{at}: {len(bad)} serial number(s) are not valid IMEIs (15 digits, Luhn)."
                        )
            elif serials:
                raise invalid(f"{at}: serial numbers are DISALLOWED for line item '{lid}'.")
            pieces = item.get("pieces")
            if pieces is not None and (
                not isinstance(pieces, int) or isinstance(pieces, bool) or pieces < 1
            ):
                raise invalid(f"{at}.pieces must be a positive integer.")
            per_unit = _pieces_per_unit(line)
            if per_unit > 1:
                if pieces is None:
                    raise invalid(
                        f"{at}: line item '{lid}' ships in {per_unit} pieces per unit: give the "
                        "pieces of it this package holds.",
                        "Each piece of a multi-piece item is a package of its own.",
                    )
                if not qty <= pieces <= qty * per_unit:
                    raise invalid(
                        f"{at}: {pieces} piece(s) cannot make {qty} unit(s) of line item '{lid}' "
                        f"({per_unit} pieces per unit)."
                    )
            if compliance.get("hazmatLabelsRequirement") == "REQUIRED":
                needs_hazmat = True
        labels = pkg.get("hazmatLabels", [])
        if not isinstance(labels, list):
            raise invalid(f"{where}.hazmatLabels must be a list.")
        if needs_hazmat and not labels:
            raise invalid(f"{where} holds a hazmat item: hazmatLabels are required.")
        if pkg.get("packageHandlingRequirements") not in (None, "NORMAL", "FRAGILE"):
            raise invalid(f"{where}.packageHandlingRequirements must be NORMAL or FRAGILE.")
        clean = {k: v for k, v in pkg.items() if k != "status"}
        return clean

    def _is_imei_item(self, line: dict[str, Any]) -> bool:
        sku = line.get("merchantSku")
        return any(it.sku == sku and it.category == "phone" for it in data.catalogue(self.seed))

    def _check_totals(self, rec: ShipmentRecord, packages: list[dict[str, Any]]) -> None:
        totals: dict[str, int] = {}
        pieces: dict[str, int] = {}
        serials: set[str] = set()
        for pkg in packages:
            for item in pkg["packageLineItems"]:
                lid = item["packageLineItemId"]
                totals[lid] = totals.get(lid, 0) + item["quantity"]
                pieces[lid] = pieces.get(lid, 0) + (item.get("pieces") or 0)
                for s in item.get("serialNumbers") or []:
                    if s in serials:
                        raise invalid(f"Serial number {s} appears twice in shipment {rec.id}.")
                    serials.add(s)
        lines = self._lines(rec)
        for lid, units in self._open_units(rec).items():
            per_unit = _pieces_per_unit(lines[lid])
            if per_unit > 1:
                # A multi-piece item: its pieces add up (one unit may span packages).
                if pieces.get(lid, 0) != units * per_unit:
                    raise invalid(
                        f"Line item '{lid}' has {units} unit(s) of {per_unit} pieces to ship but "
                        f"the packages hold {pieces.get(lid, 0)} piece(s).",
                        "The pieces of a multi-piece line item must add up to its units' pieces.",
                    )
                continue
            if totals.get(lid, 0) != units:
                raise invalid(
                    f"Line item '{lid}' has {units} unit(s) to ship but the packages hold {totals.get(lid, 0)}.",
                    "The package quantities of each line item must add up to its units.",
                )

    def create_packages(self, shipment_id: str, body: Any) -> None:
        with self.lock:
            self.tick()
            rec = self._get(shipment_id)
            self._check_not_cancelled(rec, "createPackages")
            if rec.status != "CONFIRMED":
                raise wrong_state(shipment_id, rec.status, "createPackages", ("CONFIRMED",))
            if (
                not isinstance(body, dict)
                or not isinstance(body.get("packages"), list)
                or not body["packages"]
            ):
                raise invalid("The body needs packages: a non-empty list.")
            packages = [
                self._validate_package(rec, p, f"packages[{n}]")
                for n, p in enumerate(body["packages"])
            ]
            ids = [p["id"] for p in packages]
            if len(set(ids)) != len(ids):
                raise invalid("Package ids must be unique within the shipment.")
            self._check_totals(rec, packages)
            work = self._work(rec)
            work.packages = {p["id"]: PackageState(doc=p) for p in packages}
            self._set_status(rec, "PACKAGE_CREATED")

    def update_package(self, shipment_id: str, package_id: str, body: Any) -> None:
        with self.lock:
            self.tick()
            rec = self._get(shipment_id)
            self._check_not_cancelled(rec, "updatePackage")
            if rec.status not in PRE_LABEL:
                raise wrong_state(shipment_id, rec.status, "updatePackage", PRE_LABEL)
            work = self._work(rec)
            if package_id not in work.packages:
                raise SandboxError(
                    404,
                    "NotFound",
                    f"Requested Entity with 'packageId' '{package_id}' is not found",
                )
            if isinstance(body, dict) and "id" not in body:
                body = {**body, "id": package_id}
            pkg = self._validate_package(rec, body, "body")
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
            self._set_status(rec, "PACKAGE_CREATED")

    # ------------------------------------------------------------ shipping options

    def _options(self, rec: ShipmentRecord) -> list[dict[str, Any]]:
        work = self._work(rec)
        if work.options is not None:
            return work.options
        channel, shipping_type = self._channel(rec)
        mk = self.marketplace_of(rec)
        rng = random.Random(f"options:{self.seed}:{rec.id}")
        now = int(self.now())
        start = now - now % 3600 + 3600 * rng.randint(2, 6)
        options: list[dict[str, Any]] = []
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
                window = {"startTime": begin, "endTime": begin + 3 * 3600}
                options.append(
                    {
                        "shippingOptionId": f"SO-{rec.id}-{n + 1}",
                        "shipBy": "MARKETPLACE",
                        "carrierName": carrier,
                        "pickupWindow": dict(window),
                        "timeSlot": {**window, "handoverMethod": "PICKUP" if n == 0 else "DROPOFF"},
                    }
                )
        work.options = options
        return options

    def shipping_options(self, shipment_id: str, package_id: str | None) -> dict[str, Any]:
        with self.lock:
            self.tick()
            if not package_id:
                raise invalid("Missing required parameter 'packageId'.")
            rec = self._get(shipment_id)
            self._check_not_cancelled(rec, "retrieveShippingOptions")
            allowed = (*PRE_LABEL, "SHIPLABEL_GENERATED")
            if rec.status not in allowed:
                raise wrong_state(shipment_id, rec.status, "retrieveShippingOptions", allowed)
            work = self._work(rec)
            pkg = work.packages.get(package_id)
            if pkg is None:
                raise SandboxError(
                    404,
                    "NotFound",
                    f"Requested Entity with 'packageId' '{package_id}' is not found",
                )
            options = self._options(rec)
            if not pkg.options_retrieved:
                pkg.options_retrieved = True
                if pkg.status == "CREATED":
                    pkg.status = "PICKUP_SLOT_RETRIEVED"
            if rec.status == "PACKAGE_CREATED" and all(
                p.options_retrieved for p in work.packages.values()
            ):
                self._set_status(rec, "PICKUP_SLOT_RETRIEVED")
            answer: dict[str, Any] = {"shippingOptions": options}
            if options:
                answer["recommendedShippingOption"] = options[0]
            return answer

    # ------------------------------------------------------------ invoice

    def generate_invoice(self, shipment_id: str) -> dict[str, Any]:
        """The tax invoice, or only the packing slip where no tax invoice applies (the guide:
        "the Invoice/P-Slip or both (as applicable) ... if the marketplace doesn't support
        generating a tax invoice, only packing-slip will be returned")."""
        with self.lock:
            self.tick()
            rec = self._get(shipment_id)
            self._check_not_cancelled(rec, "generateInvoice")
            channel, shipping_type = self._channel(rec)
            mk = self.marketplace_of(rec)
            if (channel, shipping_type) == ("MFN", "MARKETPLACE") and mk.code != "IN":
                raise invalid(
                    f"generateInvoice is not supported for Easy Ship shipments in {mk.code}.",
                    "Easy Ship outside India skips the invoice: generate the labels.",
                )
            allowed = ("PICKUP_SLOT_RETRIEVED", "INVOICE_GENERATED")
            if rec.status not in allowed:
                raise wrong_state(shipment_id, rec.status, "generateInvoice", allowed)
            work = self._work(rec)
            slip_only = not self._invoice_required(rec)
            if slip_only:
                if work.slip_time is None:
                    work.slip_time = self.now()
            elif work.invoice_id is None:
                work.invoice_id = f"INV-{mk.code}-{rec.id[-7:]}"
                work.invoice_time = self.now()
            for pkg in work.packages.values():
                if pkg.status in ("CREATED", "PICKUP_SLOT_RETRIEVED"):
                    pkg.status = "INVOICE_GENERATED"
            self._set_status(rec, "INVOICE_GENERATED")
            work.invoice_pdf = documents.invoice_pdf(
                self.shipment_json(rec), mk.code, packing_slip=slip_only
            )
            return {
                "document": {
                    "format": "PDF",
                    "content": base64.b64encode(work.invoice_pdf).decode("ascii"),
                }
            }

    def retrieve_invoice(self, shipment_id: str) -> dict[str, Any]:
        with self.lock:
            self.tick()
            rec = self._get(shipment_id)
            work = rec.work
            if work is None or (work.invoice_id is None and work.slip_time is None):
                raise invalid(
                    f"No invoice has been generated for shipment {shipment_id}.",
                    "Call generateInvoice first.",
                )
            if work.invoice_pdf is None:
                work.invoice_pdf = documents.invoice_pdf(
                    self.shipment_json(rec),
                    self.marketplace_of(rec).code,
                    packing_slip=work.invoice_id is None,
                )
            return {
                "document": {
                    "format": "PDF",
                    "content": base64.b64encode(work.invoice_pdf).decode("ascii"),
                }
            }

    # ------------------------------------------------------------ labels

    def generate_labels(
        self, shipment_id: str, operation: str | None, shipping_option_id: str | None, body: Any
    ) -> list[dict[str, Any]]:
        """Returns the packageShipLabelList; ``fileData.url`` holds the label token (the app makes the URL)."""
        with self.lock:
            self.tick()
            if operation not in ("GENERATE", "REGENERATE"):
                raise invalid(
                    f"Invalid input '{operation}' for parameter 'operation'",
                    "operation must be GENERATE or REGENERATE.",
                )
            rec = self._get(shipment_id)
            self._check_not_cancelled(rec, "generateShipLabels")
            if (
                not isinstance(body, dict)
                or not isinstance(body.get("packageIds"), list)
                or not body["packageIds"]
            ):
                raise invalid("The body needs packageIds: a non-empty list.")
            package_ids = body["packageIds"]
            if len(package_ids) > 50:
                raise invalid(
                    f"{len(package_ids)} packageIds sent; at most 50 are allowed per call."
                )
            work = self._work(rec)
            for pid in package_ids:
                if pid not in work.packages:
                    raise invalid(f"Unknown packageId '{pid}' for shipment {shipment_id}.")
            channel, shipping_type = self._channel(rec)
            courier = body.get("courierSupportedAttributes")
            if courier is not None and (
                not isinstance(courier, dict)
                or not courier.get("carrierName")
                or not courier.get("trackingId")
            ):
                raise invalid("courierSupportedAttributes needs carrierName and trackingId.")
            if shipping_type == "SELF" and courier is None:
                raise invalid(
                    "courierSupportedAttributes (carrierName, trackingId) are required for seller-carried shipments.",
                    "Self Ship: tell Amazon which carrier and tracking id you use.",
                )
            option = None
            if channel == "MFN":
                if not shipping_option_id:
                    raise invalid(
                        "shippingOptionId is required for MFN shipments.",
                        "Call retrieveShippingOptions and pass one of its ids.",
                    )
                option = next(
                    (o for o in self._options(rec) if o["shippingOptionId"] == shipping_option_id),
                    None,
                )
                if option is None:
                    raise invalid(
                        f"Unknown shippingOptionId '{shipping_option_id}' for shipment {shipment_id}."
                    )
            if operation == "GENERATE":
                allowed = (
                    ("INVOICE_GENERATED",)
                    if self._invoice_required(rec)
                    else ("PICKUP_SLOT_RETRIEVED", "INVOICE_GENERATED")
                )
                if rec.status not in allowed:
                    raise wrong_state(
                        shipment_id, rec.status, "generateShipLabels GENERATE", allowed
                    )
                for pid in package_ids:
                    if work.packages[pid].label is not None:
                        raise invalid(
                            f"Package {pid} already has a label.",
                            "Use operation=REGENERATE to reprint it.",
                        )
            else:
                if rec.status != "SHIPLABEL_GENERATED" and not all(
                    work.packages[p].label for p in package_ids
                ):
                    raise wrong_state(
                        shipment_id,
                        rec.status,
                        "generateShipLabels REGENERATE",
                        ("SHIPLABEL_GENERATED",),
                    )
                for pid in package_ids:
                    if work.packages[pid].label is None:
                        raise invalid(f"Package {pid} has no label to regenerate.")
                    if work.packages[pid].status in ("SHIPPED", "DELIVERED"):
                        raise invalid(f"Package {pid} has already shipped.")
            mk = self.marketplace_of(rec)
            out: list[dict[str, Any]] = []
            now = self.now()
            for pid in package_ids:
                pkg = work.packages[pid]
                if pid in self.failing_label_packages:
                    out.append(
                        {
                            "packageId": pid,
                            "status": "FAILURE",
                            "errorDetails": {
                                "code": "LabelGenerationFailed",
                                "message": f"The carrier could not create a label for package {pid}.",
                                "details": "Retry later or choose another shipping option.",
                            },
                        }
                    )
                    continue
                if pkg.label is None:
                    rng = random.Random(f"track:{self.seed}:{rec.id}:{pid}")
                    if courier is not None:
                        carrier, tracking = str(courier["carrierName"]), str(courier["trackingId"])
                    else:
                        carrier = (option or {}).get("carrierName") or mk.carriers[0]
                        tracking = f"{mk.code}{rng.randrange(10**12):012d}"
                    window = (option or {}).get("pickupWindow")
                    if window is None and channel == "FBA":
                        begin = int(now) - int(now) % 3600 + 7200
                        window = {"startTime": begin, "endTime": begin + 3 * 3600}
                    pkg.label = LabelState(
                        carrier=carrier,
                        tracking_id=tracking,
                        shipping_option_id=shipping_option_id,
                        pickup_window=window,
                        time_slot=(option or {}).get("timeSlot"),
                        token="",
                    )
                    pkg.status = "SHIPLABEL_GENERATED"
                else:
                    self.labels.pop(pkg.label.token, None)
                    pkg.label.version += 1
                    if option is not None:
                        pkg.label.shipping_option_id = shipping_option_id
                        pkg.label.pickup_window = option.get("pickupWindow")
                        pkg.label.time_slot = option.get("timeSlot")
                token = secrets.token_urlsafe(24)
                pkg.label.token = token
                self.labels[token] = (rec.id, pid, now + LABEL_URL_TTL_S)
                meta: dict[str, Any] = {
                    "carrierName": pkg.label.carrier,
                    "trackingId": pkg.label.tracking_id,
                }
                if pkg.label.shipping_option_id:
                    meta["shippingOptionId"] = pkg.label.shipping_option_id
                if pkg.label.pickup_window:
                    meta["pickupWindow"] = pkg.label.pickup_window
                if pkg.label.time_slot:
                    meta["timeSlot"] = pkg.label.time_slot
                out.append(
                    {
                        "packageId": pid,
                        "shipLabelMetadata": meta,
                        "fileData": {"url": token},
                        "status": "SUCCESS",
                    }
                )
            if operation == "GENERATE" and all(p.label is not None for p in work.packages.values()):
                self._set_status(rec, "SHIPLABEL_GENERATED")
                if shipping_type == "MARKETPLACE":
                    for pid, pkg in work.packages.items():
                        window = pkg.label.pickup_window if pkg.label else None
                        at = (window["startTime"] if window else now) + CARRIER_SCAN_DELAY_S
                        self._schedule(at, "carrier_scan", rec.id, pid)
            elif operation == "GENERATE":
                rec.updated = now
            return out

    def label_file(self, token: str) -> tuple[str, bytes]:
        """(media type, bytes) of a label; SandboxError 403 when the presigned URL expired."""
        with self.lock:
            entry = self.labels.get(token)
            if entry is None:
                raise SandboxError(404, "NoSuchKey", "The specified key does not exist.")
            sid, pid, expires = entry
            if expires <= self.now():
                raise SandboxError(403, "AccessDenied", "Request has expired")
            rec = self.records[sid]
            work = self._work(rec)
            pkg = work.packages[pid]
            assert pkg.label is not None
            mk = self.marketplace_of(rec)
            shipment = self.shipment_json(rec)
            ids = list(work.packages)
            info = documents.LabelInfo(
                shipment_id=sid,
                package_id=pid,
                package_number=ids.index(pid) + 1,
                package_count=len(ids),
                carrier=pkg.label.carrier,
                tracking_id=pkg.label.tracking_id,
                ship_to=shipment["shippingInfo"].get("shipToAddress", {}),
                ship_from=data.seller_address(mk),
                weight=pkg.doc.get("weight", {}),
                cod=shipment["shipmentInfo"].get("paymentMethod") == "CASH_ON_DELIVERY",
                priority=shipment["shipmentInfo"].get("priority", "LOW"),
                hazmat=bool(pkg.doc.get("hazmatLabels")),
                reprint=pkg.label.version > 1,
            )
            fmt = mk.label_format if rec.custom is None else "ZPL"
            if fmt == "PDF":
                return "application/pdf", documents.label_pdf(info)
            if fmt == "PNG":
                return "image/png", documents.label_png(info)
            return "application/zpl", documents.label_zpl(info).encode("utf-8")

    def expire_label_urls(self, shipment_id: str | None = None) -> int:
        with self.lock:
            now = self.now()
            n = 0
            for token, (sid, pid, _) in list(self.labels.items()):
                if shipment_id is None or sid == shipment_id:
                    self.labels[token] = (sid, pid, now - 1)
                    n += 1
            return n

    # ------------------------------------------------------------ package status

    def _ship_package(self, rec: ShipmentRecord, pkg: PackageState, at: float) -> None:
        pkg.status = "SHIPPED"
        work = self._work(rec)
        if (
            all(p.status in ("SHIPPED", "DELIVERED") for p in work.packages.values())
            and rec.status == "SHIPLABEL_GENERATED"
        ):
            self._release(rec, shipped=True)
            work.sub_status = "PICKED_UP"
            self._set_status(rec, "SHIPPED", at)
            _, shipping_type = self._channel(rec)
            if shipping_type == "MARKETPLACE":
                for pid, p in work.packages.items():
                    if p.status == "SHIPPED":
                        self._schedule(at + DELIVERY_DELAY_S, "delivered", rec.id, pid)

    def _deliver_package(
        self, rec: ShipmentRecord, pkg: PackageState, sub_status: str, at: float
    ) -> None:
        pkg.status = "DELIVERED"
        pkg.sub_status = sub_status
        work = self._work(rec)
        if all(p.status == "DELIVERED" for p in work.packages.values()):
            work.sub_status = "DELIVERED"
            self._set_status(rec, "DELIVERED", at)
            digest = hashlib.sha256(f"{self.seed}:{rec.id}".encode()).digest()
            if digest[0] % 4 == 0:  # one delivered shipment in four comes back
                lines = self._lines(rec)
                lid, units = next((lid, u) for lid, u in self._open_units(rec).items() if u)
                self._add_return(
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
        with self.lock:
            self.tick()
            rec = self._get(shipment_id)
            self._check_not_cancelled(rec, "updatePackageStatus")
            work = self._work(rec)
            pkg = work.packages.get(package_id)
            if pkg is None:
                raise SandboxError(
                    404,
                    "NotFound",
                    f"Requested Entity with 'packageId' '{package_id}' is not found",
                )
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
            _, shipping_type = self._channel(rec)
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
                self._ship_package(rec, pkg, self.now())
                rec.updated = self.now()
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
            self._deliver_package(rec, pkg, sub_status or "DELIVERED", self.now())
            rec.updated = self.now()

    # ------------------------------------------------------------ admin: official JSON

    def add_shipment_json(self, doc: Any) -> dict[str, Any]:
        """Create a shipment from Amazon's Shipment JSON (as getShipment returns it)."""
        with self.lock:
            if not isinstance(doc, dict):
                raise invalid("A shipment must be a JSON object.")
            doc = json.loads(json.dumps(doc))
            doc.setdefault("id", f"SBXC{next(self._custom_seq):07d}")
            sid = doc["id"]
            if sid in self.records:
                raise SandboxError(409, "DuplicateRequest", f"Shipment {sid} already exists.")
            for key in ("lineItems", "marketplaceAttributes", "locationId"):
                if key not in doc:
                    raise invalid(f"The shipment needs '{key}'.")
            status = doc.get("status", "ACCEPTED")
            if status not in SHIPMENT_STATUSES:
                raise invalid(f"Unknown status '{status}'.")
            now = self.now()
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
                work = self._work(rec)
                work.packages = {
                    p["id"]: PackageState(
                        doc={k: v for k, v in p.items() if k != "status"},
                        status=p.get("status", "CREATED"),
                    )
                    for p in packages
                }
            if status in PRE_SHIP:
                self._reserve(rec)
            return self.shipment_json(rec)

    # ------------------------------------------------------------ inventory

    def batch_inventory(self, body: Any) -> list[dict[str, Any]]:
        with self.lock:
            self.tick()
            if (
                not isinstance(body, dict)
                or not isinstance(body.get("requests"), list)
                or not body["requests"]
            ):
                raise invalid("The body needs requests: a non-empty list.")
            if len(body["requests"]) > self.batch_limit:
                # The model allows 10; the official static sandbox refuses 10 (batch_limit=9).
                raise SandboxError(
                    400,
                    "BATCH_SIZE_EXCEED",
                    "Maximum number for requests supported in batch is 10.",
                )
            return [self._inventory_one(r) for r in body["requests"]]

    def _inventory_one(self, request: Any) -> dict[str, Any]:
        def fail(
            code: int, phrase: str, error_type: str, sub: str, extra: dict[str, Any] | None = None
        ) -> dict[str, Any]:
            return {
                "status": {"statusCode": code, "reasonPhrase": phrase},
                "body": {
                    **(extra or {}),
                    "actionableErrors": [{"errorType": error_type, "errorSubType": sub}],
                },
            }

        if not isinstance(request, dict) or not isinstance(request.get("uri"), str):
            return fail(
                400, "Invalid Input", "INVALID_REQUEST", "Each request needs uri and method."
            )
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(request["uri"])
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        location, sku = query.get("locationId"), query.get("skuId")
        ids = {"locationId": location or "", "skuId": sku or ""}
        if request.get("method") not in ("GET", "POST"):
            return fail(400, "Invalid Input", "INVALID_REQUEST", "method must be GET or POST.", ids)
        if parts.path not in ("/inventory/update", "/inventory/fetch") or not location or not sku:
            return fail(
                400,
                "Invalid Input",
                "INVALID_REQUEST",
                "uri must be /inventory/update or /inventory/fetch with locationId and skuId.",
                ids,
            )
        inv = self.inventory.get((location, sku))
        if inv is None:
            if not any(loc == location for loc, _ in self.inventory):
                return fail(
                    400,
                    "Invalid Input",
                    "INVALID_LOCATION",
                    "The requested location does not exist for the seller.",
                    ids,
                )
            return fail(
                400,
                "Invalid Input",
                "INVALID_SKU",
                "The requested Sku does not exist for the seller in requested marketplace.",
                ids,
            )
        raw_body = request.get("body")
        body: dict[str, Any] = raw_body if isinstance(raw_body, dict) else {}
        if parts.path == "/inventory/update":
            qty, seq = body.get("quantity"), body.get("clientSequenceNumber")
            if not isinstance(qty, int) or isinstance(qty, bool) or qty < 0:
                return fail(
                    400,
                    "Invalid Input",
                    "INVALID_QUANTITY",
                    "quantity must be a non-negative integer.",
                    ids,
                )
            if not isinstance(seq, int) or isinstance(seq, bool):
                return fail(
                    400,
                    "Invalid Input",
                    "INVALID_SEQUENCE_NUMBER",
                    "clientSequenceNumber must be an integer.",
                    ids,
                )
            if inv.sequence is not None and seq <= inv.sequence:
                return fail(
                    400,
                    "Invalid Input",
                    "OUTDATED_REQUEST",
                    f"clientSequenceNumber {seq} is not newer than the last applied {inv.sequence}.",
                    {**ids, "clientSequenceNumber": inv.sequence},
                )
            inv.quantity = qty
            inv.sequence = seq
        answer = {
            **ids,
            "sellableQuantity": max(0, inv.quantity - inv.reserved),
            "reservedQuantity": inv.reserved,
            "marketplaceAttributes": {
                "marketplaceId": inv.marketplace_id,
                "channelName": inv.channel,
            },
            "actionableErrors": [],
        }
        if inv.sequence is not None:
            answer["clientSequenceNumber"] = inv.sequence
        return {"status": {"statusCode": 200, "reasonPhrase": "Success"}, "body": answer}

    # ------------------------------------------------------------ returns

    def return_json(self, ret: ReturnRecord, now: float) -> dict[str, Any]:
        status, at = ret.timeline(now)
        shipping: dict[str, Any] = {
            "forwardTrackingInfo": {"carrierName": ret.forward[0], "trackingId": ret.forward[1]},
            "reverseTrackingInfo": {"carrierName": ret.reverse[0], "trackingId": ret.reverse[1]},
        }
        if status in ("PICKED_FROM_CUSTOMER", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED"):
            shipping["pickupDateTime"] = data.iso(ret.created + 24 * 3600)
        if status == "DELIVERED":
            shipping["deliveryDateTime"] = data.iso(at)
        mk = next(m for m in data.MARKETPLACES if m.code == ret.marketplace)
        return {
            "id": ret.id,
            "returnLocationId": ret.location_id,
            "fulfillmentLocationId": ret.location_id,
            "merchantSku": ret.sku,
            "returnType": ret.return_type,
            "returnSubType": "NORMAL",
            "numberOfUnits": ret.units,
            "status": status,
            "creationDateTime": data.iso(ret.created),
            "lastUpdatedDateTime": data.iso(at),
            "returnMetadata": {"returnReason": ret.reason, "rmaId": ret.rma_id},
            "returnShippingInfo": shipping,
            "marketplaceChannelDetails": {
                "marketplaceChannel": {
                    "marketplaceName": f"Amazon.{mk.code.lower()}",
                    "channelName": "MFN",
                },
                "merchantId": data.MERCHANT_ID,
                "shipmentId": ret.shipment_id,
                "customerOrderId": ret.order_id,
                "returnLocationId": ret.location_id,
                "channelSku": ret.sku,
            },
            "packageDeliveryMode": "WITHOUT_OTP",
        }

    def list_returns(self, filters: dict[str, Any]) -> list[dict[str, Any]]:
        with self.lock:
            self.tick()
            now = self.now()
            out = []
            for ret in self.returns.values():
                if ret.created > now:
                    continue
                status, at = ret.timeline(now)
                if (
                    filters.get("returnLocationId")
                    and ret.location_id != filters["returnLocationId"]
                ):
                    continue
                if (
                    filters.get("rmaId")
                    and ret.rma_id != filters["rmaId"]
                    and ret.id != filters["rmaId"]
                ):
                    continue
                if filters.get("status") and status != filters["status"]:
                    continue
                if (
                    filters.get("reverseTrackingId")
                    and ret.reverse[1] != filters["reverseTrackingId"]
                ):
                    continue
                if "createdSince" in filters and ret.created < filters["createdSince"]:
                    continue
                if "createdUntil" in filters and ret.created > filters["createdUntil"]:
                    continue
                if "updatedAfter" in filters and at <= filters["updatedAfter"]:
                    continue
                if "updatedBefore" in filters and at >= filters["updatedBefore"]:
                    continue
                out.append(self.return_json(ret, now))
            for doc in self.custom_returns.values():
                meta = doc.get("returnMetadata") or {}
                if (
                    filters.get("returnLocationId")
                    and doc.get("returnLocationId") != filters["returnLocationId"]
                ):
                    continue
                if filters.get("rmaId") and filters["rmaId"] not in (meta.get("rmaId"), doc["id"]):
                    continue
                if filters.get("status") and doc.get("status") != filters["status"]:
                    continue
                reverse = (doc.get("returnShippingInfo") or {}).get("reverseTrackingInfo") or {}
                if (
                    filters.get("reverseTrackingId")
                    and reverse.get("trackingId") != filters["reverseTrackingId"]
                ):
                    continue
                out.append(doc)
            return out

    def get_return(self, return_id: str) -> dict[str, Any]:
        with self.lock:
            self.tick()
            if return_id in self.custom_returns:
                return self.custom_returns[return_id]
            ret = self.returns.get(return_id)
            if ret is None or ret.created > self.now():
                raise SandboxError(
                    404, "NotFound", f"Requested Entity with 'returnId' '{return_id}' is not found"
                )
            return self.return_json(ret, self.now())

    def add_return_json(self, doc: Any) -> dict[str, Any]:
        """Import a return as Amazon's Return JSON (admin; e.g. the models' examples)."""
        with self.lock:
            if not isinstance(doc, dict) or not isinstance(doc.get("id"), str) or not doc["id"]:
                raise invalid("A return must be a JSON object with an id.")
            if doc["id"] in self.returns or doc["id"] in self.custom_returns:
                raise SandboxError(409, "DuplicateRequest", f"Return {doc['id']} already exists.")
            if doc.get("status") is not None and doc["status"] not in RETURN_STATUSES:
                raise invalid(f"Unknown return status '{doc['status']}'.")
            doc = json.loads(json.dumps(doc))
            self.custom_returns[doc["id"]] = doc
            return doc

    # ------------------------------------------------------------ admin: dump

    def dump(self, full: bool = False) -> dict[str, Any]:
        with self.lock:
            self.tick()
            counts = {s: len(ids) for s, ids in self.by_status.items()}
            out: dict[str, Any] = {
                "seed": self.seed,
                "now": data.iso(self.now()),
                "clockOffsetSeconds": self.clock.offset,
                "shipmentCount": len(self.records),
                "statusCounts": counts,
                "locations": [
                    {
                        "locationId": m.location_id,
                        "marketplaceId": m.marketplace_id,
                        "marketplace": m.code,
                    }
                    for m in data.MARKETPLACES
                ],
                "inventory": [
                    {
                        "locationId": loc,
                        "skuId": sku,
                        "quantity": inv.quantity,
                        "reserved": inv.reserved,
                        "clientSequenceNumber": inv.sequence,
                    }
                    for (loc, sku), inv in self.inventory.items()
                ],
                "returnCount": len(self.returns),
                "catalogue": data.catalogue_json(self.seed),
            }
            if full:
                out["shipments"] = [self.shipment_json(r) for r in self.records.values()]
                out["returns"] = [self.return_json(r, self.now()) for r in self.returns.values()]
            else:
                out["shipments"] = [
                    {"id": r.id, "status": r.status, "program": data.PROGRAMS[r.prog]}
                    for r in itertools.islice(self.records.values(), 500)
                ]
            return out

    def sample_imeis(self, sku: str, count: int) -> list[str]:
        """Valid IMEIs for a phone SKU (a demo packer needs something to scan)."""
        item = next((it for it in data.catalogue(self.seed) if it.sku == sku), None)
        if item is None or not item.tac:
            raise invalid(f"{sku} is not a serial-numbered (IMEI) item.")
        rng = random.Random()
        return [data.make_imei(rng, item.tac) for _ in range(count)]


def _decimal(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _pieces_per_unit(line: dict[str, Any]) -> int:
    """Pieces per unit of a line item: its ``pieces`` attribute for pieceType MULTIPLE, else 1."""
    if line.get("pieceType") != "MULTIPLE":
        return 1
    for attr in line.get("customAttributes") or []:
        if attr.get("key") == "pieces" and str(attr.get("value", "")).isdigit():
            return max(1, int(attr["value"]))
    return 1

"""Customer returns: generated ones follow a journey in simulated time; imported ones are served
as given (Amazon's Return JSON)."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import Any

from packstation.sandbox import data
from packstation.sandbox.state.clock import World
from packstation.sandbox.state.errors import SandboxError, invalid, not_found

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


class ReturnDesk:
    """Generated returns (:class:`ReturnRecord`) and imported ones (Return JSON by id)."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.returns: dict[str, ReturnRecord] = {}
        #: returns imported as Amazon's Return JSON (served as they are)
        self.custom_returns: dict[str, dict[str, Any]] = {}

    def seed_returns(self, count: int, rng: random.Random) -> None:
        """Forget every return and generate ``count`` from the last five days (draws from ``rng``)."""
        self.returns = {}
        self.custom_returns = {}
        seed = self.world.seed
        items = data.catalogue(seed)
        for n in range(count):
            mk = data.MARKETPLACES[n % len(data.MARKETPLACES)]
            item = rng.choice(items)
            self.add(
                shipment_id=f"SBXH{seed % 1000:03d}{n:06d}",
                sku=item.sku,
                units=1,
                mk=mk,
                created=self.world.epoch - rng.uniform(0, 5 * 86400),
                rng=rng,
            )

    def add(
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
        rid = f"RMA{self.world.seed % 1000:03d}{n:07d}"
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

    def select(self, filters: dict[str, Any]) -> list[dict[str, Any]]:
        """listReturns: generated returns that exist by now, then imported ones, filtered."""
        now = self.world.now()
        out = []
        for ret in self.returns.values():
            if ret.created > now:
                continue
            status, at = ret.timeline(now)
            if filters.get("returnLocationId") and ret.location_id != filters["returnLocationId"]:
                continue
            if (
                filters.get("rmaId")
                and ret.rma_id != filters["rmaId"]
                and ret.id != filters["rmaId"]
            ):
                continue
            if filters.get("status") and status != filters["status"]:
                continue
            if filters.get("reverseTrackingId") and ret.reverse[1] != filters["reverseTrackingId"]:
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

    def get(self, return_id: str) -> dict[str, Any]:
        if return_id in self.custom_returns:
            return self.custom_returns[return_id]
        ret = self.returns.get(return_id)
        if ret is None or ret.created > self.world.now():
            raise not_found("returnId", return_id)
        return self.return_json(ret, self.world.now())

    def add_json(self, doc: Any) -> dict[str, Any]:
        """Import a return as Amazon's Return JSON (admin; e.g. the models' examples)."""
        if not isinstance(doc, dict) or not isinstance(doc.get("id"), str) or not doc["id"]:
            raise invalid("A return must be a JSON object with an id.")
        if doc["id"] in self.returns or doc["id"] in self.custom_returns:
            raise SandboxError(409, "DuplicateRequest", f"Return {doc['id']} already exists.")
        if doc.get("status") is not None and doc["status"] not in RETURN_STATUSES:
            raise invalid(f"Unknown return status '{doc['status']}'.")
        copy: dict[str, Any] = json.loads(json.dumps(doc))
        self.custom_returns[copy["id"]] = copy
        return copy

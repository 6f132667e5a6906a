"""Shipping labels: generateShipLabels (GENERATE / REGENERATE) and the presigned-style label files.

A label's file is reached through a token (the app turns it into a signed URL) that expires
:data:`LABEL_URL_TTL_S` seconds of simulated time after it was issued, like S3's presigned URLs.
"""

from __future__ import annotations

import random
import secrets
from typing import Any, NamedTuple

from packstation.sandbox import data, documents
from packstation.sandbox.state.clock import World
from packstation.sandbox.state.errors import SandboxError, invalid, wrong_state
from packstation.sandbox.state.shipments import (
    CARRIER_SCAN_DELAY_S,
    LabelState,
    ShipmentDesk,
    ShipmentRecord,
    ShippingOption,
    TimeWindow,
)

LABEL_URL_TTL_S = 300


class LabelUrl(NamedTuple):
    """Where a label token points, and until when (simulated time) it may be fetched."""

    shipment_id: str
    package_id: str
    expires: float


class LabelDesk:
    """Label tokens and the packages whose labels the admin makes fail."""

    def __init__(self, world: World, shipments: ShipmentDesk) -> None:
        self.world = world
        self.shipment_desk = shipments
        self.labels: dict[str, LabelUrl] = {}
        self.failing_label_packages: set[str] = set()

    def generate(
        self, shipment_id: str, operation: str | None, shipping_option_id: str | None, body: Any
    ) -> list[dict[str, Any]]:
        """The packageShipLabelList; ``fileData.url`` holds the label token (the app makes the URL)."""
        desk = self.shipment_desk
        if operation not in ("GENERATE", "REGENERATE"):
            raise invalid(
                f"Invalid input '{operation}' for parameter 'operation'",
                "operation must be GENERATE or REGENERATE.",
            )
        rec = desk.get(shipment_id)
        desk.check_not_cancelled(rec, "generateShipLabels")
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("packageIds"), list)
            or not body["packageIds"]
        ):
            raise invalid("The body needs packageIds: a non-empty list.")
        package_ids = body["packageIds"]
        if len(package_ids) > 50:
            raise invalid(f"{len(package_ids)} packageIds sent; at most 50 are allowed per call.")
        work = desk.work(rec)
        for pid in package_ids:
            if pid not in work.packages:
                raise invalid(f"Unknown packageId '{pid}' for shipment {shipment_id}.")
        channel, shipping_type = desk.channel(rec)
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
        option: ShippingOption | None = None
        if channel == "MFN":
            if not shipping_option_id:
                raise invalid(
                    "shippingOptionId is required for MFN shipments.",
                    "Call retrieveShippingOptions and pass one of its ids.",
                )
            option = next(
                (o for o in desk.options(rec) if o["shippingOptionId"] == shipping_option_id),
                None,
            )
            if option is None:
                raise invalid(
                    f"Unknown shippingOptionId '{shipping_option_id}' for shipment {shipment_id}."
                )
        if operation == "GENERATE":
            allowed = (
                ("INVOICE_GENERATED",)
                if desk.invoice_required(rec)
                else ("PICKUP_SLOT_RETRIEVED", "INVOICE_GENERATED")
            )
            if rec.status not in allowed:
                raise wrong_state(shipment_id, rec.status, "generateShipLabels GENERATE", allowed)
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
        mk = desk.marketplace_of(rec)
        out: list[dict[str, Any]] = []
        now = self.world.now()
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
                rng = random.Random(f"track:{self.world.seed}:{rec.id}:{pid}")
                if courier is not None:
                    carrier, tracking = str(courier["carrierName"]), str(courier["trackingId"])
                else:
                    carrier = option["carrierName"] if option is not None else mk.carriers[0]
                    tracking = f"{mk.code}{rng.randrange(10**12):012d}"
                window = option.get("pickupWindow") if option is not None else None
                if window is None and channel == "FBA":
                    begin = int(now) - int(now) % 3600 + 7200
                    window = TimeWindow(startTime=begin, endTime=begin + 3 * 3600)
                pkg.label = LabelState(
                    carrier=carrier,
                    tracking_id=tracking,
                    shipping_option_id=shipping_option_id,
                    pickup_window=window,
                    time_slot=option.get("timeSlot") if option is not None else None,
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
            self.labels[token] = LabelUrl(rec.id, pid, now + LABEL_URL_TTL_S)
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
            desk.set_status(rec, "SHIPLABEL_GENERATED")
            if shipping_type == "MARKETPLACE":
                for pid, pkg in work.packages.items():
                    pickup = pkg.label.pickup_window if pkg.label else None
                    at = (pickup["startTime"] if pickup else now) + CARRIER_SCAN_DELAY_S
                    self.world.schedule(at, "carrier_scan", rec.id, pid)
        elif operation == "GENERATE":
            rec.updated = now
        return out

    def file(self, token: str) -> tuple[str, bytes]:
        """(media type, bytes) of a label; SandboxError 403 when the presigned URL expired."""
        entry = self.labels.get(token)
        if entry is None:
            raise SandboxError(404, "NoSuchKey", "The specified key does not exist.")
        sid, pid, expires = entry
        if expires <= self.world.now():
            raise SandboxError(403, "AccessDenied", "Request has expired")
        desk = self.shipment_desk
        rec = desk.records[sid]
        work = desk.work(rec)
        pkg = work.packages[pid]
        assert pkg.label is not None
        mk = desk.marketplace_of(rec)
        shipment = desk.shipment_json(rec)
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

    def expire_urls(self, shipment_id: str | None = None) -> int:
        now = self.world.now()
        n = 0
        for token, entry in list(self.labels.items()):
            if shipment_id is None or entry.shipment_id == shipment_id:
                self.labels[token] = entry._replace(expires=now - 1)
                n += 1
        return n

    def revoke(self, rec: ShipmentRecord) -> None:
        """The label URLs of a cancelled shipment stop working (404, like a deleted object)."""
        if rec.work is None:
            return
        for pkg in rec.work.packages.values():
            if pkg.label is not None:
                self.labels.pop(pkg.label.token, None)

"""Stock per (location, SKU): what the generator stocks, what shipments reserve, batchInventory."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from packstation.sandbox import data
from packstation.sandbox.state.clock import World
from packstation.sandbox.state.errors import SandboxError, invalid

#: (locationId, merchant SKU)
StockKey = tuple[str, str]


@dataclass(slots=True)
class InventoryRecord:
    quantity: int
    reserved: int = 0
    sequence: int | None = None
    channel: str = "MFN"
    marketplace_id: str = ""


class InventoryDesk:
    """The inventory and the ``batchInventory`` operation."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.inventory: dict[StockKey, InventoryRecord] = {}
        #: Requests per batchInventory call: the model's 10; Amazon's static sandbox takes 9.
        self.batch_limit = 10

    def stock_up(self, rng: random.Random) -> None:
        """Fresh stock of the catalogue at every marketplace's location (draws from ``rng``)."""
        self.inventory = {}
        for mk in data.MARKETPLACES:
            channel = "FBA" if mk.code == "IN" else "MFN"
            for item in data.catalogue(self.world.seed):
                self.inventory[(mk.location_id, item.sku)] = InventoryRecord(
                    quantity=rng.choice((0, 3, 8, 15, 25, 40, 60)) + rng.randrange(5),
                    channel=channel,
                    marketplace_id=mk.marketplace_id,
                )

    def reserve(self, location: str, sku: str, units: int) -> None:
        inv = self.inventory.get((location, sku))
        if inv is not None:
            inv.reserved += units

    def release(self, location: str, sku: str, units: int, *, shipped: bool) -> None:
        """Release a reservation (and take the units off stock when they shipped)."""
        inv = self.inventory.get((location, sku))
        if inv is None:
            return
        inv.reserved = max(0, inv.reserved - units)
        if shipped:
            inv.quantity = max(0, inv.quantity - units)

    def batch(self, body: Any) -> list[dict[str, Any]]:
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
        return [self._one(r) for r in body["requests"]]

    def _one(self, request: Any) -> dict[str, Any]:
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

    def dump(self) -> list[dict[str, Any]]:
        return [
            {
                "locationId": loc,
                "skuId": sku,
                "quantity": inv.quantity,
                "reserved": inv.reserved,
                "clientSequenceNumber": inv.sequence,
            }
            for (loc, sku), inv in self.inventory.items()
        ]

    def sample_imeis(self, sku: str, count: int) -> list[str]:
        """Valid IMEIs for a phone SKU (a demo packer needs something to scan)."""
        item = next((it for it in data.catalogue(self.world.seed) if it.sku == sku), None)
        if item is None or not item.tac:
            raise invalid(f"{sku} is not a serial-numbered (IMEI) item.")
        rng = random.Random()
        return [data.make_imei(rng, item.tac) for _ in range(count)]

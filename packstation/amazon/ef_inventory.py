"""The External Fulfillment Inventory API (2024-09-11) over the shared transport."""

from __future__ import annotations

from collections.abc import Sequence

from packstation.amazon.transport import Operation, SpApiTransport, batches
from packstation.domain import inventory as inv

INVENTORY_BATCH = 9  # the model allows 10; Amazon's sandbox refuses 10 (BATCH_SIZE_EXCEED)

_INVENTORY = "/externalFulfillment/inventory/2024-09-11/inventories"

OPERATIONS: tuple[Operation, ...] = (
    # Absolute quantities with client sequence numbers: repeating a batch is harmless.
    Operation(
        "batchInventory",
        "POST",
        _INVENTORY,
        body=inv.BatchInventoryRequest,
        response=inv.BatchInventoryResponse,
    ),
)
_BATCH_INVENTORY = OPERATIONS[0]


class EFInventory:
    """The Inventory API's operation: absolute quantities per SKU and location, in batches."""

    def __init__(self, transport: SpApiTransport) -> None:
        self.transport = transport

    def batch_inventory(
        self, requests: Sequence[inv.InventoryRequest] | inv.BatchInventoryRequest
    ) -> inv.BatchInventoryResponse:
        """Send inventory requests in batches of at most 9; the answers in request order."""
        items = (
            list(requests.requests or [])
            if isinstance(requests, inv.BatchInventoryRequest)
            else list(requests)
        )
        merged: list[inv.InventoryResponse] = []
        for chunk in batches(items, INVENTORY_BATCH):
            body = inv.BatchInventoryRequest(requests=list(chunk))
            page = self.transport.request_model(
                _BATCH_INVENTORY, inv.BatchInventoryResponse, body=body
            )
            merged.extend(page.responses or [])
        return inv.BatchInventoryResponse(responses=merged)

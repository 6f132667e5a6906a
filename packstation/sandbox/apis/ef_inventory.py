"""External Fulfillment inventory: ``POST .../inventory/2024-09-11/inventories`` (batchInventory)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response

from packstation.sandbox.http import json_response, read_body

if TYPE_CHECKING:
    from packstation.sandbox.app import SandboxApp

INVENTORY = "/externalFulfillment/inventory/2024-09-11/inventories"


class InventoryApi:
    def __init__(self, server: SandboxApp) -> None:
        self.state = server.state
        server.add_operation(
            "batchInventory", INVENTORY, "POST", self.batch_inventory, changes=True
        )

    async def batch_inventory(self, request: Request) -> Response:
        body = await read_body(request, required=True)
        return json_response({"responses": self.state.batch_inventory(body)}, 207)

"""Amazon's usage plans for the EF APIs: one table for the client and the built-in sandbox.

Rate = sustained requests per second, burst = requests at once, per seller and application
(shared by every station of a seller). :mod:`packstation.amazon.ratelimit` paces the client
with it; :mod:`packstation.sandbox` enforces it. The ``x-amzn-RateLimit-Limit`` response
header, where present, is newer than this table and wins at run time.

| API (2024-09-11) | operation | rate | burst | source |
| --- | --- | --- | --- | --- |
| Inventory | batchInventory | 50 | 100 | Amazon's "External Fulfillment APIs Rate Limits" page |
| Returns | listReturns, getReturn | 10 | 20 | the same page |
| Shipments | getShipments, getShipment | 2 | 10 | rate: DESIGN.md ("about 2 rps") |
| Shipments | every other operation | 1 | 5 | rate: the shipments guide ("Rate (requests per second): 1") |

Amazon publishes no burst for the Shipments API: 10 and 5 are the sandbox's assumption
(``burst_published=False``). Where the burst is not published the client does not count on it:
it sends at most the rate at once (:attr:`UsagePlan.client_burst`), so it stays under whatever
burst Amazon really grants.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final


@dataclass(frozen=True)
class UsagePlan:
    """``rate`` sustained calls per second, up to ``burst`` at once."""

    rate: float
    burst: float
    burst_published: bool = True

    @property
    def client_burst(self) -> float:
        """The burst a client may use: the plan's, or at most the rate when Amazon publishes none."""
        return self.burst if self.burst_published else max(1.0, min(self.burst, self.rate))


_SHIPMENT_READ = UsagePlan(2.0, 10.0, burst_published=False)
_SHIPMENT_WRITE = UsagePlan(1.0, 5.0, burst_published=False)

USAGE_PLANS: Final = MappingProxyType(
    {
        "getShipments": _SHIPMENT_READ,
        "getShipment": _SHIPMENT_READ,
        "processShipment": _SHIPMENT_WRITE,
        "createPackages": _SHIPMENT_WRITE,
        "updatePackage": _SHIPMENT_WRITE,
        "updatePackageStatus": _SHIPMENT_WRITE,
        "retrieveShippingOptions": _SHIPMENT_WRITE,
        "generateInvoice": _SHIPMENT_WRITE,
        "retrieveInvoice": _SHIPMENT_WRITE,
        "generateShipLabels": _SHIPMENT_WRITE,
        "batchInventory": UsagePlan(50.0, 100.0),
        "listReturns": UsagePlan(10.0, 20.0),
        "getReturn": UsagePlan(10.0, 20.0),
    }
)
#: An operation missing from the table (none today) gets the most careful plan.
FALLBACK_PLAN: Final = _SHIPMENT_WRITE

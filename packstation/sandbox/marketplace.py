"""The sandbox marketplace's state: shipments and their workflow, inventory, returns, tokens.

Everything a handler does goes through one :class:`MarketplaceState` under its lock. The state is
a thin composition of one desk per concern (:mod:`packstation.sandbox.state`); this class keeps
the one door handlers use: each public method takes the lock, applies due simulated events where
the answer depends on time, and delegates. Workflow rules follow DESIGN.md per program (Easy Ship
= MFN + MARKETPLACE, Self Ship = MFN + SELF, Seller Flex = FBA + MARKETPLACE); a broken rule raises
:class:`SandboxError`, which the app turns into Amazon's ``{"errors": [{"code", "message",
"details"}]}`` with the right HTTP status.

The names below were all defined here before the split and stay importable from here.
"""

from __future__ import annotations

import itertools
import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from packstation.sandbox import data
from packstation.sandbox.state.clock import Event, SimClock, World
from packstation.sandbox.state.errors import SandboxError, check_id, invalid, wrong_state
from packstation.sandbox.state.inventory import InventoryDesk, InventoryRecord, StockKey
from packstation.sandbox.state.invoices import InvoiceDesk
from packstation.sandbox.state.labels import LABEL_URL_TTL_S, LabelDesk, LabelUrl
from packstation.sandbox.state.packages import MIN_PACKAGE_WEIGHT_G
from packstation.sandbox.state.returns import (
    RETURN_PATHS,
    RETURN_STATUSES,
    ReturnDesk,
    ReturnRecord,
)
from packstation.sandbox.state.shipments import (
    CARRIER_SCAN_DELAY_S,
    DELIVERY_DELAY_S,
    PRE_LABEL,
    PRE_SHIP,
    SHIPMENT_STATUSES,
    LabelState,
    PackageState,
    ShipmentDesk,
    ShipmentRecord,
    Workflow,
)
from packstation.sandbox.state.tokens import TOKEN_TTL_S, TokenDesk

__all__ = [
    "CARRIER_SCAN_DELAY_S",
    "DELIVERY_DELAY_S",
    "LABEL_URL_TTL_S",
    "MIN_PACKAGE_WEIGHT_G",
    "PRE_LABEL",
    "PRE_SHIP",
    "RETURN_PATHS",
    "RETURN_STATUSES",
    "SHIPMENT_STATUSES",
    "TOKEN_TTL_S",
    "InventoryRecord",
    "LabelState",
    "MarketplaceState",
    "PackageState",
    "ReturnRecord",
    "SandboxError",
    "ShipmentRecord",
    "SimClock",
    "Workflow",
    "check_id",
    "invalid",
    "wrong_state",
]


class MarketplaceState:
    """The whole marketplace. Public methods take the lock; handlers call nothing else."""

    def __init__(
        self, *, seed: int = 7, shipments: int = 60, clock: Callable[[], float] | None = None
    ) -> None:
        self.world = World(seed=seed, clock=clock)
        self.initial_shipments = shipments
        self.token_desk = TokenDesk(self.world)
        self.inventory_desk = InventoryDesk(self.world)
        self.return_desk = ReturnDesk(self.world)
        self.shipment_desk = ShipmentDesk(self.world, self.inventory_desk, self.return_desk)
        self.label_desk = LabelDesk(self.world, self.shipment_desk)
        self.invoice_desk = InvoiceDesk(self.world, self.shipment_desk)
        self._populate(seed, shipments)

    # ------------------------------------------------------------ the desks' data, as before

    @property
    def lock(self) -> threading.RLock:
        return self.world.lock

    @property
    def clock(self) -> SimClock:
        return self.world.clock

    @property
    def seed(self) -> int:
        return self.world.seed

    @property
    def epoch(self) -> float:
        return self.world.epoch

    @property
    def events(self) -> list[Event]:
        return self.world.events

    @property
    def tokens(self) -> dict[str, float]:
        return self.token_desk.tokens

    @property
    def records(self) -> dict[str, ShipmentRecord]:
        return self.shipment_desk.records

    @property
    def by_status(self) -> dict[str, dict[str, None]]:
        return self.shipment_desk.by_status

    @property
    def inventory(self) -> dict[StockKey, InventoryRecord]:
        return self.inventory_desk.inventory

    @property
    def batch_limit(self) -> int:
        """Requests per batchInventory call: the model's 10; Amazon's static sandbox takes 9."""
        return self.inventory_desk.batch_limit

    @batch_limit.setter
    def batch_limit(self, value: int) -> None:
        self.inventory_desk.batch_limit = value

    @property
    def returns(self) -> dict[str, ReturnRecord]:
        return self.return_desk.returns

    @property
    def custom_returns(self) -> dict[str, dict[str, Any]]:
        """Returns imported as Amazon's Return JSON (served as they are)."""
        return self.return_desk.custom_returns

    @property
    def labels(self) -> dict[str, LabelUrl]:
        return self.label_desk.labels

    @property
    def failing_label_packages(self) -> set[str]:
        return self.label_desk.failing_label_packages

    # ------------------------------------------------------------ setup

    def _populate(self, seed: int, count: int) -> None:
        self.world.restart(seed)
        self.label_desk.labels = {}
        # One random stream, in this order, so a seed always makes the same marketplace.
        rng = random.Random(f"inventory:{seed}")
        self.inventory_desk.stock_up(rng)
        self.shipment_desk.generate(count)
        self.return_desk.seed_returns(max(3, count // 20), rng)

    def reset(self, seed: int | None = None, shipments: int | None = None) -> None:
        with self.lock:
            if shipments is not None:
                self.initial_shipments = shipments
            self.token_desk.tokens.clear()
            self.label_desk.failing_label_packages.clear()
            self._populate(self.seed if seed is None else seed, self.initial_shipments)

    # ------------------------------------------------------------ time

    def now(self) -> float:
        return self.world.now()

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.world.clock.advance(seconds)
            self.tick()

    def tick(self) -> None:
        """Apply every simulated event that is due (carrier scans, deliveries, returns)."""
        with self.lock:
            self.shipment_desk.apply_due_events()

    @contextmanager
    def _current(self) -> Iterator[None]:
        """Hold the lock, with every due event applied (answers that depend on time)."""
        with self.lock:
            self.shipment_desk.apply_due_events()
            yield

    # ------------------------------------------------------------ tokens (LWA)

    def issue_token(self) -> tuple[str, int]:
        with self.lock:
            return self.token_desk.issue()

    def check_token(self, token: str | None) -> None:
        self.token_desk.check(token)

    def expire_tokens(self) -> None:
        with self.lock:
            self.token_desk.expire_all()

    # ------------------------------------------------------------ shipments

    def base(self, rec: ShipmentRecord) -> dict[str, Any]:
        return self.shipment_desk.base(rec)

    def marketplace_of(self, rec: ShipmentRecord) -> data.Marketplace:
        return self.shipment_desk.marketplace_of(rec)

    def program_of(self, rec: ShipmentRecord) -> str:
        return self.shipment_desk.program_of(rec)

    def shipment_json(self, rec: ShipmentRecord) -> dict[str, Any]:
        return self.shipment_desk.shipment_json(rec)

    def get_shipment(self, shipment_id: str) -> dict[str, Any]:
        with self._current():
            return self.shipment_json(self.shipment_desk.get(shipment_id))

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
        """Records in ``status`` matching the filters, oldest status change first (lazy; the
        caller holds the lock while it iterates)."""
        return self.shipment_desk.find(
            status=status,
            location_id=location_id,
            marketplace_id=marketplace_id,
            channel_name=channel_name,
            updated_after=updated_after,
            updated_before=updated_before,
        )

    def process_shipment(self, shipment_id: str, operation: str | None, body: Any) -> None:
        with self._current():
            self.shipment_desk.process(shipment_id, operation, body)

    def cancel_shipment(
        self,
        shipment_id: str,
        reason: str = "CUSTOMER_CANCELLED",
        kind: str = "MARKETPLACE_CANCELLED",
    ) -> dict[str, Any]:
        """Marketplace (or system) cancellation of a pre-ship shipment (admin)."""
        with self.lock:
            rec = self.shipment_desk.cancel(shipment_id, reason, kind)
            self.label_desk.revoke(rec)
            return self.shipment_json(rec)

    def create_packages(self, shipment_id: str, body: Any) -> None:
        with self._current():
            self.shipment_desk.create_packages(shipment_id, body)

    def update_package(self, shipment_id: str, package_id: str, body: Any) -> None:
        with self._current():
            self.shipment_desk.update_package(shipment_id, package_id, body)

    def shipping_options(self, shipment_id: str, package_id: str | None) -> dict[str, Any]:
        with self._current():
            return self.shipment_desk.shipping_options(shipment_id, package_id)

    def update_package_status(
        self, shipment_id: str, package_id: str, status_param: str | None, body: Any
    ) -> None:
        with self._current():
            self.shipment_desk.update_package_status(shipment_id, package_id, status_param, body)

    def add_shipment_json(self, doc: Any) -> dict[str, Any]:
        """Create a shipment from Amazon's Shipment JSON (as getShipment returns it)."""
        with self.lock:
            return self.shipment_json(self.shipment_desk.add_json(doc))

    # ------------------------------------------------------------ invoices and labels

    def generate_invoice(self, shipment_id: str) -> dict[str, Any]:
        """The tax invoice, or only the packing slip where no tax invoice applies."""
        with self._current():
            return self.invoice_desk.generate(shipment_id)

    def retrieve_invoice(self, shipment_id: str) -> dict[str, Any]:
        with self._current():
            return self.invoice_desk.retrieve(shipment_id)

    def generate_labels(
        self, shipment_id: str, operation: str | None, shipping_option_id: str | None, body: Any
    ) -> list[dict[str, Any]]:
        """Returns the packageShipLabelList; ``fileData.url`` holds the label token (the app makes the URL)."""
        with self._current():
            return self.label_desk.generate(shipment_id, operation, shipping_option_id, body)

    def label_file(self, token: str) -> tuple[str, bytes]:
        """(media type, bytes) of a label; SandboxError 403 when the presigned URL expired."""
        with self.lock:
            return self.label_desk.file(token)

    def expire_label_urls(self, shipment_id: str | None = None) -> int:
        with self.lock:
            return self.label_desk.expire_urls(shipment_id)

    # ------------------------------------------------------------ inventory

    def batch_inventory(self, body: Any) -> list[dict[str, Any]]:
        with self._current():
            return self.inventory_desk.batch(body)

    def sample_imeis(self, sku: str, count: int) -> list[str]:
        """Valid IMEIs for a phone SKU (a demo packer needs something to scan)."""
        return self.inventory_desk.sample_imeis(sku, count)

    # ------------------------------------------------------------ returns

    def return_json(self, ret: ReturnRecord, now: float) -> dict[str, Any]:
        return self.return_desk.return_json(ret, now)

    def list_returns(self, filters: dict[str, Any]) -> list[dict[str, Any]]:
        with self._current():
            return self.return_desk.select(filters)

    def get_return(self, return_id: str) -> dict[str, Any]:
        with self._current():
            return self.return_desk.get(return_id)

    def add_return_json(self, doc: Any) -> dict[str, Any]:
        """Import a return as Amazon's Return JSON (admin; e.g. the models' examples)."""
        with self.lock:
            return self.return_desk.add_json(doc)

    # ------------------------------------------------------------ admin: dump

    def dump(self, full: bool = False) -> dict[str, Any]:
        with self._current():
            out: dict[str, Any] = {
                "seed": self.seed,
                "now": data.iso(self.now()),
                "clockOffsetSeconds": self.clock.offset,
                "shipmentCount": len(self.records),
                "statusCounts": {s: len(ids) for s, ids in self.by_status.items()},
                "locations": [
                    {
                        "locationId": m.location_id,
                        "marketplaceId": m.marketplace_id,
                        "marketplace": m.code,
                    }
                    for m in data.MARKETPLACES
                ],
                "inventory": self.inventory_desk.dump(),
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

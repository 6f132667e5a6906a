"""N simulated stations racing through one queue: the harness of the race tests and benchmark.

Each station is a thread with its own :class:`Database` (own connection pool) on the shared
PostgreSQL database, its own :class:`SharedRateLimiter` on the shared budget and its own
:class:`EFClient` talking HTTP to the real sandbox server (rate limits on). A station makes the
calls a bench makes: claim the next free shipment (``claim_next``, SKIP LOCKED), read it, CONFIRM,
create the package, get shipping options, generate the label, journal the finish; a finished
shipment keeps its claim as a tombstone (it has left the queue). Steps already done at Amazon
(seen on the re-read) are not repeated, so a station resuming after an error is safe.

The sandbox's rate limits are Amazon's scaled by ``scale`` for every operation alike (the
client's budget is scaled the same way): the limits stay the binding constraint while 2,000
shipments fit a CI run. Loaded by path (tests is not a package): see :func:`load`.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from typing import Any

from packstation.amazon import EFClient, LwaCredentials, LwaTokenProvider
from packstation.amazon.ratelimit import DEFAULT_RATES, Rate
from packstation.domain import shipments as shp
from packstation.sandbox import data as sbx_data
from packstation.sandbox.faults import RATE_LIMITS
from packstation.sandbox.faults import RateLimiter as SandboxLimiter
from packstation.sandbox.server import SandboxServer
from packstation.services.ratebudget import SharedRateLimiter
from packstation.store import Claim, Database

BUDGET = "race"
DONE_TTL_S = 86_400.0  # a finished shipment's claim: a tombstone, it has left the queue
WINDOW = 100  # how many queue entries a station looks at per claim_next
PACKER = "packer"
#: The stations' share of the (scaled) plan. Scaling the rates 20x does not scale the jitter: the
#: in-process sandbox starved of the GIL by 20 station threads reads requests in bunches, which
#: at 20 calls/s eats its burst of 5 where at Amazon's 1 call/s it would not. 95 % (the default)
#: saw 0 and 4 refusals in two 2,000-shipment runs, 90 % 1 (processShipment, the saturated
#: operation); a whole-process pause of 300 ms (GC) bunches 5 calls at 18/s. Hence 85 % and the
#: warehouse's objects frozen out of the collector during the race.
UTILISATION = 0.85
_TOMBSTONE_MIN = timedelta(seconds=DONE_TTL_S / 2)


class CountingLimiter(SandboxLimiter):
    """The sandbox's own limiter (scaled limits) counting the calls it refused with 429."""

    def __init__(self, limits: dict[str, tuple[float, int]]) -> None:
        super().__init__(limits)
        self.refused: dict[str, int] = {}
        self.allowed: dict[str, int] = {}

    def allow(self, operation: str) -> bool:
        ok = super().allow(operation)
        counter = self.allowed if ok else self.refused
        with self._lock:
            counter[operation] = counter.get(operation, 0) + 1
        return ok


def scaled_sandbox_limits(scale: float) -> dict[str, tuple[float, int]]:
    return {op: (rate * scale, burst) for op, (rate, burst) in RATE_LIMITS.items()}


def scaled_client_rates(scale: float) -> dict[str, Rate]:
    return {op: Rate(r.per_second * scale, r.burst) for op, r in DEFAULT_RATES.items()}


_MONEY = {"value": "10.00", "currencyCode": "INR"}
_AMOUNTS = {"baseAmount": _MONEY, "discountAmount": _MONEY, "netAmount": _MONEY}
_CHARGE = {
    "baseCharge": _AMOUNTS,
    "chargeType": "PRODUCT",
    "totalCharge": _AMOUNTS,
    "totalTax": {"charge": _AMOUNTS},
}


def shipment_doc(n: int, seed: int) -> dict[str, Any]:
    """A plain MFN shipment of the IN marketplace (one line, two units), ACCEPTED."""
    market = sbx_data.MARKETPLACES[0]
    item = sbx_data.catalogue(seed)[n % 7]
    return {
        "id": f"RACE{n:06d}",
        "locationId": market.location_id,
        "marketplaceAttributes": {"marketplaceId": market.marketplace_id, "channelName": "MFN"},
        "status": "ACCEPTED",
        "charges": [_CHARGE],
        "lineItems": [
            {
                "shipmentLineItemId": "1",
                "merchantSku": item.sku,
                "numberOfUnits": 2,
                "charges": [_CHARGE],
            }
        ],
    }


@dataclass
class Warehouse:
    """The sandbox marketplace with ``count`` shipments and counting, scaled rate limits."""

    server: SandboxServer
    limiter: CountingLimiter
    ids: list[str]
    scale: float

    def status_of(self, sid: str) -> str:
        return str(self.server.state.records[sid].status)

    def labels_of(self, sid: str) -> list[str]:
        """Tracking ids of the labels the sandbox made for ``sid``'s packages."""
        work = self.server.state.records[sid].work
        if work is None:
            return []
        return [p.label.tracking_id for p in work.packages.values() if p.label is not None]

    def package_count(self, sid: str) -> int:
        work = self.server.state.records[sid].work
        return 0 if work is None else len(work.packages)

    @property
    def refused(self) -> int:
        return sum(self.limiter.refused.values())


@contextmanager
def warehouse(count: int, *, scale: float, seed: int = 7) -> Iterator[Warehouse]:
    server = SandboxServer(seed=seed, shipments=0, rate_limits=True).start()
    try:
        limiter = CountingLimiter(scaled_sandbox_limits(scale))
        server.sandbox.limiter = limiter
        docs = [shipment_doc(n, seed) for n in range(count)]
        ids = [server.state.add_shipment_json(doc)["id"] for doc in docs]
        yield Warehouse(server, limiter, ids, scale)
    finally:
        server.stop()


@dataclass
class StationResult:
    name: str
    finished: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    claims: int = 0
    swept: int = 0
    throttled: int = 0
    requests: int = 0


class Station:
    """One bench: its own database pool, shared-budget limiter and EF client."""

    def __init__(self, name: str, url: str, wh: Warehouse) -> None:
        self.name = name
        self.db = Database.open(url, pool_size=2, max_overflow=2, retry_deadline_s=120)
        self.limiter = SharedRateLimiter.open(
            self.db, BUDGET, scaled_client_rates(wh.scale), utilisation=UTILISATION
        )
        auth = LwaTokenProvider(
            LwaCredentials("race", "race-secret", "race-refresh"), endpoint=wh.server.lwa_url
        )
        self.client = EFClient(wh.server.base_url, auth, limiter=self.limiter, owns_auth=True)
        self.result = StationResult(name)

    def close(self) -> None:
        self.client.close()
        self.limiter.close()
        self.db.close()

    # ------------------------------------------------------------------ one shipment
    def finish(self, claim: Claim) -> None:
        """Take a claimed shipment from wherever Amazon has it to a generated label."""
        sid = claim.shipment_id
        client = self.client
        shipment = client.get_shipment(sid)
        status = str(shipment.status)
        if status in ("CREATED", "ACCEPTED"):
            client.process_shipment(sid, "CONFIRM")
            status = "CONFIRMED"
        if status == "CONFIRMED":
            client.create_packages(sid, [_package(shipment)])
            status = "PACKAGE_CREATED"
        if status in ("PACKAGE_CREATED", "PICKUP_SLOT_RETRIEVED"):
            options = client.retrieve_shipping_options(sid, "PKG-1")
            option = options.recommended_shipping_option
            labels = client.generate_ship_labels(
                sid, ["PKG-1"], shipping_option_id=option.shipping_option_id if option else None
            )
            [label] = labels.package_ship_label_list
            if label.status != shp.Status.SUCCESS:
                raise RuntimeError(f"{sid}: label generation failed: {label}")
        self.db.journal.record_event(
            sid, "note", {"finished": True}, name="finished", station=self.name, packer=PACKER
        )
        self.db.claims.heartbeat(claim, ttl=DONE_TTL_S)  # tombstone: nobody claims it again
        self.result.finished.append(sid)

    def _try(self, claim: Claim) -> None:
        try:
            self.finish(claim)
        except Exception as exc:  # recorded; the shipment stays claimed and is swept below
            self.result.errors.append(f"{claim.shipment_id}: {type(exc).__name__}: {exc}")

    # ------------------------------------------------------------------ the loop
    def run(self, queue: list[str], on_finish: Callable[[], None] | None = None) -> None:
        """Work ``queue`` (this station's view of it, in its order) until nothing is free."""
        pending = list(queue)
        while pending:
            claim = self.db.claims.claim_next(pending[:WINDOW], self.name, PACKER)
            if claim is None:
                del pending[:WINDOW]  # held by others: finished, or being finished
                continue
            self.result.claims += 1
            pending.remove(claim.shipment_id)
            self._try(claim)
            if on_finish is not None:
                on_finish()
        # Claims this station holds but did not finish: an error above, or a claim whose commit
        # was lost with the connection (the retry then claimed another). Resume them.
        for _attempt in range(3):
            done = set(self.result.finished)
            mine = [c for c in self.db.claims.active(self.name) if c.shipment_id not in done]
            open_ = [c for c in mine if c.expires_at - c.heartbeat_at < _TOMBSTONE_MIN]
            if not open_:
                break
            for claim in open_:
                self.result.swept += 1
                self._try(claim)
        self.result.throttled = self.client.stats["throttled"]
        self.result.requests = self.client.stats["requests"]


def _package(shipment: shp.Shipment) -> shp.Package:
    cm, g = shp.DimensionUnit.CM, shp.WeightUnit.G
    return shp.Package(
        id="PKG-1",
        dimensions=shp.PackageDimensions(
            length=shp.Dimension(value=Decimal(30), dimension_unit=cm),
            width=shp.Dimension(value=Decimal(20), dimension_unit=cm),
            height=shp.Dimension(value=Decimal(10), dimension_unit=cm),
        ),
        weight=shp.Weight(value=Decimal(850), weight_unit=g),
        package_line_items=[
            shp.PackageLineItem(
                package_line_item_id=li.shipment_line_item_id, quantity=li.number_of_units
            )
            for li in shipment.line_items
        ],
    )


@dataclass
class RaceResult:
    stations: list[StationResult]
    elapsed_s: float

    @property
    def finished(self) -> list[str]:
        return [sid for s in self.stations for sid in s.finished]

    @property
    def errors(self) -> list[str]:
        return [e for s in self.stations for e in s.errors]


def race(
    url: str,
    wh: Warehouse,
    stations: int,
    *,
    on_progress: Callable[[int], None] | None = None,
) -> RaceResult:
    """Run ``stations`` threads over the warehouse's queue, all in the same order (the queue is
    sorted the same way at every bench), so they race for the same shipments."""
    benches = [Station(f"bench-{n:02d}", url, wh) for n in range(stations)]
    done = [0]
    lock = threading.Lock()

    def progress() -> None:
        with lock:
            done[0] += 1
            count = done[0]
        if on_progress is not None:
            on_progress(count)

    threads = []
    gc.collect()
    gc.freeze()  # the sandbox's 10^5 objects: no long collector pauses mid-race
    try:
        start = time.perf_counter()
        for bench in benches:
            threads.append(
                threading.Thread(target=bench.run, args=(wh.ids, progress), name=bench.name)
            )
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
    finally:
        gc.unfreeze()
        for bench in benches:
            bench.close()
    return RaceResult([b.result for b in benches], elapsed)


def bound_s(count: int, scale: float, utilisation: float = 1.0) -> float:
    """The time the shared limits make unavoidable: the busiest operation's calls / its rate
    (after the budget's burst), at ``utilisation`` of the plan. Per shipment: 1 getShipment
    (2/s), and 1 each of processShipment, createPackages, retrieveShippingOptions and
    generateShipLabels (1/s)."""
    per_op = {
        "getShipment": 1,
        "processShipment": 1,
        "createPackages": 1,
        "retrieveShippingOptions": 1,
        "generateShipLabels": 1,
    }
    return max(
        (count * calls - DEFAULT_RATES[op].burst)
        / (DEFAULT_RATES[op].per_second * scale * utilisation)
        for op, calls in per_op.items()
    )


def load() -> Any:
    import sys

    return sys.modules[__name__]

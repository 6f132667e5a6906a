"""The queue of shipments waiting at the bench: incremental sync, urgency order, scan lookup.

:class:`QueueService` keeps a local copy of every shipment the bench works on, refreshed from
Amazon with ``getShipments`` by ``lastUpdatedAfter`` (one call chain per status) and handed to the
GUI as a :class:`QueueDelta` (added / updated / removed). It is synchronous and does I/O: the GUI
runs :meth:`QueueService.sync` through its task runner, never on the GUI thread. Lookups and
sorting are in memory and cheap (10,000 shipments).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol

from packstation.domain.programs import program_of
from packstation.domain.shipments import Shipment, ShipmentStatus
from packstation.services.packing import item_codes

log = logging.getLogger(__name__)

#: Statuses a bench works on (CREATED only arrives for MFN when stock is short).
WORKING_STATUSES: tuple[str, ...] = (
    ShipmentStatus.CREATED.value,
    ShipmentStatus.ACCEPTED.value,
    ShipmentStatus.CONFIRMED.value,
    ShipmentStatus.PACKAGE_CREATED.value,
    ShipmentStatus.PICKUP_SLOT_RETRIEVED.value,
    ShipmentStatus.INVOICE_GENERATED.value,
    ShipmentStatus.SHIPLABEL_GENERATED.value,
)
#: Statuses that take a shipment off the queue; polled incrementally to notice removals.
LEAVING_STATUSES: tuple[str, ...] = (
    ShipmentStatus.CANCELLED.value,
    ShipmentStatus.SHIPPED.value,
)
#: Shipments per getShipments page (the model's maximum: fewest calls under the rate limit).
PAGE_SIZE = 100
#: Re-read this much before the newest lastUpdatedDateTime seen (clock skew, late commits).
OVERLAP = timedelta(minutes=2)


class WorkSource(Protocol):
    """Where the queue's work comes from: a channel's ``list_work`` (services.channel.Channel;
    for EF, ``EfChannel`` over getShipments)."""

    def list_work(
        self,
        *,
        status: str,
        location_id: str | None = None,
        last_updated_after: datetime | None = None,
        max_results: int | None = None,
    ) -> Iterator[Shipment]: ...


@dataclass
class QueueDelta:
    """What changed in one sync. ``removed`` holds shipment ids."""

    added: list[Shipment] = field(default_factory=list)
    updated: list[Shipment] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    full: bool = False

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


_FAR = datetime.max.replace(tzinfo=UTC)


def _aware(value: datetime | None) -> datetime:
    if value is None:
        return _FAR
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def urgency_key(
    shipment: Shipment, pickup_start: datetime | None = None
) -> tuple[datetime, int, datetime, str]:
    """Sort key, most urgent first: expected ship time, HIGH priority, pickup window, id."""
    expected = _aware(shipment.shipping_info.expected_shipping_date_time_in_utc)
    priority = 0 if str(shipment.shipment_info.priority) == "HIGH" else 1
    return (expected, priority, _aware(pickup_start), shipment.id)


class QueueService:
    """The bench's queue (see the module docstring). Thread-safe."""

    def __init__(
        self,
        source: WorkSource,
        *,
        location_id: str | None = None,
        statuses: Iterable[str] = WORKING_STATUSES,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.source = source
        self.location_id = location_id or None
        self.statuses = tuple(statuses)
        self.clock = clock
        self._lock = threading.RLock()
        self._shipments: dict[str, Shipment] = {}
        self._watermark: datetime | None = None
        #: shipment id -> start of its pickup window (fed by the bench when it learns it)
        self.pickup_starts: dict[str, datetime] = {}
        self._by_code: dict[str, set[str]] = {}

    # ------------------------------------------------------------------ reading
    @property
    def shipments(self) -> list[Shipment]:
        """Every shipment in the queue, most urgent first."""
        with self._lock:
            items = list(self._shipments.values())
        return sorted(items, key=self.key)

    def __len__(self) -> int:
        return len(self._shipments)

    def get(self, shipment_id: str) -> Shipment | None:
        with self._lock:
            return self._shipments.get(shipment_id)

    def key(self, shipment: Shipment) -> tuple[datetime, int, datetime, str]:
        return urgency_key(shipment, self.pickup_starts.get(shipment.id))

    def counts(self) -> dict[str, int]:
        """Shipments per status and per program (for tab badges)."""
        out: dict[str, int] = {}
        with self._lock:
            for s in self._shipments.values():
                out[str(s.status)] = out.get(str(s.status), 0) + 1
                prog = program_of(s)
                out[prog] = out.get(prog, 0) + 1
        return out

    def lookup(self, code: str) -> str | None:
        """The shipment a scanned code identifies: shipment id, order id, or an item
        (barcode / SKU) of a waiting shipment (the most urgent one holding it). None: no match."""
        code = code.strip()
        if not code:
            return None
        with self._lock:
            if code in self._shipments:
                return code
            ids = self._by_code.get(code) or self._by_code.get(code.upper())
            candidates = [self._shipments[i] for i in ids or () if i in self._shipments]
        if not candidates:
            return None
        return min(candidates, key=self.key).id

    # ------------------------------------------------------------------ syncing
    def sync(
        self, *, full: bool = False, progress: Callable[[str, int], None] | None = None
    ) -> QueueDelta:
        """Fetch what changed since the last sync (everything on the first or a ``full`` one)."""
        with self._lock:
            since = None if full or self._watermark is None else self._watermark - OVERLAP
        full = since is None
        started = self.clock()
        seen: dict[str, Shipment] = {}
        newest = since
        for status in self.statuses + (() if full else LEAVING_STATUSES):
            count = 0
            for shipment in self.source.list_work(
                status=status,
                location_id=self.location_id,
                last_updated_after=since,
                max_results=PAGE_SIZE,
            ):
                prev = seen.get(shipment.id)
                if prev is None or _aware(shipment.last_updated_date_time) >= _aware(
                    prev.last_updated_date_time
                ):
                    seen[shipment.id] = shipment
                stamp = _aware(shipment.last_updated_date_time)
                if stamp != _FAR and (newest is None or stamp > newest):
                    newest = stamp
                count += 1
            if progress is not None:
                progress(status, count)
        delta = self.apply(seen.values(), full=full)
        with self._lock:
            # Never ahead of our own clock: a shipment stamped in the future must not hide others.
            self._watermark = min(newest or started, started)
        log.info(
            "queue sync (%s): +%d ~%d -%d, %d waiting",
            "full" if full else "incremental",
            len(delta.added),
            len(delta.updated),
            len(delta.removed),
            len(self._shipments),
        )
        return delta

    def apply(self, shipments: Iterable[Shipment], *, full: bool = False) -> QueueDelta:
        """Merge shipments read elsewhere (a sync, or the bench re-reading one) into the queue."""
        delta = QueueDelta(full=full)
        working = set(self.statuses)
        with self._lock:
            present: set[str] = set()
            for shipment in shipments:
                present.add(shipment.id)
                old = self._shipments.get(shipment.id)
                if str(shipment.status) not in working:
                    if old is not None:
                        self._drop(shipment.id)
                        delta.removed.append(shipment.id)
                    continue
                if old is None:
                    delta.added.append(shipment)
                elif _aware(shipment.last_updated_date_time) < _aware(old.last_updated_date_time):
                    continue  # an older copy (overlapping sync): keep the newer one
                elif old.to_wire() != shipment.to_wire():
                    delta.updated.append(shipment)
                else:
                    continue
                self._store(shipment)
            if full:
                for sid in list(self._shipments):
                    if sid not in present:
                        self._drop(sid)
                        delta.removed.append(sid)
        return delta

    def remove(self, shipment_id: str) -> bool:
        """Take a shipment off the queue (shipped or rejected at this bench)."""
        with self._lock:
            if shipment_id not in self._shipments:
                return False
            self._drop(shipment_id)
            return True

    def _store(self, shipment: Shipment) -> None:
        old = self._shipments.get(shipment.id)
        if old is not None:
            self._unindex(old)
        self._shipments[shipment.id] = shipment
        for code in self._codes(shipment):
            self._by_code.setdefault(code, set()).add(shipment.id)

    def _drop(self, shipment_id: str) -> None:
        old = self._shipments.pop(shipment_id, None)
        if old is not None:
            self._unindex(old)
        self.pickup_starts.pop(shipment_id, None)

    def _unindex(self, shipment: Shipment) -> None:
        for code in self._codes(shipment):
            ids = self._by_code.get(code)
            if ids is not None:
                ids.discard(shipment.id)
                if not ids:
                    del self._by_code[code]

    @staticmethod
    def _codes(shipment: Shipment) -> set[str]:
        codes = {shipment.shipment_info.buyer_order_id}
        codes.update(item_codes(shipment))
        return codes | {c.upper() for c in codes}

    def snapshot(self) -> dict[str, int | datetime | None]:
        """Figures for the status bar and logs."""
        with self._lock:
            return {"waiting": len(self._shipments), "watermark": self._watermark}

"""Simulated time and what every desk of the marketplace shares (:class:`World`).

Time-driven changes (carrier scans, deliveries) are :class:`Event` s on one heap, applied when the
clock passes them (``MarketplaceState.tick``); the admin moves the clock forward.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable, Iterator
from typing import Literal, NamedTuple

EventKind = Literal["carrier_scan", "delivered"]


class SimClock:
    """Simulated time: the base clock (real time by default) plus an offset the admin advances."""

    def __init__(self, base: Callable[[], float] | None = None) -> None:
        self._base = base or time.time
        self.offset = 0.0

    def now(self) -> float:
        return self._base() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


class Event(NamedTuple):
    """A timed change of one package; ``seq`` keeps events at the same time in order."""

    at: float
    seq: int
    kind: str
    shipment_id: str
    package_id: str


class World:
    """The lock, the clock, the seed and epoch of the generated marketplace, the event queue.

    One per marketplace, shared by every desk. Desks assume the caller holds ``lock``.
    """

    def __init__(self, *, seed: int, clock: Callable[[], float] | None = None) -> None:
        self.lock = threading.RLock()
        self.clock = SimClock(clock)
        self.seed = seed
        self.epoch = self.clock.now()
        self.events: list[Event] = []
        self.event_seq = itertools.count()

    def now(self) -> float:
        return self.clock.now()

    def restart(self, seed: int) -> None:
        """A new generated marketplace from ``seed``, starting now, with nothing scheduled."""
        self.seed = seed
        self.epoch = self.clock.now()
        self.events = []
        self.event_seq = itertools.count()

    def schedule(self, at: float, kind: EventKind, shipment_id: str, package_id: str = "") -> None:
        heapq.heappush(self.events, Event(at, next(self.event_seq), kind, shipment_id, package_id))

    def due(self) -> Iterator[Event]:
        """Pop the events due now, earliest first (events scheduled meanwhile count too)."""
        now = self.clock.now()
        while self.events and self.events[0].at <= now:
            yield heapq.heappop(self.events)

"""Client-side rate limiting: one token bucket per operation.

Amazon's usage plans are per seller and application (shared by every station of a seller), so
staying under them is the client's job: a 429 costs a backoff, many 429s cost the seller.

The interface, :class:`RateLimiter`, is deliberately small so that a backend shared by many
stations (e.g. on PostgreSQL) can implement it later:

* ``acquire(operation)`` blocks until one call of ``operation`` may be sent (or raises
  :class:`RateLimitTimeout` when that would take longer than ``timeout``);
* ``update_rate(operation, rate)`` adopts the rate Amazon announced in ``x-amzn-RateLimit-Limit``;
* ``throttled(operation)`` reports a 429: the bucket is emptied so the next calls slow down.

:class:`TokenBucketLimiter` is the in-process backend. It reserves tokens (the balance may go
negative), so concurrent callers queue in arrival order instead of stampeding, and it sleeps
outside its lock.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from packstation.domain.usage_plans import FALLBACK_PLAN, USAGE_PLANS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rate:
    """``per_second`` sustained calls, up to ``burst`` at once."""

    per_second: float
    burst: float


# Amazon's usage plans for the EF APIs, from the one table both client and sandbox use
# (packstation.domain.usage_plans); the response header is the truth.
DEFAULT_RATES: Mapping[str, Rate] = {
    op: Rate(plan.rate, plan.client_burst) for op, plan in USAGE_PLANS.items()
}
FALLBACK_RATE = Rate(FALLBACK_PLAN.rate, FALLBACK_PLAN.client_burst)


class RateLimitTimeout(Exception):
    """Waiting for a rate-limit token would take longer than allowed."""


@runtime_checkable
class RateLimiter(Protocol):
    """Decides when a call of an operation may be sent (see the module docstring)."""

    def acquire(self, operation: str, *, timeout: float | None = None) -> None:
        """Block until one call of ``operation`` may be sent."""

    def update_rate(self, operation: str, per_second: float) -> None:
        """Adopt the sustained rate Amazon announced for ``operation``."""

    def throttled(self, operation: str) -> None:
        """Amazon answered 429 to ``operation``: slow down."""


class NoLimiter:
    """A limiter that never waits (tests, or a server without limits)."""

    def acquire(self, operation: str, *, timeout: float | None = None) -> None:
        return None

    def update_rate(self, operation: str, per_second: float) -> None:
        return None

    def throttled(self, operation: str) -> None:
        return None


class _Bucket:
    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: Rate, now: float) -> None:
        self.rate = rate.per_second
        self.burst = rate.burst
        self.tokens = rate.burst
        self.stamp = now

    def refill(self, now: float) -> None:
        if now > self.stamp:
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now


class TokenBucketLimiter:
    """In-process token buckets, one per operation, thread-safe."""

    def __init__(
        self,
        rates: Mapping[str, Rate] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._rates = dict(DEFAULT_RATES if rates is None else rates)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}

    def _bucket(self, operation: str, now: float) -> _Bucket:
        bucket = self._buckets.get(operation)
        if bucket is None:
            bucket = _Bucket(self._rates.get(operation, FALLBACK_RATE), now)
            self._buckets[operation] = bucket
        return bucket

    def rate(self, operation: str) -> Rate:
        """The rate in force for ``operation``."""
        with self._lock:
            bucket = self._buckets.get(operation)
            if bucket is not None:
                return Rate(bucket.rate, bucket.burst)
            return self._rates.get(operation, FALLBACK_RATE)

    def acquire(self, operation: str, *, timeout: float | None = None) -> None:
        with self._lock:
            now = self._clock()
            bucket = self._bucket(operation, now)
            bucket.refill(now)
            wait = 0.0 if bucket.tokens >= 1 else (1 - bucket.tokens) / bucket.rate
            if timeout is not None and wait > timeout:
                raise RateLimitTimeout(
                    f"{operation}: the next call is allowed in {wait:.1f} s (limit {timeout:.1f} s)"
                )
            bucket.tokens -= 1  # reserve: later callers wait behind this one
        if wait > 0:
            self._sleep(wait)

    def update_rate(self, operation: str, per_second: float) -> None:
        if not per_second > 0:
            return
        with self._lock:
            now = self._clock()
            bucket = self._bucket(operation, now)
            if abs(bucket.rate - per_second) < 1e-9:
                return
            bucket.refill(now)
            log.info("rate limit of %s is %.3g/s (was %.3g/s)", operation, per_second, bucket.rate)
            bucket.rate = per_second
            # A lower rate caps the burst too; a higher one keeps the configured burst.
            if per_second < bucket.burst:
                bucket.burst = max(1.0, per_second)
            bucket.tokens = min(bucket.tokens, bucket.burst)

    def throttled(self, operation: str) -> None:
        with self._lock:
            now = self._clock()
            bucket = self._bucket(operation, now)
            bucket.refill(now)
            bucket.tokens = min(bucket.tokens, 0.0)

"""Fault injection and rate limits of the sandbox marketplace.

A :class:`Faults` is plain data (JSON in and out through ``/_sandbox/faults``):

``latency_ms``
    ``{"*": [min, max], "getShipments": [min, max]}``: uniform extra latency per operation.
``error_rates``
    ``{"*" or operationId: {kind: probability}}`` with kind one of ``"500"``, ``"503"``,
    ``"429"``, ``"timeout"`` (hang ``timeout_s`` then 503), ``"reset"`` (the connection drops
    mid-body), ``"malformed"`` (200 with a truncated JSON body).
``fail_next``
    ``{"*" or operationId: [kind, ...]}``: the next calls fail in this order, deterministically.
``timeout_s``
    How long a ``timeout`` fault hangs (released at once when the server stops).
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.usage_plans import FALLBACK_PLAN, USAGE_PLANS

FAULT_KINDS = ("500", "503", "429", "timeout", "reset", "malformed")

#: operationId -> (requests per second, burst), from the usage-plan table the client uses too
RATE_LIMITS: dict[str, tuple[float, int]] = {
    op: (plan.rate, int(plan.burst)) for op, plan in USAGE_PLANS.items()
}
FALLBACK_LIMIT = (FALLBACK_PLAN.rate, int(FALLBACK_PLAN.burst))
#: A call may arrive this much earlier than the bucket allows (at most half a token): the
#: client paces calls when it sends them, and network jitter moves their arrival a little.
JITTER_GRACE_S = 0.25


class FaultsError(ValueError):
    """A fault configuration that makes no sense; the message says which field."""


@dataclass
class Faults:
    latency_ms: dict[str, tuple[float, float]] = field(default_factory=dict)
    error_rates: dict[str, dict[str, float]] = field(default_factory=dict)
    fail_next: dict[str, list[str]] = field(default_factory=dict)
    timeout_s: float = 30.0

    @classmethod
    def from_json(cls, doc: Any) -> Faults:
        if doc is None:
            return cls()
        if isinstance(doc, Faults):
            return doc
        if not isinstance(doc, dict):
            raise FaultsError("faults must be a JSON object")
        unknown = set(doc) - {"latency_ms", "error_rates", "fail_next", "timeout_s"}
        if unknown:
            raise FaultsError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
        faults = cls(timeout_s=float(doc.get("timeout_s", 30.0)))
        for op, span in (doc.get("latency_ms") or {}).items():
            if not isinstance(span, list | tuple) or len(span) != 2:
                raise FaultsError(f"latency_ms.{op} must be [min, max] in milliseconds")
            low, high = float(span[0]), float(span[1])
            if low < 0 or high < low:
                raise FaultsError(f"latency_ms.{op}: need 0 <= min <= max")
            faults.latency_ms[op] = (low, high)
        for op, rates in (doc.get("error_rates") or {}).items():
            if not isinstance(rates, dict):
                raise FaultsError(f"error_rates.{op} must map a fault kind to a probability")
            clean = {}
            for kind, p in rates.items():
                if str(kind) not in FAULT_KINDS:
                    raise FaultsError(
                        f"error_rates.{op}: unknown kind {kind!r}; use {', '.join(FAULT_KINDS)}"
                    )
                if not 0 <= float(p) <= 1:
                    raise FaultsError(f"error_rates.{op}.{kind} must be between 0 and 1")
                clean[str(kind)] = float(p)
            faults.error_rates[op] = clean
        for op, kinds in (doc.get("fail_next") or {}).items():
            if not isinstance(kinds, list) or any(str(k) not in FAULT_KINDS for k in kinds):
                raise FaultsError(f"fail_next.{op} must be a list of {', '.join(FAULT_KINDS)}")
            faults.fail_next[op] = [str(k) for k in kinds]
        return faults

    def to_json(self) -> dict[str, Any]:
        return {
            "latency_ms": {op: list(span) for op, span in self.latency_ms.items()},
            "error_rates": {op: dict(r) for op, r in self.error_rates.items()},
            "fail_next": {op: list(k) for op, k in self.fail_next.items()},
            "timeout_s": self.timeout_s,
        }

    def merge(self, other: Faults) -> None:
        self.latency_ms.update(other.latency_ms)
        self.error_rates.update(other.error_rates)
        for op, kinds in other.fail_next.items():
            self.fail_next.setdefault(op, []).extend(kinds)
        self.timeout_s = other.timeout_s

    def pick(self, operation: str, rng: random.Random) -> str | None:
        """The fault for this call of ``operation``, or None."""
        for key in (operation, "*"):
            queue = self.fail_next.get(key)
            if queue:
                return queue.pop(0)
        for key in (operation, "*"):
            for kind, p in self.error_rates.get(key, {}).items():
                if p and rng.random() < p:
                    return kind
        return None

    def latency(self, operation: str, rng: random.Random) -> float:
        """Extra latency in seconds for this call."""
        span = self.latency_ms.get(operation) or self.latency_ms.get("*")
        if not span:
            return 0.0
        return rng.uniform(span[0], span[1]) / 1000.0


class RateLimiter:
    """One token bucket per operation (real monotonic time, not the simulated clock)."""

    def __init__(self, limits: dict[str, tuple[float, int]] | None = None) -> None:
        self.limits = dict(limits or RATE_LIMITS)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, operation: str) -> bool:
        rate, burst = self.limits.get(operation, FALLBACK_LIMIT)
        grace = min(0.5, rate * JITTER_GRACE_S)
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(operation, (float(burst), now))
            tokens = min(float(burst), tokens + (now - last) * rate)
            if tokens < 1.0 - grace:
                self._buckets[operation] = (tokens, now)
                return False
            self._buckets[operation] = (tokens - 1.0, now)
            return True

    def reset(self) -> None:
        with self._lock:
            self._buckets.clear()

    def header(self, operation: str) -> str:
        return f"{self.limits.get(operation, FALLBACK_LIMIT)[0]:.1f}"

"""When and how long to wait before repeating a failed call.

Retried: 429 (throttled), 500/502/503/504, 409 "busy / in progress", connect errors and
timeouts, with exponential backoff and *full jitter* (a random wait between 0 and
``base * 2**attempt``, capped), bounded by ``max_attempts`` and by a ``deadline`` for the whole
call. Never retried: auth errors, invalid input, not found, duplicate requests.

A *state-changing* call (confirm, create packages, invoice, labels, package status) is repeated
only when the request certainly did not take effect: it never left (connect error), or the
server refused it (429, 503, 409-busy). When it was sent and no answer came (read timeout,
connection reset, 500/502/504) the client does not repeat it: it re-reads the shipment or raises
:class:`packstation.amazon.errors.AmbiguousResultError`.

``sleep`` and ``clock`` are injectable so tests run without waiting.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds and timing of retries (see the module docstring)."""

    max_attempts: int = 6
    base_delay: float = 0.5
    max_delay: float = 20.0
    deadline: float = 90.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    random: Callable[[], float] = field(default=random.random, repr=False)

    def backoff(self, attempt: int) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (1-based), full jitter."""
        ceiling = min(self.max_delay, self.base_delay * (2 ** (attempt - 1)))
        return ceiling * self.random()

    def next_delay(self, attempt: int, started: float) -> float | None:
        """The wait before attempt ``attempt + 1``, or None when the policy gives up."""
        if attempt >= self.max_attempts:
            return None
        delay = self.backoff(attempt)
        if self.clock() + delay - started > self.deadline:
            return None
        return delay


NO_RETRY = RetryPolicy(max_attempts=1)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# Statuses after which a refused request certainly did not take effect.
REFUSED_STATUS = frozenset({429, 503})
# Words in a 409's code or message that mean "try again later" (not "already done").
BUSY_WORDS = ("busy", "inprogress", "tryagain", "retry", "temporar", "throttl")

"""A rate budget shared by every station of a seller, kept in the database.

Amazon's usage plans are per seller and application: five benches each keeping to 1 call/s on
their own send 5 calls/s together and collect 429s. A :class:`RateBudget` is a token bucket per
(budget, operation) stored in one row of ``rate_budgets``; every station draws from the same row,
so together they stay under the plan without a service of our own.

One call of :meth:`RateBudget.acquire` is one short transaction: the row is locked
(``SELECT ... FOR UPDATE`` on PostgreSQL; ``BEGIN IMMEDIATE`` on SQLite), refilled from the
database's clock, one token is *reserved* (the balance may go negative, so concurrent stations
queue in arrival order instead of stampeding), and the transaction commits. The wait is computed
from the balance and slept *outside* the transaction, on this station. A PostgreSQL restart is
survived by :meth:`Database.run`'s bounded retry; a retried reservation after an unknown commit
costs at most one extra token (never a call too many).

``throttled(op)`` (a 429 seen by any station) empties the shared bucket for everyone;
``update_rate(op, r)`` (the ``x-amzn-RateLimit-Limit`` header) updates the shared row, written
only when the rate differs from the one this station last saw.

The class implements the client's ``RateLimiter`` protocol structurally (this layer does not
import ``packstation.amazon``) but raises :class:`RateBudgetTimeout`;
:mod:`packstation.services.ratebudget` adapts it for the EF client.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, select, text, update

from packstation.store.database import insert_ignore
from packstation.store.errors import StoreError
from packstation.store.schema import rate_budgets

if TYPE_CHECKING:
    from packstation.store.database import Database

log = logging.getLogger(__name__)

DEFAULT_BUDGET = "default"
#: (per_second, burst) for an operation the budget has no rate for.
FALLBACK: tuple[float, float] = (1.0, 1.0)


class RateBudgetTimeout(StoreError):
    """The next call of an operation is further away than the caller is willing to wait."""

    def __init__(self, operation: str, wait: float, timeout: float) -> None:
        self.operation = operation
        self.wait = wait
        self.timeout = timeout
        super().__init__(
            f"{operation}: the shared rate budget allows the next call in {wait:.1f} s "
            f"(limit {timeout:.1f} s); the stations of this seller are using it all"
        )


@dataclass(frozen=True)
class BudgetState:
    """One operation's shared bucket as stored (``tokens`` refilled to ``now``)."""

    operation: str
    per_second: float
    burst: float
    tokens: float
    now: float


class RateBudget:
    """Token buckets shared through the database (see the module docstring). Thread-safe.

    ``rates`` maps an operation to ``(per_second, burst)`` (anything with ``per_second`` and
    ``burst`` attributes works too); they seed a bucket the first time any station uses it.
    ``utilisation`` (0 to 1) is the share of the plan this station draws at: below 1 the server's
    bucket keeps some tokens, which absorbs calls that bunch up on the way (one station's call
    delayed until the next station's is sent). Sending at exactly the plan's rate leaves no slack
    to recover with, and a few 429s follow under load.
    ``clock`` (seconds) defaults to the database's clock on PostgreSQL (all stations agree on it)
    and this machine's ``time.time`` on SQLite; ``sleep`` defaults to an interruptible wait that
    :meth:`close` cuts short. Both are seams for tests.
    """

    def __init__(
        self,
        db: Database,
        budget: str = DEFAULT_BUDGET,
        rates: Mapping[str, Any] | None = None,
        *,
        fallback: tuple[float, float] = FALLBACK,
        utilisation: float = 1.0,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        if not 0 < utilisation <= 1:
            raise StoreError(f"utilisation must be in (0, 1], got {utilisation!r}")
        if not budget or len(budget) > 64:
            raise StoreError(f"a rate budget needs a name of 1 to 64 characters, got {budget!r}")
        self._db = db
        self.budget = budget
        self._rates = {op: _pair(rate) for op, rate in (rates or {}).items()}
        self._fallback = _pair(fallback)
        self.utilisation = utilisation
        self._clock = clock
        self._closed = threading.Event()
        self._sleep = sleep if sleep is not None else self._wait
        self._known_rate: dict[str, float] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ internals
    def _wait(self, seconds: float) -> None:
        # Library code on worker threads (the client's calls), never the GUI thread.
        self._closed.wait(seconds)

    def _now(self, conn: Connection) -> float:
        if self._clock is not None:
            return self._clock()
        if conn.dialect.name == "postgresql":
            value = conn.execute(text("SELECT extract(epoch FROM clock_timestamp())")).scalar_one()
            return float(value)
        return time.time()

    def _where(self, operation: str) -> Any:
        return (rate_budgets.c.budget == self.budget) & (rate_budgets.c.operation == operation)

    def _locked(self, conn: Connection, operation: str) -> tuple[Row[Any], float]:
        """The operation's row, locked, created full on first use; and the clock after the lock."""
        stmt = select(rate_budgets).where(self._where(operation)).with_for_update()
        row = conn.execute(stmt).one_or_none()
        if row is None:
            per_second, burst = self._rates.get(operation, self._fallback)
            now = self._now(conn)
            insert_ignore(
                conn,
                rate_budgets,
                [
                    {
                        "budget": self.budget,
                        "operation": operation,
                        "per_second": per_second,
                        "burst": burst,
                        "tokens": burst,
                        "stamp": now,
                        "throttled_at": None,
                        "updated_at": self._db.now(conn),
                    }
                ],
                ["budget", "operation"],
            )
            row = conn.execute(stmt).one()
        return row, self._now(conn)

    def _refilled(self, row: Row[Any], now: float) -> tuple[float, float]:
        """(tokens, stamp) refilled up to ``now``. A clock that went back restarts the stamp."""
        tokens, stamp = float(row.tokens), float(row.stamp)
        if now > stamp:
            rate = float(row.per_second) * self.utilisation
            tokens = min(float(row.burst), tokens + (now - stamp) * rate)
            stamp = now
        elif now < stamp - 1.0:
            stamp = now
        return tokens, stamp

    def _store(self, conn: Connection, operation: str, **values: Any) -> None:
        conn.execute(update(rate_budgets).where(self._where(operation)).values(**values))

    def _remember(self, operation: str, per_second: float) -> None:
        with self._lock:
            self._known_rate[operation] = per_second

    # ------------------------------------------------------------------ the limiter protocol
    def reserve(self, operation: str, *, timeout: float | None = None) -> float:
        """Reserve one call of ``operation``; return how long to wait before sending it.

        Raises :class:`RateBudgetTimeout` (reserving nothing) when that wait exceeds ``timeout``.
        """

        def work(conn: Connection) -> tuple[float, float]:
            row, now = self._locked(conn, operation)
            tokens, stamp = self._refilled(row, now)
            rate = float(row.per_second)
            wait = 0.0 if tokens >= 1.0 else (1.0 - tokens) / (rate * self.utilisation)
            if timeout is not None and wait > timeout:
                raise RateBudgetTimeout(operation, wait, timeout)
            self._store(conn, operation, tokens=tokens - 1.0, stamp=stamp)
            return wait, rate

        wait, rate = self._db.run(work)
        self._remember(operation, rate)
        return wait

    def acquire(self, operation: str, *, timeout: float | None = None) -> None:
        """Block until one call of ``operation`` may be sent (the protocol's ``acquire``)."""
        if self._closed.is_set():
            raise StoreError(f"{operation}: the shared rate budget {self.budget} is closed")
        wait = self.reserve(operation, timeout=timeout)
        if wait > 0:
            self._sleep(wait)
            if self._closed.is_set():
                raise StoreError(f"{operation}: the shared rate budget {self.budget} was closed")

    def update_rate(self, operation: str, per_second: float) -> None:
        """Adopt the sustained rate Amazon announced; a lower rate caps the burst too."""
        if not per_second > 0:
            return
        with self._lock:
            if abs(self._known_rate.get(operation, -1.0) - per_second) < 1e-9:
                return

        def work(conn: Connection) -> float:
            row, now = self._locked(conn, operation)
            old = float(row.per_second)
            if abs(old - per_second) < 1e-9:
                return old
            tokens, stamp = self._refilled(row, now)
            burst = float(row.burst)
            if per_second < burst:
                burst = max(1.0, per_second)
            self._store(
                conn,
                operation,
                per_second=per_second,
                burst=burst,
                tokens=min(tokens, burst),
                stamp=stamp,
                updated_at=self._db.now(conn),
            )
            log.info(
                "shared rate limit of %s (%s) is %.3g/s (was %.3g/s)",
                operation,
                self.budget,
                per_second,
                old,
            )
            return old

        self._db.run(work)
        self._remember(operation, per_second)

    def throttled(self, operation: str) -> None:
        """A 429 was seen: empty the shared bucket, so every station slows down."""

        def work(conn: Connection) -> None:
            row, now = self._locked(conn, operation)
            tokens, stamp = self._refilled(row, now)
            at = self._db.now(conn)
            self._store(
                conn,
                operation,
                tokens=min(tokens, 0.0),
                stamp=stamp,
                throttled_at=at,
                updated_at=at,
            )

        self._db.run(work)
        log.warning(
            "%s throttled by Amazon: the shared budget %s is emptied", operation, self.budget
        )

    # ------------------------------------------------------------------ inspection
    def state(self, operation: str) -> BudgetState | None:
        """The shared bucket of ``operation`` refilled to now (None: no station used it yet)."""

        def work(conn: Connection) -> BudgetState | None:
            row = conn.execute(select(rate_budgets).where(self._where(operation))).one_or_none()
            if row is None:
                return None
            now = self._now(conn)
            tokens, _stamp = self._refilled(row, now)
            return BudgetState(operation, float(row.per_second), float(row.burst), tokens, now)

        return self._db.run(work, write=False)

    def operations(self) -> list[str]:
        """Operations this budget has a bucket for."""
        stmt = (
            select(rate_budgets.c.operation)
            .where(rate_budgets.c.budget == self.budget)
            .order_by(rate_budgets.c.operation)
        )
        return self._db.run(lambda conn: list(conn.execute(stmt).scalars()), write=False)

    def reset(self) -> int:
        """Forget every bucket of this budget (they start full again); returns how many."""

        def work(conn: Connection) -> int:
            stmt = rate_budgets.delete().where(rate_budgets.c.budget == self.budget)
            return int(conn.execute(stmt).rowcount or 0)

        with self._lock:
            self._known_rate.clear()
        return self._db.run(work)

    def close(self) -> None:
        """Wake threads sleeping in :meth:`acquire`; they, and later calls, raise StoreError."""
        self._closed.set()


def _pair(rate: Any) -> tuple[float, float]:
    """(per_second, burst) from a pair or an object with those attributes, validated."""
    if isinstance(rate, tuple | list):
        per_second, burst = float(rate[0]), float(rate[1])
    else:
        per_second, burst = float(rate.per_second), float(rate.burst)
    if not per_second > 0 or burst < 1:
        raise StoreError(f"a rate needs per_second > 0 and burst >= 1, got {rate!r}")
    return per_second, burst


__all__ = ["DEFAULT_BUDGET", "BudgetState", "RateBudget", "RateBudgetTimeout"]

"""The EF client's rate limiter shared by every station of a seller, built from the settings.

:class:`SharedRateLimiter` adapts :class:`packstation.store.ratebudget.RateBudget` (a token
bucket per operation in the shared PostgreSQL database) to the client's ``RateLimiter``
protocol: a wait longer than the caller's ``timeout`` or a database that stays unreachable
becomes :class:`RateLimitTimeout`; a failure to record a 429 or a new rate is logged and
does not fail the API call that saw it.

:func:`shared_limiter` decides: PostgreSQL and ``database.shared_rate_limits`` on (the
default) give the shared limiter; SQLite (one station) keeps the client's in-process
``TokenBucketLimiter``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from packstation.amazon.ratelimit import (
    DEFAULT_RATES,
    FALLBACK_RATE,
    Rate,
    RateLimiter,
    RateLimitTimeout,
)
from packstation.config.settings import Settings
from packstation.store.database import Database
from packstation.store.errors import StoreError, StoreUnavailable
from packstation.store.ratebudget import RateBudget, RateBudgetTimeout

log = logging.getLogger(__name__)

#: Share of Amazon's plan the stations draw at together: 5 % slack lets Amazon's bucket absorb
#: calls that bunch up between stations (measured: at 100 % a 20-station race saw 3 429s in
#: 10,000 calls, at 95 % none).
DEFAULT_UTILISATION = 0.95


class SharedRateLimiter:
    """A ``RateLimiter`` over a :class:`RateBudget` in the shared database."""

    def __init__(self, budget: RateBudget) -> None:
        self.budget = budget

    @classmethod
    def open(
        cls,
        db: Database,
        budget: str = "default",
        rates: Mapping[str, Rate] | None = None,
        *,
        utilisation: float = DEFAULT_UTILISATION,
        **kwargs: object,
    ) -> SharedRateLimiter:
        """A limiter on ``db``'s budget ``budget`` seeded with ``rates`` (Amazon's plans)."""
        plans = dict(DEFAULT_RATES if rates is None else rates)
        return cls(
            db.rate_budget(
                budget,
                {op: (r.per_second, r.burst) for op, r in plans.items()},
                fallback=(FALLBACK_RATE.per_second, FALLBACK_RATE.burst),
                utilisation=utilisation,
                **kwargs,
            )
        )

    def acquire(self, operation: str, *, timeout: float | None = None) -> None:
        try:
            self.budget.acquire(operation, timeout=timeout)
        except RateBudgetTimeout as exc:
            raise RateLimitTimeout(str(exc)) from exc
        except StoreUnavailable as exc:
            raise RateLimitTimeout(
                f"{operation}: the shared rate budget cannot be read ({exc}); the call was not "
                "sent. Check the warehouse database server"
            ) from exc

    def update_rate(self, operation: str, per_second: float) -> None:
        try:
            self.budget.update_rate(operation, per_second)
        except StoreError as exc:
            log.warning("could not record the new rate of %s: %s", operation, exc)

    def throttled(self, operation: str) -> None:
        try:
            self.budget.throttled(operation)
        except StoreError as exc:
            log.warning("could not record a 429 for %s in the shared budget: %s", operation, exc)

    def close(self) -> None:
        self.budget.close()


def budget_name(settings: Settings) -> str:
    """``database.rate_budget``, else one name per LWA application and region."""
    if settings.database.rate_budget:
        return settings.database.rate_budget
    region = settings.amazon.region.value
    app = settings.amazon.lwa_client_id or ("sandbox" if settings.is_sandbox else "default")
    return f"{region}:{app}"[:64]


def shared_limiter(settings: Settings, db: Database) -> RateLimiter | None:
    """The shared limiter for a PostgreSQL database (None: keep the in-process one)."""
    if not db.is_postgres or not settings.database.shared_rate_limits:
        return None
    name = budget_name(settings)
    log.info("Amazon rate limits shared through %s (budget %s)", db.safe_url, name)
    return SharedRateLimiter.open(db, name)

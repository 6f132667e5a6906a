"""The shared rate budget on SQLite and PostgreSQL: burst then rate, one budget for several
stations (separate Database objects on one database), 429s and new rates shared, timeouts,
sleeping outside the transaction, a PostgreSQL restart, and the wiring into the client."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from packstation.amazon.ratelimit import Rate, RateLimiter, RateLimitTimeout
from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.services.ratebudget import SharedRateLimiter, budget_name, shared_limiter
from packstation.store import Database, StoreError
from packstation.store.ratebudget import RateBudget, RateBudgetTimeout

RATES = {"getShipment": (2.0, 3.0), "processShipment": (1.0, 1.0)}


class FakeTime:
    """A clock the tests move by hand; ``sleep`` records the wait and moves the clock."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


@pytest.fixture
def stations(db_url: str) -> Iterator[list[Database]]:
    """Two stations: two Database objects (two connection pools) on the same database."""
    first = Database.open(db_url, retry_deadline_s=60)
    second = Database.open(db_url, retry_deadline_s=60)
    yield [first, second]
    first.close()
    second.close()


def budgets(dbs: list[Database], fake: FakeTime, name: str = "seller-1") -> list[RateBudget]:
    return [db.rate_budget(name, RATES, clock=fake.clock, sleep=fake.sleep) for db in dbs]


def test_burst_then_rate(stations: list[Database], fake: FakeTime) -> None:
    budget, _ = budgets(stations, fake)
    assert [budget.reserve("getShipment") for _ in range(3)] == [0.0, 0.0, 0.0]
    # The burst is spent: each further call is 1/rate later than the one before.
    assert [budget.reserve("getShipment") for _ in range(3)] == pytest.approx([0.5, 1.0, 1.5])
    fake.now += 1.5
    assert budget.reserve("getShipment") == pytest.approx(0.5)
    state = budget.state("getShipment")
    assert state is not None
    assert (state.per_second, state.burst) == (2.0, 3.0)
    assert state.tokens == pytest.approx(-1.0)
    assert budget.operations() == ["getShipment"]


def test_acquire_sleeps_the_wait(stations: list[Database], fake: FakeTime) -> None:
    budget, _ = budgets(stations, fake)
    for _ in range(4):
        budget.acquire("processShipment")
    assert fake.slept == pytest.approx([1.0, 1.0, 1.0])  # burst 1, then 1 call/s


def test_two_stations_share_one_budget(stations: list[Database], fake: FakeTime) -> None:
    first, second = budgets(stations, fake)
    other_seller = stations[1].rate_budget("seller-2", RATES, clock=fake.clock, sleep=fake.sleep)
    assert first.reserve("getShipment") == 0.0
    assert second.reserve("getShipment") == 0.0
    assert first.reserve("getShipment") == 0.0
    assert second.reserve("getShipment") == pytest.approx(0.5)  # the shared burst of 3 is used
    assert first.reserve("getShipment") == pytest.approx(1.0)
    assert other_seller.reserve("getShipment") == 0.0  # another seller has its own plan
    assert first.reserve("processShipment") == 0.0  # and every operation its own bucket


def test_throttled_empties_the_bucket_for_everyone(
    stations: list[Database], fake: FakeTime
) -> None:
    first, second = budgets(stations, fake)
    assert first.reserve("getShipment") == 0.0
    second.throttled("getShipment")  # a 429 seen at the second station
    assert first.reserve("getShipment") == pytest.approx(0.5)
    assert second.reserve("getShipment") == pytest.approx(1.0)
    fake.now += 10  # the bucket refills to its burst again
    assert [first.reserve("getShipment") for _ in range(3)] == [0.0, 0.0, 0.0]


def test_update_rate_is_shared(stations: list[Database], fake: FakeTime) -> None:
    first, second = budgets(stations, fake)
    assert first.reserve("getShipment") == 0.0
    second.update_rate("getShipment", 0.5)  # the header announced a lower rate
    state = first.state("getShipment")
    assert state is not None
    assert (state.per_second, state.burst) == (0.5, 1.0)  # a lower rate caps the burst
    assert first.reserve("getShipment") == 0.0
    assert first.reserve("getShipment") == pytest.approx(2.0)
    first.update_rate("getShipment", 4.0)  # a higher one keeps the burst
    assert second.reserve("getShipment") == pytest.approx(1 / 4 + 1 / 4)
    second.update_rate("getShipment", 0)  # nonsense is ignored
    assert second.state("getShipment").per_second == 4.0  # type: ignore[union-attr]


def test_unknown_operations_use_the_fallback(stations: list[Database], fake: FakeTime) -> None:
    budget = stations[0].rate_budget("s", clock=fake.clock, sleep=fake.sleep, fallback=(4.0, 2.0))
    assert [budget.reserve("newOperation") for _ in range(3)] == pytest.approx([0, 0, 0.25])


def test_timeout_reserves_nothing(stations: list[Database], fake: FakeTime) -> None:
    budget, _ = budgets(stations, fake)
    budget.acquire("processShipment")
    with pytest.raises(RateBudgetTimeout, match=r"next call in 1\.0 s \(limit 0\.5 s\)"):
        budget.acquire("processShipment", timeout=0.5)
    assert budget.reserve("processShipment", timeout=1.0) == pytest.approx(1.0)
    assert fake.slept == []


def test_the_wait_is_slept_outside_the_transaction(
    stations: list[Database], fake: FakeTime
) -> None:
    """While one station sleeps, the other can use the budget (the row is not held)."""
    seen: list[float] = []
    other = stations[1].rate_budget("seller-1", RATES, clock=fake.clock, sleep=fake.sleep)

    def sleep(seconds: float) -> None:
        seen.append(other.reserve("processShipment"))
        fake.sleep(seconds)

    budget = stations[0].rate_budget("seller-1", RATES, clock=fake.clock, sleep=sleep)
    budget.acquire("processShipment")
    budget.acquire("processShipment")
    assert seen == pytest.approx([2.0])  # queued behind the sleeper, in arrival order


def test_close_wakes_a_sleeper(stations: list[Database]) -> None:
    budget = stations[0].rate_budget("slow", {"op": (0.001, 1.0)})
    budget.acquire("op")
    failure: list[BaseException] = []
    started = threading.Event()

    def waiter() -> None:
        started.set()
        try:
            budget.acquire("op")  # about 1000 s away
        except StoreError as exc:
            failure.append(exc)

    thread = threading.Thread(target=waiter)
    thread.start()
    assert started.wait(10)
    while budget.state("op").tokens > -0.5:  # type: ignore[union-attr]
        started.wait(0.01)  # until the waiter reserved its token and sleeps
    budget.close()
    thread.join(10)
    assert not thread.is_alive()
    assert failure
    assert "closed" in str(failure[0])
    with pytest.raises(StoreError, match="closed"):
        budget.acquire("op")


def test_real_clock(stations: list[Database]) -> None:
    """Without a test clock: PostgreSQL's clock (SQLite: this machine's) refills the bucket."""
    budget = stations[0].rate_budget("real", {"op": (1.0, 2.0)})
    assert budget.reserve("op") == 0.0
    assert budget.reserve("op") == 0.0
    wait = budget.reserve("op")
    assert 0 < wait <= 1.0
    assert stations[1].rate_budget("real").reserve("op") > wait


def test_reset_and_bad_arguments(stations: list[Database], fake: FakeTime) -> None:
    budget, _ = budgets(stations, fake)
    budget.reserve("getShipment")
    budget.reserve("processShipment")
    assert budget.reset() == 2
    assert budget.operations() == []
    with pytest.raises(StoreError, match="1 to 64 characters"):
        stations[0].rate_budget("")
    with pytest.raises(StoreError, match="per_second > 0"):
        stations[0].rate_budget("x", {"op": (0.0, 1.0)})


@pytest.mark.postgres
def test_survives_a_postgres_restart(pg_cluster: Any, pg_url: str, fake: FakeTime) -> None:
    db = Database.open(pg_url, retry_deadline_s=90)
    try:
        budget = db.rate_budget("seller-1", RATES, clock=fake.clock, sleep=fake.sleep)
        assert budget.reserve("getShipment") == 0.0
        pg_cluster.restart("fast")
        assert budget.reserve("getShipment") == 0.0  # reconnected; the row survived
        assert budget.reserve("getShipment") == 0.0
        assert budget.reserve("getShipment") == pytest.approx(0.5)
    finally:
        db.close()


# ---------------------------------------------------------------------- the client's side
def test_adapter_speaks_the_client_protocol(stations: list[Database], fake: FakeTime) -> None:
    limiter = SharedRateLimiter.open(
        stations[0], "seller-1", {"op": Rate(1.0, 1.0)}, clock=fake.clock, sleep=fake.sleep
    )
    assert isinstance(limiter, RateLimiter)
    limiter.acquire("op")
    with pytest.raises(RateLimitTimeout, match="shared rate budget"):
        limiter.acquire("op", timeout=0.1)
    limiter.update_rate("op", 2.0)
    limiter.throttled("op")
    state = limiter.budget.state("op")
    assert state is not None
    assert state.per_second == 2.0
    assert state.tokens <= 0


def test_unreachable_database_is_a_rate_limit_timeout(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'w.sqlite3'}"
    holder = Database.open(url)
    station = Database.open(url, retry_deadline_s=0.3, busy_timeout_s=0.05)
    limiter = SharedRateLimiter.open(station, "s")
    try:
        with holder.transaction():  # another writer holds the lock past the retry deadline
            with pytest.raises(RateLimitTimeout, match="cannot be read"):
                limiter.acquire("getShipment")
            limiter.throttled("getShipment")  # logged; does not fail the call that saw the 429
            limiter.update_rate("getShipment", 5.0)
        limiter.acquire("getShipment")  # the lock is free again
    finally:
        station.close()
        holder.close()


def test_settings_choose_the_limiter(db_url: str) -> None:
    db = Database.open(db_url)
    try:
        settings = Settings(database={"url": db_url}, amazon={"lwa_client_id": "amzn1.app"})
        limiter = shared_limiter(settings, db)
        if db.is_postgres:
            assert isinstance(limiter, SharedRateLimiter)
            assert limiter.budget.budget == "NA:amzn1.app"
        else:
            assert limiter is None  # one station: the client's in-process buckets
        off = Settings(database={"url": db_url, "shared_rate_limits": False})
        assert shared_limiter(off, db) is None
        named = Settings(database={"url": db_url, "rate_budget": "warehouse-7"})
        assert budget_name(named) == "warehouse-7"
    finally:
        db.close()


@pytest.mark.postgres
def test_runtime_gives_the_client_the_shared_limiter(pg_url: str) -> None:
    from packstation.services.runtime import Runtime

    settings = Settings(database={"url": pg_url}, sandbox={"shipments": 3})
    with Runtime.from_settings(settings, app_paths()) as rt:
        assert isinstance(rt.client.limiter, SharedRateLimiter)
        rt.queue.sync()
        assert "getShipments" in rt.client.limiter.budget.operations()

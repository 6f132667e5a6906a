"""Claims: one station packs a shipment; leases expire; supervisors release."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from packstation.store import ClaimedElsewhere, ClaimLost, Database


def test_claim_and_claimed_elsewhere(db: Database) -> None:
    claim = db.claims.claim("SHP-1", "bench-1", "Ann", ttl=60)
    assert db.claims.holder("SHP-1") == claim
    with pytest.raises(ClaimedElsewhere) as info:
        db.claims.claim("SHP-1", "bench-2", "Bob")
    err = info.value
    assert (err.station, err.packer, err.since) == ("bench-1", "Ann", claim.claimed_at)
    assert "being packed at station bench-1 by Ann" in str(err)
    # The same station and packer again renews the same claim.
    again = db.claims.claim("SHP-1", "bench-1", "Ann", ttl=60)
    assert again.token == claim.token
    assert again.expires_at >= claim.expires_at
    assert [c.shipment_id for c in db.claims.active()] == ["SHP-1"]
    assert db.claims.release(again)
    assert db.claims.holder("SHP-1") is None
    assert not db.claims.release(again)
    db.claims.claim("SHP-1", "bench-2", "Bob")


def test_claim_race_has_exactly_one_winner(db: Database) -> None:
    stations = 12
    start = threading.Barrier(stations)

    def race(n: int) -> str:
        start.wait(timeout=30)
        try:
            db.claims.claim("SHP-RACE", f"bench-{n}", f"packer-{n}")
        except ClaimedElsewhere as err:
            return f"lost:{err.station}"
        return f"won:bench-{n}"

    with ThreadPoolExecutor(stations) as pool:
        outcomes = list(pool.map(race, range(stations)))
    winners = [o for o in outcomes if o.startswith("won:")]
    assert len(winners) == 1
    winner = winners[0].removeprefix("won:")
    assert all(o in (f"won:{winner}", f"lost:{winner}") for o in outcomes)
    holder = db.claims.holder("SHP-RACE")
    assert holder is not None
    assert holder.station == winner


def test_claim_next_hands_out_each_shipment_once(db: Database) -> None:
    shipments = [f"SHP-{n:03d}" for n in range(40)]
    db.claims.claim("SHP-000", "bench-x", "Xena")  # already taken
    got: list[str] = []
    lock = threading.Lock()

    def station(n: int) -> None:
        while True:
            claim = db.claims.claim_next(shipments, f"bench-{n}", f"p{n}")
            if claim is None:
                return
            with lock:
                got.append(claim.shipment_id)

    with ThreadPoolExecutor(6) as pool:
        list(pool.map(station, range(6)))
    assert sorted(got) == shipments[1:]
    assert db.claims.claim_next(shipments, "bench-late", "Lee") is None
    assert db.claims.claim_next([], "bench-late", "Lee") is None


def test_claim_next_follows_the_given_order(db: Database) -> None:
    claim = db.claims.claim_next(["C", "A", "B"], "bench-1", "Ann")
    assert claim is not None
    assert claim.shipment_id == "C"
    claim = db.claims.claim_next(["C", "A", "B"], "bench-1", "Ann")
    assert claim is not None
    assert claim.shipment_id == "A"


def test_lease_expiry_lets_another_station_take_over(db: Database) -> None:
    crashed = db.claims.claim("SHP-2", "bench-dead", "Ann", ttl=0)  # expires at once
    assert db.claims.holder("SHP-2") is None
    taken = db.claims.claim("SHP-2", "bench-2", "Bob", ttl=60)
    assert taken.token != crashed.token
    with pytest.raises(ClaimLost, match="held by station bench-2"):
        db.claims.heartbeat(crashed)
    # A stale claim that nobody took is simply renewed by its heartbeat.
    stale = db.claims.claim("SHP-3", "bench-1", "Ann", ttl=0)
    renewed = db.claims.heartbeat(stale, ttl=60)
    assert renewed.token == stale.token
    assert db.claims.holder("SHP-3") == renewed


def test_expire_frees_crashed_stations_claims(db: Database) -> None:
    db.claims.claim("SHP-4", "bench-dead", "Ann", ttl=0)
    db.claims.claim("SHP-5", "bench-dead", "Ann", ttl=0)
    live = db.claims.claim("SHP-6", "bench-live", "Bob", ttl=60)
    assert db.claims.expire() == ["SHP-4", "SHP-5"]
    assert db.claims.active() == [live]
    assert db.claims.heartbeat_station("bench-live", ttl=120) == 1
    assert db.claims.release_station("bench-live") == 1
    assert db.claims.active() == []


def test_supervisor_force_release_is_audited(db: Database) -> None:
    stuck = db.claims.claim("SHP-7", "bench-1", "Ann", ttl=600)
    released = db.claims.force_release(
        "SHP-7", by="Sam (supervisor)", station="bench-9", reason="bench-1 froze"
    )
    assert released == stuck
    assert db.claims.holder("SHP-7") is None
    with pytest.raises(ClaimLost, match="released"):
        db.claims.heartbeat(stuck)
    assert db.claims.force_release("SHP-7", by="Sam", station="bench-9") is None
    [record] = db.audit.records(kind="override")
    assert record.shipment_id == "SHP-7"
    assert record.who == "Sam (supervisor)"
    assert record.detail["held_by_station"] == "bench-1"
    assert record.detail["reason"] == "bench-1 froze"
    db.claims.claim("SHP-7", "bench-2", "Bob")

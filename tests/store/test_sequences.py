"""Inventory sequence numbers rise strictly per SKU and location, across threads and restarts."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from packstation.store import Database


def test_strictly_increasing_per_sku_and_location(db: Database) -> None:
    assert db.sequences.current("LOC1", "SKU-A") is None
    assert [db.next_sequence("LOC1", "SKU-A") for _ in range(3)] == [1, 2, 3]
    assert db.next_sequence("LOC1", "SKU-B") == 1
    assert db.next_sequence("LOC2", "SKU-A") == 1
    assert db.sequences.next("LOC1", "SKU-A", at_least=100) == 100
    assert db.sequences.next("LOC1", "SKU-A", at_least=50) == 101
    assert db.sequences.current("LOC1", "SKU-A") == 101


def test_concurrent_stations_never_share_a_number(db_url: str) -> None:
    stations = [Database.open(db_url) for _ in range(3)]
    try:

        def work(n: int) -> list[int]:
            station = stations[n % len(stations)]
            return [station.next_sequence("LOC1", "SKU-HOT") for _ in range(25)]

        with ThreadPoolExecutor(6) as pool:
            per_thread = list(pool.map(work, range(6)))
    finally:
        for station in stations:
            station.close()
    for numbers in per_thread:
        assert numbers == sorted(numbers)
        assert len(set(numbers)) == len(numbers)
    everything = sorted(n for numbers in per_thread for n in numbers)
    assert everything == list(range(1, 151))

    reopened = Database.open(db_url)
    try:
        assert reopened.next_sequence("LOC1", "SKU-HOT") == 151
    finally:
        reopened.close()

"""QueueService against an in-memory shipment source (the sandbox-backed tests are in test_e2e)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from packstation.domain.shipments import Shipment
from packstation.services.queue import QueueService


class Source:
    def __init__(self) -> None:
        self.shipments: dict[str, Shipment] = {}
        self.calls: list[tuple[str, datetime | None]] = []

    def list_work(
        self,
        *,
        status: str,
        location_id: str | None = None,
        last_updated_after: datetime | None = None,
        max_results: int | None = None,
    ) -> Iterator[Shipment]:
        self.calls.append((status, last_updated_after))
        for s in self.shipments.values():
            if str(s.status) == status and (
                last_updated_after is None or s.last_updated_date_time >= last_updated_after
            ):
                yield s


def test_incremental_sync_reports_a_delta(make_shipment) -> None:
    src = Source()
    src.shipments["A"] = make_shipment("A", updated="2024-09-01T10:00:00Z")
    src.shipments["B"] = make_shipment("B", status="CONFIRMED", updated="2024-09-01T10:05:00Z")
    queue = QueueService(src)
    first = queue.sync()
    assert first.full
    assert {s.id for s in first.added} == {"A", "B"}
    assert all(after is None for _, after in src.calls)

    src.calls.clear()
    src.shipments["A"] = make_shipment("A", status="CANCELLED", updated="2024-09-01T11:00:00Z")
    src.shipments["B"] = make_shipment(
        "B", status="PACKAGE_CREATED", updated="2024-09-01T11:00:00Z"
    )
    src.shipments["C"] = make_shipment("C", updated="2024-09-01T11:00:01Z")
    delta = queue.sync()
    assert not delta.full
    assert all(after is not None for _, after in src.calls)
    assert {s.id for s in delta.added} == {"C"}
    assert [s.id for s in delta.updated] == ["B"]
    assert delta.removed == ["A"]
    assert not queue.sync()  # nothing new


def test_full_resync_removes_what_vanished(make_shipment) -> None:
    src = Source()
    src.shipments["A"] = make_shipment("A")
    queue = QueueService(src)
    queue.sync()
    del src.shipments["A"]
    assert queue.sync(full=True).removed == ["A"]


def test_urgency_order_and_lookup(make_shipment, make_line) -> None:
    src = Source()
    src.shipments["LATE"] = make_shipment("LATE", expected="2030-01-02T00:00:00Z")
    src.shipments["SOON"] = make_shipment(
        "SOON",
        expected="2030-01-01T00:00:00Z",
        order_id="222-2222222-2222222",
        lines=[make_line("1", "SKU-Z", 1, gtin="4006381333931")],
    )
    src.shipments["SOON-HI"] = make_shipment(
        "SOON-HI", expected="2030-01-01T00:00:00Z", priority="HIGH"
    )
    queue = QueueService(src)
    queue.sync()
    assert [s.id for s in queue.shipments] == ["SOON-HI", "SOON", "LATE"]
    assert queue.lookup("LATE") == "LATE"
    assert queue.lookup("222-2222222-2222222") == "SOON"
    assert queue.lookup("4006381333931") == "SOON"
    assert queue.lookup("sku-a") == "SOON-HI"  # the most urgent shipment holding the item
    assert queue.lookup("nothing") is None
    assert queue.counts()["ACCEPTED"] == 3

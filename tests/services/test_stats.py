"""Packer and station figures and the pickup forecast, from the audit log.

The figures are hand-computable from the records each test writes; the database tests run on a
real SQLite file and on a throwaway PostgreSQL server, and one test drives the real bench (the
sandbox marketplace over HTTP, the virtual printer) to check the records the figures rely on.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.domain.units import Weight
from packstation.services import workflow as workflow_module
from packstation.services.packing import program_of
from packstation.services.runtime import Runtime
from packstation.services.stats import (
    FINISH_EVENT,
    StatsService,
    compute,
    forecast,
    hour_of,
    pickup_today,
)
from packstation.store import AuditRecord, Database
from packstation.store.audit import append_in

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday, 09:00 UTC


def rec(
    minutes: float,
    kind: str,
    who: str = "Ann",
    station: str = "bench-1",
    sid: str = "S1",
    **detail: Any,
) -> AuditRecord:
    return AuditRecord(0, T0 + timedelta(minutes=minutes), station, who, kind, sid, detail)


def finish(
    minutes: float,
    who: str = "Ann",
    *,
    station: str = "bench-1",
    items: int = 1,
    wait: float = 2.0,
    program: str = "EASY_SHIP",
    outcome: str = "printed",
    sla_miss: bool = False,
    sid: str = "S1",
) -> AuditRecord:
    kind = "print_job" if outcome == "printed" else "api_call"
    return rec(
        minutes,
        kind,
        who,
        station,
        sid,
        event=FINISH_EVENT,
        outcome=outcome,
        wait_s=wait,
        items=items,
        program=program,
        sla_miss=sla_miss,
    )


def scan(minutes: float, who: str = "Ann", ok: bool = True, reason: str = "") -> AuditRecord:
    extra = {} if ok else {"reason": reason}
    return rec(minutes, "scan", who, accepted=ok, program="EASY_SHIP", **extra)


# Ann: 09:00-10:59, 3 orders (5 items), 2 scan errors, one SLA miss, one failed finish.
# Bob: 10:xx only, 1 Seller Flex order of 4 items at another bench.
DAY = [
    scan(1),
    scan(2, ok=False, reason="wrong_item"),
    finish(5, items=2, wait=3.0),
    scan(20),
    finish(25, items=1, wait=5.0, sla_miss=True),
    scan(70, ok=False, reason="over_scan"),
    finish(75, outcome="failed", wait=10.0),
    finish(80, items=2, wait=2.0),
    rec(81, "weight", grams=1250.0, program="EASY_SHIP"),
    finish(90, "Bob", station="bench-2", items=4, wait=1.5, program="SELLER_FLEX"),
    rec(95, "login", "Bob", "bench-2"),  # not work: ignored
    rec(96, "api_call", "Bob", "bench-2", op="getShipments"),  # not a finish: ignored
    finish(200, items=9),  # outside the window
]


def test_figures_per_packer_station_program_and_hour() -> None:
    stats = compute(DAY, T0, T0 + timedelta(hours=3))
    ann, bob = stats.per_packer["Ann"], stats.per_packer["Bob"]
    assert (ann.orders, ann.items, ann.scans, ann.scan_errors) == (3, 5, 4, 2)
    assert ann.errors_by_reason == {"wrong_item": 1, "over_scan": 1}
    assert (ann.finishes, ann.unfinished, ann.sla_misses) == (4, 1, 1)
    assert ann.wait_s == pytest.approx(20.0)
    assert ann.mean_wait_s == pytest.approx(5.0)
    assert ann.active_hours == 2  # 09:xx and 10:xx
    assert ann.orders_per_hour == pytest.approx(1.5)
    assert ann.items_per_hour == pytest.approx(2.5)
    assert (bob.orders, bob.items, bob.active_hours, bob.orders_per_hour) == (1, 4, 1, 1.0)
    assert list(stats.per_station) == ["bench-1", "bench-2"]
    assert stats.per_station["bench-2"].items == 4
    assert {k: f.orders for k, f in stats.per_program.items()} == {
        "EASY_SHIP": 3,
        "SELLER_FLEX": 1,
    }
    assert stats.total.orders == 4
    assert stats.total.items == 9
    assert stats.total.scan_errors == 2
    assert stats.total.weighings == 1
    assert [(f.key, f.orders, f.items) for f in stats.per_hour] == [
        ("09:00", 2, 3),
        ("10:00", 2, 6),
        ("11:00", 0, 0),
    ]
    assert stats.per_hour[1].scan_errors == 1


def test_hours_follow_the_station_time_zone() -> None:
    ist = timezone(timedelta(hours=5, minutes=30))
    stats = compute(DAY, T0, T0 + timedelta(hours=2), tz=ist)
    # 09:00-11:00 UTC is 14:30-16:30 IST: three clock hours; the 10:30 UTC order is at 16:00.
    assert [f.key for f in stats.per_hour] == ["14:00", "15:00", "16:00"]
    assert [f.orders for f in stats.per_hour] == [2, 1, 1]
    assert hour_of(T0 + timedelta(minutes=31), ist) == datetime(2026, 3, 2, 15, 0, tzinfo=ist)


def test_pace_is_the_last_hour_else_the_window_rate() -> None:
    stats = compute(DAY, T0, T0 + timedelta(hours=3))
    # Orders at 09:05, 09:25, 10:20, 10:30: the hour before 10:30 holds two.
    assert stats.pace(T0 + timedelta(minutes=90)) == pytest.approx(2.0)
    # Nothing in the hour before 12:59: the window rate, 4 orders in 2 active hours.
    assert stats.pace(T0 + timedelta(minutes=239)) == pytest.approx(2.0)
    empty = compute([], T0, T0 + timedelta(hours=1))
    assert empty.pace(T0) == 0.0
    assert empty.total.orders_per_hour == 0.0


def test_forecast_counts_orders_finished_after_they_are_due() -> None:
    now = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
    cutoff = pickup_today(now, 16)
    deadlines = [
        now - timedelta(minutes=30),  # already late
        now + timedelta(minutes=20),  # due 14:20
        now + timedelta(hours=5),  # 19:00: must still make the 16:00 pickup
        now + timedelta(hours=5),
        now + timedelta(days=1),  # tomorrow: not counted
    ]
    # 2 orders/h: done at 14:30, 15:00, 15:30, 16:00 against 13:30, 14:20, 16:00, 16:00.
    fc = forecast(deadlines, now=now, cutoff=cutoff, pace_per_hour=2.0)
    assert (fc.open_orders, fc.will_miss, fc.already_late) == (4, 2, 1)
    assert fc.done_at == cutoff
    assert fc.message() == (
        "2 of 4 open orders will miss today's 16:00 pickup at the current pace of 2/h"
    )
    # 1 order/h: 15:00, 16:00, 17:00, 18:00: the first two miss, and so do the last two.
    assert forecast(deadlines, now=now, cutoff=cutoff, pace_per_hour=1.0).will_miss == 4
    # Not packing at all: every open order misses.
    stopped = forecast(deadlines, now=now, cutoff=cutoff, pace_per_hour=0)
    assert (stopped.will_miss, stopped.done_at) == (4, None)
    assert forecast([], now=now, cutoff=cutoff, pace_per_hour=3).message() == (
        "No open orders due for today's 16:00 pickup"
    )
    assert "of 2.5/h" in forecast(deadlines, now=now, cutoff=cutoff, pace_per_hour=2.5).message()


def test_finish_event_name_is_the_benchs() -> None:
    assert workflow_module.FINISH_EVENT == FINISH_EVENT


# ---------------------------------------------------------------------- real databases


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url, retry_deadline_s=60)
    yield database
    database.close()


def test_figures_and_forecast_from_the_audit_log(db: Database) -> None:
    def write(conn: Any) -> None:
        for r in DAY:
            append_in(
                conn,
                r.at,
                r.kind,
                station=r.station,
                who=r.who,
                detail=r.detail,
                shipment_id=r.shipment_id,
            )

    db.run(write)
    service = StatsService(db)
    stats = service.stats(T0, T0 + timedelta(hours=3))
    assert {k: (f.orders, f.items, f.scan_errors) for k, f in stats.per_packer.items()} == {
        "Ann": (3, 5, 2),
        "Bob": (1, 4, 0),
    }
    assert [f.orders for f in stats.per_hour] == [2, 2, 0]
    now = T0 + timedelta(minutes=90)
    cutoff = pickup_today(now, 16)

    class Open:
        def __init__(self, due: datetime) -> None:
            self.shipping_info = type("Info", (), {"expected_shipping_date_time_in_utc": due})

    # 2 orders/h from 10:30: done 11:00, 11:30, 12:00 against 10:45, 16:00, 16:00.
    shipments = [Open(now + timedelta(minutes=15)), Open(now + timedelta(hours=2))]
    shipments.append(Open(now + timedelta(hours=3)))
    snap = service.snapshot(
        T0, T0 + timedelta(hours=3), cutoff=cutoff, shipments=shipments, now=now
    )
    assert snap.forecast.pace_per_hour == pytest.approx(2.0)
    assert (snap.forecast.open_orders, snap.forecast.will_miss) == (3, 1)
    # A window that starts after the last hour began still reads the last hour for the pace.
    late = service.snapshot(
        now - timedelta(minutes=5), now, cutoff=cutoff, shipments=shipments, now=now
    )
    assert late.stats.total.orders == 0
    assert late.forecast.pace_per_hour == pytest.approx(2.0)


# ---------------------------------------------------------------------- the bench's records


@pytest.fixture
def runtime() -> Iterator[Runtime]:
    settings = Settings(
        sandbox={"seed": 7, "shipments": 60, "rate_limits": False},
        printers={"confirm_timeout_s": 20},
    )
    rt = Runtime.from_settings(settings, app_paths(), packer="Ann")
    try:
        rt.queue.sync()
        yield rt
    finally:
        rt.close()


def test_the_bench_audits_scans_weights_and_the_finish(runtime: Runtime) -> None:
    zpl = {"A21TJRUUN4KGV", "A2VIGQ35RCS4UG", "A17E79C6D8DWNP", "A33AVAJ2PDY3EV"}
    shipment = next(
        s
        for s in runtime.queue.shipments
        if program_of(s) == "EASY_SHIP"
        and s.marketplace_attributes.marketplace_id in zpl
        and len(s.line_items) == 1
        and not any(
            str(li.compliance_attributes.serial_number_requirement) == "REQUIRED"
            for li in s.line_items
        )
    )
    bench = runtime.workflow
    session = bench.open(shipment.id)
    [line] = session.shipment.line_items
    gtin = next(a.value for a in line.custom_attributes or [] if a.key == "gtin")
    assert not bench.scan(session, "NOT-A-PRODUCT-42").accepted
    for _ in range(session.lines[line.shipment_line_item_id].expected):
        assert bench.scan(session, gtin).accepted
    assert not bench.scan(session, gtin).accepted  # one too many
    session.set_dimensions("30", "20", "10", "cm")
    session.set_weight(Weight.of("1.25", "kg"))
    bench.save(session)
    bench.save(session)  # saved again unchanged: one weighing, not two
    result = bench.finish(session)
    assert result.printed

    records = runtime.db.audit.records(shipment_id=shipment.id)
    scans = [r.detail for r in records if r.kind == "scan"]
    assert [d["accepted"] for d in scans] == [False] + [True] * (len(scans) - 2) + [False]
    assert [d.get("reason") for d in scans if not d["accepted"]] == [
        "unknown_barcode",
        "over_scan",
    ]
    assert {d["sku"] for d in scans if d["accepted"]} == {line.merchant_sku}
    weights = [r.detail for r in records if r.kind == "weight"]
    assert [w["grams"] for w in weights] == [1250.0]
    [done] = [r for r in records if r.detail.get("event") == FINISH_EVENT]
    assert done.kind == "print_job"
    assert done.who == "Ann"
    assert done.detail["outcome"] == "printed"
    assert done.detail["items"] == session.expected_units
    assert done.detail["program"] == "EASY_SHIP"
    assert done.detail["wait_s"] > 0
    assert isinstance(done.detail["sla_miss"], bool)
    # Nothing personal in the details: ids, SKUs, counts only.
    text = repr([r.detail for r in records])
    address = shipment.shipping_info.ship_to_address
    for value in (getattr(address, "name", None), getattr(address, "phone_number", None)):
        if value:
            assert value not in text

    stats = StatsService(runtime.db).stats(done.at - timedelta(hours=1), done.at + timedelta(1))
    ann = stats.per_packer["Ann"]
    assert (ann.orders, ann.items, ann.scan_errors) == (1, session.expected_units, 2)

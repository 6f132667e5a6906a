"""The built-in sandbox outlives the app (issue 18): a station restarted on its own folders meets
the marketplace it left, so its journal and the marketplace agree. A reset is explicit."""

from __future__ import annotations

from decimal import Decimal

from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.domain.units import Weight
from packstation.services.packing import ScanClass, ScanKind
from packstation.services.runtime import Runtime


def _settings(**sandbox: object) -> Settings:
    return Settings(sandbox={"seed": 7, "shipments": 12, "rate_limits": False, **sandbox})


def _finish_one(runtime: Runtime) -> str:
    runtime.queue.sync()
    shipment = next(
        s
        for s in runtime.queue.shipments
        if str(s.status) == "ACCEPTED"
        and str(s.shipping_info.shipping_type) != "SELF"
        and not any(str(li.piece_type) == "MULTIPLE" for li in s.line_items)
        and all(
            str(li.compliance_attributes.serial_number_requirement) != "REQUIRED"
            for li in s.line_items
        )
    )
    bench = runtime.workflow
    session = bench.open(shipment.id)
    for line in session.lines.values():
        for _ in range(line.expected):
            outcome = bench.scan(session, line.sku, ScanClass(ScanKind.ITEM, line.sku))
            assert outcome.accepted, outcome.message
    session.set_dimensions("30", "20", "10")
    session.set_weight(Weight.of(Decimal("0.8"), "KG"))
    bench.save(session)
    result = bench.finish(session)
    assert result.printed
    return shipment.id


def test_a_restarted_station_meets_the_marketplace_it_left() -> None:
    paths = app_paths()
    first = Runtime.from_settings(_settings(), paths)
    try:
        sid = _finish_one(first)
        jobs = len(first.virtual_printer.jobs)
    finally:
        first.close()
    assert jobs == 1
    again = Runtime.from_settings(_settings(), paths)
    try:
        shipment = again.client.get_shipment(sid)
        assert str(shipment.status) == "SHIPLABEL_GENERATED"  # not a fresh ACCEPTED one
        assert (paths.data_dir / "sandbox-state.json").stat().st_mode & 0o777 == 0o600
    finally:
        again.close()
    fresh = Runtime.from_settings(_settings(reset=True), paths)
    try:
        assert str(fresh.client.get_shipment(sid).status) == "ACCEPTED"  # reset on request
    finally:
        fresh.close()

"""InventoryService against the real sandbox marketplace over HTTP and a real SQLite store."""

from __future__ import annotations

import math
from pathlib import Path

import httpx
import pytest

from packstation.amazon.client import EFClient
from packstation.sandbox.data import MARKETPLACES, catalogue
from packstation.sandbox.server import SandboxServer
from packstation.services.inventory import CsvRowErrors, InventoryError, InventoryService
from packstation.store.audit import AuditKind
from packstation.store.database import Database

LOCATION = MARKETPLACES[0].location_id
SKUS = [item.sku for item in catalogue(7)]


def amazon_quantity(server: SandboxServer, sku: str) -> tuple[int, int, int | None]:
    rec = server.state.inventory[(LOCATION, sku)]
    return rec.quantity, rec.reserved, rec.sequence


def test_push_sends_only_changed_positions_in_batches_of_nine(
    server: SandboxServer, service: InventoryService, client: EFClient
) -> None:
    wanted = {sku: 40 + i for i, sku in enumerate(SKUS[:20])}
    for sku, qty in wanted.items():
        service.set_quantity(sku, qty)
    assert len(service.changed()) == 20

    report = service.push()
    assert report.ok, report.errors
    assert report.calls == math.ceil(20 / 9) == 3
    assert len(report.accepted) == 20
    for sku, qty in wanted.items():
        assert amazon_quantity(server, sku)[0] == qty
    positions = {p.sku: p for p in service.positions()}
    assert all(not p.changed for p in positions.values())
    first_seq = positions[SKUS[0]].sequence
    assert first_seq is not None
    assert positions[SKUS[0]].pushed_at is not None
    assert positions[SKUS[0]].sellable is not None  # Amazon's answer is kept

    # Nothing changed: nothing is sent.
    requests_before = client.stats["requests"]
    again = service.push()
    assert again.calls == 0
    assert again.unchanged == 20
    assert client.stats["requests"] == requests_before

    # Two positions change: one call with exactly those two, with higher sequence numbers.
    service.set_quantity(SKUS[0], 7)
    service.set_quantity(SKUS[5], 0)
    third = service.push()
    assert third.calls == 1
    assert {lv.sku for lv in third.accepted} == {SKUS[0], SKUS[5]}
    assert amazon_quantity(server, SKUS[0])[0] == 7
    after = {p.sku: p for p in service.positions()}
    assert after[SKUS[0]].sequence is not None
    assert after[SKUS[0]].sequence > first_seq
    assert client.stats["throttled"] == 0
    kinds = [r.kind for r in service.db.audit.records(kind=AuditKind.API_CALL)]
    assert len(kinds) == 3


def test_sequence_numbers_keep_rising_across_restarts(
    server: SandboxServer, client: EFClient, db_file: Path
) -> None:
    seen: list[int] = []
    for quantity in (10, 11, 12):
        with Database.open(f"sqlite:///{db_file}") as db:
            svc = InventoryService(client, db, location_id=LOCATION)
            svc.set_quantity(SKUS[1], quantity)
            assert svc.push().ok
            pos = {p.sku: p for p in svc.positions()}[SKUS[1]]
            assert pos.sequence is not None
            seen.append(pos.sequence)
    assert seen == sorted(seen)
    assert len(set(seen)) == 3
    assert amazon_quantity(server, SKUS[1]) == (12, amazon_quantity(server, SKUS[1])[1], seen[-1])


def test_stale_sequence_is_refused_reported_and_retried_above_amazons_number(
    server: SandboxServer, service: InventoryService
) -> None:
    # Another installation already pushed SKUS[2] with number 1000.
    with server.state.lock:
        server.state.inventory[(LOCATION, SKUS[2])].sequence = 1000
    service.set_quantity(SKUS[2], 33)
    service.set_quantity(SKUS[3], 34)
    report = service.push()
    assert [lv.sku for lv in report.accepted] == [SKUS[3]]
    (err,) = report.errors
    assert err.stale
    assert err.retryable
    assert err.amazon_sequence == 1000
    assert err.sent_sequence is not None
    assert "already applied 1000" in err.message
    assert "retry" in err.message
    assert "stale" in report.summary()
    pos = {p.sku: p for p in service.positions()}
    assert pos[SKUS[2]].changed
    assert pos[SKUS[2]].error
    assert "1000" in pos[SKUS[2]].error
    assert amazon_quantity(server, SKUS[2])[0] != 33

    retried = service.retry(report.errors)
    assert retried.ok, retried.errors
    quantity, _reserved, sequence = amazon_quantity(server, SKUS[2])
    assert quantity == 33
    assert sequence is not None
    assert sequence > 1000
    pos = {p.sku: p for p in service.positions()}
    assert not pos[SKUS[2]].changed
    assert pos[SKUS[2]].error is None


def test_per_item_errors_do_not_stop_the_rest_of_the_batch(
    server: SandboxServer, service: InventoryService
) -> None:
    service.set_quantity("NO-SUCH-SKU", 5)
    service.set_quantity(SKUS[4], 9)
    report = service.push()
    assert [lv.sku for lv in report.accepted] == [SKUS[4]]
    (err,) = report.errors
    assert err.sku == "NO-SUCH-SKU"
    assert err.error_type == "INVALID_SKU"
    assert not err.retryable
    assert not err.stale
    assert "does not exist" in err.message
    assert amazon_quantity(server, SKUS[4])[0] == 9


def test_fetch_reports_sellable_and_reserved_and_records_them(
    server: SandboxServer, service: InventoryService
) -> None:
    levels = service.fetch(SKUS[:12])
    assert [lv.sku for lv in levels] == SKUS[:12]
    for lv in levels:
        quantity, reserved, _ = amazon_quantity(server, lv.sku)
        assert lv.reserved == reserved
        assert lv.sellable == max(0, quantity - reserved)
        assert lv.total == lv.sellable + lv.reserved
    pos = {p.sku: p for p in service.positions()}
    assert pos[SKUS[0]].sellable == levels[0].sellable
    assert pos[SKUS[0]].quantity is None
    with pytest.raises(InventoryError, match="NO-SUCH"):
        service.fetch(["NO-SUCH"])


def test_reservations_move_as_a_shipment_arrives(
    server: SandboxServer, service: InventoryService
) -> None:
    sku = SKUS[6]
    service.set_quantity(sku, 50)
    assert service.push().ok
    (before,) = service.fetch([sku])
    shipment = {
        "locationId": LOCATION,
        "marketplaceAttributes": {
            "marketplaceId": MARKETPLACES[0].marketplace_id,
            "channelName": "MFN",
        },
        "status": "ACCEPTED",
        "lineItems": [{"shipmentLineItemId": "1", "merchantSku": sku, "numberOfUnits": 3}],
    }
    answer = httpx.post(server.admin_url + "/shipments", json=shipment)
    assert answer.status_code == 201, answer.text
    (after,) = service.fetch([sku])
    assert after.reserved == before.reserved + 3
    assert after.sellable == before.sellable - 3
    assert after.total == before.total


def test_low_stock_alerts_under_the_threshold(service: InventoryService) -> None:
    service.set_quantity(SKUS[0], 2)
    service.set_quantity(SKUS[1], 50)
    service.set_quantity(SKUS[2], 8)
    service.set_threshold(SKUS[2], 10)
    assert service.push().ok
    low = {p.sku for p in service.low_stock()}
    assert SKUS[0] in low
    assert SKUS[2] in low
    assert SKUS[1] not in low


def test_csv_import_with_bad_rows_changes_nothing_unless_told(
    tmp_path: Path, service: InventoryService
) -> None:
    path = tmp_path / "stock.csv"
    path.write_text(f"sku,quantity\n{SKUS[0]},5\n{SKUS[1]},-1\n{SKUS[2]},abc\n")
    with pytest.raises(CsvRowErrors) as caught:
        service.import_csv(path)
    assert [e.row for e in caught.value.errors] == [3, 4]
    assert service.positions() == []
    result = service.import_csv(path, skip_bad_rows=True)
    assert len(result.rows) == 1
    assert [(p.sku, p.quantity) for p in service.positions()] == [(SKUS[0], 5)]


def test_no_location_is_an_actionable_error(client: EFClient, db: Database) -> None:
    svc = InventoryService(client, db)
    with pytest.raises(InventoryError, match="--location"):
        svc.set_quantity("A", 1)


@pytest.mark.parametrize("program", ["EASY_SHIP", "SELF_SHIP"])
def test_stock_moves_as_a_shipment_ships(
    server: SandboxServer, service: InventoryService, program: str
) -> None:
    """Reserved while waiting, then off the shelf (reserved and total drop) once shipped."""
    from tests.sandbox.conftest import token_for
    from tests.sandbox.flow import S, find, to_labels

    with (
        httpx.Client(base_url=server.admin_url, timeout=10) as admin,
        httpx.Client(
            base_url=server.base_url,
            headers={"x-amz-access-token": token_for(server.base_url)},
            timeout=10,
        ) as api,
    ):
        sid = find(admin, program)
        shipment = api.get(f"{S}/{sid}").json()
        units: dict[str, int] = {}
        for line in shipment["lineItems"]:
            units[line["merchantSku"]] = units.get(line["merchantSku"], 0) + line["numberOfUnits"]
        location = shipment["locationId"]
        before = {lv.sku: lv for lv in service.fetch(list(units), location)}
        for sku, n in units.items():
            assert before[sku].reserved >= n  # the waiting shipment holds its units
        to_labels(api, admin, sid)
        labelled = {lv.sku: lv for lv in service.fetch(list(units), location)}
        assert labelled == before  # a label alone moves nothing
        shipped = api.patch(f"{S}/{sid}/packages/P1", params={"status": "SHIPPED"})
        assert shipped.status_code == 204, shipped.text
        after = {lv.sku: lv for lv in service.fetch(list(units), location)}
    for sku, n in units.items():
        assert after[sku].reserved == before[sku].reserved - n
        assert after[sku].total == before[sku].total - n
        assert after[sku].sellable == before[sku].sellable

"""ReturnsService against the real sandbox marketplace: filters, paging, scan lookup,
inspection, restock through an inventory update, the return tag."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.amazon.client import EFClient
from packstation.config.settings import Settings
from packstation.sandbox.server import SandboxServer
from packstation.services.inventory import InventoryService
from packstation.services.returns import (
    Outcome,
    ReturnFilter,
    ReturnsError,
    ReturnsService,
    ReturnSummary,
)
from packstation.services.workflow import PrintReport
from packstation.store.database import Database


class _Printer:
    def __init__(self) -> None:
        self.jobs: list[tuple[bytes, str]] = []

    def print_label(self, data: bytes, name: str) -> PrintReport:
        self.jobs.append((data, name))
        return PrintReport(job=str(len(self.jobs)), printed=True, state="printed")

    def reprint(self, job: str) -> PrintReport:
        return PrintReport(job=job, printed=True, state="printed")


@pytest.fixture
def server() -> Iterator[SandboxServer]:
    with SandboxServer(seed=7, shipments=200, rate_limits=True) as srv:
        yield srv


@pytest.fixture
def service(server: SandboxServer, tmp_path: Path) -> Iterator[ReturnsService]:
    with (
        EFClient.from_settings(Settings(), base_url=server.base_url, lwa_url=server.lwa_url) as c,
        Database.open(f"sqlite:///{tmp_path / 'db.sqlite3'}") as db,
    ):
        inventory = InventoryService(c, db, station="bench-1", packer="pat")
        yield ReturnsService(c, db, inventory, printer=_Printer(), station="bench-1", packer="pat")


def test_paging_covers_every_return_once(server: SandboxServer, service: ReturnsService) -> None:
    seen: list[str] = []
    token = None
    pages = 0
    while True:
        page = service.page(token=token, page_size=3)
        pages += 1
        seen.extend(r.id for r in page.returns)
        token = page.next_token
        if not token:
            break
    assert pages > 2
    assert len(seen) == len(set(seen)) == len(server.state.returns)
    assert sorted(seen) == sorted(r.id for r in service.all())


def test_filters_status_rma_tracking_and_windows(service: ReturnsService) -> None:
    everything = [ReturnSummary.of(r) for r in service.all()]
    status = everything[0].status
    by_status = service.all(ReturnFilter(status=status))
    assert by_status
    assert {str(r.status) for r in by_status} == {status}
    target = everything[1]
    (by_rma,) = service.all(ReturnFilter(rma_id=target.rma_id))
    assert by_rma.id == target.id
    (by_tracking,) = service.all(ReturnFilter(reverse_tracking_id=target.reverse_tracking_id))
    assert by_tracking.id == target.id
    created = sorted(r.created for r in everything if r.created)
    middle = created[len(created) // 2]
    newer = service.all(ReturnFilter(created_since=middle))
    assert newer
    assert all(ReturnSummary.of(r).created >= middle for r in newer)  # type: ignore[operator]
    assert len(newer) < len(everything)
    future = datetime.now(UTC) + timedelta(days=30)
    assert service.all(ReturnFilter(updated_after=future)) == []


def test_find_by_scanned_tracking_rma_or_id(service: ReturnsService) -> None:
    target = ReturnSummary.of(service.all()[0])
    for code in (target.reverse_tracking_id, target.rma_id, target.id, f"  {target.id} "):
        found = service.find(code)
        assert found is not None
        assert found.id == target.id
    assert service.find("NOTHING-LIKE-THIS") is None


def test_inspect_restock_once_and_print_tag(server: SandboxServer, service: ReturnsService) -> None:
    ret = service.all()[0]
    summary = ReturnSummary.of(ret)
    loc, sku = summary.location_id, summary.sku
    before = server.state.inventory[(loc, sku)]
    quantity_before = before.quantity
    insp = service.inspect(ret, Outcome.DAMAGED, note="crushed box")
    assert insp.packer == "pat"
    assert insp.outcome is Outcome.DAMAGED
    with pytest.raises(ReturnsError, match="only sellable"):
        service.restock(ret.id)
    insp = service.inspect(ret, "sellable")
    assert insp.inspected_at.tzinfo is not None
    result = service.restock(ret.id)
    assert result.units == summary.units
    assert server.state.inventory[(loc, sku)].quantity == (
        max(quantity_before, before.reserved) + summary.units
    )
    assert service.inspection(ret.id).restocked  # type: ignore[union-attr]
    with pytest.raises(ReturnsError, match="restocked already"):
        service.restock(ret.id)
    with pytest.raises(ReturnsError, match="cannot change"):
        service.inspect(ret, Outcome.DAMAGED)

    zpl = service.tag(ret)
    assert zpl.startswith(b"^XA")
    assert ret.id.encode() in zpl
    assert service.print_tag(ret).printed
    assert isinstance(service.printer, _Printer)
    assert service.printer.jobs[0][1] == f"return {ret.id}"


def test_restock_needs_an_inspection(service: ReturnsService) -> None:
    ret = service.all()[0]
    with pytest.raises(ReturnsError, match="not been inspected"):
        service.restock(ret.id)


def test_cli_returns_list_json_and_status(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from packstation.cli import main

    monkeypatch.setenv("PACKSTATION_SANDBOX__SHIPMENTS", "100")
    assert main(["returns", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    assert all("customer" not in key for row in rows for key in row)
    status = rows[0]["status"]
    assert main(["returns", "list", "--status", status.lower()]) == 0
    out = capsys.readouterr().out
    assert status in out
    assert "return(s)" in out
    assert main(["returns", "list", "--status", "NOPE"]) == 2
    assert "not a return status" in capsys.readouterr().err

"""End to end, every program x every shipment shape, through the real main window.

For Easy Ship, Self Ship and Seller Flex: a single-item, a multi-item, a serial-required (IMEI)
and a multi-package shipment of the built-in sandbox marketplace (HTTP on 127.0.0.1) are opened
by scanning their id, packed by scans alone (items, IMEIs, box barcodes, next-package barcode)
plus a typed weight, and finished with F12 or the ``PS:FINISH`` action barcode. The virtual Zebra
printer (TCP on 127.0.0.1) must hold exactly one label per package, each rendering to a barcode
that decodes to the tracking id Amazon returned; the marketplace must show the final status.
"""

from __future__ import annotations

from typing import Any

import pytest

from packstation.domain.shipments import ShipmentStatus

pytestmark = pytest.mark.slow

SHAPES: dict[str, tuple[dict[str, Any], int]] = {
    "single-item": ({"multi": False, "serial": False}, 1),
    "multi-item": ({"multi": True, "serial": False}, 1),
    "serial-required": ({"serial": True}, 1),
    "multi-package": ({"units": 2, "serial": False}, 2),
    # A marketplace whose carrier sends a PDF / PNG label: rendered to ZPL for the printer.
    "pdf-label": ({"multi": False, "serial": False, "zpl": False}, 1),
}
PROGRAMS = ("EASY_SHIP", "SELF_SHIP", "SELLER_FLEX")
FINAL = {
    "EASY_SHIP": ShipmentStatus.SHIPLABEL_GENERATED.value,
    "SELF_SHIP": ShipmentStatus.SHIPPED.value,
    "SELLER_FLEX": ShipmentStatus.SHIPLABEL_GENERATED.value,
}


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("program", PROGRAMS)
def test_pack_and_finish_prints_amazons_label(bench: Any, program: str, shape: str) -> None:
    criteria, packages = SHAPES[shape]
    shipment = bench.pick(program, **criteria)
    session = bench.open(shipment.id)
    assert str(session.shipment.status) == ShipmentStatus.CONFIRMED.value  # confirmed on open
    bench.pack_all(session, packages=packages)
    if program == "SELF_SHIP" and packages > 1:
        # One tracking id for two packages is refused before anything reaches Amazon.
        bench.type(bench.pack.carrier_input, "BlueDart")
        bench.type(bench.pack.tracking_input, "ONLYONE123")
        bench.pack.finish()
        assert bench.pack.state == "packing"
        assert "1 of 2 have a tracking id" in bench.pack.feedback.text()
    typed = bench.self_ship(shipment.id) if program == "SELF_SHIP" else None
    # Half the cases finish by the action barcode, half by the key.
    result = bench.finish(action="barcode" if shape in ("multi-item", "multi-package") else "key")

    assert result.shipment_id == shipment.id
    assert len(result.labels) == packages
    assert result.printed
    assert "Label printed" in bench.pack.finish_state.text()
    fresh = bench.amazon(shipment.id)
    assert str(fresh.status) == FINAL[program]
    assert {p.id for p in fresh.packages or []} == {lb.package_id for lb in result.labels}
    if typed is not None:
        assert result.tracking_ids == typed  # one typed id per package, in package order
    # Exactly one label per package reached the printer, each carrying its tracking id.
    printer = bench.printer
    bench.qtbot.waitUntil(lambda: len(printer.jobs) >= packages, timeout=10_000)
    jobs = printer.jobs
    assert len(jobs) == packages
    # What went to the printer: the label's ZPL (Amazon's, or rendered from its PDF / PNG).
    files = {
        label.package_id: label.path.with_suffix(".zpl").read_bytes().strip()
        for label in result.labels
    }
    assert sorted(job.read_bytes().strip() for job in jobs) == sorted(files.values())
    for job in jobs:
        label = next(lb for lb in result.labels if files[lb.package_id] == job.read_bytes().strip())
        assert label.tracking_id
        assert label.tracking_id in bench.decode(job)
    assert len(set(result.tracking_ids)) == packages
    # It left the queue; the packer can scan the next one.
    assert bench.queue.model.row_of(shipment.id) == -1

"""What a packer spends per order: scans, keystrokes and clicks, by order type (issue 17).

A scripted packer at the real window (built-in sandbox over HTTP, the virtual Zebra printer, the
runtime's virtual scale) packs one order of each type, the way the bench lets the fewest actions
do it: the item's barcode opens its shipment and counts, the box barcode sets the box, the scale
settles, auto-finish prints; Self Ship adds the carrier's label, scanned. Every order must end
with its label printed and the marketplace holding the scale's weight. The counts are figures
(``results/packer_effort.json``); the goal (single item with a scale: <= 3 scans, 0 keystrokes;
Self Ship + 1 scan) is judged in the notes, never asserted.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from tests.e2e.conftest import BenchDriver, bench_factory, gtin_of, serial_required  # noqa: F401


def ups_labels() -> Iterator[str]:
    """UPS tracking ids with a right check digit, as on the carrier's labels."""
    for n in itertools.count(1):
        body = f"999AA10{n:08d}"
        values = [int(c) if c.isdigit() else (ord(c) - 63) % 10 for c in body]
        total = sum(v if i % 2 == 0 else 2 * v for i, v in enumerate(values))
        yield f"1Z{body}{(10 - total % 10) % 10}"


UPS_LABELS = ups_labels()


class CountingPacker:
    """The packer's hands: every scan, key and click counted."""

    def __init__(self, bench: BenchDriver) -> None:
        self.bench = bench
        self.scans = self.keys = self.clicks = 0

    def scan(self, code: str) -> None:
        self.scans += 1
        self.bench.scan(code)

    def weigh(self, kg: str) -> None:
        """The box goes on the scale (no key, no scan)."""
        scale = self.bench.runtime.scale_emulator
        scale.set_weight("0")
        self.bench.qtbot.wait(250)
        scale.set_weight(kg)


def _pack(bench: BenchDriver, shipment: Any, packages: int = 1) -> dict[str, int]:
    hand = CountingPacker(bench)
    pack = bench.pack
    first = shipment.line_items[0]
    with bench.qtbot.waitSignal(pack.session_shown, timeout=30_000):
        hand.scan(gtin_of(first))  # opens a waiting shipment holding this item, and counts
    bench.qtbot.waitUntil(lambda: pack.session.scanned_units == 1)
    session = pack.session
    opened = session.shipment  # the queue's most urgent shipment with that item
    bench.taken.add(opened.id)
    units = [li for li in opened.line_items for _ in range(li.number_of_units)]
    imeis = {
        li.merchant_sku: bench.sandbox.state.sample_imeis(li.merchant_sku, li.number_of_units)
        for li in opened.line_items
        if serial_required(li)
    }
    units.remove(next(li for li in units if gtin_of(li) == gtin_of(first)))
    packages = min(packages, len(units) + 1)
    with bench.qtbot.waitSignal(pack.finished, timeout=60_000):
        if serial_required(first):
            hand.scan(imeis[first.merchant_sku].pop())
        for k in range(packages):
            share = len(units) // packages
            mine = units[:share] if k < packages - 1 else list(units)
            del units[: len(mine)]
            if k:
                hand.scan("PS:NEXT-PACKAGE")
            for line in mine:
                hand.scan(gtin_of(line))
                if serial_required(line):
                    hand.scan(imeis[line.merchant_sku].pop())
            hand.scan("PS:BOX:M")
            hand.weigh(f"0.{k + 4}{packages}5")
            bench.qtbot.waitUntil(lambda: session.current_package.weight is not None)
        if session.program == "SELF_SHIP":
            for _ in range(packages):
                hand.scan(next(UPS_LABELS))
    fresh = bench.amazon(opened.id)
    assert len(fresh.packages or []) == packages
    assert all(p.weight.value > Decimal(0) for p in fresh.packages or [])
    return {
        "scans": hand.scans,
        "keystrokes": hand.keys,
        "clicks": hand.clicks,
        "program": session.program,
        "units": sum(li.number_of_units for li in opened.line_items),
        "packages": packages,
    }


def test_packer_effort_per_order_type(bench_factory: Any, record: Any) -> None:  # noqa: F811
    bench: BenchDriver = bench_factory(packing={"auto_finish": True, "auto_finish_delay_s": 1})
    shapes = {
        "single item": ("EASY_SHIP", {"multi": False, "serial": False}, 1),
        "multi-item": ("SELLER_FLEX", {"multi": True, "serial": False}, 1),
        "serial (IMEI)": ("EASY_SHIP", {"serial": True, "multi": False}, 1),
        "multi-package": ("SELLER_FLEX", {"multi": True, "serial": False, "units": 2}, 2),
        "Self Ship single item": ("SELF_SHIP", {"multi": False, "serial": False}, 1),
    }
    for name, (program, criteria, packages) in shapes.items():
        shipment = bench.pick(program, **criteria)
        record[name] = _pack(bench, shipment, packages)
    assert len(bench.printer.jobs) == sum(r["packages"] for r in record.figures.values())

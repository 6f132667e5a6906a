"""Multi-piece items end to end (issue 17, item 6): a "SHIPS IN PIECES / 3 boxes" item ships one
package per piece, each weighed on the virtual scale and labelled; shipping its pieces together
is an explicit ``PS:CONFIRM`` the audit log keeps. Packed in a row through the real window with
the keyboard-wedge scanner, the built-in sandbox and the virtual printer; judged from what the
marketplace recorded and what the printer received."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6 import QtWidgets

from tests.e2e.conftest import BenchDriver, gtin_of
from tests.e2e.test_bench_truth import (
    install_wedge,
    marketplace_tracking,
    marketplace_weights,
    wedge_scan,
    weighed,
)

pytestmark = pytest.mark.slow


def pieces_per_unit(line: Any) -> int:
    """The sandbox's pieces per unit of a multi-piece line item (its ``pieces`` attribute)."""
    return int(next(a.value for a in line.custom_attributes if a.key == "pieces"))


def put_on_scale(bench: BenchDriver, kg: str) -> None:
    """The last box comes off the platter, this one goes on and settles."""
    bench.runtime.scale_emulator.set_weight("0")
    bench.qtbot.wait(300)
    weighed(bench, kg)


def recorded_pieces(bench: BenchDriver, shipment_id: str) -> list[list[tuple[int, int | None]]]:
    """Per package at the marketplace: (quantity, pieces) of each line item in it."""
    return [
        [(item.quantity, item.pieces) for item in pkg.package_line_items]
        for pkg in bench.amazon(shipment_id).packages or []
    ]


def test_one_package_per_piece_then_pieces_together_then_a_plain_order(
    bench_factory: Any, qapp: QtWidgets.QApplication
) -> None:
    bench: BenchDriver = bench_factory()
    install_wedge(bench, qapp)
    printer = bench.printer

    # --- A: one package per piece, each weighed on the scale and labelled.
    a = bench.pick("EASY_SHIP", multi=False, serial=False, pieces=True)
    (line,) = a.line_items
    pieces = line.number_of_units * pieces_per_unit(line)
    assert pieces >= 2
    session = bench.open(a.id)
    weights = [f"{6 + n}.{n + 1}" for n in range(pieces)]  # 6.1, 7.2, 8.3 ... kg
    for n in range(pieces):
        wedge_scan(bench, gtin_of(line))
        assert bench.pack.scan_input.property("feedback") == "ok", bench.pack.feedback.text()
        assert len(session.packages) == n + 1
        assert session.current == n
        wedge_scan(bench, "PS:BOX:L")
        put_on_scale(bench, weights[n])
        if n < pieces - 1:
            assert not session.is_complete
            assert f"{n + 1}/{pieces} pcs" == bench.pack.lines_model.data(
                bench.pack.lines_model.index(0, bench.pack.lines_model.COL_SCANNED)
            )
    result = bench.finish()
    assert len(result.labels) == pieces
    assert recorded_pieces(bench, a.id) == [[(1, 1)]] * pieces
    assert marketplace_weights(bench, a.id) == [Decimal(w) for w in weights]
    assert printer.wait_for_jobs(pieces, timeout=30)
    tracking = marketplace_tracking(bench, a.id)
    assert len(set(tracking)) == pieces
    for job, tid in zip(printer.jobs, tracking, strict=True):
        assert tid in bench.decode(job)

    # --- B: the seller ships the item whole: one scan, PS:CONFIRM (audited), one package.
    b = bench.pick("EASY_SHIP", multi=False, serial=False, pieces=True)
    (line_b,) = b.line_items
    per_unit = pieces_per_unit(line_b)
    session = bench.open(b.id)
    assert bench.pack.weight_input.text() == ""  # nothing of A's last piece carries over
    wedge_scan(bench, gtin_of(line_b))
    bench.key_sequence("F12")
    assert bench.pack.state == "packing"  # refused: pieces missing
    assert "pieces scanned" in bench.pack.feedback.text()
    wedge_scan(bench, "PS:CONFIRM")
    assert "one box" in bench.pack.feedback.text()
    for _ in range(1, line_b.number_of_units):
        wedge_scan(bench, gtin_of(line_b))  # now a whole unit per scan
    wedge_scan(bench, "PS:BOX:L")
    put_on_scale(bench, "14.5")
    bench.finish()
    assert recorded_pieces(bench, b.id) == [
        [(line_b.number_of_units, line_b.number_of_units * per_unit)]
    ]
    assert marketplace_weights(bench, b.id) == [Decimal("14.5")]
    assert printer.wait_for_jobs(pieces + 1, timeout=30)
    overrides = bench.runtime.db.audit.records(kind="override", shipment_id=b.id)
    assert [r.detail.get("override") for r in overrides] == ["pieces_together"]

    # --- C: a plain order after them: one package, its own weight, nothing carried over.
    c = bench.pick("EASY_SHIP", multi=False, serial=False)
    session = bench.open(c.id)
    assert len(session.packages) == 1
    for _ in range(c.line_items[0].number_of_units):
        wedge_scan(bench, gtin_of(c.line_items[0]))
    wedge_scan(bench, "PS:BOX:M")
    put_on_scale(bench, "0.75")
    bench.finish()
    assert recorded_pieces(bench, c.id) == [[(c.line_items[0].number_of_units, None)]]
    assert marketplace_weights(bench, c.id) == [Decimal("0.75")]
    assert printer.wait_for_jobs(pieces + 2, timeout=30)

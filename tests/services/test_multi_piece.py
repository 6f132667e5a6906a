"""Multi-piece items (pieceType MULTIPLE): each piece is a package of its own, counted by scan;
shipping them together is an explicit, audited confirmation (``PS:CONFIRM``)."""

from __future__ import annotations

from typing import Any

import pytest

from packstation.domain.units import Weight
from packstation.services.packing import PackingError, PackingSession

CHAIR = "8901234567890"
MUG = "8901234567883"


def furniture(make_line: Any, line_id: str = "1", units: int = 1, pieces: int = 3) -> dict:
    data = make_line(line_id, "SBX-FUR-001", units)
    data["pieceType"] = "MULTIPLE"
    data["customAttributes"] = [
        {"key": "gtin", "type": "STRING", "value": CHAIR},
        {"key": "pieces", "type": "INTEGER", "value": str(pieces)},
    ]
    return data


def boxed(session: PackingSession) -> None:
    for index in range(len(session.packages)):
        session.set_dimensions("60", "40", "20", "CM", index=index)
        session.set_weight(Weight.of("8", "KG"), index=index)


def test_each_piece_opens_its_own_package(make_shipment: Any, make_line: Any) -> None:
    session = PackingSession(make_shipment(lines=[furniture(make_line)]))
    first = session.scan(CHAIR)
    assert first.accepted
    assert "piece 1 of 3" in first.message
    assert session.lines["1"].scanned == 0  # a unit counts once all its pieces are scanned
    assert session.scan(CHAIR).accepted
    assert session.scan(CHAIR).accepted
    assert [p.pieces for p in session.packages] == [{"1": [0]}, {"1": [0]}, {"1": [0]}]
    assert session.current == 2  # the last piece's box is the one on the bench
    assert session.lines["1"].scanned == 1
    over = session.scan(CHAIR)
    assert not over.accepted
    assert "all 3 pieces" in over.message
    boxed(session)
    assert session.is_complete
    body = session.to_create_packages_body()
    assert [p["packageLineItems"] for p in body["packages"]] == [
        [{"packageLineItemId": "1", "quantity": 1, "pieces": 1}]
    ] * 3


def test_a_shipment_in_pieces_is_incomplete_until_every_piece_is_scanned(
    make_shipment: Any, make_line: Any
) -> None:
    session = PackingSession(make_shipment(lines=[furniture(make_line, pieces=2)]))
    session.scan(CHAIR)
    boxed(session)
    problems = session.problems()
    assert any("1 of 2 pieces scanned" in p for p in problems), problems
    with pytest.raises(PackingError):
        session.to_packages()


def test_pieces_put_in_one_box_need_the_packers_confirmation(
    make_shipment: Any, make_line: Any
) -> None:
    session = PackingSession(
        make_shipment(lines=[furniture(make_line, pieces=2), make_line("2", "MUG", 1, gtin=MUG)])
    )
    session.scan(CHAIR)
    session.scan(CHAIR)  # package 2
    session.move_units("1", 1, 1, 0)  # the packer put both pieces in box 1
    session.remove_package(1)
    session.scan(MUG)
    boxed(session)
    assert any("2 pieces of SBX-FUR-001" in p for p in session.problems())
    assert session.confirm_pieces() == ["SBX-FUR-001"]
    assert session.pieces_overridden
    assert session.is_complete
    (pkg,) = session.to_packages()
    items = {i.package_line_item_id: (i.quantity, i.pieces) for i in pkg.package_line_items}
    assert items == {"1": (1, 2), "2": (1, None)}


def test_an_item_shipped_whole_is_confirmed_after_its_first_scan(
    make_shipment: Any, make_line: Any
) -> None:
    """Amazon lists it in 3 pieces, the seller ships it in one carton: one scan, PS:CONFIRM."""
    session = PackingSession(make_shipment(lines=[furniture(make_line, units=2)]))
    session.scan(CHAIR)
    assert session.confirm_pieces() == ["SBX-FUR-001"]
    assert session.lines["1"].scanned == 1
    second = session.scan(CHAIR)  # now a whole unit per scan
    assert second.accepted
    assert len(session.packages) == 1
    boxed(session)
    (pkg,) = session.to_packages()
    (item,) = pkg.package_line_items
    assert (item.quantity, item.pieces) == (2, 6)
    assert session.confirm_pieces() == []  # nothing left to confirm


def test_two_units_of_two_pieces_make_four_packages_and_survive_a_restart(
    make_shipment: Any, make_line: Any
) -> None:
    shipment = make_shipment(lines=[furniture(make_line, units=2, pieces=2)])
    session = PackingSession(shipment)
    for _ in range(4):
        assert session.scan(CHAIR).accepted
    assert len(session.packages) == 4
    restored = PackingSession(shipment)
    restored.restore(session.to_state())
    assert restored.lines["1"].scanned == 2
    assert restored.lines["1"].pieces_scanned == 4
    assert [p.pieces for p in restored.packages] == [p.pieces for p in session.packages]
    restored.remove_unit("1")  # the last piece back out
    assert restored.lines["1"].pieces_scanned == 3
    assert restored.lines["1"].scanned == 1
    assert restored.scan(CHAIR).accepted  # it goes back to the box without one
    assert [len(p.pieces.get("1", [])) for p in restored.packages] == [1, 1, 1, 1]


def test_a_piece_weighs_no_unit(make_shipment: Any, make_line: Any) -> None:
    """A piece's weight is not what a unit weighs: no expected weight, nothing learned."""
    from decimal import Decimal

    from packstation.services.packing import MemoryWeightHistory

    history = MemoryWeightHistory({"SBX-FUR-001": Decimal(20000)})
    session = PackingSession(make_shipment(lines=[furniture(make_line)]), weights=history)
    session.scan(CHAIR)
    assert session.expected_grams() is None
    assert not session.whole_units(session.current_package)


def test_a_single_piece_item_is_unchanged(make_shipment: Any, make_line: Any) -> None:
    session = PackingSession(make_shipment())
    session.scan("8901234567890")
    boxed(session)
    (pkg,) = session.to_packages()
    assert pkg.package_line_items[0].pieces is None

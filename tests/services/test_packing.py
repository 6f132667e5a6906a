"""PackingSession: what a packer meets when scanning, capturing serials and packing boxes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.domain.programs import program_of
from packstation.domain.shipments import Packages
from packstation.domain.units import Weight
from packstation.services.packing import (
    CueKind,
    MemorySerialRegistry,
    PackingError,
    PackingSession,
    Refusal,
    ScanClass,
    ScanKind,
    typed_weight,
)

GTIN_A = "8901234567890"
GTIN_B = "4006381333931"
IMEI_1 = "490154203237518"
IMEI_2 = "356938035643809"


def test_scans_count_and_refusals_are_specific(make_shipment, make_line) -> None:
    s = make_shipment(lines=[make_line("1", "SKU-A", 2, gtin=GTIN_A)])
    session = PackingSession(s, catalogue={GTIN_B: "SKU-B"})
    assert session.scan(GTIN_A).accepted
    assert session.scan("sku-a").accepted  # the SKU works too, any case
    over = session.scan(GTIN_A)
    assert over.refusal is Refusal.OVER_SCAN
    wrong = session.scan(GTIN_B)
    assert wrong.refusal is Refusal.WRONG_ITEM
    assert "SKU-B" in wrong.message
    assert session.scan("garbage!!").refusal is Refusal.UNKNOWN_BARCODE
    assert session.lines["1"].scanned == 2
    assert session.refusals["over_scan"] == 1
    assert session.refusals["wrong_item"] == 1


def test_serial_required_lines_take_a_valid_unique_serial(make_shipment, make_line) -> None:
    s = make_shipment(lines=[make_line("1", "PHONE", 2, gtin=GTIN_A, serial=True)])
    registry = MemorySerialRegistry({IMEI_2: ("OTHER", "1")})
    session = PackingSession(s, serials=registry)
    first = session.scan(GTIN_A)
    assert first.awaiting_serial
    assert session.scan(GTIN_A).refusal is Refusal.SERIAL_EXPECTED
    assert session.scan("490154203237519").refusal is Refusal.INVALID_SERIAL  # bad Luhn
    assert session.scan(IMEI_1).accepted
    session.scan(GTIN_A)
    assert session.scan(IMEI_1).refusal is Refusal.DUPLICATE_SERIAL  # same shipment
    dup = session.scan(IMEI_2)
    assert dup.refusal is Refusal.DUPLICATE_SERIAL
    assert "OTHER" in dup.message
    assert session.scan("SN-0042-X").accepted
    assert session.lines["1"].serials == [IMEI_1, "SN-0042-X"]


def test_gs1_item_and_serial_in_one_scan(make_shipment, make_line) -> None:
    s = make_shipment(lines=[make_line("1", "PHONE", 1, gtin=GTIN_A, serial=True)])
    session = PackingSession(s)
    cls = ScanClass(ScanKind.ITEM, "01...21...", gtin=GTIN_A, serial=IMEI_1)
    out = session.scan("(01)08901234567890(21)490154203237518", cls)
    assert out.accepted
    assert out.serial == IMEI_1
    assert session.lines["1"].done


def test_complete_session_builds_amazons_body(make_shipment, make_line) -> None:
    s = make_shipment(
        lines=[
            make_line("1", "SKU-A", 2, gtin=GTIN_A, hazmat=["UN3480"]),
            make_line("2", "PHONE", 1, gtin=GTIN_B, serial=True),
        ]
    )
    session = PackingSession(s)
    assert not session.is_complete
    session.scan(GTIN_A)
    session.add_package()
    session.scan(GTIN_A)
    session.scan(GTIN_B)
    session.scan(IMEI_1)
    session.apply_preset(session.box_presets[0], index=0)
    session.set_weight(Weight.of("0.75", "kg"), index=0)
    session.set_dimensions("30", "20", "10.5", "cm")
    with pytest.raises(PackingError, match="5 g"):
        session.set_weight(Weight.of("4", "g"))
    session.set_weight(Weight.of("1.2", "kg"))
    assert session.problems() == []
    body = session.to_create_packages_body()
    Packages.model_validate(body)
    p1, p2 = body["packages"]
    assert p1["packageLineItems"] == [{"packageLineItemId": "1", "quantity": 1}]
    assert p1["hazmatLabels"] == ["UN3480"]
    assert {i["packageLineItemId"] for i in p2["packageLineItems"]} == {"1", "2"}
    phone = next(i for i in p2["packageLineItems"] if i["packageLineItemId"] == "2")
    assert phone["serialNumbers"] == [IMEI_1]
    assert p2["dimensions"]["height"] == {"value": "10.5", "dimensionUnit": "CM"}
    assert p1["id"] != p2["id"]


def test_move_units_takes_serials_along(make_shipment, make_line) -> None:
    s = make_shipment(lines=[make_line("1", "PHONE", 2, gtin=GTIN_A, serial=True)])
    session = PackingSession(s)
    for imei in (IMEI_1, IMEI_2):
        session.scan(GTIN_A)
        session.scan(imei)
    session.add_package()
    session.move_units("1", 1, 0, 1)
    assert session.packages[0].serials["1"] == [IMEI_1]
    assert session.packages[1].serials["1"] == [IMEI_2]


def test_state_round_trips(make_shipment, make_line) -> None:
    s = make_shipment(lines=[make_line("1", "PHONE", 2, gtin=GTIN_A, serial=True)])
    session = PackingSession(s)
    session.scan(GTIN_A)
    session.scan(IMEI_1)
    session.scan(GTIN_A)  # waiting for its serial when the power went
    session.set_weight(Weight.of(Decimal("0.3"), "kg"))
    again = PackingSession(s)
    again.restore(session.to_state())
    assert again.to_state() == session.to_state()
    assert again.scan(IMEI_2).accepted


def test_cues_and_cancellation(make_shipment, make_line) -> None:
    s = make_shipment(lines=[make_line("1", "SKU-A", 1, gtin=GTIN_A, gift=True, hazmat=["UN1266"])])
    session = PackingSession(s)
    kinds = {c.kind for c in session.cues()}
    assert {CueKind.GIFT_WRAP, CueKind.GIFT_MESSAGE, CueKind.HAZMAT} <= kinds
    assert session.update_shipment(
        make_shipment(lines=s.to_wire()["lineItems"], status="CANCELLED")
    )
    out = session.scan(GTIN_A)
    assert out.refusal is Refusal.SHIPMENT_CANCELLED
    assert "put the items back" in out.message


def test_partly_cancelled_lines_expect_fewer_units(make_shipment, make_line) -> None:
    s = make_shipment(lines=[make_line("1", "SKU-A", 3, gtin=GTIN_A, cancelled=1)])
    session = PackingSession(s)
    assert session.lines["1"].expected == 2


def test_recommended_packages_and_box_preset_scan(make_shipment) -> None:
    session = PackingSession(make_shipment(recommended=True))
    assert session.use_recommended_packages()
    assert session.packages[0].weight == Decimal("500")
    out = session.scan("BOX-M")
    assert out.action == "box:BOX-M"
    assert session.packages[0].length == Decimal(30)


def test_programs(make_shipment) -> None:
    assert program_of(make_shipment()) == "EASY_SHIP"
    assert program_of(make_shipment(shipping_type="SELF")) == "SELF_SHIP"
    assert program_of(make_shipment(channel="FBA")) == "SELLER_FLEX"


def test_weights_typed_or_in_other_units_reach_amazon_as_given(make_shipment) -> None:
    session = PackingSession(make_shipment())
    session.set_weight(typed_weight("0,45"))  # a decimal comma, the field's kg
    pkg = session.current_package
    assert (pkg.weight, pkg.weight_unit, pkg.grams) == (Decimal("0.45"), "KG", Decimal("450.00"))
    session.set_weight(Weight.of("2", "lbs"))
    assert (pkg.weight, pkg.weight_unit) == (Decimal(2), "LB")
    with pytest.raises(PackingError, match="is not a number"):
        typed_weight("0.4.5")
    with pytest.raises(PackingError, match="over the 70 kg"):
        session.set_weight(Weight.of("450", "kg"))
    assert (pkg.weight, pkg.weight_unit) == (Decimal(2), "LB")  # a refused weight changes nothing

"""Scan classification: what each scan means to the packer."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.barcodes import (
    Action,
    ScanKind,
    ScanResult,
    action_code,
    action_sheet,
    classify,
    is_valid_meid,
)

GS = "\x1d"


def test_gs1_element_string_with_fnc1_and_symbology_prefix() -> None:
    scan = classify(f"]C1010950110102091721SN-0042{GS}10LOT7{GS}17261130")
    assert scan.kind is ScanKind.ITEM
    assert (scan.gtin, scan.serial, scan.lot, scan.expiry) == (
        "09501101020917",
        "SN-0042",
        "LOT7",
        date(2026, 11, 30),
    )
    assert scan.symbology == "]C1"
    datamatrix = classify("]d2010950110102091717261130")
    assert datamatrix.gtin == "09501101020917"
    assert datamatrix.expiry == date(2026, 11, 30)
    # Without a symbology prefix, still recognised by AI 01 at the start.
    assert classify("0109501101020917").kind is ScanKind.ITEM


def test_gs1_with_a_bad_gtin_is_unknown_with_the_reason() -> None:
    scan = classify("]C10109501101020918")
    assert scan.kind is ScanKind.UNKNOWN
    assert "check digit" in scan.reason


@pytest.mark.parametrize(
    ("code", "detail"),
    [
        ("5901234123457", "EAN-13"),
        ("036000291452", "UPC-A"),
        ("96385074", "EAN-8"),
        ("10614141000415", "GTIN-14"),
    ],
)
def test_gtins(code: str, detail: str) -> None:
    scan = classify(code)
    assert (scan.kind, scan.detail, scan.gtin) == (ScanKind.ITEM, detail, code.zfill(14))


def test_wrong_check_digit_says_which_digit_was_expected() -> None:
    scan = classify("5901234123458")
    assert scan.kind is ScanKind.UNKNOWN
    assert "expected 7, got 8" in scan.reason
    assert classify("5901234123458", expect_serial=True).kind is ScanKind.SERIAL


def test_meid_check() -> None:
    # GTIN, Luhn and IMEI checks: tests/domain/test_codes.py
    assert is_valid_meid("A10000009296F2")
    assert not is_valid_meid("0123")


def test_imei_and_meid_are_serial_numbers() -> None:
    imei = classify("490154203237518")
    assert (imei.kind, imei.imei, imei.serial) == (
        ScanKind.SERIAL,
        "490154203237518",
        "490154203237518",
    )
    bad = classify("490154203237519")
    assert bad.kind is ScanKind.UNKNOWN
    assert "Luhn" in bad.reason
    meid = classify("a10000009296f2")
    assert (meid.kind, meid.meid) == (ScanKind.SERIAL, "A10000009296F2")


def test_amazon_codes() -> None:
    assert classify("X001ABC123").fnsku == "X001ABC123"
    assert classify("B07XJ8C8F5").asin == "B07XJ8C8F5"
    order = classify("171-5555555-1234567")
    assert (order.kind, order.order_id) == (ScanKind.SHIPMENT, "171-5555555-1234567")
    assert classify("D51ExWpdp").kind is ScanKind.SHIPMENT


def test_context_wins() -> None:
    assert classify("SHIP-77", shipment_ids={"SHIP-77"}).shipment_id == "SHIP-77"
    assert classify("SKU-RED-M", item_codes={"SKU-RED-M"}).item_code == "SKU-RED-M"
    assert classify("70024773658", tracking_numbers={"70024773658"}).tracking_number
    assert classify("SKU-RED-M").kind is ScanKind.UNKNOWN
    assert classify("SKU-RED-M", expect_serial=True).serial == "SKU-RED-M"


@pytest.mark.parametrize(
    "code", ["1Z999AA10123456784", "TBA123456789012", "9400111899223197428497"]
)
def test_tracking_numbers_open_a_shipment(code: str) -> None:
    scan = classify(code)
    assert (scan.kind, scan.tracking_number) == (ScanKind.SHIPMENT, code)


def test_actions_and_the_sheet() -> None:
    assert classify("PS:FINISH").action is Action.FINISH
    assert classify("ps:next-package").action is Action.NEXT_PACKAGE
    box = classify("PS:BOX:Medium 30x20")
    assert (box.kind, box.action, box.action_arg) == (ScanKind.ACTION, Action.BOX, "Medium 30x20")
    assert classify("PS:LAUNCH").kind is ScanKind.UNKNOWN
    assert classify("PS:BOX:").kind is ScanKind.UNKNOWN
    sheet = action_sheet(["S", "M"])
    assert ("Finish package", "PS:FINISH") in sheet
    assert sheet[-1] == ("Box M", "PS:BOX:M")
    for _label, code in sheet:
        assert classify(code).kind is ScanKind.ACTION
    with pytest.raises(ValueError, match="box preset"):
        action_code(Action.BOX, "bad\nname")


def test_control_characters_and_blanks() -> None:
    assert classify("\x02  5901234123457\r\n").gtin == "05901234123457"
    empty = classify("\r\n\x00")
    assert empty.kind is ScanKind.UNKNOWN
    assert empty.reason == "empty scan"
    assert "unknown" in classify("???").summary()
    assert "GTIN 05901234123457" in classify("5901234123457").summary()


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80))
def test_random_text_never_escapes(text: str) -> None:
    result = classify(text)
    assert isinstance(result, ScanResult)
    assert result.kind is not ScanKind.UNKNOWN or result.reason


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="0123456789\x1d]C1d2ABX-:PS", max_size=60),
    st.booleans(),
)
def test_barcode_like_text_never_escapes(text: str, expect_serial: bool) -> None:
    assert isinstance(classify(text, expect_serial=expect_serial), ScanResult)

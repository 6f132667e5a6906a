"""Check digits: GS1 mod-10 (GTIN, SSCC), Luhn (IMEI, MEID) - the one home every layer asks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.domain.codes import (
    gs1_check_digit,
    gs1_check_ok,
    is_valid_gtin,
    is_valid_imei,
    luhn_check_digit,
    luhn_valid,
)


def test_gtin_check_digit_and_validity() -> None:
    assert gs1_check_digit("590123412345") == 7
    assert is_valid_gtin("5901234123457")  # EAN-13
    assert is_valid_gtin("4006381333931")
    assert not is_valid_gtin("4006381333932")
    assert not is_valid_gtin("400638133393")  # 12 digits, wrong check digit
    assert is_valid_gtin("96385074")  # EAN-8
    assert is_valid_gtin("036000291452")  # UPC-A
    assert is_valid_gtin("10012345678902")  # GTIN-14
    assert not is_valid_gtin("123456789012345")  # no GTIN has 15 digits
    assert not is_valid_gtin("590123412345x")
    assert not is_valid_gtin("٥٩٠١٢٣٤١٢٣٤٥٧")  # Arabic-Indic digits are not a barcode's


def test_gs1_check_on_other_lengths() -> None:
    assert gs1_check_ok("106141411234567897")  # an SSCC (18 digits)
    assert not gs1_check_ok("106141411234567898")
    assert not gs1_check_ok("7")
    with pytest.raises(ValueError, match="needs digits"):
        gs1_check_digit("12a4")


def test_luhn_and_imei() -> None:
    assert is_valid_imei("490154203237518")
    assert not is_valid_imei("490154203237519")
    assert not is_valid_imei("49015420323751")  # 14 digits
    assert luhn_valid("79927398713")
    assert not luhn_valid("79927398710")
    # base 16 (an MEID's check character): exactly one of the 16 completes a body
    assert sum(luhn_valid("A10000009296F2" + c, 16) for c in "0123456789ABCDEF") == 1
    assert not luhn_valid("12x4")
    assert not luhn_valid("")


@given(st.text(alphabet="0123456789", min_size=7, max_size=13))
def test_a_computed_check_digit_always_validates(body: str) -> None:
    code = body + str(gs1_check_digit(body))
    assert gs1_check_ok(code)
    assert is_valid_gtin(code) == (len(code) in (8, 12, 13, 14))
    wrong = body + str((gs1_check_digit(body) + 1) % 10)
    assert not gs1_check_ok(wrong)


@given(st.text(alphabet="0123456789ABCDEF", min_size=1, max_size=17), st.sampled_from([10, 16]))
def test_a_computed_luhn_digit_always_validates(body: str, base: int) -> None:
    if base == 10:
        body = "".join(str(int(c, 16) % 10) for c in body)
    check = luhn_check_digit(body, base)
    assert luhn_valid(body + format(check, "X"), base)
    assert not luhn_valid(body + format((check + 1) % base, "X"), base)


def test_luhn_check_digit_of_an_imei() -> None:
    assert luhn_check_digit("49015420323751") == 8

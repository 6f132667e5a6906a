"""Carrier tracking ids by scan: formats, check digits, carriers, and what is never tracking."""

from __future__ import annotations

import pytest

from packstation.domain.tracking import (
    CARRIERS,
    TrackingMatch,
    carrier_display_name,
    parse_tracking,
    repeated_tracking_ids,
    self_ship_tracking,
    split_tracking_ids,
)


@pytest.mark.parametrize(
    ("code", "tracking_id", "carrier", "fmt"),
    [
        ("1Z999AA10123456784", "1Z999AA10123456784", "ups", "ups-1z"),
        ("1z5r89390357567127", "1Z5R89390357567127", "ups", "ups-1z"),
        ("9400111201080805483016", "9400111201080805483016", "usps", "usps-impb"),
        ("9361 2898 7870 0317 6337 95", "9361289878700317633795", "usps", "usps-impb"),
        ("92748931507708513018050063", "92748931507708513018050063", "usps", "usps-impb"),
        # 420 + ZIP5 / ZIP9 routing prefixes are stripped, with or without the GS separator
        ("420221539101026837331000039521", "9101026837331000039521", "usps", "usps-impb"),
        ("42022153\x1d9101026837331000039521", "9101026837331000039521", "usps", "usps-impb"),
        ("]C1420221539101026837331000039521", "9101026837331000039521", "usps", "usps-impb"),
        ("4201028200009261290113185417468510", "9261290113185417468510", "usps", "usps-impb"),
        ("9611020987654312345672", "9611020987654312345672", "fedex", "fedex-ground-96"),
        ("TBA123456789012", "TBA123456789012", "amazon_shipping", "amazon-tba"),
        ("EE473124829IN", "EE473124829IN", "india_post", "upu-s10"),
        ("JJD0099999999", "JJD0099999999", "dhl_express", "dhl-express-piece"),
        ("GM2951173225174494", "GM2951173225174494", "dhl_ecommerce", "dhl-ecommerce"),
        ("D12345678", "D12345678", "dtdc", "dtdc"),
    ],
)
def test_formats_that_name_their_carrier(
    code: str, tracking_id: str, carrier: str, fmt: str
) -> None:
    match = parse_tracking(code)
    assert match == TrackingMatch(tracking_id, carrier, fmt, (carrier,))


@pytest.mark.parametrize(
    ("code", "fmt", "candidates"),
    [
        ("986578788855", "fedex-12", ("fedex",)),
        ("477179081230", "fedex-12", ("fedex",)),
        ("568283610012734", "numeric-15", ("fedex", "xpressbees")),
        ("041441760228964", "numeric-15", ("fedex", "xpressbees")),
        ("61299998820821171811", "impb-20", ("fedex",)),  # SmartPost: an IMpb without "92"
        ("03071790000523483741", "impb-20", ("usps",)),
        ("3318810025", "numeric-10", ("dhl_express", "ecom_express")),
        ("8487135506", "numeric-10", ("dhl_express", "ecom_express")),
        ("3318810010", "numeric-10", ("ecom_express",)),  # DHL's mod-7 fails
        ("73891051146", "numeric-11", ("blue_dart", "dhl_express")),
        ("50912345670", "numeric-11", ("blue_dart",)),
        ("1234567890124", "numeric-13", ("delhivery",)),
        ("12345678901234", "numeric-14", ("delhivery", "xpressbees")),
    ],
)
def test_plain_numbers_give_candidates_but_no_carrier(
    code: str, fmt: str, candidates: tuple[str, ...]
) -> None:
    match = parse_tracking(code)
    assert match is not None
    assert match.tracking_id == code
    assert match.carrier is None
    assert match.format == fmt
    assert match.candidates == candidates


@pytest.mark.parametrize(
    "code",
    [
        "1Z999AA10123456785",  # UPS check digit wrong
        "1Z999AA1012345678",  # UPS too short
        "9400111201080805483017",  # IMpb check digit wrong
        "420221539101026837331000039522",  # routed IMpb, check digit wrong
        "9611020987654312345673",  # FedEx 96 check digit wrong
        "996578788855",  # FedEx 12 check digit wrong
        "61299998820821171812",  # 20 digits, neither USPS's nor SmartPost's check
        "EE473124828IN",  # S10 check digit wrong
        "TBA12345678901",  # TBA + 11 digits
        "D1234567",  # DTDC too short
    ],
)
def test_wrong_check_digits_and_shapes_are_refused(code: str) -> None:
    assert parse_tracking(code) is None


@pytest.mark.parametrize(
    "code",
    [
        "4006381333931",  # GTIN-13 (EAN)
        "036000291452",  # GTIN-12 (UPC-A): 12 digits, never FedEx
        "96385074",  # GTIN-8
        "10614141000415",  # GTIN-14
        "490154203237518",  # IMEI (Luhn)
        "356938035643809",  # IMEI (Luhn)
        "SBX0070000008",  # a sandbox shipment id
        "SBX0070000023",
        "PS:FINISH",
        "PS:W:1.25",
        "ps:box:m",
        "0104006381333931",  # GS1: AI 01
        "01040063813339312112345",  # GS1: AI 01 + AI 21
        "]C10104006381333931",
        "408-1234567-1234567",  # an Amazon order id
        "X00ABCDEFG",  # an FNSKU
        "B07XJ8C8F5",  # an ASIN
        "",
        "   ",
        "1234567",
        "HELLO WORLD",
    ],
)
def test_never_tracking(code: str) -> None:
    assert parse_tracking(code) is None


def test_a_fedex_checked_twelve_digit_gtin_is_still_a_gtin() -> None:
    # Find 12-digit numbers that satisfy both checks: GTIN-12 wins, whatever FedEx says.
    from packstation.domain.codes import gs1_check_ok
    from packstation.domain.tracking import _fedex12_ok

    both = [
        code
        for code in (f"{n:011d}" + str(d) for n in range(1000, 3000) for d in range(10))
        if _fedex12_ok(code) and gs1_check_ok(code)
    ]
    assert both
    assert all(parse_tracking(code) is None for code in both)


def test_an_imei_that_passes_fedex_ground_is_still_an_imei() -> None:
    from packstation.domain.codes import gs1_check_ok, is_valid_imei

    both = [
        code
        for code in (f"35693803564{n:03d}" + str(d) for n in range(100) for d in range(10))
        if is_valid_imei(code) and gs1_check_ok(code)
    ]
    assert both
    assert all(parse_tracking(code) is None for code in both)


def test_s10_from_other_countries_names_no_carrier() -> None:
    match = parse_tracking("RR473124829GB")
    assert match == TrackingMatch("RR473124829GB", None, "upu-s10")


def test_s10_check_digit_substitutions() -> None:
    # 11 - (sum mod 11) of 10 means 0, of 11 means 5 (UPU S10).
    from packstation.domain.tracking import _s10_ok

    assert _s10_ok("00000000", "5")
    assert not _s10_ok("00000000", "0")


def test_carrier_display_names() -> None:
    assert carrier_display_name("blue_dart") == "Blue Dart"
    assert carrier_display_name("amazon_shipping") == "Amazon Shipping"
    assert carrier_display_name(None) == ""
    assert carrier_display_name("someone_else") == "someone_else"
    for code in (
        "1Z999AA10123456784",
        "TBA123456789012",
        "EE473124829IN",
        "986578788855",
        "73891051146",
        "12345678901234",
    ):
        match = parse_tracking(code)
        assert match is not None
        assert all(candidate in CARRIERS for candidate in match.candidates)


def test_self_ship_takes_a_digits_only_id_only_for_its_carrier() -> None:
    """The pack page's scan and the rule are one: a format that names its carrier is taken for
    any shipment; a bare number only when the shipment's carrier is one of its candidates."""
    ups = self_ship_tracking("1Z999AA10123456784", "")
    assert ups is not None
    assert ups.carrier == "ups"
    assert self_ship_tracking("1Z999AA10123456784", "FedEx") == ups
    plain = parse_tracking("1234567890123")  # 13 digits: Delhivery's shape, no carrier named
    assert plain is not None
    assert plain.carrier is None
    assert self_ship_tracking("1234567890123", "Delhivery") == plain
    assert self_ship_tracking("1234567890123", "  delhivery ") == plain
    assert self_ship_tracking("1234567890123", "") is None
    assert self_ship_tracking("1234567890123", "Blue Dart") is None
    assert self_ship_tracking("4006381333931", "Delhivery") is None  # a GTIN, never tracking


def test_typed_tracking_ids_one_per_package() -> None:
    assert split_tracking_ids(" 1Z1, TBA2;X3\nY4  ") == ["1Z1", "TBA2", "X3", "Y4"]
    assert split_tracking_ids("") == []
    assert repeated_tracking_ids(["A", "B", "A", "C", "B", "A"]) == ["A", "B"]
    assert repeated_tracking_ids(["A", "B"]) == []

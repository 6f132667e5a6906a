"""Check digits of the codes a packer scans: GS1 (GTIN, SSCC, IMpb), Luhn and IMEI. Pure.

Every layer that checks one of these asks this module: the scan classifier
(:mod:`packstation.devices.barcodes`), serial number checks (:mod:`packstation.services.packing`)
and the carrier formats (:mod:`packstation.domain.tracking`).

The GS1 mod-10 check digit comes from :mod:`biip` (Apache-2.0, already the scanner's GS1 parser).
Luhn is written here: python-stdnum has it but is LGPL-2.1 (only an optional dependency could
use it, and a check digit must not be optional), and the permissively licensed Luhn packages on
PyPI are single-purpose and unmaintained (``luhn`` last released in 2015); none does the base-16
form an MEID needs.
"""

from __future__ import annotations

from biip.checksums import gs1_standard_check_digit

#: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN-13), GTIN-14 (ITF-14)
GTIN_LENGTHS = (8, 12, 13, 14)
GTIN_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}
IMEI_LENGTH = 15


def _digits(code: str) -> bool:
    return code.isascii() and code.isdigit()


def gs1_check_digit(body: str) -> int:
    """The GS1 mod-10 check digit of ``body`` (all digits but the last; ValueError otherwise)."""
    if not _digits(body):
        raise ValueError(f"a GS1 check digit needs digits, not {body!r}")
    return int(gs1_standard_check_digit(body))


def gs1_check_ok(code: str) -> bool:
    """Whether the last digit of ``code`` is its GS1 mod-10 check digit (any length >= 2):
    GTINs, SSCCs, USPS IMpb, FedEx Ground."""
    return len(code) >= 2 and _digits(code) and gs1_check_digit(code[:-1]) == int(code[-1])


def is_valid_gtin(code: str) -> bool:
    """GTIN-8/12/13/14 (EAN-8, UPC-A, EAN-13, ITF-14) with a correct check digit."""
    return len(code) in GTIN_LENGTHS and gs1_check_ok(code)


def luhn_valid(digits: str, base: int = 10) -> bool:
    """Luhn check (base 10 for an IMEI; base 16 for an MEID's check character)."""
    try:
        return bool(digits) and luhn_check_digit(digits[:-1], base) == int(digits[-1], base)
    except ValueError:
        return False


def luhn_check_digit(body: str, base: int = 10) -> int:
    """The Luhn check digit that completes ``body`` (ValueError for a character not of ``base``)."""
    total = 0
    for index, char in enumerate(reversed(body)):
        doubled = int(char, base) * 2 if index % 2 == 0 else int(char, base)
        total += doubled // base + doubled % base
    return (base - total % base) % base


def is_valid_imei(code: str) -> bool:
    """15 digits whose last is the Luhn check digit."""
    return len(code) == IMEI_LENGTH and _digits(code) and luhn_valid(code)

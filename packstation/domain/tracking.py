"""Carrier tracking ids read from a scan: which format, which carrier, is the check digit right.

A Self Ship shipment needs the carrier's tracking id; the packer scans it off the carrier's
label. :func:`parse_tracking` recognises the barcode and answers a :class:`TrackingMatch`, or
None when the code is not a tracking id. Pure: no Qt, no I/O.

``carrier`` is set only where the format names the carrier unambiguously (a prefix such as
``1Z`` or ``TBA``, or a carrier's own structure such as a USPS IMpb or a FedEx ``96`` number).
A number that is only digits of some length names no carrier: several carriers use the same
lengths (a 10-digit number passes DHL's mod-7 check one time in seven whoever issued it), so
``carrier`` is None and ``candidates`` lists the carriers whose numbers have that shape, the
ones whose check digit holds first. Carrier codes: :data:`CARRIERS`.

Precedence, first match wins:

1. Normalise: surrounding and inner spaces go, letters are upper-cased, an AIM symbology prefix
   (``]C1``...) goes. Anything but letters and digits (after removing the GS separator of a
   ``420`` routing code) is not a tracking id.
2. Never tracking: action barcodes (``PS:...``), shipment ids of the built-in sandbox
   (``SBX0070000008``), GS1 element strings starting ``01`` (a GTIN with its attributes).
3. Letter formats, named by their prefix: UPS ``1Z`` + 16 (check digit), Amazon Shipping
   ``TBA`` + 12 digits, UPU S10 ``EE123456789IN`` (check digit; India Post when the country is
   ``IN``), DHL Express piece ids (``JJD``, ``JVGL``...), DHL eCommerce (``GM``, ``LX``... +
   10-39 digits), DTDC (one letter + 8 digits).
4. USPS routing forms ``420`` + ZIP (5 or 9 digits) + IMpb: stripped to the IMpb.
5. Digits only. Never tracking: a valid GTIN-8/12/13/14 (a product barcode) and a 15-digit
   Luhn-valid number (an IMEI). Then by length: USPS IMpb (22 or 26 digits starting ``91``-
   ``95``, mod-10) and FedEx Ground ``96`` (22, mod-10) name their carrier; FedEx Express 12
   (mod-11 weights 3,1,7), FedEx Ground 15 (mod-10), USPS 20 / FedEx SmartPost 20 (mod-10),
   DHL Express 10 (mod-7) and the Indian carriers' plain numbers (Ecom Express 10, Blue Dart
   11, Delhivery 13-14, Xpressbees 14-15) give candidates only.

Check digits: GS1 mod-10 and Luhn from :mod:`packstation.domain.codes` (GS1 through :mod:`biip`);
the carrier-specific ones (UPS, FedEx mod-11, DHL mod-7, UPU S10) are a few lines each here,
since no maintained, permissively licensed library covers them (python-stdnum is LGPL
and has no carrier formats; ``tracking-numbers`` has had no release since 2022 and knows none
of the Indian carriers).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from packstation.domain.codes import gs1_check_ok, luhn_valid

UPS = "ups"
FEDEX = "fedex"
USPS = "usps"
DHL_EXPRESS = "dhl_express"
DHL_ECOMMERCE = "dhl_ecommerce"
AMAZON_SHIPPING = "amazon_shipping"
INDIA_POST = "india_post"
BLUE_DART = "blue_dart"
DELHIVERY = "delhivery"
DTDC = "dtdc"
ECOM_EXPRESS = "ecom_express"
XPRESSBEES = "xpressbees"

#: carrier code -> the name a packer and Amazon's ``carrierName`` use
CARRIERS: dict[str, str] = {
    UPS: "UPS",
    FEDEX: "FedEx",
    USPS: "USPS",
    DHL_EXPRESS: "DHL Express",
    DHL_ECOMMERCE: "DHL eCommerce",
    AMAZON_SHIPPING: "Amazon Shipping",
    INDIA_POST: "India Post",
    BLUE_DART: "Blue Dart",
    DELHIVERY: "Delhivery",
    DTDC: "DTDC",
    ECOM_EXPRESS: "Ecom Express",
    XPRESSBEES: "Xpressbees",
}


@dataclass(frozen=True)
class TrackingMatch:
    """A recognised tracking id.

    ``tracking_id``: the id as the carrier and Amazon know it (normalised; a USPS routing
    prefix removed). ``carrier``: a key of :data:`CARRIERS` where the format names it, else
    None. ``format``: which format matched (``ups-1z``, ``usps-impb``...). ``candidates``: the
    carriers whose ids have this shape, most likely first (``(carrier,)`` when it is known).
    """

    tracking_id: str
    carrier: str | None
    format: str
    candidates: tuple[str, ...] = ()


def carrier_display_name(carrier_code: str | None) -> str:
    """The carrier's name for a packer (and Amazon's ``carrierName``); '' for None."""
    if not carrier_code:
        return ""
    return CARRIERS.get(carrier_code, carrier_code)


_SEPARATORS = re.compile(r"[\s,;]+")
_SYMBOLOGY = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_ALNUM = re.compile(r"^[0-9A-Z]+$")
_SANDBOX_SHIPMENT = re.compile(r"^SBX\d+$")
_UPS = re.compile(r"^1Z[0-9A-Z]{16}$")
_TBA = re.compile(r"^TBA\d{12}$")
_S10 = re.compile(r"^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$")
_DHL_PIECE = re.compile(r"^J[A-Z]{2,3}\d{9,10}$")
_DHL_ECOMMERCE = re.compile(r"^(?:GM|LX|RX|UV|CN|SG|TH|IN|HK|MY)\d{10,39}$")
_DTDC = re.compile(r"^[A-Z]\d{8}$")
_ROUTING = re.compile(r"^420(?:\d{5}|\d{9})$")
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_FEDEX_WEIGHTS = (3, 1, 7)


def parse_tracking(code: str) -> TrackingMatch | None:
    """The tracking id ``code`` holds, or None when it is not one (see the module docstring)."""
    text = "".join(code.split()).upper()
    text = _SYMBOLOGY.sub("", text)
    if not text or text.startswith("PS:") or _SANDBOX_SHIPMENT.match(text):
        return None
    if "\x1d" in text:
        # A GS1-128 USPS label: 420 + ZIP, a separator, then the IMpb.
        routing, _, rest = text.partition("\x1d")
        return _impb(rest) if _ROUTING.match(routing) else None
    if not _ALNUM.match(text):
        return None
    if text.isdigit():
        return _digits(text)
    return _lettered(text)


# ---------------------------------------------------------------------- Self Ship
def self_ship_tracking(code: str, carrier: str) -> TrackingMatch | None:
    """A scan taken as a Self Ship package's tracking id, or None.

    A format that names its carrier is taken whatever ``carrier`` (the shipment's carrier name,
    typed or preset) says. A digits-only id names none: several carriers, and many other
    barcodes, have its shape, so it is taken only when ``carrier`` is one of its candidates.
    """
    match = parse_tracking(code)
    if match is None or match.carrier is not None:
        return match
    names = {carrier_display_name(c).casefold() for c in match.candidates}
    return match if carrier.strip().casefold() in names else None


def split_tracking_ids(text: str) -> list[str]:
    """Tracking ids typed into one field, in package order: split at spaces, commas, semicolons."""
    return [t for t in _SEPARATORS.split(text) if t]


def repeated_tracking_ids(ids: Iterable[str]) -> list[str]:
    """The ids given for more than one package (each package needs its own), in order."""
    counts = Counter(ids)
    return [tid for tid, n in counts.items() if n > 1]


# ---------------------------------------------------------------------- letter formats
def _lettered(text: str) -> TrackingMatch | None:
    if _UPS.match(text):
        return _known(text, UPS, "ups-1z") if _ups_ok(text) else None
    if _TBA.match(text):
        return _known(text, AMAZON_SHIPPING, "amazon-tba")
    if s10 := _S10.match(text):
        if not _s10_ok(s10.group(2), s10.group(3)):
            return None
        if s10.group(4) == "IN":
            return _known(text, INDIA_POST, "upu-s10")
        return TrackingMatch(text, None, "upu-s10")
    if _DHL_PIECE.match(text):
        return _known(text, DHL_EXPRESS, "dhl-express-piece")
    if _DHL_ECOMMERCE.match(text):
        return _known(text, DHL_ECOMMERCE, "dhl-ecommerce")
    if _DTDC.match(text):
        return _known(text, DTDC, "dtdc")
    return None


def _known(text: str, carrier: str, fmt: str) -> TrackingMatch:
    return TrackingMatch(text, carrier, fmt, (carrier,))


# ---------------------------------------------------------------------- digit formats
def _digits(text: str) -> TrackingMatch | None:
    if text.startswith("01") and len(text) >= 16:
        return None  # GS1 element string: AI 01 (GTIN) and its attributes
    if len(text) in (8, 12, 13, 14) and gs1_check_ok(text):
        return None  # a product's GTIN
    if len(text) == 15 and luhn_valid(text):
        return None  # an IMEI
    if text.startswith("420"):
        for prefix in (8, 12):
            if len(text) - prefix in (22, 26):
                routed = _impb(text[prefix:])
                if routed is not None:
                    return routed
    if (impb := _impb(text)) is not None:
        return impb
    n = len(text)
    if n == 22 and text.startswith("96") and gs1_check_ok(text[7:]):
        return _known(text, FEDEX, "fedex-ground-96")
    if n == 20:
        # USPS 20 carries its own check; FedEx SmartPost 20 is an IMpb without its "92".
        candidates = tuple(
            carrier
            for carrier, ok in ((USPS, gs1_check_ok(text)), (FEDEX, gs1_check_ok("92" + text)))
            if ok
        )
        return TrackingMatch(text, None, "impb-20", candidates) if candidates else None
    if n == 15:
        fedex = (FEDEX,) if gs1_check_ok(text) else ()
        return TrackingMatch(text, None, "numeric-15", (*fedex, XPRESSBEES))
    if n == 12:
        return TrackingMatch(text, None, "fedex-12", (FEDEX,)) if _fedex12_ok(text) else None
    if n == 10:
        dhl = (DHL_EXPRESS,) if _mod7_ok(text) else ()
        return TrackingMatch(text, None, "numeric-10", (*dhl, ECOM_EXPRESS))
    if n == 11:
        dhl = (DHL_EXPRESS,) if _mod7_ok(text) else ()
        return TrackingMatch(text, None, "numeric-11", (BLUE_DART, *dhl))
    if n == 13:
        return TrackingMatch(text, None, "numeric-13", (DELHIVERY,))
    if n == 14:
        return TrackingMatch(text, None, "numeric-14", (DELHIVERY, XPRESSBEES))
    return None


def _impb(text: str) -> TrackingMatch | None:
    """A USPS Intelligent Mail package barcode: 22 or 26 digits, ``91``-``95``, mod-10."""
    if text.isdigit() and len(text) in (22, 26) and "91" <= text[:2] <= "95" and gs1_check_ok(text):
        return _known(text, USPS, "usps-impb")
    return None


# ---------------------------------------------------------------------- check digits
def _ups_ok(text: str) -> bool:
    """UPS: the 15 characters after ``1Z`` (letters as (code - 63) mod 10), odd ones doubled."""
    total = 0
    for i, ch in enumerate(text[2:17]):
        value = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        total += value * 2 if i % 2 else value
    return (10 - total % 10) % 10 == int(text[17])


def _fedex12_ok(text: str) -> bool:
    """FedEx Express 12: weights 3, 1, 7 from the left; sum mod 11 mod 10."""
    total = sum(int(d) * _FEDEX_WEIGHTS[i % 3] for i, d in enumerate(text[:11]))
    return total % 11 % 10 == int(text[11])


def _mod7_ok(text: str) -> bool:
    """DHL Express: the number without its last digit, mod 7."""
    return int(text[:-1]) % 7 == int(text[-1])


def _s10_ok(serial: str, check: str) -> bool:
    """UPU S10: weights 8 6 4 2 3 5 9 7; 11 - sum mod 11, where 10 -> 0 and 11 -> 5."""
    digit = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(digit, digit) == int(check)

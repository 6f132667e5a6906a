"""What a scan means: classify one scanned string, purely.

:func:`classify` turns the text a scanner sent into a :class:`ScanResult` whose ``kind`` says what
the packer meant: open a shipment, an item (with GTIN / serial / lot / expiry when the code holds
them), a serial number (IMEI, MEID or free text when one is expected), an action (finish, reprint,
next package, box preset, cancel), or unknown with the reason. It never raises.

Recognised, in order: action barcodes (``PS:...``), known shipment ids, Amazon order ids
(3-7-7 digits), GS1 element strings (via ``biip``: AI 01, 21, 10, 17; FNC1/GS separators and
``]C1``/``]d2``/``]e0``/``]Q3`` symbology prefixes), known item codes (SKUs, barcodes), Amazon
FNSKUs (``X00...``) and ASINs, carrier tracking numbers, GTIN-8/12/13/14 with their check digit,
SSCC, IMEI (Luhn) and MEID, and the shape of an EF shipment id.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Protocol

from packstation.domain.codes import (
    GTIN_LENGTHS,
    GTIN_NAMES,
    gs1_check_digit,
    gs1_check_ok,
    is_valid_gtin,
    is_valid_imei,
    luhn_valid,
)
from packstation.domain.tracking import carrier_display_name, parse_tracking
from packstation.domain.units import Weight, WeightUnit

ACTION_PREFIX = "PS:"
GS = "\x1d"
_GS1_SYMBOLOGIES = ("]C1", "]d2", "]e0", "]Q3", "]J1")
_SYMBOLOGY = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x1c\x1e\x1f\x7f]")

_ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
_FNSKU = re.compile(r"^X00[0-9A-Z]{7}$")
_ASIN = re.compile(r"^B0[0-9A-Z]{8}$")
_SHIPMENT_SHAPE = re.compile(r"^[A-Z]\d{2}[A-Za-z]{6}$")
_MEID_HEX = re.compile(r"^[A-Fa-f][0-9A-Fa-f]{13}[0-9A-Fa-f]?$")
_BOX_PRESET = re.compile(r"^[A-Za-z0-9._ -]{1,24}$")


class ScanKind(StrEnum):
    """What a scanned code means (the classifier's verdict; the packing session uses it too)."""

    SHIPMENT = "shipment"  # a shipment id, order id or tracking number
    ITEM = "item"  # a product barcode (GTIN/EAN/UPC/FNSKU/SKU)
    SERIAL = "serial"  # a serial number / IMEI / MEID
    ACTION = "action"  # an action barcode (finish, next package, box preset ...)
    UNKNOWN = "unknown"


class Action(StrEnum):
    FINISH = "FINISH"
    REPRINT = "REPRINT"
    NEXT_PACKAGE = "NEXT-PACKAGE"
    BOX = "BOX"
    CANCEL = "CANCEL"
    #: ``PS:W:1.25`` (kg) or ``PS:W:450G``: the package's weight, from a weight sheet
    WEIGHT = "W"
    #: ``PS:CONFIRM``: the packer confirms what the bench asked about (a surprising weight)
    CONFIRM = "CONFIRM"


_WEIGHT_ARG = re.compile(r"^(?P<value>\d{1,4}(?:[.,]\d{1,3})?)\s*(?P<unit>KG|G|LB|OZ)?$", re.I)


def parse_weight_argument(argument: str) -> Weight | None:
    """``1.25`` -> 1.25 kg; ``450g`` -> 450 g; None when it is not a weight sheet's weight."""
    match = _WEIGHT_ARG.match(argument.strip())
    if match is None:
        return None
    return Weight.of(match.group("value"), match.group("unit") or WeightUnit.KG)


@dataclass(frozen=True)
class ScanResult:
    """The meaning of one scan. ``detail`` names what was recognised (``GS1``, ``EAN-13``...)."""

    kind: ScanKind
    raw: str
    code: str
    detail: str = ""
    reason: str = ""
    shipment_id: str = ""
    order_id: str = ""
    tracking_number: str = ""
    gtin: str = ""
    serial: str = ""
    lot: str = ""
    expiry: date | None = None
    fnsku: str = ""
    asin: str = ""
    item_code: str = ""
    imei: str = ""
    meid: str = ""
    action: Action | None = None
    action_arg: str = ""
    symbology: str = ""

    def summary(self) -> str:
        """One line for people: what the scan was taken to be."""
        if self.kind is ScanKind.UNKNOWN:
            return f"unknown: {self.reason}"
        parts = [f"{self.kind.value} ({self.detail})" if self.detail else self.kind.value]
        for label, value in (
            ("shipment", self.shipment_id),
            ("order", self.order_id),
            ("tracking", self.tracking_number),
            ("GTIN", self.gtin),
            ("FNSKU", self.fnsku),
            ("ASIN", self.asin),
            ("code", self.item_code),
            ("IMEI", self.imei),
            ("MEID", self.meid),
            ("serial", self.serial),
            ("lot", self.lot),
            ("expiry", self.expiry.isoformat() if self.expiry else ""),
            ("action", self.action.value if self.action else ""),
            ("box", self.action_arg),
        ):
            if value:
                parts.append(f"{label} {value}")
        return ", ".join(parts)


# ---------------------------------------------------------------------------- check digits
# GTIN, Luhn and IMEI: packstation.domain.codes (one home for every layer).
def is_valid_meid(code: str) -> bool:
    """MEID: 14 hex digits (manufacturer code A0..FF), optional Luhn-16 check digit; or the
    18-digit decimal form (10 + 8 digits)."""
    if _MEID_HEX.match(code):
        return len(code) == 14 or luhn_valid(code, 16)
    if len(code) == 18 and code.isascii() and code.isdigit():
        return int(code[:10]) <= 0xFFFFFFFF and int(code[10:]) <= 0xFFFFFF and code[:2] >= "25"
    return False


# ---------------------------------------------------------------------------- actions
def action_code(action: Action, argument: str = "") -> str:
    """The barcode text of an action (``PS:FINISH``, ``PS:BOX:M``)."""
    if action is Action.BOX:
        if not _BOX_PRESET.match(argument):
            raise ValueError(
                f"box preset name {argument!r} must be 1-24 letters, digits, spaces, . _ -"
            )
        return f"{ACTION_PREFIX}BOX:{argument}"
    if action is Action.WEIGHT:
        if parse_weight_argument(argument) is None:
            raise ValueError(f"weight {argument!r} must be a number with g, kg, lb or oz")
        return f"{ACTION_PREFIX}W:{argument}"
    return f"{ACTION_PREFIX}{action.value}"


ACTION_LABELS = {
    Action.FINISH: "Finish package",
    Action.REPRINT: "Reprint label",
    Action.NEXT_PACKAGE: "Next package",
    Action.CANCEL: "Cancel",
    Action.CONFIRM: "Confirm",
}


def action_sheet(box_presets: Sequence[str] = ()) -> list[tuple[str, str]]:
    """What to print on the action sheet: (label, barcode text) pairs."""
    sheet = [(label, action_code(action)) for action, label in ACTION_LABELS.items()]
    sheet.extend((f"Box {name}", action_code(Action.BOX, name)) for name in box_presets)
    return sheet


# ---------------------------------------------------------------------------- classification
def clean(raw: str) -> tuple[str, str]:
    """(symbology identifier, text) with control characters but GS removed and ends trimmed."""
    text = _CONTROL.sub("", raw).strip(" \t" + GS)
    symbology = ""
    if _SYMBOLOGY.match(text):
        symbology, text = text[:3], text[3:]
    return symbology, text


def classify(
    raw: str,
    *,
    shipment_ids: Collection[str] = (),
    order_ids: Collection[str] = (),
    tracking_numbers: Collection[str] = (),
    item_codes: Collection[str] = (),
    expect_serial: bool = False,
) -> ScanResult:
    """What ``raw`` (as a scanner sent it) means. Never raises.

    The optional collections are what the caller already knows (open shipments, their items'
    SKUs and barcodes); ``expect_serial`` means the packer is being asked for a serial number,
    so free text counts as one.
    """
    try:
        return _classify(
            raw,
            shipment_ids=shipment_ids,
            order_ids=order_ids,
            tracking_numbers=tracking_numbers,
            item_codes=item_codes,
            expect_serial=expect_serial,
        )
    except Exception as exc:  # a bug must not take the packing screen down
        return ScanResult(ScanKind.UNKNOWN, raw, raw, reason=f"could not be read ({exc})")


def _classify(
    raw: str,
    *,
    shipment_ids: Collection[str],
    order_ids: Collection[str],
    tracking_numbers: Collection[str],
    item_codes: Collection[str],
    expect_serial: bool,
) -> ScanResult:
    symbology, code = clean(raw)

    def result(kind: ScanKind, **fields: object) -> ScanResult:
        return ScanResult(kind, raw, code, symbology=symbology, **fields)  # type: ignore[arg-type]

    if not code:
        return result(ScanKind.UNKNOWN, reason="empty scan")
    if code[:3].upper() == ACTION_PREFIX:
        return _action(code, result)
    if code in shipment_ids:
        return result(ScanKind.SHIPMENT, detail="shipment id", shipment_id=code)
    if code in order_ids or _ORDER_ID.match(code):
        return result(ScanKind.SHIPMENT, detail="order id", order_id=code)
    if code in tracking_numbers:
        return result(ScanKind.SHIPMENT, detail="tracking number", tracking_number=code)
    if (
        symbology in _GS1_SYMBOLOGIES
        or GS in code
        or (len(code) >= 16 and code.startswith("01") and code[2:16].isdigit() and code.isascii())
    ):
        return _gs1(raw, code, symbology, result)
    if GS in code:
        code = code.replace(GS, "")
    if code in item_codes:
        return result(ScanKind.ITEM, detail="known item code", item_code=code)
    if _FNSKU.match(code):
        return result(ScanKind.ITEM, detail="FNSKU", fnsku=code)
    if _ASIN.match(code):
        return result(ScanKind.ITEM, detail="ASIN", asin=code)
    # Carrier tracking formats live in domain.tracking (one home, check digits included);
    # only those that name their carrier identify a shipment here.
    tracking = parse_tracking(code)
    if tracking is not None and tracking.carrier is not None:
        carrier = carrier_display_name(tracking.carrier)
        return result(
            ScanKind.SHIPMENT,
            detail=f"{carrier} tracking",
            tracking_number=tracking.tracking_id,
        )
    if code.isascii() and code.isdigit():
        return _digits(code, expect_serial, result)
    if _MEID_HEX.match(code) and is_valid_meid(code):
        return result(ScanKind.SERIAL, detail="MEID", meid=code.upper(), serial=code.upper())
    if _SHIPMENT_SHAPE.match(code):
        return result(ScanKind.SHIPMENT, detail="shipment id (by its shape)", shipment_id=code)
    if expect_serial and 3 <= len(code) <= 64 and code.isprintable():
        return result(ScanKind.SERIAL, detail="serial number", serial=code)
    return result(ScanKind.UNKNOWN, reason="not a shipment, item, serial number or action barcode")


def _action(code: str, result: _Maker) -> ScanResult:
    body = code[3:]
    name, _, argument = body.partition(":")
    try:
        action = Action(name.upper())
    except ValueError:
        known = ", ".join(a.value for a in Action)
        return result(ScanKind.UNKNOWN, reason=f"unknown action {name!r} (known: {known})")
    if action is Action.BOX:
        if not _BOX_PRESET.match(argument):
            return result(ScanKind.UNKNOWN, reason="box action without a valid preset name")
        return result(ScanKind.ACTION, detail="action", action=action, action_arg=argument)
    if action is Action.WEIGHT:
        if parse_weight_argument(argument) is None:
            return result(ScanKind.UNKNOWN, reason="weight action without a weight (PS:W:1.25)")
        return result(ScanKind.ACTION, detail="action", action=action, action_arg=argument)
    if argument:
        return result(ScanKind.UNKNOWN, reason=f"action {action.value} takes no argument")
    return result(ScanKind.ACTION, detail="action", action=action)


def _gs1(raw: str, code: str, symbology: str, result: _Maker) -> ScanResult:
    import biip

    text = (symbology if symbology in _GS1_SYMBOLOGIES else "") + code
    parsed = biip.parse(text)
    message = parsed.gs1_message
    if message is None:
        return result(
            ScanKind.UNKNOWN, reason=f"GS1 element string not readable: {parsed.gs1_message_error}"
        )
    fields: dict[str, object] = {}
    for element in message.element_strings:
        ai = element.ai.ai
        if ai == "01":
            if element.gtin_error:
                return result(ScanKind.UNKNOWN, reason=f"GS1 AI 01: {element.gtin_error}")
            fields["gtin"] = element.value
        elif ai == "21":
            fields["serial"] = element.value
        elif ai == "10":
            fields["lot"] = element.value
        elif ai == "17":
            fields["expiry"] = element.date
        elif ai == "00":
            fields["tracking_number"] = element.value
    if "gtin" in fields:
        return result(ScanKind.ITEM, detail="GS1", **fields)
    if "tracking_number" in fields:
        return result(ScanKind.SHIPMENT, detail="GS1 SSCC", **fields)
    return result(ScanKind.UNKNOWN, reason="GS1 element string without a GTIN (AI 01)")


def _digits(code: str, expect_serial: bool, result: _Maker) -> ScanResult:
    length = len(code)
    if length in GTIN_LENGTHS:
        if is_valid_gtin(code):
            return result(ScanKind.ITEM, detail=GTIN_NAMES[length], gtin=code.zfill(14))
        if expect_serial:
            return result(ScanKind.SERIAL, detail="serial number", serial=code)
        expected = gs1_check_digit(code[:-1])
        return result(
            ScanKind.UNKNOWN,
            reason=f"{length}-digit code with a wrong GTIN check digit "
            f"(expected {expected}, got {code[-1]}): a misread?",
        )
    if length == 15:
        if is_valid_imei(code):
            return result(ScanKind.SERIAL, detail="IMEI", imei=code, serial=code)
        if expect_serial:
            return result(ScanKind.SERIAL, detail="serial number", serial=code)
        return result(
            ScanKind.UNKNOWN, reason="15 digits like an IMEI, but the Luhn check digit is wrong"
        )
    if length == 18:
        if gs1_check_ok(code):
            return result(ScanKind.SHIPMENT, detail="SSCC", tracking_number=code)
        if is_valid_meid(code):
            return result(ScanKind.SERIAL, detail="MEID (decimal)", meid=code, serial=code)
    if expect_serial and 3 <= length <= 64:
        return result(ScanKind.SERIAL, detail="serial number", serial=code)
    return result(ScanKind.UNKNOWN, reason=f"{length}-digit number of no known kind")


class _Maker(Protocol):  # the shape of the ``result`` closures
    def __call__(self, kind: ScanKind, **fields: object) -> ScanResult: ...

"""USB HID point-of-sale scales (HID usage page 0x8D, "Scale").

The scale sends a 6-byte input report: report id, status, unit, signed exponent, weight LSB,
weight MSB (weight = (MSB * 256 + LSB) * 10 ** exponent). :func:`parse_hid_report` is a pure
function over those bytes; :data:`KNOWN_SCALES` lists the models we know and their quirks.

The hidapi binding is an optional extra (``pip install packstation[hid]``): :func:`hid_module`
imports it with a clear message when it is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from types import ModuleType

from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit

HID_USAGE_PAGE_SCALE = 0x8D
SCALE_DATA_REPORT_ID = 3
SCALE_CONTROL_REPORT_ID = 2

# Weight units of the HID POS usage tables (Scale Weight Unit values).
_HID_UNITS: dict[int, tuple[WeightUnit, int]] = {
    1: (WeightUnit.G, -3),  # milligram, stored as grams shifted by 10**-3
    2: (WeightUnit.G, 0),
    3: (WeightUnit.KG, 0),
    11: (WeightUnit.OZ, 0),
    12: (WeightUnit.LB, 0),
}
_HID_STATES: dict[int, ScaleState] = {
    2: ScaleState.ZERO,
    3: ScaleState.MOVING,
    4: ScaleState.STABLE,
    5: ScaleState.UNDER,
    6: ScaleState.OVER,
}


@dataclass(frozen=True)
class HidQuirks:
    """How a model departs from the standard report."""

    report_ids: tuple[int, ...] = (SCALE_DATA_REPORT_ID,)
    stale_first_report: bool = False
    can_zero: bool = False


STANDARD = HidQuirks()


@dataclass(frozen=True)
class KnownScale:
    vendor_id: int
    product_id: int
    name: str
    quirks: HidQuirks = STANDARD


KNOWN_SCALES: tuple[KnownScale, ...] = (
    # Dymo repeats the last weight it saw before it was plugged in as its first report.
    KnownScale(0x0922, 0x8003, "DYMO M10", HidQuirks(stale_first_report=True)),
    KnownScale(0x0922, 0x8004, "DYMO M25", HidQuirks(stale_first_report=True)),
    KnownScale(0x0922, 0x8009, "DYMO S250", HidQuirks(stale_first_report=True)),
    KnownScale(0x0EB8, 0xF000, "Mettler Toledo PS60", HidQuirks(can_zero=True)),
    KnownScale(0x0B67, 0x555E, "Fairbanks SCB-R9000", HidQuirks(can_zero=True)),
    KnownScale(0x1446, 0x6A73, "Stamps.com Model 510", STANDARD),
    KnownScale(0x1446, 0x6A74, "Stamps.com Model 2500i", STANDARD),
    # Some generic Chinese shipping scales send their data on report id 1 or without an id (0).
    KnownScale(0x2474, 0x0550, "Generic USB shipping scale", HidQuirks(report_ids=(3, 1, 0))),
)


def known_scale(vendor_id: int, product_id: int) -> KnownScale | None:
    for scale in KNOWN_SCALES:
        if (scale.vendor_id, scale.product_id) == (vendor_id, product_id):
            return scale
    return None


def parse_hid_report(report: bytes, quirks: HidQuirks = STANDARD) -> Reading | None:
    """Parse one input report; None when it is not a scale data report or cannot be read."""
    if len(report) < 6 or report[0] not in quirks.report_ids:
        return None
    status, unit_code, exponent_byte, lsb, msb = (
        report[1],
        report[2],
        report[3],
        report[4],
        report[5],
    )
    state = _HID_STATES.get(status)
    if state is None:
        return None  # fault, needs calibration or re-zeroing
    if state in (ScaleState.OVER,):
        return Reading(state)
    unit = _HID_UNITS.get(unit_code)
    if unit is None:
        return None
    exponent = exponent_byte - 256 if exponent_byte > 127 else exponent_byte
    raw = msb << 8 | lsb
    value = Decimal(raw).scaleb(exponent + unit[1])
    if state is ScaleState.UNDER:
        value = -value
    if state is ScaleState.ZERO:
        value = Decimal(0).scaleb(min(exponent + unit[1], 0))
    return Reading(state, Weight(value, unit[0]))


def encode_hid_report(reading: Reading, report_id: int = SCALE_DATA_REPORT_ID) -> bytes:
    """The report a scale would send for ``reading`` (fixtures and demos)."""
    status = {v: k for k, v in _HID_STATES.items()}.get(reading.state, 1)
    if reading.weight is None:
        return bytes([report_id, status, 3, 0, 0, 0])
    unit_code = {WeightUnit.G: 2, WeightUnit.KG: 3, WeightUnit.OZ: 11, WeightUnit.LB: 12}[
        reading.weight.unit
    ]
    _sign, digits, exponent = abs(reading.weight.value).as_tuple()
    raw = int("".join(map(str, digits)) or "0")
    exp = int(exponent)
    return bytes([report_id, status, unit_code, exp & 0xFF, raw & 0xFF, raw >> 8 & 0xFF])


def zero_report() -> bytes:
    """Scale Control Report asking the scale to zero itself."""
    return bytes([SCALE_CONTROL_REPORT_ID, 0x01])


def hid_module() -> ModuleType:
    """The hidapi binding, or an ImportError that says how to get it."""
    try:
        import hid
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError(
            "USB HID scales need the hidapi package: pip install 'packstation[hid]' "
            "(on Linux also the libhidapi-hidraw0 library and a udev rule giving your user "
            "access to the scale)"
        ) from exc
    return hid


def parse_hid_url(url: str) -> tuple[int | None, int | None]:
    """``hid://0922:8003`` -> (0x0922, 0x8003); ``hid://`` -> (None, None): first scale found."""
    rest = url.removeprefix("hid://").strip("/")
    if not rest:
        return None, None
    vendor, _, product = rest.partition(":")
    try:
        return int(vendor, 16), int(product, 16)
    except ValueError as exc:
        raise ValueError(
            f"bad HID scale address {url!r}: use hid://VID:PID in hex, e.g. hid://0922:8003"
        ) from exc

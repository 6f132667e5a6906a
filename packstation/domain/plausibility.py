"""Is a package's weight and size plausible? One home for the bounds the bench and ``ship`` share.

Checked on the bench before Finish and in ``packstation ship`` before the first call that changes
state at Amazon, so a typed ``450`` for ``0.45`` kg or a ``10^23`` cm side never reaches a label:

* every dimension above 0 and at most :attr:`PackageLimits.max_side_cm` (274 cm, the longest side
  the parcel carriers take), length + girth (2 × width + 2 × height, the two shorter sides) at most
  :attr:`PackageLimits.max_length_girth_cm` (419 cm);
* weight above 0 and at most :attr:`PackageLimits.max_weight_kg` (default 70 kg, configurable per
  carrier);
* an *expected* weight (from item weights, or learned per SKU from the bench's own history):
  a weight outside ``expected ± tolerance`` is not refused but must be confirmed by the packer
  (:func:`weight_surprise`).

Pure functions on :class:`~decimal.Decimal`, units from :mod:`packstation.domain.units`: no I/O,
no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from packstation.domain.units import parse_decimal, to_cm, to_grams

#: Amazon refuses a package lighter than this.
MIN_WEIGHT_G = Decimal(5)


@dataclass(frozen=True)
class PackageLimits:
    """The bounds a package must keep (see the module docstring)."""

    max_weight_kg: Decimal = Decimal(70)
    max_side_cm: Decimal = Decimal(274)
    max_length_girth_cm: Decimal = Decimal(419)
    #: a weight further than this fraction from the expected one needs the packer's confirmation
    tolerance: Decimal = Decimal("0.25")
    #: ... and further than this many grams (small parcels: a scale's and a box's own spread)
    tolerance_floor_g: Decimal = Decimal(100)


DEFAULT_LIMITS = PackageLimits()


def _plain(value: Decimal) -> str:
    text = format(value.quantize(Decimal("0.001")).normalize(), "f")
    return text


def dimension_problems(
    dimensions: Sequence[Decimal | str | int | float],
    unit: str = "CM",
    limits: PackageLimits = DEFAULT_LIMITS,
) -> list[str]:
    """Why these three dimensions cannot be a parcel (empty: they can)."""
    out: list[str] = []
    try:
        sides = [
            to_cm(parse_decimal(v, name), unit)
            for v, name in zip(dimensions, ("length", "width", "height"), strict=True)
        ]
    except ValueError as exc:
        return [str(exc)]
    for name, side in zip(("length", "width", "height"), sides, strict=True):
        if side <= 0:
            out.append(f"{name} must be more than 0")
        elif side > limits.max_side_cm:
            out.append(
                f"{name} {_plain(side)} cm is over the {_plain(limits.max_side_cm)} cm a "
                "carrier takes: measure again"
            )
    if out:
        return out
    longest, *others = sorted(sides, reverse=True)
    girth = longest + 2 * sum(others)
    if girth > limits.max_length_girth_cm:
        out.append(
            f"length + girth {_plain(girth)} cm is over {_plain(limits.max_length_girth_cm)} cm: "
            "measure again"
        )
    return out


def weight_problems(
    weight: Decimal | str | int | float, unit: str = "KG", limits: PackageLimits = DEFAULT_LIMITS
) -> list[str]:
    """Why this weight cannot be a parcel's (empty: it can)."""
    try:
        grams = to_grams(parse_decimal(weight, "weight"), unit)
    except ValueError as exc:
        return [str(exc)]
    if grams <= 0:
        return ["the weight must be more than 0"]
    if grams < MIN_WEIGHT_G:
        return [f"{weight} {unit.lower()} is under 5 g: Amazon refuses it"]
    if grams > limits.max_weight_kg * 1000:
        return [
            f"{weight} {unit.lower()} is over the {_plain(limits.max_weight_kg)} kg limit: "
            "weigh it again (typed grams as kg?)"
        ]
    return []


def package_problems(
    dimensions: Sequence[Decimal | str | int | float],
    dimension_unit: str,
    weight: Decimal | str | int | float,
    weight_unit: str,
    limits: PackageLimits = DEFAULT_LIMITS,
) -> list[str]:
    """Both checks together: everything local that stops a package before Amazon sees it."""
    return dimension_problems(dimensions, dimension_unit, limits) + weight_problems(
        weight, weight_unit, limits
    )


def weight_surprise(
    grams: Decimal, expected_grams: Decimal | None, limits: PackageLimits = DEFAULT_LIMITS
) -> str | None:
    """A sentence when ``grams`` is far from the expected weight (the packer must confirm),
    else None. No expectation: no surprise."""
    if expected_grams is None or expected_grams <= 0:
        return None
    allowed = max(expected_grams * limits.tolerance, limits.tolerance_floor_g)
    if abs(grams - expected_grams) <= allowed:
        return None
    return (
        f"{_plain(grams / 1000)} kg is far from the {_plain(expected_grams / 1000)} kg expected: "
        "weigh again, or scan PS:CONFIRM if it is right"
    )

"""Units of weight and length, and the :class:`Weight` value type: one table for every layer.

A weight is a :class:`~decimal.Decimal` with a unit, never a float: a scale's display resolution
(``1.234 kg``) survives conversion and comparison exactly. The scales (:mod:`packstation.devices`),
the packing session, the plausibility bounds and the command line all read these tables.

Exact definitions: 1 lb = 453.59237 g (international pound), 1 oz = 1/16 lb, 1 in = 2.54 cm.
Pure: no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class WeightUnit(StrEnum):
    """A unit of weight (its value is the short lower-case name a packer reads)."""

    G = "g"
    KG = "kg"
    OZ = "oz"
    LB = "lb"

    @classmethod
    def parse(cls, text: str) -> WeightUnit | None:
        """The unit named by ``text`` (``kg``, ``KG``, ``lbs``, ``#``...), or None."""
        return _UNIT_ALIASES.get(text.strip().lower())

    @property
    def wire(self) -> str:
        """Amazon's name of the unit (``weightUnit``: ``KG``, ``G``, ``LB``, ``OZ``)."""
        return self.value.upper()


_UNIT_ALIASES: dict[str, WeightUnit] = {
    "g": WeightUnit.G,
    "gr": WeightUnit.G,
    "kg": WeightUnit.KG,
    "oz": WeightUnit.OZ,
    "lb": WeightUnit.LB,
    "lbs": WeightUnit.LB,
    "#": WeightUnit.LB,
}

#: grams in one unit of weight
GRAMS_PER: dict[WeightUnit, Decimal] = {
    WeightUnit.G: Decimal(1),
    WeightUnit.KG: Decimal(1000),
    WeightUnit.LB: Decimal("453.59237"),
    WeightUnit.OZ: Decimal("28.349523125"),
}

#: centimetres in one unit of length (Amazon's ``dimensionUnit`` names)
CM_PER: dict[str, Decimal] = {"CM": Decimal(1), "M": Decimal(100), "IN": Decimal("2.54")}
DIMENSION_UNITS: tuple[str, ...] = tuple(CM_PER)


def weight_unit(unit: str | WeightUnit) -> WeightUnit:
    """``unit`` as a :class:`WeightUnit` (any case, aliases accepted); ValueError if unknown."""
    if isinstance(unit, WeightUnit):
        return unit
    parsed = WeightUnit.parse(unit)
    if parsed is None:
        raise ValueError(f"unknown weight unit {unit!r}: use g, kg, oz or lb")
    return parsed


def parse_decimal(value: Decimal | str | int | float, what: str) -> Decimal:
    """``value`` as a finite Decimal (a decimal comma accepted), or a ValueError naming ``what``."""
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        raise ValueError(f"{what} {value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{what} {value!r} is not a number")
    return number


def to_grams(value: Decimal, unit: str | WeightUnit) -> Decimal:
    """``value`` of ``unit`` in grams (ValueError for an unknown unit)."""
    return value * GRAMS_PER[weight_unit(unit)]


def to_cm(value: Decimal, unit: str) -> Decimal:
    """``value`` of ``unit`` (cm, m, in; any case) in centimetres (ValueError if unknown)."""
    try:
        return value * CM_PER[unit.upper()]
    except KeyError:
        raise ValueError(f"unknown dimension unit {unit!r}: use cm, m or in") from None


@dataclass(frozen=True)
class Weight:
    """A weight: an exact decimal value in a unit."""

    value: Decimal
    unit: WeightUnit

    @classmethod
    def of(
        cls, value: Decimal | str | int | float, unit: str | WeightUnit = WeightUnit.KG
    ) -> Weight:
        """A weight from a number (or its text, a decimal comma accepted) and a unit name;
        ValueError naming what is wrong."""
        return cls(parse_decimal(value, "weight"), weight_unit(unit))

    def to(self, unit: str | WeightUnit, places: int | None = None) -> Weight:
        """This weight in ``unit``; rounded to ``places`` decimals when given."""
        target = weight_unit(unit)
        if target is self.unit:
            value = self.value
        else:
            value = self.value * GRAMS_PER[self.unit] / GRAMS_PER[target]
        if places is not None:
            value = value.quantize(Decimal(1).scaleb(-places))
        return Weight(value, target)

    @property
    def grams(self) -> Decimal:
        return self.value * GRAMS_PER[self.unit]

    def __str__(self) -> str:
        return f"{self.value} {self.unit.value}"

"""Weights, units and scale states shared by every scale protocol.

A weight is a :class:`~decimal.Decimal` with a unit, never a float: a scale's display resolution
(``1.234 kg``) survives conversion and comparison exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum


class WeightUnit(StrEnum):
    G = "g"
    KG = "kg"
    OZ = "oz"
    LB = "lb"

    @classmethod
    def parse(cls, text: str) -> WeightUnit | None:
        """The unit named by ``text`` (``kg``, ``KG``, ``lbs``, ``#``...), or None."""
        return _UNIT_ALIASES.get(text.strip().lower())


_UNIT_ALIASES: dict[str, WeightUnit] = {
    "g": WeightUnit.G,
    "gr": WeightUnit.G,
    "kg": WeightUnit.KG,
    "oz": WeightUnit.OZ,
    "lb": WeightUnit.LB,
    "lbs": WeightUnit.LB,
    "#": WeightUnit.LB,
}

# Exact definitions: 1 lb = 453.59237 g (international pound), 1 oz = 1/16 lb.
_GRAMS: dict[WeightUnit, Decimal] = {
    WeightUnit.G: Decimal(1),
    WeightUnit.KG: Decimal(1000),
    WeightUnit.LB: Decimal("453.59237"),
    WeightUnit.OZ: Decimal("28.349523125"),
}


class ScaleState(StrEnum):
    """What a scale reports besides a number."""

    STABLE = "stable"
    MOVING = "moving"
    OVER = "over"
    UNDER = "under"
    ZERO = "zero"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class Weight:
    """A weight: an exact decimal value in a unit."""

    value: Decimal
    unit: WeightUnit

    @classmethod
    def of(cls, value: str | int | Decimal, unit: str | WeightUnit = WeightUnit.KG) -> Weight:
        parsed = unit if isinstance(unit, WeightUnit) else WeightUnit.parse(unit)
        if parsed is None:
            raise ValueError(f"unknown weight unit {unit!r}: use g, kg, oz or lb")
        try:
            number = Decimal(value)
        except InvalidOperation as exc:
            raise ValueError(f"not a weight: {value!r}") from exc
        if not number.is_finite():
            raise ValueError(f"not a weight: {value!r}")
        return cls(number, parsed)

    def to(self, unit: str | WeightUnit, places: int | None = None) -> Weight:
        """This weight in ``unit``; rounded to ``places`` decimals when given."""
        target = unit if isinstance(unit, WeightUnit) else WeightUnit.parse(unit)
        if target is None:
            raise ValueError(f"unknown weight unit {unit!r}: use g, kg, oz or lb")
        if target is self.unit:
            value = self.value
        else:
            value = self.value * _GRAMS[self.unit] / _GRAMS[target]
        if places is not None:
            value = value.quantize(Decimal(1).scaleb(-places))
        return Weight(value, target)

    @property
    def grams(self) -> Decimal:
        return self.value * _GRAMS[self.unit]

    def __str__(self) -> str:
        return f"{self.value} {self.unit.value}"


@dataclass(frozen=True)
class Reading:
    """One message from a scale.

    ``weight`` is None when the scale sent a state without a number (over/under load, moving on
    some NCI scales, disconnected). ``seq`` and ``at`` (``time.monotonic()``) are set by the reader
    that received it; parsers leave them 0.
    """

    state: ScaleState
    weight: Weight | None = None
    seq: int = 0
    at: float = 0.0

    @property
    def is_stable(self) -> bool:
        return self.state in (ScaleState.STABLE, ScaleState.ZERO)

    def describe(self, unit: WeightUnit | None = None) -> str:
        if self.weight is None:
            return self.state.value
        weight = self.weight.to(unit) if unit is not None else self.weight
        return f"{weight} ({self.state.value})"


DISCONNECTED = Reading(ScaleState.DISCONNECTED)

"""Units and the Weight value type: one table for the scales, packing, plausibility and the CLI."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.domain import units
from packstation.domain.units import (
    DIMENSION_UNITS,
    Weight,
    WeightUnit,
    parse_decimal,
    to_cm,
    to_grams,
)


def test_conversions_are_exact_decimals() -> None:
    one_lb = Weight.of("1", "lb")
    assert one_lb.to("g").value == Decimal("453.59237")
    assert one_lb.to("oz").value == Decimal(16)
    assert Weight.of("1.234", "kg").to("g").value == Decimal("1234.000")
    assert Weight.of("1", "kg").to("lb", places=3).value == Decimal("2.205")
    assert Weight.of("1", "lb").grams == to_grams(Decimal(1), "LB") == Decimal("453.59237")
    assert Weight.of(Decimal("0.45"), WeightUnit.KG).grams == Decimal("450.00")


def test_unit_aliases_and_bad_units() -> None:
    assert WeightUnit.parse("LBS") is WeightUnit.LB
    assert WeightUnit.parse("#") is WeightUnit.LB
    assert WeightUnit.parse("stone") is None
    with pytest.raises(ValueError, match="use g, kg, oz or lb"):
        Weight.of("1", "stone")
    with pytest.raises(ValueError, match="is not a number"):
        Weight.of("abc")
    with pytest.raises(ValueError, match="is not a number"):
        Weight.of("inf", "kg")
    with pytest.raises(ValueError, match="use g, kg, oz or lb"):
        to_grams(Decimal(1), "ST")


def test_typed_forms_and_amazons_names() -> None:
    """A packer's decimal comma and Amazon's upper-case unit names read the same weight."""
    assert (
        Weight.of("0,45", "KG") == Weight.of("0.45", "kg") == Weight(Decimal("0.45"), WeightUnit.KG)
    )
    assert Weight.of(" 450 ", "G").unit is WeightUnit.G
    assert [u.wire for u in WeightUnit] == ["G", "KG", "OZ", "LB"]
    assert str(Weight.of("1.25", "KG")) == "1.25 kg"


def test_one_unit_table() -> None:
    assert set(units.GRAMS_PER) == set(WeightUnit)
    assert DIMENSION_UNITS == ("CM", "M", "IN")
    assert to_cm(Decimal(10), "in") == Decimal("25.40")
    with pytest.raises(ValueError, match="use cm, m or in"):
        to_cm(Decimal(1), "ft")
    assert parse_decimal("1,5", "length") == Decimal("1.5")
    with pytest.raises(ValueError, match=r"length '1\.2\.3' is not a number"):
        parse_decimal("1.2.3", "length")

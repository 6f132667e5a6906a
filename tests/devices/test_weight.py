"""Weights and units."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.devices.weight import Weight, WeightUnit


def test_conversions_are_exact_decimals() -> None:
    one_lb = Weight.of("1", "lb")
    assert one_lb.to("g").value == Decimal("453.59237")
    assert one_lb.to("oz").value == Decimal(16)
    assert Weight.of("1.234", "kg").to("g").value == Decimal("1234.000")
    assert Weight.of("1", "kg").to("lb", places=3).value == Decimal("2.205")


def test_unit_aliases_and_bad_units() -> None:
    assert WeightUnit.parse("LBS") is WeightUnit.LB
    assert WeightUnit.parse("#") is WeightUnit.LB
    with pytest.raises(ValueError, match="use g, kg, oz or lb"):
        Weight.of("1", "stone")
    with pytest.raises(ValueError, match="not a weight"):
        Weight.of("abc")

"""Bench truth in the packing session (issue 17): the scale weighs only the package it is
started for, the packer's own weight stands, implausible values never reach a package, a weight
far from the expected one needs PS:CONFIRM, and Self Ship tracking ids belong to packages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from packstation.devices.weight import Reading, ScaleState
from packstation.domain.plausibility import (
    PackageLimits,
    dimension_problems,
    package_problems,
    weight_problems,
)
from packstation.domain.units import Weight
from packstation.services.packing import (
    MemoryWeightHistory,
    PackingError,
    PackingSession,
    WeightSource,
)
from packstation.services.weights import FileWeightHistory

GTIN_A = "8901234567890"
GTIN_B = "4006381333931"


def stable(kg: str) -> Reading:
    return Reading(ScaleState.STABLE, Weight.of(kg, "kg"))


MOVING = Reading(ScaleState.MOVING, Weight.of("0.3", "kg"))
ZERO = Reading(ScaleState.ZERO, Weight.of("0", "kg"))


@pytest.fixture
def session(make_shipment, make_line) -> PackingSession:
    s = make_shipment(lines=[make_line("1", "SKU-A", 2, gtin=GTIN_A)])
    return PackingSession(s)


def test_a_settled_load_weighs_the_current_package_once(session: PackingSession) -> None:
    session.start_weighing(ZERO)
    assert not session.observe_scale(MOVING)
    assert session.observe_scale(stable("0.612"))
    pkg = session.current_package
    assert pkg.weight == Decimal("0.612")
    assert pkg.weight_source is WeightSource.SCALE
    assert not session.observe_scale(stable("0.612"))  # the same reading again: nothing new
    # Items going into the box on the platter: each new settle updates it.
    assert session.observe_scale(stable("0.845"))
    assert pkg.weight == Decimal("0.845")


def test_the_previous_box_on_the_platter_never_weighs_the_next_package(
    make_shipment, make_line
) -> None:
    a = PackingSession(make_shipment(lines=[make_line("1", "SKU-A", 1, gtin=GTIN_A)]))
    a.start_weighing(ZERO)
    assert a.observe_scale(stable("1.800"))
    # The next shipment opens while box A still lies on the scale (same weight, stable).
    b = PackingSession(make_shipment(sid="SHIP-B", lines=[make_line("1", "SKU-B", 1, gtin=GTIN_B)]))
    b.start_weighing(stable("1.800"))
    assert not b.observe_scale(stable("1.800"))
    assert not b.observe_scale(stable("1.801"))  # jitter of the same box
    assert b.current_package.weight is None
    assert not b.observe_scale(ZERO)  # box A taken off
    assert b.observe_scale(stable("0.450"))  # box B put on
    assert b.current_package.weight == Decimal("0.450")


def test_a_new_package_does_not_take_the_box_of_the_one_before(session: PackingSession) -> None:
    session.start_weighing(ZERO)
    session.scan(GTIN_A)
    assert session.observe_scale(stable("0.700"))
    session.add_package()
    assert session.current_package.weight is None
    assert not session.observe_scale(stable("0.700"))
    assert session.observe_scale(stable("0.900"))  # a different load: the second box
    assert [p.weight for p in session.packages] == [Decimal("0.700"), Decimal("0.900")]


def test_typed_and_scanned_weights_stand_against_the_scale(session: PackingSession) -> None:
    session.start_weighing(ZERO)
    session.set_weight(Weight.of("0.45", "KG"))
    assert session.current_package.weight_source is WeightSource.TYPED
    assert not session.observe_scale(stable("0.600"))
    assert session.current_package.weight == Decimal("0.45")
    session.set_weight(Weight.of("1.25", "KG"), source=WeightSource.BARCODE)
    assert not session.observe_scale(stable("0.700"))
    assert session.current_package.weight == Decimal("1.25")


def test_zero_negative_and_implausible_readings_weigh_nothing(session: PackingSession) -> None:
    session.start_weighing(None)
    assert not session.observe_scale(ZERO)
    assert not session.observe_scale(Reading(ScaleState.STABLE, Weight.of("-0.2", "kg")))
    assert not session.observe_scale(stable("120"))  # over the 70 kg default
    assert not session.observe_scale(Reading(ScaleState.DISCONNECTED))
    assert session.current_package.weight is None


def test_implausible_values_are_refused_before_they_reach_a_package(
    session: PackingSession,
) -> None:
    with pytest.raises(PackingError, match="over the 70 kg"):
        session.set_weight(Weight.of("450", "KG"))  # 450 typed for 0.45
    with pytest.raises(PackingError, match="274 cm"):
        session.set_dimensions("1E+23", "10", "10")
    with pytest.raises(PackingError, match="length \\+ girth"):
        session.set_dimensions("200", "60", "60")
    assert session.current_package.weight is None
    assert not session.current_package.has_dimensions
    # Configurable: a carrier with a lower limit.
    light = PackingSession(session.shipment, limits=PackageLimits(max_weight_kg=Decimal(30)))
    with pytest.raises(PackingError, match="30 kg"):
        light.set_weight(Weight.of("31", "KG"))


def test_plausibility_rules() -> None:
    assert package_problems(("30", "20", "10"), "CM", "1.25", "KG") == []
    assert dimension_problems(("0", "0", "0"), "CM")
    assert dimension_problems(("1.2.3", "1", "1"), "CM") == ["length '1.2.3' is not a number"]
    assert dimension_problems(("108", "20", "20"), "IN")  # 274.3 cm
    assert weight_problems("0", "KG") == ["the weight must be more than 0"]
    assert weight_problems("155", "LB")  # 70.3 kg
    assert weight_problems("Infinity", "KG")


def test_a_surprising_weight_needs_the_packers_confirmation(make_shipment, make_line) -> None:
    s = make_shipment(lines=[make_line("1", "SKU-A", 2, gtin=GTIN_A)])
    history = MemoryWeightHistory({"SKU-A": Decimal(300)})  # 300 g a unit, packed
    session = PackingSession(s, weights=history)
    session.scan(GTIN_A)
    session.scan(GTIN_A)
    session.set_dimensions("30", "20", "10")
    assert session.expected_grams() == Decimal(600)
    session.set_weight(Weight.of("0.65", "KG"))
    assert session.is_complete  # within 25 %
    session.set_weight(Weight.of("1.8", "KG"))
    problems = session.problems()
    assert any("far from the 0.6 kg expected" in p for p in problems), problems
    assert session.confirm_weights() == [session.current_package.package_id]
    assert session.is_complete
    session.set_weight(Weight.of("2.5", "KG"))  # another weight: confirmed again or not at all
    assert not session.is_complete


def test_weight_history_learns_single_sku_packages(tmp_path) -> None:
    path = tmp_path / "weights.json"
    history = FileWeightHistory(path)
    assert history.unit_grams("SKU-A") is None
    added = history.learn([({"SKU-A": 2}, Decimal(620)), ({"SKU-A": 1, "SKU-B": 1}, Decimal(900))])
    assert added == 1  # the mixed box teaches nothing
    again = FileWeightHistory(path)
    assert again.unit_grams("SKU-A") == Decimal(310)
    assert path.stat().st_mode & 0o777 == 0o600


def test_self_ship_tracking_ids_belong_to_packages(session: PackingSession) -> None:
    session.scan(GTIN_A)
    session.add_package()
    session.scan(GTIN_A)
    session.select_package(0)
    assert session.set_tracking("1Z999AA10123456784", "UPS") == 0
    assert session.carrier == "UPS"
    with pytest.raises(PackingError, match="already on"):
        session.set_tracking("1Z999AA10123456784")
    assert session.set_tracking("1Z999AA10123456795") == 1
    with pytest.raises(PackingError, match="every package"):
        session.set_tracking("1Z999AA10123456801")
    # Saved and restored with the packing state (a crash loses nothing).
    restored = PackingSession(session.shipment)
    restored.restore(session.to_state())
    assert [p.tracking_id for p in restored.packages] == [
        "1Z999AA10123456784",
        "1Z999AA10123456795",
    ]
    assert restored.carrier == "UPS"

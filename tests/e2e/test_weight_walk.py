"""The weight walk, hop by hop (docs/ARCHITECTURE.md, "The walk of a weight"): the virtual scale's
weight becomes the package weight the marketplace received in createPackages, for two orders in a
row, with no weight typed by hand.

Each hop is asserted where it lands, so a break names its hop: the scale driver (the runtime's
virtual MT-SICS scale over TCP on 127.0.0.1) -> ``devices.scale.Scale.latest`` (``Runtime.scale``,
its reader thread) -> ``RuntimeHolder.scale_latest`` (the GUI thread) -> the Pack page's
``PackingSession.observe_scale`` -> ``PackageDraft.weight`` (source: the scale) -> the packing state
the journal saved -> finish: the journaled createPackages step -> the createPackages body that
arrived at the built-in sandbox over HTTP (recorded as it came in) and the package the sandbox
kept. The second order weighs differently; its body carries its own weight, not the first's.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from packstation.devices.weight import ScaleState
from packstation.services.packing import WeightSource
from tests.e2e.conftest import BenchDriver, gtin_of

pytestmark = pytest.mark.slow

#: grams per unit of a createPackages ``weightUnit`` (the wire's words)
GRAMS = {"G": Decimal(1), "GRAMS": Decimal(1), "KG": Decimal(1000), "KILOGRAMS": Decimal(1000)}


def wire_grams(weight: dict[str, Any]) -> Decimal:
    """A createPackages ``weight`` object ({value, weightUnit}) in grams."""
    return Decimal(str(weight["value"])) * GRAMS[str(weight["weightUnit"]).upper()]


def record_create_packages(bench: BenchDriver, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every createPackages body the sandbox receives, as it arrived (shipment id, JSON body);
    the sandbox then handles it as always."""
    calls: list[tuple[str, Any]] = []
    state = bench.sandbox.state
    handle = state.create_packages

    def recorded(shipment_id: str, body: Any) -> None:
        calls.append((shipment_id, copy.deepcopy(body)))
        handle(shipment_id, body)

    monkeypatch.setattr(state, "create_packages", recorded)
    return calls


def walk(bench: BenchDriver, calls: list[Any], kg: str) -> None:
    """Pack one single-unit Easy Ship order, weigh it on the virtual scale at ``kg``, finish it,
    and follow the weight through every hop."""
    grams = Decimal(kg) * 1000
    shipment = bench.pick("EASY_SHIP", multi=False, serial=False)
    session = bench.open(shipment.id)
    assert session.current_package.weight is None, "nothing carries over from the last order"
    for line in session.shipment.line_items:
        for _ in range(line.number_of_units):
            bench.scan(gtin_of(line))
            assert bench.pack.scan_input.property("feedback") == "ok", bench.pack.feedback.text()
    bench.scan("PS:BOX:M")

    emulator, scale = bench.runtime.scale_emulator, bench.runtime.scale
    assert emulator is not None, "the sandbox profile starts a virtual scale"
    assert scale is not None, "the sandbox profile reads it as the bench's scale"
    emulator.set_weight(kg)

    # devices.scale.Scale: its reader thread parsed the driver's stable reading.
    def read_by_scale() -> None:
        latest = scale.latest
        assert latest.state is ScaleState.STABLE
        assert latest.weight is not None
        assert latest.weight.grams == grams

    bench.qtbot.waitUntil(read_by_scale, timeout=10_000)

    # RuntimeHolder: the reading reached the GUI thread.
    def on_gui_thread() -> None:
        latest = bench.holder.scale_latest
        assert latest is not None
        assert latest.state is ScaleState.STABLE
        assert latest.weight is not None
        assert latest.weight.grams == grams

    bench.qtbot.waitUntil(on_gui_thread, timeout=10_000)

    # The Pack page fed it to the session: the package took it, from the scale, untyped.
    pkg = session.current_package
    bench.qtbot.waitUntil(lambda: pkg.grams == grams, timeout=10_000)
    assert pkg.weight_source is WeightSource.SCALE
    assert not bench.pack.weight_input.isModified(), "no weight typed by hand"

    # The journal saved the packing state with that weight (database lane).
    journal = bench.runtime.db.journal

    def saved() -> None:
        state = journal.load_state(shipment.id)
        assert state is not None
        (package,) = state.to_json()["packages"]
        assert package["weight"] is not None
        assert Decimal(package["weight"]) * GRAMS[package["weightUnit"]] == grams
        assert package["weightSource"] == WeightSource.SCALE.value

    bench.qtbot.waitUntil(saved, timeout=10_000)

    before = len(calls)
    bench.finish()

    # The workflow journaled createPackages for the package, through the channel.
    steps = [e for e in journal.steps(shipment.id) if e.name == "createPackages"]
    assert [str(e.outcome) for e in steps] == ["ok"]
    assert steps[0].payload["packages"] == [pkg.package_id]

    # The body that reached the sandbox over HTTP: one call, this package, this weight.
    assert [sid for sid, _ in calls[before:]] == [shipment.id]
    (sent,) = calls[before][1]["packages"]
    assert sent["id"] == pkg.package_id
    assert wire_grams(sent["weight"]) == grams

    # What the sandbox kept of it (what getShipment answers from now on).
    kept = bench.sandbox.state.records[shipment.id].work.packages[pkg.package_id].doc
    assert wire_grams(kept["weight"]) == grams


def test_the_scales_weight_reaches_create_packages_for_two_orders_in_a_row(
    bench_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    bench: BenchDriver = bench_factory()
    calls = record_create_packages(bench, monkeypatch)

    walk(bench, calls, "0.612")

    # The first box is taken off the platter; the second order's box weighs differently.
    bench.runtime.scale_emulator.set_weight("0")
    bench.qtbot.waitUntil(
        lambda: (
            bench.holder.scale_latest is not None
            and bench.holder.scale_latest.state is ScaleState.ZERO
        ),
        timeout=10_000,
    )
    walk(bench, calls, "1.234")

    assert [wire_grams(body["packages"][0]["weight"]) for _, body in calls] == [
        Decimal(612),
        Decimal(1234),
    ]

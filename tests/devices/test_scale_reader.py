"""The scale reader against the real emulators: every protocol, polled and continuous,
unplug and replug, garbage on the line, zeroing, the fresh-weight guard."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from decimal import Decimal

import pytest

from packstation.devices.emulator import ScaleEmulator, Step, parse_script
from packstation.devices.scale import (
    ScaleTimeout,
    ScaleUnavailable,
    SerialScale,
    open_scale,
)
from packstation.devices.scale_protocols import NciStatusBits
from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit

PROTOCOLS = ["mt-sics", "nci", "cas"]


def kg(value: str) -> Weight:
    return Weight(Decimal(value), WeightUnit.KG)


@pytest.fixture(params=PROTOCOLS)
def emulator(request: pytest.FixtureRequest) -> Iterator[ScaleEmulator]:
    with ScaleEmulator(request.param, interval=0.02) as emu:
        yield emu


def is_state(state: ScaleState):  # type: ignore[no-untyped-def]
    return lambda r: r.state is state


def test_polled_reading_unplug_and_replug(emulator: ScaleEmulator) -> None:
    emulator.set(Reading(ScaleState.MOVING, kg("0.800")))
    with SerialScale(
        emulator.url, emulator.protocol.name, poll_interval=0.02, reconnect_interval=0.05
    ) as scale:
        assert scale.wait_for(is_state(ScaleState.MOVING), 5).weight == kg("0.800")
        emulator.set_weight("1.234")
        assert scale.wait_stable(5).weight == kg("1.234")

        emulator.unplug()
        scale.wait_for(is_state(ScaleState.DISCONNECTED), 5)
        assert not scale.stats().connected

        emulator.replug()
        emulator.set_weight("2.5", "lb")
        reading = scale.wait_for(lambda r: r.is_stable, 5)
        assert reading.weight == Weight(Decimal("2.5"), WeightUnit.LB)
        stats = scale.stats()
        assert stats.connected
        assert stats.reconnects == 1
        assert "disconnected" in stats.last_error


@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_continuous_mode(protocol: str) -> None:
    with ScaleEmulator(protocol, continuous=True, interval=0.01) as emu:
        emu.set_weight("3.210")
        with SerialScale(emu.url, protocol, mode="continuous") as scale:
            assert scale.wait_stable(5).weight == kg("3.210")
            emu.set(Reading(ScaleState.OVER))
            scale.wait_for(is_state(ScaleState.OVER), 5)
    assert b"W" not in emu.commands  # nobody polled


def test_mt_sics_continuous_is_switched_on_with_sir() -> None:
    with ScaleEmulator("mt-sics") as emu:
        emu.set_weight("0.5")
        with SerialScale(emu.url, "mt-sics", mode="continuous") as scale:
            scale.wait_stable(5)
        assert emu.commands[0] == b"SIR"


def test_scripted_moving_then_stable_then_unplugged() -> None:
    script = parse_script("moving:0.8kg:0.2,stable:1.234kg:0.3,unplugged:0.3,zero")
    assert script[1] == Step(ScaleState.STABLE, kg("1.234"), 0.3)
    seen: list[Reading] = []
    with ScaleEmulator("mt-sics", interval=0.02) as emu:
        emu.play(script)
        with SerialScale(
            emu.url, "mt-sics", poll_interval=0.02, reconnect_interval=0.05, on_reading=seen.append
        ) as scale:
            scale.wait_for(is_state(ScaleState.ZERO), 10)
    states = [r.state for r in seen]
    first = {state: states.index(state) for state in set(states)}
    assert first[ScaleState.STABLE] < first[ScaleState.DISCONNECTED] < first[ScaleState.ZERO]
    assert next(r.weight for r in seen if r.state is ScaleState.STABLE) == kg("1.234")


def test_garbage_on_the_line_is_counted_not_fatal(emulator: ScaleEmulator) -> None:
    with SerialScale(emulator.url, emulator.protocol.name, poll_interval=0.02) as scale:
        scale.wait_for(lambda r: r.is_stable, 5)
        emulator.inject(b"\xff\xfe garbage \x00\r\n\x03 more junk\n\x03")
        emulator.set_weight("1.111")
        assert scale.wait_for(lambda r: r.weight == kg("1.111"), 5).is_stable
        # The garbage may arrive just after the new weight: wait for it to be counted.
        scale.wait_for(lambda _r: scale.garbage >= 1, 5)
        assert scale.stats().connected


def test_zeroing(emulator: ScaleEmulator) -> None:
    emulator.set_weight("0.250")
    with SerialScale(emulator.url, emulator.protocol.name, poll_interval=0.02) as scale:
        scale.wait_for(lambda r: r.weight == kg("0.250"), 5)
        scale.zero()
        scale.wait_for(is_state(ScaleState.ZERO), 5)
    assert b"Z" in emulator.commands or emulator.protocol.name == "cas"


def test_silent_scale_counts_as_disconnected() -> None:
    with ScaleEmulator("nci") as emu:
        emu.set_weight("1.0")
        with SerialScale(
            emu.url, "nci", poll_interval=0.02, silence_timeout=0.3, reconnect_interval=0.05
        ) as scale:
            scale.wait_stable(5)
            emu.set(Reading(ScaleState.DISCONNECTED))  # answers nothing NCI can parse
            scale.wait_for(is_state(ScaleState.DISCONNECTED), 5)
            assert "no data" in scale.stats().last_error


def test_nci_with_vendor_polarity() -> None:
    bits = NciStatusBits(active_high=False)
    with ScaleEmulator("nci", nci_bits=bits) as emu:
        emu.set(Reading(ScaleState.MOVING, kg("0.3")))
        with SerialScale(emu.url, "nci", nci_bits=bits, poll_interval=0.02) as scale:
            scale.wait_for(is_state(ScaleState.MOVING), 5)
            emu.set_weight("0.3")
            assert scale.wait_stable(5).state is ScaleState.STABLE


@pytest.mark.skipif(sys.platform == "win32", reason="pty pairs are POSIX only")
@pytest.mark.parametrize("protocol", PROTOCOLS)
def test_pty_emulator(protocol: str) -> None:
    with ScaleEmulator(protocol, transport="pty") as emu:
        assert emu.url.startswith("/dev/")
        emu.set_weight("4.321")
        with SerialScale(emu.url, protocol, poll_interval=0.02) as scale:
            assert scale.wait_stable(5).weight == kg("4.321")


def test_a_port_that_is_not_there_reports_why() -> None:
    with SerialScale("socket://127.0.0.1:1", "cas", reconnect_interval=0.05) as scale:
        with pytest.raises(ScaleTimeout, match="disconnected"):
            scale.wait_stable(0.3)
        assert "cannot open" in scale.stats().last_error


def test_unknown_protocol() -> None:
    with pytest.raises(ScaleUnavailable, match="unknown scale protocol"):
        open_scale("COM3", "dibal")

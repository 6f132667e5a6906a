"""Scale reader latency: from the emulator changing its weight to the reading in the app,
per protocol, polled (20 ms poll interval) and continuous; plus parser throughput."""

from __future__ import annotations

import statistics
import threading
import time
from decimal import Decimal
from typing import Any

from packstation.devices.emulator import ScaleEmulator
from packstation.devices.scale import SerialScale
from packstation.devices.scale_protocols import Framer, get_protocol
from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit

SAMPLES = 30


def _latencies(protocol: str, *, continuous: bool) -> list[float]:
    arrived: dict[Decimal, float] = {}
    event = threading.Event()
    wanted: list[Decimal] = []

    def on_reading(reading: Reading) -> None:
        if reading.weight is not None and wanted and reading.weight.value == wanted[-1]:
            arrived.setdefault(reading.weight.value, time.perf_counter())
            event.set()

    out: list[float] = []
    with ScaleEmulator(protocol, continuous=continuous, interval=0.01) as emu:
        mode = "continuous" if continuous else "poll"
        with SerialScale(emu.url, protocol, mode=mode, poll_interval=0.02, on_reading=on_reading):
            for n in range(SAMPLES):
                value = Decimal(f"1.{n:03d}")
                event.clear()
                wanted.append(value)
                started = time.perf_counter()
                emu.set(Reading(ScaleState.STABLE, Weight(value, WeightUnit.KG)))
                if event.wait(5):
                    out.append((arrived[value] - started) * 1000)
    return out


def test_devices_scale_latency(record: Any) -> None:
    for protocol in ("mt-sics", "nci", "cas"):
        for continuous in (False, True):
            samples = _latencies(protocol, continuous=continuous)
            key = f"{protocol}/{'continuous' if continuous else 'polled 20ms'}"
            record[f"{key} median_ms"] = round(statistics.median(samples), 1)
            record[f"{key} max_ms"] = round(max(samples), 1)
            record[f"{key} samples"] = len(samples)


def test_devices_scale_parser_throughput(record: Any) -> None:
    for name in ("mt-sics", "nci", "cas"):
        protocol = get_protocol(name)
        frame = protocol.encode(Reading(ScaleState.STABLE, Weight(Decimal("1.234"), WeightUnit.KG)))
        stream = frame * 10_000
        framer = Framer(protocol)
        started = time.perf_counter()
        readings = framer.feed(stream)
        elapsed = time.perf_counter() - started
        assert len(readings) == 10_000
        record[f"{name} frames_per_second"] = round(len(readings) / elapsed)

"""USB HID POS scale reports: byte fixtures, quirks, and the reader over a fake device."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from packstation.devices import hidscale
from packstation.devices.hidscale import (
    HidQuirks,
    encode_hid_report,
    known_scale,
    parse_hid_report,
    parse_hid_url,
)
from packstation.devices.scale import HidScale, ScaleError, open_scale
from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit

# Fixtures as a DYMO M25 sends them: report 3, status, unit, exponent, LSB, MSB.
STABLE_OZ = bytes([3, 4, 11, 0xFF, 0x9A, 0x01])  # 410 * 10**-1 oz = 41.0 oz
STABLE_G = bytes([3, 4, 2, 0, 0xD2, 0x04])  # 1234 g
STABLE_KG = bytes([3, 4, 3, 0xFD, 0xD2, 0x04])  # 1.234 kg
MOVING_G = bytes([3, 3, 2, 0, 0x10, 0x00])
ZERO_G = bytes([3, 2, 2, 0, 0, 0])
UNDER_G = bytes([3, 5, 2, 0, 0x05, 0x00])
OVER = bytes([3, 6, 2, 0, 0xFF, 0xFF])


def test_reports() -> None:
    assert parse_hid_report(STABLE_OZ) == Reading(
        ScaleState.STABLE, Weight(Decimal("41.0"), WeightUnit.OZ)
    )
    assert parse_hid_report(STABLE_G) == Reading(
        ScaleState.STABLE, Weight(Decimal(1234), WeightUnit.G)
    )
    assert parse_hid_report(STABLE_KG).weight == Weight(Decimal("1.234"), WeightUnit.KG)
    assert parse_hid_report(MOVING_G).state is ScaleState.MOVING
    assert parse_hid_report(ZERO_G).state is ScaleState.ZERO
    assert parse_hid_report(UNDER_G).weight == Weight(Decimal(-5), WeightUnit.G)
    assert parse_hid_report(OVER) == Reading(ScaleState.OVER)


def test_bad_reports() -> None:
    assert parse_hid_report(b"") is None
    assert parse_hid_report(bytes([3, 4, 2, 0])) is None  # short
    assert parse_hid_report(bytes([1, 4, 2, 0, 1, 0])) is None  # not the data report id
    assert parse_hid_report(bytes([3, 1, 2, 0, 1, 0])) is None  # fault
    assert parse_hid_report(bytes([3, 4, 99, 0, 1, 0])) is None  # unknown unit


def test_non_standard_report_ids_are_a_quirk() -> None:
    generic = known_scale(0x2474, 0x0550)
    assert generic is not None
    report = bytes([1, 4, 2, 0, 0x64, 0])
    assert parse_hid_report(report) is None
    assert parse_hid_report(report, generic.quirks) == Reading(
        ScaleState.STABLE, Weight(Decimal(100), WeightUnit.G)
    )


def test_known_table_and_urls() -> None:
    dymo = known_scale(0x0922, 0x8003)
    assert dymo is not None
    assert dymo.quirks.stale_first_report
    assert known_scale(0x1234, 0x5678) is None
    assert parse_hid_url("hid://0922:8003") == (0x0922, 0x8003)
    assert parse_hid_url("hid://") == (None, None)
    with pytest.raises(ValueError, match="hid://VID:PID"):
        parse_hid_url("hid://dymo")


@given(st.binary(max_size=12))
def test_random_reports_never_raise(data: bytes) -> None:
    for quirks in (hidscale.STANDARD, HidQuirks(report_ids=tuple(range(256)))):
        result = parse_hid_report(data, quirks)
        assert result is None or isinstance(result, Reading)


def test_encoder_round_trip() -> None:
    for reading in (
        Reading(ScaleState.STABLE, Weight(Decimal("1.234"), WeightUnit.KG)),
        Reading(ScaleState.MOVING, Weight(Decimal("12.5"), WeightUnit.LB)),
    ):
        assert parse_hid_report(encode_hid_report(reading)) == reading


class FakeHidDevice:
    """A HID device that replays reports, then fails like an unplugged one."""

    def __init__(self, reports: list[bytes], opened: list[tuple[int, int]]) -> None:
        self.reports = list(reports)
        self.opened = opened
        self.written: list[list[int]] = []

    def open(self, vid: int, pid: int) -> None:
        self.opened.append((vid, pid))

    def read(self, size: int, timeout_ms: int) -> list[int]:
        if not self.reports:
            raise OSError("read error (device unplugged)")
        return list(self.reports.pop(0))

    def write(self, data: list[int]) -> int:
        self.written.append(data)
        return len(data)

    def close(self) -> None:
        pass


def test_reader_drops_the_stale_first_report_and_reconnects() -> None:
    opened: list[tuple[int, int]] = []
    sessions = [
        [STABLE_KG, MOVING_G, STABLE_G, b"\x03\x07\x02\x00\x00\x00"],
        [STABLE_KG, ZERO_G],
    ]
    devices: list[FakeHidDevice] = []

    def factory() -> FakeHidDevice:
        device = FakeHidDevice(sessions.pop(0) if sessions else [], opened)
        devices.append(device)
        return device

    seen: list[Reading] = []
    zeroed = threading.Event()

    def on_reading(reading: Reading) -> None:
        seen.append(reading)
        if reading.state is ScaleState.ZERO:
            zeroed.set()

    scale = HidScale(
        0x0922, 0x8004, device_factory=factory, reconnect_interval=0.01, on_reading=on_reading
    )
    with scale:
        assert zeroed.wait(5)
        scale.zero()
    states = [r.state for r in seen]
    # The first report of each session (a stale 1.234 kg) never shows.
    assert Weight(Decimal("1.234"), WeightUnit.KG) not in [r.weight for r in seen]
    assert states[:2] == [ScaleState.MOVING, ScaleState.STABLE]
    assert ScaleState.DISCONNECTED in states
    assert states[-1] in (ScaleState.ZERO, ScaleState.DISCONNECTED)
    assert scale.garbage == 1  # the "needs calibration" report
    assert opened[:2] == [(0x0922, 0x8004)] * 2
    assert scale.stats().reconnects >= 1


def test_open_scale_picks_the_hid_reader() -> None:
    scale = open_scale("hid://0922:8003", "hid-pos")
    assert isinstance(scale, HidScale)
    with pytest.raises(ScaleError, match="no scale configured"):
        open_scale("", "mt-sics")

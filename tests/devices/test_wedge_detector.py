"""The Qt-free wedge detector, on a fake clock."""

from __future__ import annotations

from packstation.config.settings import ScannerSettings
from packstation.devices.wedge import KeyOutcome, ScanDeduplicator, WedgeDetector


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def advance(self, ms: float) -> None:
        self.now += ms / 1000


def type_keys(
    detector: WedgeDetector, clock: FakeClock, keys: str, gap_ms: float
) -> list[KeyOutcome]:
    outcomes = []
    for key in keys:
        clock.advance(gap_ms)
        outcomes.append(detector.key(key))
    return outcomes


def test_fast_burst_is_a_scan_and_undoes_its_first_key() -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock=clock)
    outcomes = type_keys(detector, clock, "ABCDEFGHIJ\r", 5)
    assert outcomes[0].deliver  # typing until proven otherwise
    assert not any(o.deliver for o in outcomes[1:])
    assert outcomes[-1].scan == "ABCDEFGHIJ"
    assert outcomes[-1].undo == 1


def test_slow_keys_are_typing() -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock=clock)
    outcomes = type_keys(detector, clock, "ABCDEFGHIJ\r", 150)
    assert all(o.deliver and o.scan is None and not o.replay for o in outcomes)


def test_a_fast_pair_of_typed_keys_is_replayed() -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock=clock)
    first, second = type_keys(detector, clock, "th", 10)
    assert first.deliver
    assert not second.deliver
    clock.advance(200)
    flushed = detector.flush()
    assert flushed.replay == "h"
    assert not flushed.deliver
    third = type_keys(detector, clock, "e", 150)[0]
    assert third.deliver
    assert not third.replay


def test_a_slow_key_after_a_fast_pair_replays_the_held_key_first() -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock=clock)
    type_keys(detector, clock, "ab", 10)
    outcome = type_keys(detector, clock, "c", 150)[0]
    assert (outcome.replay, outcome.deliver) == ("b", True)


def test_blanking_drops_a_double_read() -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock=clock, blanking_ms=300)
    assert type_keys(detector, clock, "12345\r", 5)[-1].scan == "12345"
    clock.advance(100)
    again = type_keys(detector, clock, "12345\r", 5)[-1]
    assert again.scan is None
    assert again.double_read == "12345"
    assert again.undo == 1
    clock.advance(400)
    assert type_keys(detector, clock, "12345\r", 5)[-1].scan == "12345"


def test_prefix_suffix_and_control_characters() -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock=clock, prefix="~", suffix="#")
    assert type_keys(detector, clock, "~01\x1d21A\x02B#\r", 5)[-1].scan == "01\x1d21AB"
    clock.advance(500)
    no_prefix = type_keys(detector, clock, "HELLO\r", 5)[-1]
    assert no_prefix.scan is None
    assert no_prefix.replay == "ELLO"
    assert no_prefix.deliver


def test_too_short_bursts_are_not_scans() -> None:
    clock = FakeClock()
    detector = WedgeDetector(clock=clock, min_length=3)
    last = type_keys(detector, clock, "ab\r", 5)[-1]
    assert last.scan is None
    assert last.replay == "b"
    assert last.deliver


def test_settings_and_deduplicator() -> None:
    detector = WedgeDetector.from_settings(ScannerSettings(wedge_max_interval_ms=50, prefix="]"))
    assert (detector.max_interval_ms, detector.prefix) == (50, "]")
    clock = FakeClock()
    dedup = ScanDeduplicator(300, clock)
    assert dedup.accept("A")
    clock.advance(100)
    assert not dedup.accept("A")
    assert dedup.accept("B")

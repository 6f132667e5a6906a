"""Serial scale parsers: pure functions over byte fixtures; framers never raise."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.devices.scale_protocols import (
    Framer,
    NciStatusBits,
    get_protocol,
    parse_cas,
    parse_mt_sics,
    parse_nci,
)
from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit

KG = WeightUnit.KG


@pytest.mark.parametrize(
    ("line", "state", "value", "unit"),
    [
        (b"S S      1.234 kg", ScaleState.STABLE, "1.234", KG),
        (b"S D      0.800 kg", ScaleState.MOVING, "0.800", KG),
        (b"S S      0.000 kg", ScaleState.ZERO, "0.000", KG),
        (b"S S     -0.012 kg", ScaleState.STABLE, "-0.012", KG),
        (b"S S    100.00 g", ScaleState.STABLE, "100.00", WeightUnit.G),
        (b"S S       2.50 lb\r", ScaleState.STABLE, "2.50", WeightUnit.LB),
    ],
)
def test_mt_sics_weights(line: bytes, state: ScaleState, value: str, unit: WeightUnit) -> None:
    assert parse_mt_sics(line) == Reading(state, Weight(Decimal(value), unit))


@pytest.mark.parametrize(
    ("line", "state"),
    [(b"S +", ScaleState.OVER), (b"S -", ScaleState.UNDER), (b"S I", ScaleState.MOVING)],
)
def test_mt_sics_states_without_weight(line: bytes, state: ScaleState) -> None:
    assert parse_mt_sics(line) == Reading(state)


@pytest.mark.parametrize(
    "line", [b"", b"ES", b"S S", b"S S 1.2.3 kg", b"S S 1.0 parsec", b"S X 1 kg"]
)
def test_mt_sics_non_readings(line: bytes) -> None:
    assert parse_mt_sics(line) is None


def test_nci_standard_frames() -> None:
    assert parse_nci(b"\n  1.234KG\r\n00\r") == Reading(
        ScaleState.STABLE, Weight(Decimal("1.234"), KG)
    )
    assert parse_nci(b"\n  1.234KG\r\n10\r").state is ScaleState.MOVING  # 0x31: motion
    assert parse_nci(b"\n  0.000KG\r\n20\r").state is ScaleState.ZERO  # 0x32: at zero
    assert parse_nci(b"\n02\r") == Reading(ScaleState.OVER)  # byte 2 bit 1
    assert parse_nci(b"\n01\r") == Reading(ScaleState.UNDER)
    assert parse_nci(b"\nS00\r") is None  # stable without a weight is not a reading
    assert parse_nci(b"\n 0002.50LB\r\nS00\r") == Reading(
        ScaleState.STABLE, Weight(Decimal("2.50"), WeightUnit.LB)
    )


def test_nci_inverted_polarity() -> None:
    inverted = NciStatusBits(active_high=False)
    # Every flag bit set means "no condition" on these scales.
    assert parse_nci(b"\n  1.234KG\r\n33\r", inverted).state is ScaleState.STABLE
    assert parse_nci(b"\n  1.234KG\r\n23\r", inverted).state is ScaleState.MOVING
    assert parse_nci(b"\n  1.234KG\r\n00\r", inverted).state is ScaleState.OVER
    encode = get_protocol("nci", nci_bits=inverted).encode
    for state in (ScaleState.STABLE, ScaleState.MOVING, ScaleState.ZERO):
        frame = encode(
            Reading(
                state, Weight(Decimal("0.000") if state is ScaleState.ZERO else Decimal("1.5"), KG)
            )
        )
        assert parse_nci(frame[:-1], inverted).state is state


def test_cas_lines() -> None:
    assert parse_cas(b"ST,GS,+  1.234kg") == Reading(
        ScaleState.STABLE, Weight(Decimal("1.234"), KG)
    )
    assert parse_cas(b"US,GS,+  0.900kg").state is ScaleState.MOVING
    assert parse_cas(b"ST,NT,+  0.000kg").state is ScaleState.ZERO
    assert parse_cas(b"ST,GS,01,+  1.234 kg").weight == Weight(Decimal("1.234"), KG)
    assert parse_cas(b"OL,GS,+   OL   kg") == Reading(ScaleState.OVER)
    assert parse_cas(b"XX,GS,+1.0kg") is None
    assert parse_cas(b"ST,GS,") is None


@pytest.mark.parametrize("name", ["mt-sics", "nci", "cas"])
def test_round_trip_through_the_encoder(name: str) -> None:
    protocol = get_protocol(name)
    framer = Framer(protocol)
    readings = [
        Reading(ScaleState.MOVING, Weight(Decimal("0.812"), KG)),
        Reading(ScaleState.STABLE, Weight(Decimal("1.234"), KG)),
        Reading(ScaleState.ZERO, Weight(Decimal("0.000"), KG)),
        Reading(ScaleState.OVER),
    ]
    stream = b"".join(protocol.encode(r) for r in readings)
    # Byte by byte: partial frames wait for the rest.
    got = [r for i in range(len(stream)) for r in framer.feed(stream[i : i + 1])]
    assert got == readings
    assert framer.garbage == 0


def test_garbage_and_partial_lines_are_skipped_and_counted() -> None:
    framer = Framer(get_protocol("mt-sics"))
    got = framer.feed(b"0 kg\r\n\xff\xfe\x00junk\r\nS S      1.234 kg\r\nS S    ")
    assert got == [Reading(ScaleState.STABLE, Weight(Decimal("1.234"), KG))]
    assert framer.garbage == 2  # the partial first line and the junk
    framer.feed(b"x" * 500)  # a run with no line end at all
    assert framer.garbage == 3
    assert framer.feed(b"\r\nZ A\r\nS S      2.000 kg\r\n")[0].weight == Weight(
        Decimal("2.000"), KG
    )
    assert framer.garbage == 3  # "Z A" is an acknowledgement, not garbage


def test_unknown_protocol_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="mt-sics, nci, cas"):
        get_protocol("toledo-8142")


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=300))
def test_random_bytes_never_escape_a_parser(data: bytes) -> None:
    for parse in (parse_mt_sics, parse_nci, parse_cas):
        result = parse(data)
        assert result is None or isinstance(result, Reading)
    for name in ("mt-sics", "nci", "cas"):
        framer = Framer(get_protocol(name))
        for reading in framer.feed(data):
            assert isinstance(reading, Reading)


@settings(max_examples=200, deadline=None)
@given(
    prefix=st.sampled_from([b"S S ", b"S D ", b"ST,GS,", b"US,NT,", b"\n", b""]),
    body=st.binary(max_size=40),
    status=st.binary(min_size=0, max_size=3),
)
def test_near_miss_frames_never_escape(prefix: bytes, body: bytes, status: bytes) -> None:
    frame = prefix + body + b"\r\n" + status + b"\r"
    for parse in (parse_mt_sics, parse_nci, parse_cas):
        parse(frame)

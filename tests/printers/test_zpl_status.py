"""~HS, ~HQES, getvar and ~HI parsing, including property tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from printers.errors import PrinterNotReady, StatusUnknown
from printers.status import PrinterStatus
from printers.zpl.status import (
    MAX_FRAME,
    HostStatusParser,
    format_hs,
    parse_getvar_host_status,
    parse_hi,
    parse_hqes,
    parse_hs,
)

HS_OK = (
    b"\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n"
    b"\x02001,0,0,0,0,2,6,0,00000000,0,000\x03\r\n"
    b"\x021234,0\x03\r\n"
)
HS_FAULTS = (
    b"\x02030,1,1,1218,002,1,0,0,000,0,1,1\x03\r\n"
    b"\x02001,0,1,1,0,2,6,0,00000003,0,000\x03\r\n"
    b"\x021234,0\x03\r\n"
)


def test_ready_printer() -> None:
    status = parse_hs(HS_OK)
    assert status.ready
    assert status.idle
    assert status.reason == "ready"


def test_every_fault_is_named() -> None:
    status = parse_hs(HS_FAULTS)
    assert status.problems == [
        "head open",
        "paper out",
        "ribbon out",
        "paused",
        "buffer full",
        "head over temperature",
        "head under temperature",
    ]
    assert (status.formats_in_buffer, status.labels_remaining) == (2, 3)
    with pytest.raises(PrinterNotReady) as excinfo:
        status.check_ready()
    assert excinfo.value.reason.startswith("head open, paper out")


def test_frames_split_across_reads_with_garbage() -> None:
    parser = HostStatusParser()
    stream = b"\xff\x00junk" + HS_FAULTS[:7] + b"" + HS_FAULTS[7:40]
    assert parser.feed(stream) is None
    status = parser.feed(HS_FAULTS[40:] + b"trailing")
    assert status is not None
    assert status.paper_out


def test_over_long_frame_is_dropped_then_a_good_answer_parses() -> None:
    parser = HostStatusParser()
    assert parser.feed(b"\x02" + b"9," * MAX_FRAME) is None
    assert parser.feed(b"\x03\r\n" + HS_OK) is not None


def test_garbage_only_is_unknown_never_ok() -> None:
    with pytest.raises(StatusUnknown):
        parse_hs(b"\x02hello\x03\r\n\x02a,b\x03")


def test_getvar_and_hqes_and_hi() -> None:
    fields = b",".join(f.strip(b"\x02\x03") for f in HS_FAULTS.split(b"\r\n") if f)
    assert parse_getvar_host_status(b'"' + fields + b'"').head_open
    hqes = parse_hqes(
        b"\x02\r\nPRINTER STATUS\r\n   ERRORS:         1 00000000 00000005\r\n"
        b"   WARNINGS:       0 00000000 00000000\r\n\x03\r\n"
    )
    assert hqes.paper_out
    assert hqes.head_open
    assert not hqes.ribbon_out
    assert hqes.idle is None  # ~HQES does not report the buffer
    info = parse_hi(b"\x02ZD421-203dpi,V84.20.21Z,8,8176KB\x03\r\n")
    assert (info.model, info.firmware, info.dots_per_mm) == ("ZD421-203dpi", "V84.20.21Z", 8)


flags = st.booleans()


@given(
    paper=flags,
    paused=flags,
    head=flags,
    ribbon=flags,
    full=flags,
    over=flags,
    under=flags,
    formats=st.integers(0, 999),
    labels=st.integers(0, 99_999_999),
    cuts=st.lists(st.integers(0, 200), max_size=8),
    junk=st.binary(max_size=40).filter(lambda b: 2 not in b),
)
def test_roundtrip_through_any_split(
    paper: bool,
    paused: bool,
    head: bool,
    ribbon: bool,
    full: bool,
    over: bool,
    under: bool,
    formats: int,
    labels: int,
    cuts: list[int],
    junk: bytes,
) -> None:
    original = PrinterStatus(
        source="~HS",
        paper_out=paper,
        paused=paused,
        head_open=head,
        ribbon_out=ribbon,
        buffer_full=full,
        over_temperature=over,
        under_temperature=under,
        corrupt_ram=False,
        formats_in_buffer=formats,
        labels_remaining=labels,
        partial_format=False,
    )
    data = junk + format_hs(original)
    parser = HostStatusParser()
    result = None
    start = 0
    for cut in sorted(set(cuts)):
        result = result or parser.feed(data[start:cut])
        start = max(start, cut)
    result = result or parser.feed(data[start:])
    assert result == original


@given(st.binary(max_size=600))
def test_arbitrary_bytes_never_crash_and_never_claim_ok_without_three_frames(data: bytes) -> None:
    status = HostStatusParser().feed(data)
    if status is not None:
        assert data.count(b"\x02") >= 3
        assert data.count(b"\x03") >= 3

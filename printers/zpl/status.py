"""Parsers for what a Zebra printer answers to ``~HS``, ``~HQES``, ``getvar`` and ``~HI``.

``~HS`` answers three strings, each ``<STX>fields<ETX><CR><LF>``::

    1: aaa,b,c,dddd,eee,f,g,h,iii,j,k,l      b paper out, c pause, eee formats in buffer,
                                             f buffer full, h partial format, j corrupt RAM,
                                             k under temperature, l over temperature
    2: mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www      o head up, p ribbon out, uuuuuuuu labels remaining
    3: xxxx,y                                password, static RAM

The parsers are incremental (frames may arrive split across reads), bounded (a frame longer
than :data:`MAX_FRAME` or a buffer longer than :data:`MAX_BUFFER` is dropped), and ignore any
garbage between frames.
"""

from __future__ import annotations

import re

from printers.errors import StatusUnknown
from printers.status import PrinterInfo, PrinterStatus

STX = 0x02
ETX = 0x03
MAX_FRAME = 128  # the longest real ~HS string is about 40 bytes
MAX_BUFFER = 4096
HS_COMMAND = b"~HS"
HQES_COMMAND = b"~HQES"
HI_COMMAND = b"~HI"
HOST_STATUS_GETVAR = b'! U1 getvar "device.host_status"\r\n'
#: Labels printed over the printer's life (Set-Get-Do ``odometer.total_label_count``).
ODOMETER_GETVAR = b'! U1 getvar "odometer.total_label_count"\r\n'

_S1_FIELDS = 12
_S2_FIELDS = 11
_S3_FIELDS = 2


def _frames(buffer: bytearray) -> list[bytes]:
    """Remove complete ``STX..ETX`` frames from ``buffer`` and return their payloads.

    Bytes before an STX are garbage and dropped; an over-long frame is dropped; an STX inside
    a frame restarts the frame there.
    """
    out: list[bytes] = []
    while True:
        start = buffer.find(STX)
        if start < 0:
            buffer.clear()
            return out
        del buffer[:start]
        end = buffer.find(ETX, 1)
        restart = buffer.find(STX, 1)
        if restart > 0 and (end < 0 or restart < end):
            del buffer[:restart]
            continue
        if end < 0:
            if len(buffer) > MAX_FRAME:
                buffer.clear()
            return out
        payload = bytes(buffer[1:end])
        del buffer[: end + 1]
        if len(payload) <= MAX_FRAME:
            out.append(payload)


def _int_fields(payload: bytes) -> list[int] | None:
    parts = payload.split(b",")
    try:
        return [int(p.strip()) for p in parts]
    except ValueError:
        return None


def _from_fields(s1: list[int], s2: list[int], source: str, raw: bytes) -> PrinterStatus:
    return PrinterStatus(
        source=source,
        paper_out=s1[1] == 1,
        paused=s1[2] == 1,
        formats_in_buffer=s1[4],
        buffer_full=s1[5] == 1,
        partial_format=s1[7] == 1,
        corrupt_ram=s1[9] == 1,
        under_temperature=s1[10] == 1,
        over_temperature=s1[11] == 1,
        head_open=s2[2] == 1,
        ribbon_out=s2[3] == 1,
        labels_remaining=s2[8],
        raw=raw,
    )


class HostStatusParser:
    """Incremental ``~HS`` parser: :meth:`feed` bytes as they arrive; it returns the status
    once all three strings have been seen, else ``None``."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._s1: list[int] | None = None
        self._s2: list[int] | None = None
        self._raw = bytearray()

    def feed(self, data: bytes) -> PrinterStatus | None:
        self._buffer.extend(data)
        if len(self._buffer) > MAX_BUFFER:
            del self._buffer[:-MAX_FRAME]
        for payload in _frames(self._buffer):
            fields = _int_fields(payload)
            if fields is None:
                continue
            if len(fields) == _S1_FIELDS:
                self._s1, self._s2 = fields, None
                self._raw = bytearray(payload)
            elif len(fields) == _S2_FIELDS and self._s1 is not None:
                self._s2 = fields
                self._raw += b"|" + payload
            elif len(fields) == _S3_FIELDS and self._s1 is not None and self._s2 is not None:
                self._raw += b"|" + payload
                return _from_fields(self._s1, self._s2, "~HS", bytes(self._raw))
        return None


def parse_hs(data: bytes) -> PrinterStatus:
    """Parse a complete ``~HS`` answer; :class:`StatusUnknown` when it holds no valid status."""
    status = HostStatusParser().feed(data)
    if status is None:
        raise StatusUnknown(f"unreadable ~HS answer ({len(data)} bytes)")
    return status


class GetvarParser:
    """``! U1 getvar "device.host_status"``: the three ~HS strings as one quoted, comma list."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> PrinterStatus | None:
        self._buffer.extend(data)
        if len(self._buffer) > MAX_BUFFER:
            del self._buffer[:-MAX_FRAME]
        match = re.search(rb'"([0-9, ]{20,200})"', self._buffer)
        if match is None:
            return None
        fields = _int_fields(match.group(1))
        if fields is None or len(fields) < _S1_FIELDS + _S2_FIELDS:
            del self._buffer[: match.end()]
            return None
        s1, s2 = fields[:_S1_FIELDS], fields[_S1_FIELDS : _S1_FIELDS + _S2_FIELDS]
        return _from_fields(s1, s2, "getvar", match.group(1))


class OdometerParser:
    """``! U1 getvar "odometer.total_label_count"``: ``"1234"``; ``"?"`` when not supported.

    ``feed`` returns the count, -1 for ``"?"``, or None while the answer is incomplete.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> int | None:
        self._buffer.extend(data)
        if len(self._buffer) > MAX_BUFFER:
            del self._buffer[:-MAX_FRAME]
        match = re.search(rb'"\s*([0-9]{1,12}|\?)\s*"', self._buffer)
        if match is None:
            return None
        value = match.group(1)
        return -1 if value == b"?" else int(value)


def parse_getvar_host_status(data: bytes) -> PrinterStatus:
    status = GetvarParser().feed(data)
    if status is None:
        raise StatusUnknown("unreadable device.host_status answer")
    return status


# ~HQES error flags (the last 8 hex digits of the ERRORS line).
_HQES_ERRORS = {
    0x00000001: "paper_out",
    0x00000002: "ribbon_out",
    0x00000004: "head_open",
    0x00000008: "cutter fault",
    0x00000010: "over_temperature",
    0x00000020: "motor over temperature",
    0x00000040: "bad printhead element",
    0x00000080: "printhead detection error",
}


class HqesParser:
    """``~HQES``: ``PRINTER STATUS`` with ``ERRORS: f gggggggg hhhhhhhh`` and ``WARNINGS``."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> PrinterStatus | None:
        self._buffer.extend(data)
        if len(self._buffer) > MAX_BUFFER:
            del self._buffer[:-256]
        match = re.search(rb"ERRORS:\s+([01])\s+([0-9A-Fa-f]{8})\s+([0-9A-Fa-f]{8})", self._buffer)
        if match is None:
            return None
        flags = int(match.group(3), 16) if match.group(1) == b"1" else 0
        named: dict[str, bool] = {
            "paper_out": False,
            "ribbon_out": False,
            "head_open": False,
            "over_temperature": False,
        }
        others: list[str] = []
        for bit, name in _HQES_ERRORS.items():
            if flags & bit:
                if name in named:
                    named[name] = True
                else:
                    others.append(name)
        return PrinterStatus(
            source="~HQES",
            paper_out=named["paper_out"],
            ribbon_out=named["ribbon_out"],
            head_open=named["head_open"],
            over_temperature=named["over_temperature"],
            other_errors=tuple(others),
            raw=match.group(0),
        )


def parse_hqes(data: bytes) -> PrinterStatus:
    status = HqesParser().feed(data)
    if status is None:
        raise StatusUnknown("unreadable ~HQES answer")
    return status


class HiParser:
    """``~HI``: ``<STX>model,firmware,dots per mm,memory<ETX>``."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> PrinterInfo | None:
        self._buffer.extend(data)
        for payload in _frames(self._buffer):
            parts = payload.decode("ascii", "replace").split(",")
            if len(parts) >= 2:
                dpmm = int(parts[2]) if len(parts) > 2 and parts[2].strip().isdigit() else None
                memory = parts[3].strip() if len(parts) > 3 else ""
                return PrinterInfo(parts[0].strip(), parts[1].strip(), dpmm, memory)
        return None


def parse_hi(data: bytes) -> PrinterInfo:
    info = HiParser().feed(data)
    if info is None:
        raise StatusUnknown("unreadable ~HI answer")
    return info


def format_hs(status: PrinterStatus) -> bytes:
    """The ``~HS`` answer a printer in ``status`` sends (used by the virtual printer)."""

    def flag(value: bool | None) -> int:
        return 1 if value else 0

    s1 = (
        f"030,{flag(status.paper_out)},{flag(status.paused)},1218,"
        f"{(status.formats_in_buffer or 0):03d},{flag(status.buffer_full)},0,"
        f"{flag(status.partial_format)},000,{flag(status.corrupt_ram)},"
        f"{flag(status.under_temperature)},{flag(status.over_temperature)}"
    )
    s2 = (
        f"001,0,{flag(status.head_open)},{flag(status.ribbon_out)},0,2,6,0,"
        f"{(status.labels_remaining or 0):08d},0,000"
    )
    s3 = "1234,0"
    return b"".join(b"\x02" + s.encode() + b"\x03\r\n" for s in (s1, s2, s3))

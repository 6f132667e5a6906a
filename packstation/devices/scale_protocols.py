"""Serial scale protocols: pure parsers and encoders over bytes, and stream framers.

Every ``parse_*`` function takes one frame (a line, or an NCI message up to ETX) and returns a
:class:`~packstation.devices.weight.Reading`, or None when the frame is not a weight message
(garbage, a partial line, an acknowledgement). Parsers never raise on any input.

Protocols
---------
``mt-sics``  Mettler Toledo MT-SICS. Poll ``SI`` (immediate) or ``S`` (next stable); continuous
             ``SIR``. Answers ``S S      1.234 kg`` (stable), ``S D ...`` (dynamic/moving),
             ``S +`` / ``S -`` (over/under load), ``S I`` (busy).
``nci``      NCI / Avery Weigh-Tronix / many retail scales. Poll ``W<CR>``; answer
             ``<LF>  1.234kg<CR><LF>hh<CR><ETX>`` where ``hh`` are two status bytes (byte 1: bit 0
             motion, bit 1 at zero; byte 2: bit 0 under, bit 1 over). The polarity of these bits
             varies by vendor: :class:`NciStatusBits`.
``cas``      CAS continuous output ``ST,GS,+  1.234kg`` (``ST`` stable, ``US`` unstable, ``OL``
             overload; ``GS`` gross, ``NT`` net). Polled with ENQ on models in command mode.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit

ETX = b"\x03"


def _weight(sign: bytes, number: bytes, unit: bytes) -> Weight | None:
    parsed_unit = WeightUnit.parse(unit.decode("ascii", "replace"))
    if parsed_unit is None:
        return None
    try:
        value = Decimal(number.decode("ascii"))
    except (InvalidOperation, UnicodeDecodeError):
        return None
    if sign == b"-":
        value = -value
    return Weight(value, parsed_unit)


def _stable_or_zero(weight: Weight) -> ScaleState:
    return ScaleState.ZERO if weight.value == 0 else ScaleState.STABLE


# ---------------------------------------------------------------------------- MT-SICS
_MT_WEIGHT = re.compile(rb"^S\s+([SD])\s+([+-]?)\s*(\d{1,9}(?:\.\d{0,6})?)\s+([A-Za-z#]{1,3})$")
_MT_STATUS = re.compile(rb"^S\s+([+\-I])$")
_MT_ACK = re.compile(rb"^(Z\s+[AIL+\-]|ES|ET|EL|@|I\d+\s.*|SIR?\s+[AI]|S\s+A)$")


def parse_mt_sics(line: bytes) -> Reading | None:
    """Parse one MT-SICS response line (without CR LF)."""
    line = line.strip()
    match = _MT_WEIGHT.match(line)
    if match:
        weight = _weight(match.group(2), match.group(3), match.group(4))
        if weight is None:
            return None
        if match.group(1) == b"D":
            return Reading(ScaleState.MOVING, weight)
        return Reading(_stable_or_zero(weight), weight)
    match = _MT_STATUS.match(line)
    if match:
        code = match.group(1)
        if code == b"+":
            return Reading(ScaleState.OVER)
        if code == b"-":
            return Reading(ScaleState.UNDER)
        return Reading(ScaleState.MOVING)  # S I: busy, no value yet
    return None


def is_mt_sics_ack(line: bytes) -> bool:
    """An MT-SICS line that is an acknowledgement or error code, not garbage."""
    return bool(_MT_ACK.match(line.strip()))


def _number(weight: Weight) -> str:
    return f"{abs(weight.value):f}"


def encode_mt_sics(reading: Reading) -> bytes:
    if reading.state is ScaleState.OVER:
        return b"S +\r\n"
    if reading.state is ScaleState.UNDER:
        return b"S -\r\n"
    if reading.weight is None:
        return b"S I\r\n"
    flag = "D" if reading.state is ScaleState.MOVING else "S"
    sign = "-" if reading.weight.value < 0 else ""
    text = f"{sign}{_number(reading.weight)}"
    return f"S {flag} {text:>10} {reading.weight.unit.value}\r\n".encode("ascii")


# ---------------------------------------------------------------------------- NCI
@dataclass(frozen=True)
class NciStatusBits:
    """Where an NCI scale puts its status flags, and whether a set bit means "yes".

    The NCI standard sets a bit for the condition (``active_high=True``); some vendors clear it
    instead. Positions are (byte index, bit index) into the two status bytes.
    """

    motion: tuple[int, int] = (0, 0)
    zero: tuple[int, int] = (0, 1)
    under: tuple[int, int] = (1, 0)
    over: tuple[int, int] = (1, 1)
    active_high: bool = True

    def flag(self, status: bytes, position: tuple[int, int]) -> bool:
        byte, bit = position
        value = bool(status[byte] >> bit & 1)
        return value if self.active_high else not value

    def encode(self, state: ScaleState) -> bytes:
        status = [0x30, 0x30]
        wanted = {
            self.motion: state is ScaleState.MOVING,
            self.zero: state is ScaleState.ZERO,
            self.under: state is ScaleState.UNDER,
            self.over: state is ScaleState.OVER,
        }
        for (byte, bit), on in wanted.items():
            if on == self.active_high:
                status[byte] |= 1 << bit
        return bytes(status)


NCI_STANDARD = NciStatusBits()
_NCI_WEIGHT = re.compile(rb"^([+-]?)\s*(\d{1,9}(?:\.\d{0,6})?)\s*([A-Za-z#]{1,3})$")


def parse_nci(frame: bytes, bits: NciStatusBits = NCI_STANDARD) -> Reading | None:
    """Parse one NCI answer: the bytes before ETX (``<LF>weight<CR><LF>hh<CR>``)."""
    fields = [f.strip(b" \x02") for f in re.split(rb"[\r\n]+", frame)]
    fields = [f for f in fields if f]
    if not fields or len(fields) > 2:
        return None
    status = fields[-1]
    if len(status) == 3 and status[:1] == b"S":
        status = status[1:]
    if len(status) != 2 or any(b & 0xF0 != 0x30 for b in status):
        return None
    weight: Weight | None = None
    if len(fields) == 2:
        match = _NCI_WEIGHT.match(fields[0])
        if not match:
            return None
        weight = _weight(match.group(1), match.group(2), match.group(3))
        if weight is None:
            return None
    if bits.flag(status, bits.over):
        return Reading(ScaleState.OVER, weight)
    if bits.flag(status, bits.under):
        return Reading(ScaleState.UNDER, weight)
    if bits.flag(status, bits.motion):
        return Reading(ScaleState.MOVING, weight)
    if bits.flag(status, bits.zero):
        return Reading(ScaleState.ZERO, weight)
    if weight is None:
        return None
    return Reading(_stable_or_zero(weight), weight)


def encode_nci(reading: Reading, bits: NciStatusBits = NCI_STANDARD) -> bytes:
    status = bits.encode(reading.state)
    if reading.weight is None or reading.state in (ScaleState.OVER, ScaleState.UNDER):
        return b"\n" + status + b"\r" + ETX
    sign = "-" if reading.weight.value < 0 else ""
    text = f"{sign}{_number(reading.weight)}{reading.weight.unit.value.upper()}"
    return b"\n" + text.rjust(10).encode("ascii") + b"\r\n" + status + b"\r" + ETX


# ---------------------------------------------------------------------------- CAS
_CAS_WEIGHT = re.compile(rb"^([+-]?)\s*(\d{1,9}(?:\.\d{0,6})?)\s*([A-Za-z#]{1,3})$")
_CAS_HEADERS = {
    b"ST": ScaleState.STABLE,
    b"US": ScaleState.MOVING,
    b"OL": ScaleState.OVER,
    b"UL": ScaleState.UNDER,
}


def parse_cas(line: bytes) -> Reading | None:
    """Parse one CAS line (``ST,GS,+  1.234kg``; a device-id field in between is allowed)."""
    parts = line.strip(b" \r\n\x02\x06").split(b",")
    if len(parts) < 3 or len(parts) > 5:
        return None
    state = _CAS_HEADERS.get(parts[0].strip())
    if state is None or parts[1].strip() not in (b"GS", b"NT", b"TR"):
        return None
    match = _CAS_WEIGHT.match(parts[-1].strip())
    weight = _weight(match.group(1), match.group(2), match.group(3)) if match else None
    if state in (ScaleState.OVER, ScaleState.UNDER):
        return Reading(state, weight)
    if weight is None:
        return None
    if state is ScaleState.STABLE:
        state = _stable_or_zero(weight)
    return Reading(state, weight)


def encode_cas(reading: Reading) -> bytes:
    header = {
        ScaleState.MOVING: "US",
        ScaleState.OVER: "OL",
        ScaleState.UNDER: "UL",
    }.get(reading.state, "ST")
    if reading.weight is None or reading.state in (ScaleState.OVER, ScaleState.UNDER):
        return f"{header},GS,+   OL   kg\r\n".encode("ascii")
    sign = "-" if reading.weight.value < 0 else "+"
    number = _number(reading.weight)
    return f"{header},GS,{sign}{number:>8}{reading.weight.unit.value}\r\n".encode("ascii")


# ---------------------------------------------------------------------------- specs and framing
@dataclass(frozen=True)
class ScaleProtocol:
    """How to talk to one kind of serial scale."""

    name: str
    delimiter: bytes
    poll_command: bytes
    zero_command: bytes
    continuous_command: bytes | None
    parse: Callable[[bytes], Reading | None]
    encode: Callable[[Reading], bytes]
    is_ack: Callable[[bytes], bool] = field(default=lambda _frame: False)
    max_frame: int = 128


PROTOCOL_NAMES = ("mt-sics", "nci", "cas")


def get_protocol(name: str, *, nci_bits: NciStatusBits = NCI_STANDARD) -> ScaleProtocol:
    """The protocol called ``name`` (``mt-sics``, ``nci``, ``cas``)."""
    key = name.strip().lower().replace("_", "-")
    if key in ("mt-sics", "mtsics", "mettler"):
        return ScaleProtocol(
            "mt-sics",
            b"\n",
            b"SI\r\n",
            b"Z\r\n",
            b"SIR\r\n",
            parse_mt_sics,
            encode_mt_sics,
            is_mt_sics_ack,
        )
    if key in ("nci", "avery", "weigh-tronix"):
        return ScaleProtocol(
            "nci",
            ETX,
            b"W\r",
            b"Z\r",
            None,
            lambda frame: parse_nci(frame, nci_bits),
            lambda reading: encode_nci(reading, nci_bits),
        )
    if key == "cas":
        return ScaleProtocol("cas", b"\n", b"\x05", b"Z\r\n", None, parse_cas, encode_cas)
    raise ValueError(f"unknown scale protocol {name!r}: use one of {', '.join(PROTOCOL_NAMES)}")


class Framer:
    """Cuts a byte stream into frames and parses them; never raises on any input.

    Frames that are not readings (garbage, partial frames, overlong runs without a delimiter) are
    skipped and counted in ``garbage``.
    """

    def __init__(self, protocol: ScaleProtocol) -> None:
        self.protocol = protocol
        self._buffer = bytearray()
        self.garbage = 0
        self.frames = 0

    def reset(self) -> None:
        """Forget a partial frame (after a reconnect)."""
        if self._buffer.strip():
            self.garbage += 1
        self._buffer.clear()

    def feed(self, data: bytes) -> list[Reading]:
        self._buffer.extend(data)
        readings: list[Reading] = []
        delimiter = self.protocol.delimiter
        while True:
            index = self._buffer.find(delimiter)
            if index < 0:
                break
            frame = bytes(self._buffer[:index])
            del self._buffer[: index + len(delimiter)]
            self._frame(frame, readings)
        if len(self._buffer) > self.protocol.max_frame:
            self._buffer.clear()
            self.garbage += 1
        return readings

    def _frame(self, frame: bytes, readings: list[Reading]) -> None:
        if not frame.strip(b" \r\n\t\x00"):
            return
        self.frames += 1
        try:
            reading = self.protocol.parse(frame)
        except Exception:  # a parser bug must not kill the reader thread
            reading = None
        if reading is not None:
            readings.append(reading)
        elif not self.protocol.is_ack(frame):
            self.garbage += 1

"""Keyboard-wedge scanner detection, without Qt.

A keyboard-wedge scanner types its code as a burst of key presses a few milliseconds apart,
usually ending with Enter; people type 80-300 ms apart. :class:`WedgeDetector` sees every
printable key and Enter, with the time it arrived (from an injectable clock), and says what to do
with each key (:class:`KeyOutcome`):

* The first key after a pause is delivered at once (it is typing until proven otherwise).
* A key that follows the previous one within ``max_interval_ms`` is held back: it may be part of
  a scan.
* Enter closing such a burst of at least ``min_length`` characters is a scan: the held keys are
  dropped, and the caller removes the first key it had already delivered (``undo``).
* A burst that ends without Enter (a pause, or a slow key) was fast typing: the held keys are
  handed back for delivery (``replay``) in order.

Prefix/suffix characters configured on the scanner are removed (with a prefix configured, a
burst without it is not a scan); control characters are stripped except GS (0x1D), which
separates GS1 fields. The same code again within ``blanking_ms`` is a double read and dropped.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field

ENTER = "\r"
_CONTROL = re.compile(r"[\x00-\x1c\x1e\x1f\x7f]")


@dataclass
class KeyOutcome:
    """What the caller does with the key it just fed (or with held keys after a flush).

    ``replay`` first (keys held earlier, to deliver now in order), then this key if ``deliver``.
    ``undo`` is how many already-delivered characters to remove from where they went.
    ``scan`` is a finished scan; ``double_read`` one dropped by the blanking period.
    """

    deliver: bool = True
    replay: str = ""
    undo: int = 0
    scan: str | None = None
    double_read: str | None = None


@dataclass
class WedgeDetector:
    max_interval_ms: float = 30.0
    min_length: int = 3
    prefix: str = ""
    suffix: str = ""
    blanking_ms: float = 300.0
    clock: Callable[[], float] = time.monotonic
    _buffer: list[str] = field(default_factory=list, init=False)
    _delivered: int = field(default=0, init=False)
    _last: float | None = field(default=None, init=False)
    _last_scan: str = field(default="", init=False)
    _last_scan_at: float = field(default=float("-inf"), init=False)

    @classmethod
    def from_settings(
        cls, scanner: object, clock: Callable[[], float] = time.monotonic
    ) -> WedgeDetector:
        """Build from ``settings.scanner`` (a ScannerSettings)."""
        return cls(
            max_interval_ms=float(getattr(scanner, "wedge_max_interval_ms", 30.0)),
            min_length=int(getattr(scanner, "wedge_min_length", 3)),
            prefix=str(getattr(scanner, "prefix", "")),
            suffix=str(getattr(scanner, "suffix", "")),
            blanking_ms=float(getattr(scanner, "blanking_ms", 300.0)),
            clock=clock,
        )

    @property
    def in_burst(self) -> bool:
        return len(self._buffer) > self._delivered

    @property
    def pending(self) -> bool:
        """A burst may still be running (call :meth:`flush` after ``max_interval_ms``)."""
        return bool(self._buffer)

    def key(self, text: str) -> KeyOutcome:
        """Feed one key: a printable character, or ``"\\r"``/``"\\n"`` for Enter."""
        now = self.clock()
        gap_ok = self._last is not None and (now - self._last) * 1000 <= self.max_interval_ms
        if text in ("\r", "\n"):
            outcome = self._finish(now) if self._buffer and gap_ok else self._abandon()
            if outcome.scan is None and outcome.double_read is None:
                outcome.deliver = True
            self._last = None
            return outcome
        if self._buffer and gap_ok:
            self._buffer.append(text)
            self._last = now
            return KeyOutcome(deliver=False)
        outcome = self._abandon()
        self._buffer = [text]
        self._delivered = 1
        self._last = now
        outcome.deliver = True
        return outcome

    def flush(self) -> KeyOutcome:
        """Call when no key came for a while: a burst that stopped without Enter was typing."""
        if not self._buffer or self._last is None:
            return KeyOutcome(deliver=False)
        if (self.clock() - self._last) * 1000 <= self.max_interval_ms:
            return KeyOutcome(deliver=False)
        outcome = self._abandon()
        outcome.deliver = False
        return outcome

    def reset(self) -> None:
        self._buffer.clear()
        self._delivered = 0
        self._last = None

    # ------------------------------------------------------------------ internals
    def _abandon(self) -> KeyOutcome:
        held = "".join(self._buffer[self._delivered :])
        self.reset()
        return KeyOutcome(deliver=False, replay=held)

    def _finish(self, now: float) -> KeyOutcome:
        raw = "".join(self._buffer)
        code = self._strip(raw)
        if len(self._buffer) < 2 or code is None or len(code) < self.min_length:
            outcome = self._abandon()
            outcome.deliver = True
            return outcome
        undo = self._delivered
        self.reset()
        if code == self._last_scan and (now - self._last_scan_at) * 1000 < self.blanking_ms:
            self._last_scan_at = now
            return KeyOutcome(deliver=False, undo=undo, double_read=code)
        self._last_scan, self._last_scan_at = code, now
        return KeyOutcome(deliver=False, undo=undo, scan=code)

    def _strip(self, raw: str) -> str | None:
        if self.prefix:
            if not raw.startswith(self.prefix):
                return None
            raw = raw[len(self.prefix) :]
        if self.suffix and raw.endswith(self.suffix):
            raw = raw[: -len(self.suffix)]
        return _CONTROL.sub("", raw)


class ScanDeduplicator:
    """The blanking period for scanners that send whole codes (serial, HID POS scanners)."""

    def __init__(self, blanking_ms: float = 300.0, clock: Callable[[], float] = time.monotonic):
        self.blanking_ms = blanking_ms
        self.clock = clock
        self._last = ""
        self._at = float("-inf")

    def accept(self, code: str) -> bool:
        now = self.clock()
        double = code == self._last and (now - self._at) * 1000 < self.blanking_ms
        self._last, self._at = code, now
        return not double

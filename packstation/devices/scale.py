"""One scale interface above every protocol, read on its own thread.

A :class:`Scale` owns one background thread that opens the device, polls it (or listens to its
continuous output), parses what arrives and publishes :class:`~packstation.devices.weight.Reading`
objects: to ``latest``, to plain-Python listeners (called on the reader thread; the GUI adapts
them to signals) and to :meth:`Scale.wait_for`. When the device goes away (unplugged, socket
closed, no answer for ``silence_timeout``) the scale publishes a ``disconnected`` reading and keeps
trying to reopen it every ``reconnect_interval``: plugging it back in needs no restart.

Subclasses implement the raw I/O: ``_open``, ``_close``, ``_read`` (bytes -> readings) and
``_write``. :class:`SerialScale` speaks MT-SICS, NCI and CAS through pyserial's
``serial_for_url`` (``COM3``, ``/dev/ttyUSB0``, ``socket://127.0.0.1:PORT``); :class:`HidScale`
reads USB HID POS scales through hidapi.

Exceptions
----------
``ScaleError``            base class
  ``ScaleTimeout``        :meth:`Scale.wait_for` found no matching reading in time
  ``ScaleUnavailable``    the scale cannot be used at all (unknown protocol, hidapi missing)
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from packstation.devices import hidscale
from packstation.devices.scale_protocols import (
    NCI_STANDARD,
    Framer,
    NciStatusBits,
    ScaleProtocol,
    get_protocol,
)
from packstation.devices.weight import DISCONNECTED, Reading, ScaleState

log = logging.getLogger(__name__)

Listener = Callable[[Reading], None]
Clock = Callable[[], float]


class ScaleError(Exception):
    """A scale problem the user can act on."""


class ScaleTimeout(ScaleError):
    """No reading of the wanted kind arrived in time."""


class ScaleUnavailable(ScaleError):
    """The scale cannot be used with this configuration or installation."""


@dataclass(frozen=True)
class ScaleStats:
    connected: bool
    readings: int
    garbage: int
    reconnects: int
    last_error: str


class Scale(ABC):
    """A scale read on its own thread. Use as a context manager or call start()/stop()."""

    polled: bool = False

    def __init__(
        self,
        *,
        name: str = "scale",
        on_reading: Listener | None = None,
        reconnect_interval: float = 1.0,
        silence_timeout: float | None = 3.0,
        poll_interval: float = 0.2,
        clock: Clock = time.monotonic,
    ) -> None:
        self.name = name
        self.reconnect_interval = reconnect_interval
        self.silence_timeout = silence_timeout
        self.poll_interval = poll_interval
        self._clock = clock
        self._listeners: list[Listener] = [on_reading] if on_reading else []
        self._cond = threading.Condition()
        self._latest: Reading = DISCONNECTED
        self._history: deque[Reading] = deque(maxlen=256)  # for wait_for between wake-ups
        self._seq = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._commands: queue.SimpleQueue[bytes] = queue.SimpleQueue()
        self._connected = False
        self._reconnects = 0
        self._readings = 0
        self._last_error = ""

    # ------------------------------------------------------------------ raw I/O (subclasses)
    @abstractmethod
    def _open(self) -> None:
        """Open the device; raise on failure."""

    @abstractmethod
    def _close(self) -> None:
        """Close the device; never raise."""

    @abstractmethod
    def _read(self) -> list[Reading]:
        """Wait briefly (at most ~poll_interval) for data and return the readings it held."""

    @abstractmethod
    def _write(self, data: bytes) -> None:
        """Send bytes to the device."""

    def _poll_command(self) -> bytes | None:
        return None

    def _zero_command(self) -> bytes | None:
        return None

    @property
    def garbage(self) -> int:
        """Frames skipped because they were not readings."""
        return 0

    # ------------------------------------------------------------------ public
    def start(self) -> Scale:
        if self._thread is not None:
            return self
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"scale-{self.name}", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the reader thread and close the device."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)
            if thread.is_alive():
                log.warning("scale %s reader did not stop within %.1f s", self.name, timeout)

    def __enter__(self) -> Scale:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def latest(self) -> Reading:
        with self._cond:
            return self._latest

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def stats(self) -> ScaleStats:
        return ScaleStats(
            self._connected, self._readings, self.garbage, self._reconnects, self._last_error
        )

    def wait_for(
        self, predicate: Callable[[Reading], bool], timeout: float, *, after_seq: int | None = None
    ) -> Reading:
        """The first reading that satisfies ``predicate``: among those newer than ``after_seq``,
        by default the latest one and every one after it."""
        deadline = time.monotonic() + timeout
        with self._cond:
            if after_seq is None:
                after_seq = self._latest.seq - 1
            while True:
                for reading in self._history:
                    if reading.seq > after_seq:
                        if predicate(reading):
                            return reading
                        after_seq = reading.seq
                latest = self._latest
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ScaleTimeout(
                        f"scale {self.name}: no suitable reading within {timeout:g} s "
                        f"(last: {latest.describe()})"
                    )
                self._cond.wait(remaining)

    def wait_stable(self, timeout: float = 10.0) -> Reading:
        """The first stable reading (stable or zero) that arrives from now on, or a ScaleTimeout."""
        return self.wait_for(lambda r: r.is_stable, timeout, after_seq=self.latest.seq)

    def zero(self) -> None:
        """Ask the scale to zero itself (sent by the reader thread)."""
        command = self._zero_command()
        if command is None:
            raise ScaleError(f"scale {self.name} cannot be zeroed from the computer")
        self._commands.put(command)

    # ------------------------------------------------------------------ the thread
    def _publish(self, reading: Reading) -> None:
        with self._cond:
            self._seq += 1
            reading = replace(reading, seq=self._seq, at=self._clock())
            self._latest = reading
            self._history.append(reading)
            self._readings += 1
            self._cond.notify_all()
        for listener in list(self._listeners):
            try:
                listener(reading)
            except Exception:
                log.exception("scale %s listener failed", self.name)

    def _disconnected(self, error: str) -> None:
        if self._connected:
            self._reconnects += 1
            log.warning("scale %s disconnected: %s", self.name, error)
        self._connected = False
        self._last_error = error
        if self.latest.state is not ScaleState.DISCONNECTED or self._seq == 0:
            self._publish(DISCONNECTED)

    def _run(self) -> None:
        opened = False
        while not self._stop.is_set():
            if not opened:
                try:
                    self._open()
                    opened = True
                    last_data = last_poll = self._clock()
                    last_poll -= self.poll_interval
                except Exception as exc:
                    self._disconnected(f"cannot open: {exc}")
                    self._stop.wait(self.reconnect_interval)
                    continue
            try:
                while not self._commands.empty():
                    self._write(self._commands.get_nowait())
                poll = self._poll_command() if self.polled else None
                now = self._clock()
                if poll is not None and now - last_poll >= self.poll_interval:
                    self._write(poll)
                    last_poll = now
                readings = self._read()
                now = self._clock()
                if readings:
                    last_data = now
                    self._connected = True
                for reading in readings:
                    self._publish(reading)
                if self.silence_timeout is not None and now - last_data > self.silence_timeout:
                    raise ScaleError(f"no data for {self.silence_timeout:g} s")
            except Exception as exc:
                self._close()
                opened = False
                self._disconnected(str(exc) or type(exc).__name__)
                self._stop.wait(self.reconnect_interval)
        if opened:
            self._close()
        self._connected = False


class SerialScale(Scale):
    """A serial scale (MT-SICS, NCI or CAS) on any pyserial URL."""

    def __init__(
        self,
        url: str,
        protocol: str | ScaleProtocol,
        *,
        baudrate: int = 9600,
        mode: Literal["poll", "continuous"] = "poll",
        nci_bits: NciStatusBits = NCI_STANDARD,
        read_timeout: float = 0.05,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("name", url)
        super().__init__(**kwargs)
        try:
            self.protocol = (
                protocol
                if isinstance(protocol, ScaleProtocol)
                else get_protocol(protocol, nci_bits=nci_bits)
            )
        except ValueError as exc:
            raise ScaleUnavailable(str(exc)) from exc
        self.url = url
        self.baudrate = baudrate
        self.mode = mode
        self.polled = mode == "poll"
        self.read_timeout = read_timeout
        self._framer = Framer(self.protocol)
        self._port: Any = None

    @property
    def garbage(self) -> int:
        return self._framer.garbage

    def _open(self) -> None:
        import serial

        self._framer.reset()
        self._port = serial.serial_for_url(
            self.url,
            baudrate=self.baudrate,
            # Never wait longer than one poll interval, or polls would come late.
            timeout=min(self.read_timeout, self.poll_interval / 2),
            write_timeout=1.0,
        )
        if self.mode == "continuous" and self.protocol.continuous_command:
            self._port.write(self.protocol.continuous_command)

    def _close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            try:
                port.close()
            except Exception:
                log.debug("closing scale port %s failed", self.url, exc_info=True)

    def _read(self) -> list[Reading]:
        port = self._port
        waiting = port.in_waiting
        data = port.read(waiting if waiting else 1)
        if data and not waiting:
            data += port.read(port.in_waiting)
        return self._framer.feed(data)

    def _write(self, data: bytes) -> None:
        self._port.write(data)

    def _poll_command(self) -> bytes | None:
        return self.protocol.poll_command

    def _zero_command(self) -> bytes | None:
        return self.protocol.zero_command


class HidScale(Scale):
    """A USB HID POS scale (usage page 0x8D) read through hidapi."""

    def __init__(
        self,
        vendor_id: int | None = None,
        product_id: int | None = None,
        *,
        device_factory: Callable[[], Any] | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("silence_timeout", None)  # HID scales report only on change
        kwargs.setdefault("name", "hid")
        super().__init__(**kwargs)
        self.vendor_id = vendor_id
        self.product_id = product_id
        self._factory = device_factory
        self._device: Any = None
        self._quirks = hidscale.STANDARD
        self._skip_next = False
        self._garbage = 0

    @property
    def garbage(self) -> int:
        return self._garbage

    def _find(self) -> tuple[int, int]:
        if self.vendor_id is not None and self.product_id is not None:
            return self.vendor_id, self.product_id
        hid = hidscale.hid_module()
        for info in hid.enumerate():
            vid, pid = int(info["vendor_id"]), int(info["product_id"])
            if info.get("usage_page") == hidscale.HID_USAGE_PAGE_SCALE or hidscale.known_scale(
                vid, pid
            ):
                return vid, pid
        raise ScaleError("no USB HID scale found (usage page 0x8D or a known model)")

    def _open(self) -> None:
        if self._factory is not None:
            device = self._factory()
        else:
            try:
                device = hidscale.hid_module().device()
            except ImportError as exc:
                raise ScaleUnavailable(str(exc)) from exc
        vid, pid = self._find()
        device.open(vid, pid)
        known = hidscale.known_scale(vid, pid)
        self._quirks = known.quirks if known else hidscale.STANDARD
        self._skip_next = self._quirks.stale_first_report
        self._device = device

    def _close(self) -> None:
        device, self._device = self._device, None
        if device is not None:
            try:
                device.close()
            except Exception:
                log.debug("closing HID scale failed", exc_info=True)

    def _read(self) -> list[Reading]:
        data = self._device.read(64, int(self.poll_interval * 1000))
        if not data:
            return []
        if self._skip_next:
            self._skip_next = False
            return []
        reading = hidscale.parse_hid_report(bytes(data), self._quirks)
        if reading is None:
            self._garbage += 1
            return []
        return [reading]

    def _write(self, data: bytes) -> None:
        self._device.write(list(data))

    def _zero_command(self) -> bytes | None:
        return hidscale.zero_report()


def open_scale(
    url: str,
    protocol: str,
    *,
    baudrate: int = 9600,
    mode: Literal["poll", "continuous"] = "poll",
    **kwargs: Any,
) -> Scale:
    """A (not yet started) scale for a settings pair: ``scale.url`` and ``scale.protocol``."""
    if not url:
        raise ScaleUnavailable("no scale configured: set scale.url (e.g. COM3 or /dev/ttyUSB0)")
    if protocol in ("hid-pos", "hid") or url.startswith("hid://"):
        try:
            vid, pid = hidscale.parse_hid_url(url)
        except ValueError as exc:
            raise ScaleUnavailable(str(exc)) from exc
        return HidScale(vid, pid, **kwargs)
    return SerialScale(url, protocol, baudrate=baudrate, mode=mode, **kwargs)

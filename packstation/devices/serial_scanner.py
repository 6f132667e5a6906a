"""Serial (USB-COM) barcode scanners: whole codes terminated by CR and/or LF.

:class:`SerialScanner` reads lines on its own thread from any pyserial URL, strips control
characters (keeping GS, the GS1 separator), drops double reads within the blanking period, and
calls ``on_scan(code)`` on its thread. It reopens the port after it was unplugged.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any

from packstation.devices.wedge import ScanDeduplicator

log = logging.getLogger(__name__)
_CONTROL = re.compile(r"[\x00-\x1c\x1e\x1f\x7f]")


def split_scans(buffer: bytearray, prefix: str = "", suffix: str = "") -> list[str]:
    """Take the complete codes out of ``buffer`` (CR, LF or CRLF terminated); pure apart from
    consuming ``buffer``."""
    codes: list[str] = []
    while True:
        positions = [i for i in (buffer.find(b"\r"), buffer.find(b"\n")) if i >= 0]
        if not positions:
            break
        cut = min(positions)
        line = bytes(buffer[:cut]).decode("utf-8", "replace")
        del buffer[: cut + 1]
        if prefix and line.startswith(prefix):
            line = line[len(prefix) :]
        if suffix and line.endswith(suffix):
            line = line[: -len(suffix)]
        code = _CONTROL.sub("", line).strip()
        if code:
            codes.append(code)
    if len(buffer) > 4096:  # no terminator ever: not a scanner in CR/LF mode
        buffer.clear()
    return codes


class SerialScanner:
    def __init__(
        self,
        url: str,
        on_scan: Callable[[str], None],
        *,
        baudrate: int = 9600,
        prefix: str = "",
        suffix: str = "",
        blanking_ms: float = 300.0,
        reconnect_interval: float = 1.0,
        on_state: Callable[[bool, str], None] | None = None,
    ) -> None:
        self.url = url
        self.on_scan = on_scan
        self.on_state = on_state
        self.baudrate = baudrate
        self.prefix = prefix
        self.suffix = suffix
        self.reconnect_interval = reconnect_interval
        self._dedup = ScanDeduplicator(blanking_ms)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.connected = False
        self.double_reads = 0

    def start(self) -> SerialScanner:
        if self._thread is None:
            self._stop.clear()
            self._thread = threading.Thread(
                target=self._run, name=f"scanner-{self.url}", daemon=True
            )
            self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    def __enter__(self) -> SerialScanner:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _set_connected(self, connected: bool, message: str) -> None:
        if connected != self.connected:
            self.connected = connected
            log.info("scanner %s %s", self.url, "connected" if connected else message)
            if self.on_state is not None:
                self.on_state(connected, message)

    def _deliver(self, code: str) -> None:
        try:
            self.on_scan(code)
        except Exception:
            log.exception("scan handler failed")

    def _run(self) -> None:
        import serial

        while not self._stop.is_set():
            port: Any = None
            try:
                port = serial.serial_for_url(self.url, baudrate=self.baudrate, timeout=0.05)
                self._set_connected(True, "")
                buffer = bytearray()
                while not self._stop.is_set():
                    data = port.read(max(1, port.in_waiting))
                    if not data:
                        continue
                    buffer.extend(data)
                    for code in split_scans(buffer, self.prefix, self.suffix):
                        if self._dedup.accept(code):
                            self._deliver(code)
                        else:
                            self.double_reads += 1
            except Exception as exc:
                self._set_connected(False, f"disconnected: {exc}")
            finally:
                if port is not None:
                    port.close()
            self._stop.wait(self.reconnect_interval)

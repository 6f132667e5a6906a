"""Scale emulators for the serial protocols: a TCP server (``socket://``) and a pty pair.

A :class:`ScaleEmulator` answers the protocol's commands (MT-SICS ``S``/``SI``/``SIR``/``Z``, NCI
``W``/``Z``, CAS ENQ) with the reading it holds, or pushes it continuously. Tests and demos drive
it with :meth:`~ScaleEmulator.set`, :meth:`~ScaleEmulator.unplug` / :meth:`~ScaleEmulator.replug`
and :meth:`~ScaleEmulator.inject` (raw garbage), or give it a script of :class:`Step` objects
("moving, then stable at 1.234 kg, then unplugged").

The TCP server binds 127.0.0.1 only. One thread serves every connection; :meth:`stop` joins it.
"""

from __future__ import annotations

import logging
import os
import selectors
import socket
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from packstation.devices.scale_protocols import NCI_STANDARD, NciStatusBits, get_protocol
from packstation.devices.weight import Reading, ScaleState, Weight, WeightUnit

log = logging.getLogger(__name__)

ZERO_KG = Reading(ScaleState.ZERO, Weight(Decimal("0.000"), WeightUnit.KG))


@dataclass(frozen=True)
class Step:
    """One step of a script: hold ``state`` (and ``weight``) for ``duration`` seconds.

    ``ScaleState.DISCONNECTED`` unplugs the scale for the step. The last step holds forever.
    """

    state: ScaleState
    weight: Weight | None = None
    duration: float = 0.0

    @classmethod
    def parse(cls, text: str) -> Step:
        """``stable:1.234kg:2`` / ``moving:0.8:1`` / ``zero::1`` / ``unplugged:1`` / ``over:1``."""
        parts = text.strip().split(":")
        name = parts[0].lower()
        state = ScaleState.DISCONNECTED if name == "unplugged" else ScaleState(name)
        if (
            state in (ScaleState.DISCONNECTED, ScaleState.OVER, ScaleState.UNDER)
            and len(parts) == 2
        ):
            parts.insert(1, "")  # "unplugged:2": no weight, the number is the duration
        weight = None
        if len(parts) > 1 and parts[1]:
            number = parts[1].rstrip("abcdefghijklmnopqrstuvwxyz#")
            weight = Weight.of(number, parts[1][len(number) :] or "kg")
        elif state is ScaleState.ZERO:
            weight = ZERO_KG.weight
        duration = float(parts[2]) if len(parts) > 2 else 0.0
        return cls(state, weight, duration)


def parse_script(text: str) -> list[Step]:
    return [Step.parse(part) for part in text.split(",") if part.strip()]


class _Conn:
    def __init__(self, fd: Any, *, is_socket: bool) -> None:
        self.fd = fd
        self.is_socket = is_socket
        self.buffer = bytearray()
        self.continuous = False
        self.pending_stable = False

    def fileno(self) -> int:
        return int(self.fd.fileno()) if self.is_socket else int(self.fd)

    def recv(self) -> bytes:
        if self.is_socket:
            return bytes(self.fd.recv(4096))
        return os.read(self.fd, 4096)

    def send(self, data: bytes) -> None:
        if self.is_socket:
            self.fd.sendall(data)
        else:
            os.write(self.fd, data)

    def close(self) -> None:
        if self.is_socket:
            self.fd.close()


class ScaleEmulator:
    """A simulated serial scale. ``transport`` is ``"tcp"`` (socket://) or ``"pty"`` (POSIX)."""

    def __init__(
        self,
        protocol: str,
        *,
        transport: str = "tcp",
        port: int = 0,
        continuous: bool = False,
        interval: float = 0.05,
        nci_bits: NciStatusBits = NCI_STANDARD,
        initial: Reading = ZERO_KG,
    ) -> None:
        self.protocol = get_protocol(protocol, nci_bits=nci_bits)
        if transport not in ("tcp", "pty"):
            raise ValueError("transport must be tcp or pty")
        if transport == "pty" and sys.platform == "win32":
            raise ValueError("pty transport needs a POSIX system; use tcp")
        self.transport = transport
        self.continuous = continuous
        self.interval = interval
        self._port = port
        self._reading = initial
        self._lock = threading.Lock()
        self._plugged = True
        self._conns: list[_Conn] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._listener: socket.socket | None = None
        self._pty: tuple[int, int] | None = None
        self._script: list[Step] = []
        self._script_started = 0.0
        self._outbox: list[bytes] = []
        self.commands: list[bytes] = []
        self.url = ""

    # ------------------------------------------------------------------ control
    def start(self) -> ScaleEmulator:
        if self.transport == "tcp":
            listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", self._port))
            listener.listen(8)
            listener.setblocking(False)
            self._listener = listener
            self.url = f"socket://127.0.0.1:{listener.getsockname()[1]}"
        else:
            import tty

            master, slave = os.openpty()
            tty.setraw(slave)
            self._pty = (master, slave)
            self._conns.append(_Conn(master, is_socket=False))
            self.url = os.ttyname(slave)
        self._thread = threading.Thread(
            target=self._serve, name=f"scale-emulator-{self.protocol.name}", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        for conn in self._conns:
            conn.close()
        self._conns.clear()
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._pty is not None:
            for fd in self._pty:
                os.close(fd)
            self._pty = None

    def __enter__(self) -> ScaleEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def set(self, reading: Reading) -> None:
        with self._lock:
            self._reading = reading
            self._script = []

    def set_weight(
        self, value: str | Decimal, unit: str = "kg", state: ScaleState = ScaleState.STABLE
    ) -> None:
        weight = Weight.of(value, unit)
        if state is ScaleState.STABLE and weight.value == 0:
            state = ScaleState.ZERO
        self.set(Reading(state, weight))

    @property
    def reading(self) -> Reading:
        with self._lock:
            return self._reading

    def play(self, steps: Sequence[Step]) -> None:
        """Run a script from now on (replaces any running script)."""
        with self._lock:
            self._script = list(steps)
            self._script_started = time.monotonic()

    def unplug(self) -> None:
        """Drop every connection and refuse new ones (TCP) / stop answering (pty)."""
        with self._lock:
            self._plugged = False

    def replug(self) -> None:
        with self._lock:
            self._plugged = True

    def inject(self, data: bytes) -> None:
        """Send raw bytes (garbage, partial frames) to every client."""
        with self._lock:
            self._outbox.append(data)

    # ------------------------------------------------------------------ the thread
    def _apply_script(self) -> None:
        with self._lock:
            if not self._script:
                return
            elapsed = time.monotonic() - self._script_started
            step = self._script[-1]
            for candidate in self._script:
                if candidate.duration <= 0 or elapsed < candidate.duration:
                    step = candidate
                    break
                elapsed -= candidate.duration
            if step.state is ScaleState.DISCONNECTED:
                self._plugged = False
            else:
                self._plugged = True
                self._reading = Reading(step.state, step.weight)

    def _serve(self) -> None:
        selector = selectors.DefaultSelector()
        if self._listener is not None:
            selector.register(self._listener, selectors.EVENT_READ, None)
        for conn in self._conns:
            selector.register(conn.fileno(), selectors.EVENT_READ, conn)
        next_push = time.monotonic()
        try:
            while not self._stop.is_set():
                self._apply_script()
                with self._lock:
                    plugged = self._plugged
                    outbox, self._outbox = self._outbox, []
                if not plugged and self.transport == "tcp":
                    for conn in list(self._conns):
                        self._drop(selector, conn)
                for event, _mask in selector.select(timeout=0.01):
                    if event.data is None:
                        self._accept(selector, plugged)
                    else:
                        self._receive(selector, event.data, plugged)
                if not plugged:
                    continue
                for data in outbox:
                    self._broadcast(selector, data, everyone=True)
                now = time.monotonic()
                if now >= next_push:
                    next_push = now + self.interval
                    self._broadcast(selector, self.protocol.encode(self.reading), everyone=False)
        finally:
            selector.close()

    def _accept(self, selector: selectors.BaseSelector, plugged: bool) -> None:
        assert self._listener is not None
        try:
            sock, _addr = self._listener.accept()
        except OSError:
            return
        if not plugged:
            sock.close()
            return
        sock.setblocking(True)
        conn = _Conn(sock, is_socket=True)
        conn.continuous = self.continuous
        self._conns.append(conn)
        selector.register(sock, selectors.EVENT_READ, conn)

    def _drop(self, selector: selectors.BaseSelector, conn: _Conn) -> None:
        if conn in self._conns and conn.is_socket:
            self._conns.remove(conn)
            selector.unregister(conn.fd)
            conn.close()

    def _broadcast(self, selector: selectors.BaseSelector, data: bytes, *, everyone: bool) -> None:
        reading = self.reading
        for conn in list(self._conns):
            wanted = everyone or conn.continuous
            if conn.pending_stable and reading.is_stable:
                conn.pending_stable = False
                wanted = True
            if wanted:
                self._send(selector, conn, data)

    def _send(self, selector: selectors.BaseSelector, conn: _Conn, data: bytes) -> None:
        try:
            conn.send(data)
        except OSError:
            self._drop(selector, conn)

    def _receive(self, selector: selectors.BaseSelector, conn: _Conn, plugged: bool) -> None:
        try:
            data = conn.recv()
        except OSError:
            data = b""
        if not data:
            if conn.is_socket:
                self._drop(selector, conn)
            return
        if not plugged:
            return
        if self.protocol.name == "cas":
            for _ in range(data.count(b"\x05")):
                self._send(selector, conn, self.protocol.encode(self.reading))
            data = data.replace(b"\x05", b"")
        conn.buffer.extend(data)
        while True:
            cut = min(
                (i for i in (conn.buffer.find(b"\r"), conn.buffer.find(b"\n")) if i >= 0),
                default=-1,
            )
            if cut < 0:
                break
            command = bytes(conn.buffer[:cut]).strip()
            del conn.buffer[: cut + 1]
            if command:
                self.commands.append(command)
                reply = self._answer(conn, command)
                if reply:
                    self._send(selector, conn, reply)
        if len(conn.buffer) > 256:
            conn.buffer.clear()

    def _answer(self, conn: _Conn, command: bytes) -> bytes:
        name = self.protocol.name
        reading = self.reading
        upper = command.upper()
        if upper == b"Z":
            zero = Reading(ScaleState.ZERO, Weight(Decimal(0), WeightUnit.KG))
            self.set(zero)
            if name == "mt-sics":
                return b"Z A\r\n"
            return self.protocol.encode(zero)
        if name == "mt-sics":
            if upper == b"SI":
                return self.protocol.encode(reading)
            if upper == b"S":
                if reading.is_stable or reading.state in (ScaleState.OVER, ScaleState.UNDER):
                    return self.protocol.encode(reading)
                conn.pending_stable = True
                return b""
            if upper == b"SIR":
                conn.continuous = True
                return self.protocol.encode(reading)
            if upper == b"@":
                conn.continuous = False
                return b'I4 A "0123456789"\r\n'
            return b"ES\r\n"
        if name == "nci":
            if upper == b"W":
                return self.protocol.encode(reading)
            return b"\n?\r\x03"
        return b""

"""A virtual Zebra printer: a real TCP server on 127.0.0.1 for demos, tests and benchmarks.

It keeps every ``^XA..^XZ`` job it prints as a file (``job-0001.zpl`` ...) in a folder, and
answers ``~HS``, ``~HQES``, ``~HI`` and ``! U1 getvar`` from :class:`VirtualState`, which tests
and the GUI flip at any time::

    with VirtualZplPrinter(out_dir, port=0) as vp:
        vp.url                      # "zpl://127.0.0.1:PORT"
        vp.state.paper_out = True   # jobs now wait in the buffer; ~HS says paper out
        vp.jobs                     # paths of the labels printed so far

Faults: ``paper_out``, ``head_open``, ``paused``, ``ribbon_out`` (jobs are held, like a real
printer), ``print_seconds`` (slow), ``drop_after_bytes`` (the connection is reset once a job has
sent that many bytes; the partial job is discarded), ``silent`` (stops answering queries).
:meth:`VirtualZplPrinter.stop` closes every connection and joins every thread.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from printers.files import private_dir, write_private
from printers.status import PrinterStatus
from printers.zpl.status import format_hs

log = logging.getLogger(__name__)
MAX_JOB_BYTES = 16 * 1024 * 1024
_TICK = 0.05


@dataclass
class VirtualState:
    """What the virtual printer reports and how it behaves. Assigning wakes the printer."""

    paper_out: bool = False
    head_open: bool = False
    paused: bool = False
    ribbon_out: bool = False
    over_temperature: bool = False
    print_seconds: float = 0.0
    silent: bool = False
    drop_after_bytes: int | None = None
    #: Answers ``odometer.total_label_count`` (older printers say "?").
    odometer: bool = True
    model: str = "ZD421-203dpi"
    firmware: str = "V84.20.21Z"
    _listener: Any = field(default=None, repr=False, compare=False)

    def __setattr__(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)
        listener = self.__dict__.get("_listener")
        if listener is not None and not name.startswith("_"):
            listener()

    @property
    def can_print(self) -> bool:
        return not (self.paper_out or self.head_open or self.paused or self.ribbon_out)


class _LoopbackServer:
    """What the virtual devices share: a context manager over ``start()`` / ``stop()``."""

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def _listen(port: int, backlog: int) -> socket.socket:
    """A listening TCP socket on 127.0.0.1 only (``port`` 0: a free one), polled every tick."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(backlog)
    server.settimeout(_TICK)
    return server


class VirtualZplPrinter(_LoopbackServer):
    """The server. ``port=0`` picks a free port; only 127.0.0.1 is ever bound."""

    def __init__(self, out_dir: Path | str, port: int = 0, state: VirtualState | None = None):
        self.out_dir = Path(out_dir)
        self.requested_port = port
        self.state = state or VirtualState()
        self._cond = threading.Condition()
        self.state._listener = self._wake
        self._queue: list[bytes] = []
        self._printing = False
        self._jobs: list[Path] = []
        self.received = 0
        self.queries = 0
        self._stop = threading.Event()
        self._server: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._conns: set[socket.socket] = set()
        self.port = 0

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> Self:
        private_dir(self.out_dir)  # printed labels hold buyer names and addresses
        self._jobs = sorted(self.out_dir.glob("job-*.zpl"))
        self._server = server = _listen(self.requested_port, 16)
        self.port = server.getsockname()[1]
        self._spawn(self._accept_loop, "virtual-zpl-accept")
        self._spawn(self._engine_loop, "virtual-zpl-engine")
        log.info("virtual ZPL printer listening on %s, labels to %s", self.url, self.out_dir)
        return self

    def stop(self) -> None:
        self._stop.set()
        self._wake()
        with self._cond:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in list(self._threads):
            thread.join(timeout=5)
        if self._server is not None:
            self._server.close()
            self._server = None

    @property
    def url(self) -> str:
        return f"zpl://127.0.0.1:{self.port}"

    @property
    def jobs(self) -> list[Path]:
        """Files of the labels printed so far, oldest first."""
        with self._cond:
            return list(self._jobs)

    @property
    def buffered(self) -> int:
        with self._cond:
            return len(self._queue)

    def wait_for_received(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until at least ``count`` jobs have arrived whole (printed or still held)."""
        with self._cond:
            return self._cond.wait_for(lambda: self.received >= count, timeout)

    def wait_for_jobs(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until at least ``count`` labels are printed."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self._jobs) >= count, timeout)

    def current_status(self) -> PrinterStatus:
        s = self.state
        with self._cond:
            in_buffer = len(self._queue)
        return PrinterStatus(
            source="virtual",
            paper_out=s.paper_out,
            paused=s.paused,
            head_open=s.head_open,
            ribbon_out=s.ribbon_out,
            over_temperature=s.over_temperature,
            buffer_full=in_buffer >= 100,
            under_temperature=False,
            corrupt_ram=False,
            formats_in_buffer=in_buffer,
            labels_remaining=in_buffer,
            partial_format=False,
        )

    # ------------------------------------------------------------------ threads
    def _spawn(self, target: Any, name: str, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, name=name, daemon=True)
        self._threads.append(thread)
        thread.start()

    def _wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    def _accept_loop(self) -> None:
        assert self._server is not None
        while not self._stop.is_set():
            try:
                conn, _addr = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(_TICK)
            with self._cond:
                self._conns.add(conn)
                self._threads = [t for t in self._threads if t.is_alive()]
            self._spawn(self._serve, "virtual-zpl-conn", conn)

    def _engine_loop(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(
                    lambda: self._stop.is_set() or (bool(self._queue) and self.state.can_print)
                )
                if self._stop.is_set():
                    return
                seconds = self.state.print_seconds
                if seconds > 0:
                    # "Printing" takes time, and a fault raised meanwhile holds the label.
                    self._cond.wait(seconds)
                    if self._stop.is_set():
                        return
                    if not self.state.can_print:
                        continue
                job = self._queue.pop(0)
                path = self.out_dir / f"job-{len(self._jobs) + 1:04d}.zpl"
                write_private(path, job)
                self._jobs.append(path)
                self._cond.notify_all()

    def _serve(self, conn: socket.socket) -> None:
        buffer = bytearray()
        job_bytes = 0
        try:
            while not self._stop.is_set():
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not chunk:
                    return
                buffer += chunk
                limit = self.state.drop_after_bytes
                in_job = buffer.find(b"^XA") >= 0 and buffer.find(b"^XZ") < 0
                if in_job:
                    job_bytes += len(chunk)
                    if limit is not None and job_bytes >= limit:
                        log.info(
                            "virtual printer drops the connection mid-job (%d bytes)", job_bytes
                        )
                        conn.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                        )
                        return
                    if len(buffer) > MAX_JOB_BYTES:
                        buffer.clear()
                        continue
                else:
                    job_bytes = 0
                self._process(conn, buffer)
        finally:
            with self._cond:
                self._conns.discard(conn)
            conn.close()

    # ------------------------------------------------------------------ protocol
    def _process(self, conn: socket.socket, buffer: bytearray) -> None:
        while buffer:
            starts = {
                key: buffer.find(key) for key in (b"^XA", b"~HS", b"~HQES", b"~HI", b"! U1 getvar")
            }
            found = {k: v for k, v in starts.items() if v >= 0}
            if not found:
                # Keep a tail that may be the start of a command split across reads.
                del buffer[: max(0, len(buffer) - 16)]
                return
            key = min(found, key=lambda k: found[k])
            del buffer[: found[key]]
            if key == b"^XA":
                end = buffer.find(b"^XZ")
                if end < 0:
                    return
                job = bytes(buffer[: end + 3])
                del buffer[: end + 3]
                with self._cond:
                    self.received += 1
                    self._queue.append(job)
                    self._cond.notify_all()
                continue
            if key == b"! U1 getvar":
                end = buffer.find(b"\n")
                if end < 0:
                    return
                line = bytes(buffer[:end])
                del buffer[: end + 1]
                self._answer(conn, self._getvar(line))
                continue
            del buffer[: len(key)]
            if key == b"~HS":
                self._answer(conn, format_hs(self.current_status()))
            elif key == b"~HQES":
                self._answer(conn, self._hqes())
            elif key == b"~HI":
                s = self.state
                self._answer(conn, f"\x02{s.model},{s.firmware},8,8176KB\x03\r\n".encode())

    def _answer(self, conn: socket.socket, data: bytes) -> None:
        with self._cond:
            self.queries += 1
        if self.state.silent:
            return
        with contextlib.suppress(OSError):
            conn.sendall(data)

    def _getvar(self, line: bytes) -> bytes:
        if b'"device.host_status"' in line:
            frames = format_hs(self.current_status())
            fields = [f.strip(b"\x02\x03\r\n") for f in frames.split(b"\r\n") if f]
            return b'"' + b",".join(fields) + b'"'
        if b'"odometer.total_label_count"' in line and self.state.odometer:
            with self._cond:
                return f'"{len(self._jobs)}"'.encode()
        return b'"?"'

    def _hqes(self) -> bytes:
        s = self.state
        errors = (
            (0x1 if s.paper_out else 0)
            | (0x2 if s.ribbon_out else 0)
            | (0x4 if s.head_open else 0)
            | (0x10 if s.over_temperature else 0)
        )
        warnings = 0
        return (
            b"\x02\r\nPRINTER STATUS\r\n"
            + f"   ERRORS:         {1 if errors else 0} 00000000 {errors:08X}\r\n".encode()
            + f"   WARNINGS:       {1 if warnings else 0} 00000000 {warnings:08X}\r\n".encode()
            + b"\x03\r\n"
        )


class VirtualReceiptPrinter(_LoopbackServer):
    """A virtual ESC/POS receipt printer (the sandbox's packing-slip printer): a TCP server on
    127.0.0.1 that keeps what each connection sent as one job (``slip-0001.bin`` ..., 0600 in a
    0700 folder: a slip names the order and its items) and answers the real-time status query
    ``DLE EOT n`` with "online, paper present"."""

    def __init__(self, out_dir: Path | str, port: int = 0) -> None:
        self.out_dir = Path(out_dir)
        self.requested_port = port
        self.port = 0
        self._lock = threading.Lock()
        self._jobs: list[Path] = []
        self._stop = threading.Event()
        self._server: socket.socket | None = None
        self._threads: list[threading.Thread] = []

    def start(self) -> Self:
        private_dir(self.out_dir)
        self._jobs = sorted(self.out_dir.glob("slip-*.bin"))
        self._server = server = _listen(self.requested_port, 8)
        self.port = server.getsockname()[1]
        thread = threading.Thread(target=self._accept_loop, name="virtual-escpos", daemon=True)
        self._threads.append(thread)
        thread.start()
        log.info("virtual receipt printer listening on %s, slips to %s", self.url, self.out_dir)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in list(self._threads):
            thread.join(timeout=5)
        if self._server is not None:
            self._server.close()
            self._server = None

    @property
    def url(self) -> str:
        return f"escpos://127.0.0.1:{self.port}"

    @property
    def jobs(self) -> list[Path]:
        """Files of the slips printed so far, oldest first."""
        with self._lock:
            return list(self._jobs)

    def _accept_loop(self) -> None:
        assert self._server is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        data = bytearray()
        conn.settimeout(_TICK)
        with conn:
            while not self._stop.is_set():
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not chunk:
                    break
                # DLE EOT n: answer each query (bit 3 clear: online; no paper-end bits set)
                for _ in range(chunk.count(b"\x10\x04")):
                    with contextlib.suppress(OSError):
                        conn.sendall(b"\x12")
                data += chunk.replace(b"\x10\x04\x01", b"").replace(b"\x10\x04\x04", b"")
                if len(data) > MAX_JOB_BYTES:
                    break
        if data.strip(b"\x00"):
            with self._lock:
                path = self.out_dir / f"slip-{len(self._jobs) + 1:04d}.bin"
                write_private(path, bytes(data))
                self._jobs.append(path)

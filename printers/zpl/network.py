"""A Zebra (or compatible) printer over raw TCP port 9100.

Raw 9100 has no job acknowledgement, so :meth:`ZplPrinter.print_job` does what a careful person
would: ask the status first and refuse with the specific reason, send, then poll ``~HS`` until
the printer reports nothing left to print (formats in buffer and labels remaining both 0) within
``confirm_timeout``. A broken connection after the first byte went out raises
:class:`~printers.errors.PartialWriteError` and is never retried here: the label may be half
printed, and only the operator can tell.
"""

from __future__ import annotations

import logging
import select
import socket
import time
from collections.abc import Callable
from typing import Protocol, TypeVar

from printers.base import Printer
from printers.errors import (
    ConfirmTimeout,
    JobStalled,
    PartialWriteError,
    PrinterOffline,
    StatusTimeout,
    StatusUnknown,
)
from printers.status import JobResult, PrinterInfo, PrinterStatus
from printers.zpl.status import (
    HI_COMMAND,
    HOST_STATUS_GETVAR,
    HQES_COMMAND,
    HS_COMMAND,
    ODOMETER_GETVAR,
    GetvarParser,
    HiParser,
    HostStatusParser,
    HqesParser,
    OdometerParser,
)

log = logging.getLogger(__name__)
T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")
_SEND_BUFFER = 64 * 1024  # small: limits how much of a job can sit "in doubt" in the kernel


def label_formats(data: bytes) -> int:
    """Labels a ZPL job adds to the odometer: one per ``^XZ`` format (at least one)."""
    return max(1, data.upper().count(b"^XZ"))


class _Parser(Protocol[T_co]):
    def feed(self, data: bytes) -> T_co | None: ...


class ZplPrinter(Printer):
    """``zpl://host:port``. All timeouts in seconds."""

    def __init__(
        self,
        host: str,
        port: int = 9100,
        *,
        connect_timeout: float = 2.0,
        status_timeout: float = 2.0,
        write_timeout: float = 10.0,
        confirm_timeout: float = 20.0,
        poll_interval: float = 0.05,
        settle: float = 0.3,
        odometer_timeout: float = 0.5,
    ) -> None:
        self.host = host
        self.port = port
        self.url = f"zpl://{host}:{port}"
        self.connect_timeout = connect_timeout
        self.status_timeout = status_timeout
        self.write_timeout = write_timeout
        self.confirm_timeout = confirm_timeout
        self.poll_interval = poll_interval
        self.settle = settle
        self.odometer_timeout = odometer_timeout
        #: Whether the printer answers ``odometer.total_label_count`` (None: not asked yet).
        self.has_odometer: bool | None = None
        self._sock: socket.socket | None = None

    # ---------------------------------------------------------------- connection
    def open(self) -> None:
        if self._sock is not None:
            return
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except OSError as exc:
            raise PrinterOffline(
                f"cannot reach the label printer at {self.host}:{self.port}: {exc.strerror or exc}"
            ) from exc
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SEND_BUFFER)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                log.debug("closing %s failed", self.url, exc_info=True)

    @property
    def is_open(self) -> bool:
        return self._sock is not None

    def _socket(self) -> socket.socket:
        if self._sock is None:
            self.open()
        assert self._sock is not None
        return self._sock

    # ---------------------------------------------------------------- raw I/O
    def _raw(self, data: bytes) -> None:
        """Send all of ``data``; :class:`PartialWriteError` when the connection breaks midway."""
        sock = self._socket()
        sock.settimeout(self.write_timeout)
        view = memoryview(data)
        sent = 0
        try:
            while sent < len(data):
                sent += sock.send(view[sent:])
        except OSError as exc:
            self.close()
            if sent == 0:
                # Nothing left this process: safe to try again later.
                raise PrinterOffline(f"sending to {self.url} failed: {exc}") from exc
            raise PartialWriteError(sent, len(data), str(exc)) from exc

    def _drain(self, sock: socket.socket) -> None:
        """Drop stale bytes (a late answer to an earlier query) before asking again."""
        while select.select([sock], [], [], 0)[0]:
            try:
                chunk = sock.recv(4096)
            except OSError:
                return
            if not chunk:
                return

    def _query(self, command: bytes, parser: _Parser[T], timeout: float) -> T:
        sock = self._socket()
        try:
            self._drain(sock)
            sock.settimeout(self.write_timeout)
            sock.sendall(command)
        except OSError as exc:
            self.close()
            raise PrinterOffline(f"lost the connection to {self.url}: {exc}") from exc
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise StatusTimeout(
                    f"{self.url} did not answer {command.strip().decode()} within {timeout:g} s: "
                    "status unknown, the printer may be faulted"
                )
            ready = select.select([sock], [], [], remaining)[0]
            if not ready:
                continue
            try:
                chunk = sock.recv(4096)
            except OSError as exc:
                self.close()
                raise PrinterOffline(f"lost the connection to {self.url}: {exc}") from exc
            if not chunk:
                self.close()
                raise PrinterOffline(f"{self.url} closed the connection")
            result = parser.feed(chunk)
            if result is not None:
                return result

    # ---------------------------------------------------------------- status
    def host_status(self, timeout: float | None = None) -> PrinterStatus:
        """``~HS`` only (it reports formats in buffer and labels remaining)."""
        return self._query(HS_COMMAND, HostStatusParser(), timeout or self.status_timeout)

    def status(self) -> PrinterStatus:
        """``~HS``; on no answer, ``getvar "device.host_status"``, then ``~HQES``.

        Raises :class:`StatusTimeout` when none answers: unknown, possibly faulted, never "ok".
        """
        attempts: list[tuple[bytes, _Parser[PrinterStatus]]] = [
            (HS_COMMAND, HostStatusParser()),
            (HOST_STATUS_GETVAR, GetvarParser()),
            (HQES_COMMAND, HqesParser()),
        ]
        errors: list[str] = []
        for command, parser in attempts:
            try:
                return self._query(command, parser, self.status_timeout)
            except StatusUnknown as exc:
                errors.append(str(exc))
                log.info("status query %r to %s: %s", command, self.url, exc)
        raise StatusTimeout(
            f"{self.url} answered none of ~HS, getvar device.host_status, ~HQES: status "
            "unknown, the printer may be faulted (check it is on and not showing an error)"
        )

    def info(self) -> PrinterInfo:
        return self._query(HI_COMMAND, HiParser(), self.status_timeout)

    def label_count(self) -> int | None:
        """Labels printed over the printer's life, or None when it does not say.

        A printer that answers ``"?"`` or not at all is not asked again (no delay per job).
        """
        if self.has_odometer is False:
            return None
        try:
            value = self._query(ODOMETER_GETVAR, OdometerParser(), self.odometer_timeout)
        except StatusTimeout:
            value = -1
        self.has_odometer = value >= 0
        return value if value >= 0 else None

    # ---------------------------------------------------------------- printing
    def print_job(
        self,
        data: bytes,
        *,
        confirm: bool = True,
        journal: Callable[[int, int], None] | None = None,
    ) -> JobResult:
        """Pre-flight, send and confirm one job.

        ``journal(count, labels)``, when given, is called with the label odometer read in the
        pre-flight and the labels ``data`` holds, before the first byte is sent (not at all
        when the printer keeps no count): the same read that confirms the job, no extra query.

        Raises :class:`PrinterNotReady` (nothing sent), :class:`StatusUnknown` (nothing sent),
        :class:`PrinterOffline` (nothing sent), :class:`PartialWriteError`,
        :class:`JobStalled` or :class:`ConfirmTimeout` (sent: do not resend blindly).
        """
        started = time.monotonic()
        self.status().check_ready()
        printed_before = self.label_count() if confirm or journal is not None else None
        labels = label_formats(data)
        if journal is not None and printed_before is not None:
            journal(printed_before, labels)
        self._raw(data)
        if not confirm:
            return JobResult(len(data), False, None, time.monotonic() - started)
        expect = None
        if printed_before is not None:
            expect = printed_before + labels
        try:
            status = self.confirm(self.confirm_timeout, expect_count=expect)
        except PrinterOffline as exc:
            raise PartialWriteError(len(data), len(data), str(exc)) from exc
        return JobResult(len(data), True, status, time.monotonic() - started)

    def print_journaled(self, data: bytes, journal: Callable[[int, int], None]) -> JobResult:
        return self.print_job(data, journal=journal)

    def confirm(self, timeout: float, *, expect_count: int | None = None) -> PrinterStatus:
        """Poll ``~HS`` until the printer has nothing left to print.

        An idle answer right after sending may predate the printer parsing the job. It is
        trusted once the printer was seen busy, once its label odometer reached
        ``expect_count`` (the count before the job plus its labels), or after ``settle``.

        Raises :class:`JobStalled` when the printer reports a fault while holding the job,
        :class:`ConfirmTimeout` at the deadline.
        """
        started = time.monotonic()
        deadline = started + timeout
        last: PrinterStatus | None = None
        seen_busy = False
        polls = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            try:
                last = self.host_status(min(self.status_timeout, remaining))
            except StatusTimeout:
                continue
            if last.idle is None:
                raise StatusUnknown(f"{self.url}: status does not report the print buffer")
            if last.idle:
                # An idle answer right after sending may predate the printer parsing the job:
                # trust it once the printer was seen busy, or after a short settle time.
                if seen_busy or time.monotonic() - started >= self.settle:
                    return last
                if expect_count is not None:
                    count = self.label_count()
                    if count is not None and count >= expect_count:
                        return last
            else:
                seen_busy = True
            if not last.ready:
                raise JobStalled(last.reason, last)
            # 2, 4, 8, 16, 32 ms, then every poll_interval: a label the printer finishes at
            # once is confirmed within a few ms, and a long one costs four queries more.
            polls += 1
            pause = min(0.001 * 2**polls, self.poll_interval, deadline - time.monotonic())
            if pause > 0:
                # Wait on the socket: a printer never sends unasked, so this is a plain pause
                # that still returns at once if the connection drops.
                select.select([self._socket()], [], [], pause)
        detail = (
            f" (last status: {last.formats_in_buffer} formats in buffer, {last.labels_remaining} labels remaining)"
            if last
            else ""
        )
        raise ConfirmTimeout(
            f"{self.url} took the label but did not report it printed within {timeout:g} s"
            f"{detail}; check the printer before reprinting"
        )

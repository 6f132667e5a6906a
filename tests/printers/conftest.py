"""Fixtures for the printers tests, and a second, independent ZPL printer emulator.

It shares no code with ``printers.virtual``: a tiny socketserver that answers each query the
way a scripted ``mode`` says, to exercise what real printers do wrong.

modes:
    "normal"        answers ~HS in one write
    "split"         sends the ~HS frames in pieces, one byte at a time, with garbage around
    "silent"        reads everything, answers nothing
    "paper_after"   accepts a job, then reports paper out with the job held in the buffer
    "hqes_only"     ignores ~HS and getvar, answers ~HQES (head open)
    "getvar_only"   ignores ~HS, answers getvar device.host_status
"""

from __future__ import annotations

import socket
import socketserver
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from printers.virtual import VirtualZplPrinter
from printers.zpl.network import ZplPrinter

S1 = "030,{paper},0,1218,{formats:03d},0,0,0,000,0,0,0"
S2 = "001,0,0,0,0,2,6,0,{labels:08d},0,000"
S3 = "1234,0"


def hs(paper: int = 0, formats: int = 0, labels: int = 0) -> bytes:
    frames = (S1.format(paper=paper, formats=formats), S2.format(labels=labels), S3)
    return b"".join(b"\x02" + f.encode() + b"\x03\r\n" for f in frames)


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        sock: socket.socket = self.request
        sock.settimeout(0.05)
        data = b""
        while not self.server.stopping.is_set():
            try:
                chunk = sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            data += chunk
            while True:
                cut = self._one(sock, data)
                if cut == 0:
                    break
                data = data[cut:]

    def _one(self, sock: socket.socket, data: bytes) -> int:
        mode = self.server.mode
        if data.startswith(b"^XA"):
            end = data.find(b"^XZ")
            if end < 0:
                return 0
            self.server.jobs.append(data[: end + 3])
            return end + 3
        if data.startswith(b"~HQES"):
            if mode == "hqes_only":
                sock.sendall(
                    b"\x02\r\nPRINTER STATUS\r\n   ERRORS:         1 00000000 00000004\r\n"
                    b"   WARNINGS:       0 00000000 00000000\r\n\x03\r\n"
                )
            return 5
        if data.startswith(b"~HS"):
            if mode == "normal":
                sock.sendall(hs())
            elif mode == "split":
                for byte in b"\x00garbage\xff" + hs() + b"noise":
                    sock.sendall(bytes([byte]))
            elif mode == "paper_after":
                held = 1 if self.server.jobs else 0
                sock.sendall(hs(paper=held, formats=held, labels=held))
            return 3
        if data.startswith(b"! U1 getvar"):
            end = data.find(b"\n")
            if end < 0:
                return 0
            if mode == "getvar_only":
                fields = [f.strip(b"\x02\x03") for f in hs(paper=1).split(b"\r\n") if f]
                sock.sendall(b'"' + b",".join(fields) + b'"')
            return end + 1
        # Unknown byte: skip it.
        return 1 if data else 0


class _Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = False
    block_on_close = True

    def __init__(self, mode: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = mode
        self.jobs: list[bytes] = []
        self.stopping = threading.Event()


class Emulator:
    def __init__(self, mode: str = "normal") -> None:
        self.server = _Server(mode)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, name="emulator"
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"zpl://127.0.0.1:{self.port}"

    @property
    def jobs(self) -> list[bytes]:
        return self.server.jobs

    def stop(self) -> None:
        self.server.stopping.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)


@pytest.fixture
def virtual(tmp_path: Path) -> Iterator[VirtualZplPrinter]:
    with VirtualZplPrinter(tmp_path / "labels", port=0) as vp:
        yield vp


@pytest.fixture
def emulator() -> Iterator[Callable[[str], Emulator]]:
    """``emulator(mode)`` starts an independent emulator; all are stopped after the test."""
    started: list[Emulator] = []

    def start(mode: str) -> Emulator:
        emu = Emulator(mode)
        started.append(emu)
        return emu

    yield start
    for emu in started:
        emu.stop()


@pytest.fixture
def zpl() -> Callable[..., ZplPrinter]:
    """``zpl(port, **timeouts)``: a ZplPrinter with short test timeouts."""

    def make(port: int, **kw: float) -> ZplPrinter:
        options = {"connect_timeout": 1.0, "status_timeout": 0.3, "confirm_timeout": 5.0}
        options.update(kw)
        return ZplPrinter("127.0.0.1", port, **options)

    return make

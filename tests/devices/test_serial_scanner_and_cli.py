"""Serial scanners over a real socket, and the ``packstation scale`` commands."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading

import pytest

from packstation.cli import main
from packstation.devices.emulator import ScaleEmulator
from packstation.devices.serial_scanner import SerialScanner, split_scans


def test_split_scans() -> None:
    buffer = bytearray(b"\x0201234\r\nABC\rDE")
    assert split_scans(buffer) == ["01234", "ABC"]
    assert buffer == bytearray(b"DE")
    assert split_scans(bytearray(b"]X\n"), prefix="]") == ["X"]


def test_serial_scanner_over_a_socket_with_reconnect() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(2)
    url = f"socket://127.0.0.1:{server.getsockname()[1]}"
    scans: list[str] = []
    got = threading.Condition()

    def on_scan(code: str) -> None:
        with got:
            scans.append(code)
            got.notify_all()

    states: list[bool] = []
    opened = threading.Semaphore(0)

    def on_state(connected: bool, message: str) -> None:
        states.append(connected)
        if connected:
            opened.release()

    # pyserial empties the input when it opens a port: send only once it is open.
    with SerialScanner(
        url, on_scan, blanking_ms=60_000, reconnect_interval=0.05, on_state=on_state
    ) as scanner:
        conn, _ = server.accept()
        assert opened.acquire(timeout=5)
        conn.sendall(b"5901234123457\r\n5901234123457\r\nX001ABC123\r\n")
        with got:
            assert got.wait_for(lambda: len(scans) == 2, 5)
        assert scanner.double_reads == 1
        conn.close()  # unplugged
        conn, _ = server.accept()  # the scanner came back by itself
        assert opened.acquire(timeout=5)
        conn.sendall(b"PS:FINISH\n")
        with got:
            assert got.wait_for(lambda: len(scans) == 3, 5)
        conn.close()
    server.close()
    assert scans == ["5901234123457", "X001ABC123", "PS:FINISH"]
    assert states[:3] == [True, False, True]


def test_scale_read_command(capsys) -> None:  # type: ignore[no-untyped-def]
    with ScaleEmulator("cas") as emu:
        emu.set_weight("1.234")
        assert main(["scale", "read", emu.url, "--protocol", "cas", "--stable", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == {
            "state": "stable",
            "weight": "1.234",
            "unit": "kg",
        }
        assert main(["scale", "read", emu.url, "--protocol", "cas"]) == 0
        assert capsys.readouterr().out.strip() == "1.234 kg stable"


def test_scale_read_reports_an_unreachable_scale(capsys) -> None:  # type: ignore[no-untyped-def]
    code = main(["scale", "read", "socket://127.0.0.1:1", "--protocol", "nci", "--timeout", "0.3"])
    assert code == 3
    assert "cannot open" in capsys.readouterr().err


@pytest.mark.slow
def test_scale_serve_prints_its_address_first() -> None:
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "packstation",
            "scale",
            "serve",
            "--protocol",
            "mt-sics",
            "--port",
            "0",
            "--weight",
            "0.750",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as proc:
        try:
            assert proc.stdout is not None
            url = proc.stdout.readline().strip()
            assert url.startswith("socket://127.0.0.1:")
            out = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "packstation",
                    "scale",
                    "read",
                    url,
                    "--protocol",
                    "mt-sics",
                    "--stable",
                ],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )
            assert out.stdout.strip() == "0.750 kg stable"
        finally:
            proc.terminate()
            assert proc.wait(timeout=10) == 0

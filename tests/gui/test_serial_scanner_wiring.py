"""A serial (USB-COM) scanner's codes reach the same handler as wedge scans."""

from __future__ import annotations

import socket
import threading

from pytestqt.qtbot import QtBot

from packstation.config.settings import load_settings
from packstation.gui import app as gui_app
from packstation.gui.wedge import WedgeFilter


def test_serial_scans_arrive_as_wedge_scans(qtbot: QtBot) -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    connected = threading.Event()
    go = threading.Event()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            connected.set()
            # pyserial's socket:// drops what arrives before the port is fully open.
            if go.wait(10):
                conn.sendall(b"4006381333931\r\n")
            conn.recv(1)  # hold the line open until the scanner disconnects

    thread = threading.Thread(target=serve, name="fake-serial-scanner")
    thread.start()
    settings = load_settings()
    settings.scanner.serial_url = f"socket://127.0.0.1:{port}"
    wedge = WedgeFilter.from_settings(settings.scanner)
    scanner = gui_app._start_serial_scanner(settings, wedge)
    assert scanner is not None
    try:
        qtbot.waitUntil(lambda: scanner.connected, timeout=10_000)
        with qtbot.waitSignal(wedge.scan_received, timeout=10_000) as blocker:
            go.set()
        assert blocker.args == ["4006381333931"]
    finally:
        go.set()
        scanner.stop()
        thread.join(10)
        server.close()


def test_no_serial_scanner_configured() -> None:
    settings = load_settings()
    assert (
        gui_app._start_serial_scanner(settings, WedgeFilter.from_settings(settings.scanner)) is None
    )

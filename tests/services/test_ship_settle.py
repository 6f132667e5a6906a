"""``packstation ship`` killed while the label was being sent, then the same command again.

The spool journals the printer's label odometer before the first byte goes out; the rerun's
spool settles the cut-short job from the printer itself: printed before the power went (the
count moved by one) -> not printed again; not printed (the count did not move) -> printed once.
Either way the rerun exits 0 with the tracking id and the printer has exactly one label.

The marketplace (the sandbox over HTTP) and the virtual Zebra (TCP, 127.0.0.1) run in this
process; ``ship`` runs in its own, which SIGKILLs itself inside the label's send.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

PACKAGE = "30x20x10 cm 1 kg"


# ---------------------------------------------------------------------- the killed worker


def _worker_main(argv: list[str]) -> int:
    """``ship`` with a power cut inside the label's send: before its first byte
    (``before_send``) or once the printer has read all of it (``after_send``)."""
    phase, *args = argv
    from printers.zpl.network import ZplPrinter

    send = ZplPrinter._raw

    def cut(self: ZplPrinter, data: bytes) -> None:
        if b"^XA" not in data:
            send(self, data)
            return
        if phase == "after_send":
            send(self, data)
            # The printer reads a connection in order: once it answers, it has the whole label.
            self.host_status()
        os.kill(os.getpid(), signal.SIGKILL)

    ZplPrinter._raw = cut  # type: ignore[method-assign]
    from packstation.cli import main

    return main(args)


if __name__ == "__main__":
    sys.exit(_worker_main(sys.argv[1:]))


# ---------------------------------------------------------------------- fixtures


@dataclass
class Station:
    sandbox: Any
    printer: Any
    env: dict[str, str]

    def ship(self, sid: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "packstation", "ship", sid, "--package", PACKAGE],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )

    def ship_killed_while_sending(self, sid: str, phase: str) -> None:
        done = subprocess.run(
            [sys.executable, __file__, phase, "ship", sid, "--package", PACKAGE],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
        assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr[-2000:])

    def label(self, sid: str) -> Any:
        work = self.sandbox.state.records[sid].work
        labels = [pkg.label for pkg in work.packages.values()] if work else []
        assert len(labels) == 1, labels
        return labels[0]

    def pick(self) -> str:
        """An accepted single-unit Easy Ship shipment with a ZPL label and no serials."""
        from packstation.domain.shipments import Shipment

        state = self.sandbox.state
        for sid, rec in state.records.items():
            if rec.status != "ACCEPTED" or state.program_of(rec) != "EASY_SHIP":
                continue
            if state.marketplace_of(rec).label_format != "ZPL":
                continue
            shipment = Shipment.model_validate(state.get_shipment(sid))
            lines = shipment.line_items
            if len(lines) != 1 or lines[0].number_of_units != 1:
                continue
            if str(lines[0].compliance_attributes.serial_number_requirement) == "REQUIRED":
                continue
            return sid
        pytest.skip("no such shipment in the sandbox")


@pytest.fixture
def station(tmp_path: Path) -> Iterator[Station]:
    from packstation.sandbox.server import SandboxServer
    from printers.virtual import VirtualZplPrinter

    with (
        SandboxServer(seed=7, shipments=200, rate_limits=False) as sandbox,
        VirtualZplPrinter(tmp_path / "printer") as printer,
    ):
        env = {
            **os.environ,
            "PACKSTATION_HOME": str(tmp_path / "home"),
            "PACKSTATION_SPAPI_ENDPOINT": sandbox.base_url,
            "PACKSTATION_LWA_ENDPOINT": sandbox.lwa_url,
            "PACKSTATION_PRINTERS__LABEL": printer.url,
            "PACKSTATION_KEYRING_BACKEND": "memory",
            "PACKSTATION_STATION_NAME": "ship-settle",
            "PACKSTATION_BLOCK_QT": "1",
        }
        for key in ("PACKSTATION_DATA_DIR", "PACKSTATION_CONFIG_DIR", "PACKSTATION_LOG_DIR"):
            env.pop(key, None)
        yield Station(sandbox, printer, env)


# ---------------------------------------------------------------------- the cells


@pytest.mark.parametrize("phase", ["before_send", "after_send"])
def test_killed_while_the_label_was_sent_then_the_same_command_prints_once(
    station: Station, phase: str
) -> None:
    sid = station.pick()
    station.ship_killed_while_sending(sid, phase)
    printed_before_the_kill = phase == "after_send"
    if printed_before_the_kill:
        assert station.printer.wait_for_jobs(1, timeout=20)
    assert len(station.printer.jobs) == int(printed_before_the_kill)

    rerun = station.ship(sid)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    label = station.label(sid)
    assert rerun.stdout.split() == [label.tracking_id]
    assert station.printer.wait_for_jobs(1, timeout=20)
    assert station.printer.received == 1
    (printed,) = station.printer.jobs
    assert label.tracking_id.encode() in printed.read_bytes()
    assert label.version == 1  # the label made before the kill, not a new one

    # And once more: printed, says so, prints nothing.
    again = station.ship(sid)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "earlier run" in again.stderr
    assert again.stdout.split() == [label.tracking_id]
    assert station.printer.received == 1

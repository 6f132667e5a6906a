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

import pytest

pytestmark = pytest.mark.slow

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


# ---------------------------------------------------------------------- the station

# The station of test_ship_resume (the sandbox and the virtual Zebra in this process, ``ship``
# in its own): its fixture, its shipment chooser and its ``ship``.
from tests.services import test_ship_resume as resume  # noqa: E402
from tests.services.test_ship_resume import PACKAGE, Station  # noqa: E402

station = resume.station  # the fixture, shared


def ship_killed_while_sending(station: Station, sid: str, phase: str) -> None:
    done = subprocess.run(
        [sys.executable, __file__, phase, "ship", sid, "--package", PACKAGE],
        env=station.env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr[-2000:])


# ---------------------------------------------------------------------- the cells


@pytest.mark.parametrize("phase", ["before_send", "after_send"])
def test_killed_while_the_label_was_sent_then_the_same_command_prints_once(
    station: Station, phase: str
) -> None:
    sid = station.pick()
    ship_killed_while_sending(station, sid, phase)
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

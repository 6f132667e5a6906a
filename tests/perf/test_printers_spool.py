"""Jobs per second through the persistent spool to the virtual printer, confirmed each."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from printers.address import open_printer
from printers.base import Printer
from printers.spool import JobState, Spool
from printers.virtual import VirtualZplPrinter
from printers.zpl.network import ZplPrinter
from printers.zpl.templates import render_label

JOBS = 200


def test_printers_spool_throughput(tmp_path: Path, record: Any) -> None:
    label = render_label("sku-2x1", {"title": "Tea glass", "sku": "SKU-100"})

    def opener(url: str) -> Printer:
        printer = open_printer(url)
        assert isinstance(printer, ZplPrinter)
        printer.poll_interval = 0.005
        return printer

    with VirtualZplPrinter(tmp_path / "labels") as vp:
        # Printing takes 50 ms, so the first ~HS sees the label in the buffer (as on a real
        # printer) and the 0.3 s settle guard for printers that answer before parsing is not hit.
        vp.state.print_seconds = 0.05
        with Spool(tmp_path / "spool.db", opener=opener) as spool:
            started = time.perf_counter()
            ids = [spool.submit(vp.url, label, f"sku {i}") for i in range(JOBS)]
            submitted = time.perf_counter() - started
            last = spool.wait(ids[-1], timeout=300)
            elapsed = time.perf_counter() - started
            states = {spool.job(i).state for i in ids}
        assert last.state == JobState.DONE
        assert states == {JobState.DONE}
        assert len(vp.jobs) == JOBS
    record["jobs"] = JOBS
    record["submit_ms_per_job"] = round(submitted / JOBS * 1000, 3)
    record["jobs_per_second_confirmed"] = round(JOBS / elapsed, 1)
    record["note"] = (
        "one connection per job, ~HS pre-flight and confirmation polling each; 50 ms print time per label"
    )

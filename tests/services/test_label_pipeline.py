"""A multi-package finish fetches the next label while the printer prints the one before.

Issue 18, item 7: a 2-package order with PDF labels sat on "printing label 1 of 2" because the
finish did one thing at a time: download, render, send, wait for the printer, and only then
download the next label. Now label n+1 is downloaded and rendered while label n prints, and
still every label is confirmed printed by the printer before the next one is sent (one label
in the printer at a time) and before the finish says it printed.

The real sandbox over HTTP and the virtual Zebra over TCP; the printer takes its time for each
label until the second download has begun (no wall-clock assertions: the test records what the
printer had printed when the bench asked for label 2).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from packstation.config.paths import AppPaths
from packstation.config.settings import Settings
from packstation.sandbox.data import MARKETPLACES
from packstation.services.packing import program_of
from packstation.services.runtime import Runtime
from printers.spool import JobState
from tests.services.test_finish_e2e import pack

#: Long enough that the old sequential finish is caught waiting on it; the new one cuts it short.
PRINT_SECONDS = 3.0


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    settings = Settings(sandbox={"seed": 11, "shipments": 300, "rate_limits": False})
    paths = AppPaths(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        log_dir=tmp_path / "logs",
        cache_dir=tmp_path / "cache",
    )
    rt = Runtime.from_settings(settings, paths)
    try:
        rt.queue.sync()
        yield rt
    finally:
        rt.close()


def _two_unit_shipment(rt: Runtime, label_format: str) -> str:
    markets = {m.marketplace_id for m in MARKETPLACES if m.label_format == label_format}
    for s in rt.queue.shipments:
        if (
            s.marketplace_attributes.marketplace_id in markets
            and program_of(s) == "EASY_SHIP"
            and sum(li.number_of_units for li in s.line_items) >= 2
            and not any(str(li.piece_type) == "MULTIPLE" for li in s.line_items)
            and not any(
                str(li.compliance_attributes.serial_number_requirement) == "REQUIRED"
                for li in s.line_items
            )
        ):
            return s.id
    pytest.skip(f"no 2-unit {label_format} shipment generated")


@pytest.mark.parametrize("label_format", ["PDF", "PNG", "ZPL"])
def test_next_label_is_fetched_while_the_printer_prints(
    runtime: Runtime, label_format: str
) -> None:
    printer = runtime.virtual_printer
    spool_printer = runtime.printer
    assert printer is not None
    assert spool_printer is not None
    session = runtime.workflow.open(_two_unit_shipment(runtime, label_format))
    pack(runtime, session, packages=2)

    downloads: list[str] = []
    printed_at_second_download: list[int] = []
    fetch = runtime.workflow._download

    def download(url: str) -> Any:
        downloads.append(url)
        if len(downloads) == 2:
            printed_at_second_download.append(len(printer.jobs))
            printer.state.print_seconds = 0.0  # the printer may finish label 1 now
        return fetch(url)

    sent: list[str] = []
    jobs_before_send: list[list[JobState]] = []
    spool = spool_printer.spool

    def on_job(job: Any) -> None:
        if job.state is JobState.QUEUED and job.reprint_of is None:
            # What the spool held for this printer when the bench handed it a label.
            jobs_before_send.append(
                [j.state for j in spool.jobs(spool_printer.url) if j.id != job.id]
            )
            sent.append(job.name)

    runtime.workflow._download = download  # type: ignore[method-assign]
    unsubscribe = spool.subscribe(on_job)
    printer.state.print_seconds = PRINT_SECONDS
    try:
        result = runtime.workflow.finish(session)
    finally:
        unsubscribe()
        printer.state.print_seconds = 0.0

    assert result.printed
    assert [lb.printed for lb in result.labels] == [True, True]
    assert [lb.format for lb in result.labels] == [label_format, label_format]
    # Label 2 was being fetched while the printer was still printing label 1.
    assert printed_at_second_download == [0]
    # ... yet label 2 went to the printer only once label 1 was confirmed printed.
    assert len(sent) == 2
    assert jobs_before_send[0] == []
    assert jobs_before_send[1] == [JobState.DONE]
    # Exactly one job per package reached the printer, each journaled printed once.
    assert printer.wait_for_jobs(2)
    assert len(printer.jobs) == 2
    prints = [
        step for step in runtime.db.journal.steps(session.shipment_id) if step.name == "printLabel"
    ]
    assert len(prints) == 2
    assert all(step.result and step.result.get("printed") for step in prints)

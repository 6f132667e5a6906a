"""The packer's wait at Finish per label format (ZPL, PDF, PNG) and package count (1, 2, 10).

Wait = from pressing Finish to every label confirmed by the printer. It is divided by the
unavoidable round trips: the API calls the workflow cannot skip (createPackages,
retrieveShippingOptions per package, generateInvoice where it applies, generateShipLabels, one
label download per package), each timed as the client makes it (rate-limit waits included),
plus, in the second ratio, one printer job per label (send, then the printer's own "printed").
PDF and PNG labels are rendered to ZPL on the way, which is local work and counts as overhead.

The marketplace runs in its own process (``packstation sandbox serve``, rate limits on,
80-120 ms per call, as Amazon's latency) and so does the virtual Zebra (``packstation printer
serve``). Figures only, never asserted; goal: wait / round trips <= 1.05 in every cell.

A bench packs all day, so the cells are measured warm: one finish of each format comes first,
untimed in the cells (its wait is reported as ``first_finish``: the day's first label of that
format, module imports and PDF engine start included).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

from packstation.config.paths import AppPaths
from packstation.config.settings import Settings
from packstation.sandbox.app import ADMIN, LWA_PATH
from packstation.sandbox.data import MARKETPLACES
from packstation.services.channels.ef import EfChannel
from packstation.services.packing import program_of
from packstation.services.runtime import Runtime
from tests.perf.servers import printer_process, sandbox_process
from tests.perf.test_finish_wait import TimedClient, round_trips, time_labels
from tests.services.test_finish_e2e import pack

#: A seed whose first 800 shipments hold a PDF, a PNG and a ZPL Easy Ship order of 10+ units
#: (no multi-piece or serial item) and 14+ of each format with fewer units.
SEED = 818
SHIPMENTS = 800
LATENCY = {"latency_ms": {"*": [80, 120]}}
FORMATS = ("ZPL", "PDF", "PNG")
PACKAGES = (1, 2, 10)
TRIALS = {1: 10, 2: 6, 10: 1}
FORMAT_OF = {m.marketplace_id: m.label_format for m in MARKETPLACES}


def _paths(root: Path) -> AppPaths:
    return AppPaths(
        config_dir=root / "config",
        data_dir=root / "data",
        log_dir=root / "logs",
        cache_dir=root / "cache",
    )


def _candidates(rt: Runtime, label_format: str, packages: int) -> Iterator[str]:
    """Easy Ship shipments of ``label_format`` with at least ``packages`` units, no serials."""
    for shipment in rt.queue.shipments:
        units = sum(li.number_of_units for li in shipment.line_items)
        if (
            FORMAT_OF.get(shipment.marketplace_attributes.marketplace_id) == label_format
            and program_of(shipment) == "EASY_SHIP"
            and not any(str(li.piece_type) == "MULTIPLE" for li in shipment.line_items)
            and str(shipment.status) == "ACCEPTED"
            and units >= packages
            and (packages == 10 or units < 10)
            and not any(
                str(li.compliance_attributes.serial_number_requirement) == "REQUIRED"
                for li in shipment.line_items
            )
        ):
            yield shipment.id


def measure(rt: Runtime) -> dict[str, Any]:
    rt.queue.sync()
    timed = TimedClient(rt.client)
    rt.workflow.channel = EfChannel(timed)
    time_labels(rt, timed, "printer_job")
    used: set[str] = set()
    table: dict[str, Any] = {}

    def finish_one(sid: str, packages: int, label_format: str) -> tuple[float, float, float]:
        """(wait, API round trips, printer jobs) of one finish, in seconds."""
        session = rt.workflow.open(sid)
        pack(rt, session, packages=packages)
        timed.calls.clear()
        started = time.perf_counter()
        result = rt.workflow.finish(session)
        wait = time.perf_counter() - started
        assert result.printed
        assert len(result.labels) == packages
        assert {lb.format for lb in result.labels} == {label_format}
        api = round_trips(timed.calls)
        jobs = sum(d for name, d in timed.calls if name == "printer_job")
        return wait, api, jobs

    first: dict[str, Any] = {}
    for label_format in FORMATS:
        sid = next(s for s in _candidates(rt, label_format, 1) if s not in used)
        used.add(sid)
        wait, api, _jobs = finish_one(sid, 1, label_format)
        first[label_format] = {"wait_ms": round(wait * 1000), "ratio": round(wait / api, 3)}
    table["first_finish"] = first
    for label_format in FORMATS:
        for packages in PACKAGES:
            ratios: list[float] = []
            with_printer: list[float] = []
            waits: list[float] = []
            overhead: list[float] = []
            for sid in _candidates(rt, label_format, packages):
                if len(ratios) == TRIALS[packages]:
                    break
                if sid in used:
                    continue
                used.add(sid)
                wait, api, jobs = finish_one(sid, packages, label_format)
                ratios.append(wait / api)
                with_printer.append(wait / (api + jobs))
                waits.append(wait)
                overhead.append(wait - api)
            if not ratios:
                table[f"{label_format}x{packages}"] = "no shipment of that shape"
                continue
            table[f"{label_format}x{packages}"] = {
                "ratio": round(statistics.median(ratios), 3),
                "ratio_max": round(max(ratios), 3),
                "ratio_with_printer_jobs": round(statistics.median(with_printer), 3),
                "wait_ms": round(statistics.median(waits) * 1000),
                "beyond_api_ms": round(statistics.median(overhead) * 1000),
                "trials": len(ratios),
            }
    return table


def test_finish_wait_formats(record: Callable[..., Any], tmp_path: Path) -> None:
    with (
        sandbox_process(tmp_path / "sandbox.log", seed=SEED, shipments=SHIPMENTS) as url,
        printer_process(tmp_path / "printer.log", tmp_path / "labels") as printer_url,
    ):
        httpx.put(url + ADMIN + "/faults", json=LATENCY, timeout=10).raise_for_status()
        settings = Settings(
            spapi_endpoint=url,
            lwa_endpoint=url + LWA_PATH,
            sandbox={"seed": SEED, "shipments": SHIPMENTS, "rate_limits": True},
            printers={"label": printer_url},
        )
        rt = Runtime.from_settings(settings, _paths(tmp_path / "station"))
        try:
            table = measure(rt)
        finally:
            rt.close()
    record["goal"] = "finish wait / unavoidable round trips <= 1.05 per format and package count"
    record["setup"] = (
        "sandbox and virtual Zebra in processes of their own; rate limits on, 80-120 ms per "
        "API call; Easy Ship"
    )
    for key, value in table.items():
        record[key] = value

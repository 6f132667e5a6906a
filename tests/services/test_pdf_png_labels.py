"""Marketplaces that send PDF or PNG labels (US, UK, ...): the bench renders them for the Zebra.

The real sandbox over HTTP and the virtual printer over TCP: the printed job is a ZPL graphic
whose barcode, decoded independently, is the tracking id Amazon returned; Reprint sends the same.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import zxingcpp

from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.sandbox.data import MARKETPLACES
from packstation.services.packing import program_of
from packstation.services.runtime import Runtime
from tests.printers.test_zpl_graphic import decode
from tests.services.test_finish_e2e import pack, self_ship


@pytest.fixture(params=["z64", "hex"])
def runtime(request: pytest.FixtureRequest) -> Iterator[Runtime]:
    settings = Settings(
        sandbox={"seed": 7, "shipments": 200, "rate_limits": False},
        printers={"label_graphics": request.param},
    )
    rt = Runtime.from_settings(settings, app_paths())
    try:
        rt.queue.sync()
        yield rt
    finally:
        rt.close()


@pytest.mark.parametrize("label_format", ["PDF", "PNG"])
def test_pdf_and_png_labels_print_on_the_zpl_printer(runtime: Runtime, label_format: str) -> None:
    markets = {m.marketplace_id for m in MARKETPLACES if m.label_format == label_format}
    shipment = next(
        (
            s
            for s in runtime.queue.shipments
            if s.marketplace_attributes.marketplace_id in markets
            and program_of(s) == "EASY_SHIP"
            and not any(
                str(li.compliance_attributes.serial_number_requirement) == "REQUIRED"
                for li in s.line_items
            )
        ),
        None,
    )
    if shipment is None:
        pytest.skip(f"no {label_format} marketplace shipment generated")
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session)
    result = runtime.workflow.finish(session, self_ship=self_ship)
    assert result.printed
    (label,) = result.labels
    assert label.format == label_format
    printer = runtime.virtual_printer
    (job,) = printer.jobs
    zpl = job.read_bytes()
    assert b"^GFA," in zpl
    # printers.label_graphics: Z64 (the CRC is checked by decode, as the printer does) or hex
    assert (b",:Z64:" in zpl) == (runtime.workflow.label_graphics == "z64")
    texts = [r.text for img in decode(zpl) for r in zxingcpp.read_barcodes(img)]
    assert label.tracking_id in texts

    again = runtime.workflow.reprint(shipment.id)
    assert [o.printed for o in again] == [True]
    assert printer.wait_for_jobs(2)
    assert printer.jobs[1].read_bytes() == zpl


def test_label_conversion_is_prepared_when_the_bench_starts(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The day's first PDF/PNG label waits no longer than the others: the runtime converts a
    blank page on a worker thread at start (joined at close)."""
    import logging
    import threading

    caplog.set_level(logging.DEBUG, logger="packstation.services.runtime")
    settings = Settings(sandbox={"seed": 7, "shipments": 20, "rate_limits": False})
    rt = Runtime.from_settings(settings, app_paths())
    rt.close()
    assert any("label conversion prepared" in r.getMessage() for r in caplog.records)
    assert not any(t.name == "label-warm-up" for t in threading.enumerate())


def test_warm_up_loads_what_the_first_label_needs() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from printers.zpl.graphic import warm_up; warm_up(); "
        "print('pypdfium2' in sys.modules, 'PIL.PngImagePlugin' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]

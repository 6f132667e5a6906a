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


@pytest.fixture
def runtime() -> Iterator[Runtime]:
    settings = Settings(sandbox={"seed": 7, "shipments": 200, "rate_limits": False})
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
    texts = [r.text for img in decode(zpl) for r in zxingcpp.read_barcodes(img)]
    assert label.tracking_id in texts

    again = runtime.workflow.reprint(shipment.id)
    assert [o.printed for o in again] == [True]
    assert printer.wait_for_jobs(2)
    assert printer.jobs[1].read_bytes() == zpl

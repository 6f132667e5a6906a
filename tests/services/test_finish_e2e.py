"""Finish-to-label end to end: the real sandbox marketplace over HTTP, the virtual ZPL printer
over TCP, a real SQLite journal. The printed label file is rendered and its barcode decoded."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from packstation.config.paths import app_paths
from packstation.config.settings import Settings
from packstation.domain.shipments import Shipment
from packstation.domain.units import Weight
from packstation.services.packing import PackingSession, program_of
from packstation.services.runtime import Runtime
from packstation.services.workflow import (
    FinishResult,
    FinishStep,
    PackingWorkflow,
    PrintProblem,
    ShipmentCancelled,
)

ZPL_MARKETPLACES = {"A21TJRUUN4KGV", "A2VIGQ35RCS4UG", "A17E79C6D8DWNP", "A33AVAJ2PDY3EV"}


@pytest.fixture
def runtime() -> Iterator[Runtime]:
    settings = Settings(
        sandbox={"seed": 7, "shipments": 200, "rate_limits": False},
        printers={"confirm_timeout_s": 20},
    )
    rt = Runtime.from_settings(settings, app_paths())
    try:
        rt.queue.sync()
        yield rt
    finally:
        rt.close()


def _serial(line: Any) -> bool:
    return str(line.compliance_attributes.serial_number_requirement) == "REQUIRED"


def pick(
    rt: Runtime,
    program: str,
    *,
    multi: bool | None = None,
    serial: bool | None = None,
    units: int = 1,
    exclude: tuple[str, ...] = (),
) -> Shipment:
    for s in rt.queue.shipments:
        if s.id in exclude or program_of(s) != program:
            continue
        if s.marketplace_attributes.marketplace_id not in ZPL_MARKETPLACES:
            continue
        if multi is not None and (len(s.line_items) > 1) != multi:
            continue
        if serial is not None and any(_serial(li) for li in s.line_items) != serial:
            continue
        if sum(li.number_of_units for li in s.line_items) < units:
            continue
        if any(str(li.piece_type) == "MULTIPLE" for li in s.line_items):
            continue  # one package per piece: tests/services/test_multi_piece.py
        return s
    pytest.skip(f"no {program} shipment like that among the sandbox's generated ones")


def gtin_of(line: Any) -> str:
    return next(a.value for a in line.custom_attributes if a.key == "gtin")


def pack(
    rt: Runtime, session: PackingSession, *, packages: int = 1, bench: PackingWorkflow | None = None
) -> None:
    """Scan every unit (and its IMEI), spreading them over ``packages`` boxes; weigh and measure."""
    bench = bench or rt.workflow
    units = [
        (li, gtin_of(li))
        for li in session.shipment.line_items
        for _ in range(session.lines[li.shipment_line_item_id].expected)
    ]
    for _n in range(1, packages):
        session.add_package()
    for i, (line, gtin) in enumerate(units):
        session.select_package(min(i * packages // len(units), packages - 1))
        assert bench.scan(session, gtin).accepted
        if _serial(line):
            (imei,) = rt.sandbox.state.sample_imeis(line.merchant_sku, 1)
            out = bench.scan(session, imei)
            assert out.accepted, out.message
    for i in range(len(session.packages)):
        session.set_dimensions("30", "20", "10", "cm", index=i)
        session.set_weight(Weight.of("1.25", "kg"), index=i)
    bench.save(session)
    assert session.is_complete, session.problems()


def self_ship(pid: str) -> tuple[str, str]:
    return ("BlueDart", f"BD{abs(hash(pid)) % 10**10:010d}")


def decode_label(path: Path) -> list[str]:
    """The barcodes of a printed ZPL label: rendered (zplkit) and decoded (zxing-cpp)."""
    zplkit = pytest.importorskip("zplkit")
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    from printers.preview import render_png

    del zplkit
    # The renderer lacks glyphs for Devanagari/Arabic/Turkish address text: blank those bytes
    # (raw UTF-8 and ^FH hex escapes); the barcodes are ASCII and untouched.
    zpl = re.sub(rb"[\x80-\xff]+", b"?", path.read_bytes())
    zpl = re.sub(rb"_[89a-fA-F][0-9a-fA-F]", b"?", zpl)
    zpl = re.sub(rb"\^PQ[0-9,YN]*", b"", zpl)  # print quantity: not rendered
    texts = []
    for png in render_png(zpl):
        image = Image.open(io.BytesIO(png))
        texts.extend(r.text for r in zxingcpp.read_barcodes(image))
    return texts


def assert_printed(rt: Runtime, result: FinishResult, before: int = 0) -> None:
    vp = rt.virtual_printer
    assert result.printed
    jobs = vp.jobs[before:]
    assert len(jobs) == len(result.labels)
    for job, label in zip(jobs, result.labels, strict=True):
        assert label.tracking_id in decode_label(job)


CASES = [
    ("EASY_SHIP", {"multi": False, "serial": False}, 1),
    ("EASY_SHIP", {"multi": True, "serial": False}, 1),
    ("EASY_SHIP", {"serial": True}, 1),
    ("EASY_SHIP", {"units": 2, "serial": False}, 2),
    ("SELF_SHIP", {"multi": False, "serial": False}, 1),
    ("SELF_SHIP", {"multi": True, "serial": False}, 1),
    ("SELF_SHIP", {"serial": True}, 1),
    ("SELF_SHIP", {"units": 2, "serial": False}, 2),
    ("SELLER_FLEX", {"multi": False, "serial": False}, 1),
    ("SELLER_FLEX", {"multi": True, "serial": False}, 1),
    ("SELLER_FLEX", {"serial": True}, 1),
    ("SELLER_FLEX", {"units": 2, "serial": False}, 2),
]


@pytest.mark.parametrize(
    ("program", "shape", "packages"),
    CASES,
    ids=[f"{p}-{'-'.join(f'{k}={v}' for k, v in s.items())}-{n}pkg" for p, s, n in CASES],
)
def test_finish_prints_a_label_with_amazons_tracking_id(
    runtime: Runtime, program: str, shape: dict[str, Any], packages: int
) -> None:
    shipment = pick(runtime, program, **shape)
    session = runtime.workflow.open(shipment.id)
    assert str(session.shipment.status) == "CONFIRMED"  # confirmed on open
    pack(runtime, session, packages=packages)
    steps: list[FinishStep] = []
    result = runtime.workflow.finish(
        session, progress=lambda step, _text: steps.append(step), self_ship=self_ship
    )
    assert len(result.labels) == packages
    assert_printed(runtime, result)
    assert FinishStep.DONE in steps
    fresh = runtime.client.get_shipment(shipment.id)
    expected = "SHIPPED" if program == "SELF_SHIP" else "SHIPLABEL_GENERATED"
    assert str(fresh.status) == expected
    labels_at_amazon = {p.id for p in fresh.packages or []}
    assert {lb.package_id for lb in result.labels} == labels_at_amazon
    if str(fresh.shipment_requirements.invoice.requirement) == "REQUIRED":
        assert result.invoice is not None
        assert result.invoice.startswith(b"%PDF")
    if program == "SELF_SHIP":
        assert result.tracking_ids == [self_ship(lb.package_id)[1] for lb in result.labels]


def _fail_next(rt: Runtime, faults: dict[str, list[str]]) -> None:
    httpx.put(rt.sandbox.admin_url + "/faults", json={"fail_next": faults}).raise_for_status()


def test_429_storm_and_503s_are_retried(runtime: Runtime) -> None:
    shipment = pick(runtime, "EASY_SHIP", multi=False, serial=False)
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session)
    _fail_next(
        runtime,
        {
            "createPackages": ["429", "429", "429", "503"],
            "retrieveShippingOptions": ["503", "429"],
            "generateShipLabels": ["429", "429", "503"],
        },
    )
    result = runtime.workflow.finish(session)
    assert_printed(runtime, result)


def test_paper_out_keeps_the_label_then_it_prints(runtime: Runtime) -> None:
    shipment = pick(runtime, "SELLER_FLEX", multi=False, serial=False)
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session)
    vp = runtime.virtual_printer
    vp.state.paper_out = True
    runtime.printer.confirm_timeout = 3  # type: ignore[union-attr]
    with pytest.raises(PrintProblem, match="paper out") as info:
        runtime.workflow.finish(session)
    result = info.value.result
    assert result is not None
    assert result.tracking_ids  # the label exists and is kept
    assert not vp.jobs
    vp.state.paper_out = False
    job = result.labels[0].job
    assert vp.wait_for_jobs(1, timeout=20)  # the spool prints it once the paper is back
    assert runtime.printer.spool.wait(int(job), 20).state.value == "done"  # type: ignore[union-attr]
    assert result.tracking_ids[0] in decode_label(vp.jobs[0])


def test_marketplace_cancellation_mid_pack_stops_before_printing(runtime: Runtime) -> None:
    shipment = pick(runtime, "EASY_SHIP", multi=False, serial=False)
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session)
    httpx.post(
        f"{runtime.sandbox.admin_url}/shipments/{shipment.id}/cancel", json={}
    ).raise_for_status()
    with pytest.raises(ShipmentCancelled, match="put the items back"):
        runtime.workflow.finish(session)
    assert not runtime.virtual_printer.jobs
    assert session.cancelled
    assert not session.scan(gtin_of(shipment.line_items[0])).accepted


class Crash(BaseException):
    """A power cut: not an Exception, so nothing records the step's result."""


@pytest.mark.parametrize(
    ("step", "phase"),
    [
        ("createPackages", "intent"),
        ("createPackages", "called"),
        ("generateShipLabels", "called"),
        ("printLabel", "intent"),
    ],
)
def test_crash_during_finish_resumes_without_duplicates(
    runtime: Runtime, step: str, phase: str
) -> None:
    shipment = pick(runtime, "EASY_SHIP", serial=True)
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session)
    scans = session.to_state()

    def crash(name: str, when: str) -> None:
        if (name, when) == (step, phase):
            raise Crash

    runtime.workflow.hook = crash
    with pytest.raises(Crash):
        runtime.workflow.finish(session)

    # The station restarts: a new service over the same database.
    bench = PackingWorkflow(
        runtime.channel,
        runtime.db,
        runtime.printer,
        station=runtime.settings.station_name,
        documents_dir=runtime.paths.documents_dir,
    )
    assert shipment.id in bench.resume_open()
    again = bench.open(shipment.id)
    assert again.to_state()["lines"] == scans["lines"]  # no scan lost
    before_labels = runtime.client.get_shipment(shipment.id)
    if step == "printLabel":
        # The label may have printed when the power went: never reprinted silently.
        with pytest.raises(PrintProblem, match="may have printed"):
            bench.finish(again)
        assert not runtime.virtual_printer.jobs
        bench.reprint(shipment.id)
        assert len(runtime.virtual_printer.jobs) == 1
        tracking = before_labels.packages[0].id  # type: ignore[index]
        assert tracking
        return
    result = bench.finish(again)
    assert_printed(runtime, result)
    fresh = runtime.client.get_shipment(shipment.id)
    assert len(fresh.packages or []) == len(result.labels)
    if step == "generateShipLabels":
        # The label made before the crash is the one printed (REGENERATE, same tracking id).
        ops = [e.payload.get("operation") for e in runtime.db.journal.history(shipment.id)]
        assert ops.count("GENERATE") == 1
        assert "REGENERATE" in ops


def test_reject_only_where_allowed(runtime: Runtime) -> None:
    shipment = pick(runtime, "EASY_SHIP", multi=False, serial=False)
    session = runtime.workflow.open(shipment.id)
    assert runtime.workflow.can_reject(session.shipment) == (
        "CONFIRMED" in (session.shipment.shipment_info.order_states_eligible_for_rejection or [])
    )
    runtime.workflow.reject(session, "OUT_OF_STOCK")
    assert str(runtime.client.get_shipment(shipment.id).status) == "CANCELLED"


def test_reprint_regenerates_and_prints_again(runtime: Runtime) -> None:
    shipment = pick(runtime, "SELLER_FLEX", multi=False, serial=False)
    session = runtime.workflow.open(shipment.id)
    pack(runtime, session)
    result = runtime.workflow.finish(session)
    for path in (runtime.paths.documents_dir / shipment.id).glob("*.zpl"):
        path.unlink()  # force a REGENERATE
    reprinted = runtime.workflow.reprint(shipment.id)
    assert all(r.printed for r in reprinted)
    assert len(runtime.virtual_printer.jobs) == 2
    assert result.tracking_ids[0] in decode_label(runtime.virtual_printer.jobs[1])

"""The TCP 9100 printer against the virtual printer and the independent emulator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from printers.address import open_printer, parse_address
from printers.errors import (
    AddressError,
    JobStalled,
    PartialWriteError,
    PrinterNotReady,
    PrinterOffline,
    StatusTimeout,
)
from printers.virtual import VirtualZplPrinter
from printers.zpl.network import ZplPrinter
from printers.zpl.templates import render_label

LABEL = render_label("test-4x6", {"printer": "virtual", "when": "today", "code": "T-1"})
Make = Callable[..., ZplPrinter]


def test_print_and_confirm_on_the_virtual_printer(virtual: VirtualZplPrinter, zpl: Make) -> None:
    virtual.state.print_seconds = 0.2  # a slow printer: confirmation must wait for it
    with zpl(virtual.port) as printer:
        info = printer.info()
        result = printer.print_job(LABEL)
    assert info.model.startswith("ZD421")
    assert result.confirmed
    assert result.status is not None
    assert result.status.idle
    assert [p.read_bytes() for p in virtual.jobs] == [LABEL.strip()]


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("paper_out", "paper out"),
        ("head_open", "head open"),
        ("paused", "paused"),
        ("ribbon_out", "ribbon out"),
    ],
)
def test_preflight_refuses_with_the_reason(
    virtual: VirtualZplPrinter, zpl: Make, fault: str, reason: str
) -> None:
    setattr(virtual.state, fault, True)
    with zpl(virtual.port) as printer, pytest.raises(PrinterNotReady) as excinfo:
        printer.print_job(LABEL)
    assert excinfo.value.reason == reason
    assert virtual.received == 0  # nothing was sent


def test_silent_printer_is_unknown_not_ok(virtual: VirtualZplPrinter, zpl: Make) -> None:
    virtual.state.silent = True
    with zpl(virtual.port) as printer, pytest.raises(StatusTimeout, match="may be faulted"):
        printer.print_job(LABEL)
    assert virtual.received == 0


def test_dropped_connection_mid_job_is_reported_never_resent(
    virtual: VirtualZplPrinter, zpl: Make
) -> None:
    virtual.state.drop_after_bytes = 1000
    big = b"^XA^FO10,10^GFA,8000000,8000000,100," + b"F" * 8_000_000 + b"^FS^XZ"
    with zpl(virtual.port) as printer, pytest.raises(PartialWriteError) as excinfo:
        printer.print_job(big)
    assert excinfo.value.sent <= excinfo.value.total
    assert "reprint or cancel" in str(excinfo.value)
    assert virtual.received == 0
    assert virtual.jobs == []


def test_job_held_when_paper_runs_out_after_sending(virtual: VirtualZplPrinter, zpl: Make) -> None:
    virtual.state.print_seconds = 0.5
    with zpl(virtual.port) as printer:
        printer.status().check_ready()
        printer._raw(LABEL)
        virtual.state.paper_out = True
        with pytest.raises(JobStalled, match="paper out"):
            printer.confirm(5.0)
        virtual.state.paper_out = False
        assert printer.confirm(5.0).idle
    assert len(virtual.jobs) == 1


def test_offline_printer(zpl: Make, virtual: VirtualZplPrinter) -> None:
    port = virtual.port
    virtual.stop()
    with pytest.raises(PrinterOffline, match="cannot reach"):
        zpl(port).open()


# ------------------------------------------------------------ the independent emulator
def test_split_frames_with_garbage(emulator: Callable[[str], object], zpl: Make) -> None:
    emu = emulator("split")
    with zpl(emu.port, status_timeout=2.0) as printer:  # type: ignore[attr-defined]
        assert printer.status().ready


def test_silence_falls_back_then_reports_unknown(
    emulator: Callable[[str], object], zpl: Make
) -> None:
    emu = emulator("silent")
    with zpl(emu.port) as printer, pytest.raises(StatusTimeout):  # type: ignore[attr-defined]
        printer.status()


def test_hqes_fallback(emulator: Callable[[str], object], zpl: Make) -> None:
    emu = emulator("hqes_only")
    with zpl(emu.port) as printer:  # type: ignore[attr-defined]
        status = printer.status()
    assert status.source == "~HQES"
    assert status.reason == "head open"


def test_getvar_fallback(emulator: Callable[[str], object], zpl: Make) -> None:
    emu = emulator("getvar_only")
    with zpl(emu.port) as printer:  # type: ignore[attr-defined]
        status = printer.status()
    assert status.source == "getvar"
    assert status.paper_out


def test_accepts_bytes_then_reports_paper_out(emulator: Callable[[str], object], zpl: Make) -> None:
    emu = emulator("paper_after")
    with zpl(emu.port) as printer, pytest.raises(JobStalled) as excinfo:  # type: ignore[attr-defined]
        printer.print_job(LABEL)
    assert excinfo.value.reason == "paper out"
    assert len(emu.jobs) == 1  # type: ignore[attr-defined]


# ------------------------------------------------------------ addresses
def test_addresses() -> None:
    assert str(parse_address("zpl://printer-host")) == "zpl://printer-host:9100"
    assert parse_address("escpos://printer.local:9101").port == 9101
    assert parse_address("cups://Zebra_ZD421").queue == "Zebra_ZD421"
    assert isinstance(open_printer("zpl://127.0.0.1:9"), ZplPrinter)
    for bad in ["printer-host", "http://x", "zpl://", "zpl://host:99999", "zpl://a b", "cups://-o"]:
        with pytest.raises(AddressError):
            parse_address(bad)


def test_virtual_keeps_jobs_across_restart(tmp_path: Path, zpl: Make) -> None:
    with VirtualZplPrinter(tmp_path) as vp, zpl(vp.port) as printer:
        printer.print_job(LABEL)
    with VirtualZplPrinter(tmp_path) as vp:
        assert len(vp.jobs) == 1


def test_odometer_confirms_an_instant_print_without_waiting_to_settle(
    virtual: VirtualZplPrinter, zpl: Make
) -> None:
    """A label printed before the first ~HS is never seen busy; the label odometer says it
    printed. The settle time is set far beyond the confirm timeout, so only the odometer can
    confirm here."""
    virtual.state.print_seconds = 0.0
    with zpl(virtual.port, settle=60.0, confirm_timeout=5.0) as printer:
        before = printer.label_count()
        assert before == 0
        printer.print_job(LABEL, confirm=False)
        assert virtual.wait_for_jobs(1)  # printed: every ~HS from now on says idle
        status = printer.confirm(5.0, expect_count=before + 1)
        assert status.idle
        assert printer.has_odometer is True
        # The whole path, two formats in one job: counted as two labels.
        assert printer.print_job(LABEL + LABEL).confirmed
        assert printer.label_count() == 3
    assert len(virtual.jobs) == 3


def test_without_an_odometer_the_idle_answer_waits_for_settle(
    virtual: VirtualZplPrinter, zpl: Make
) -> None:
    from printers.errors import ConfirmTimeout

    virtual.state.print_seconds = 0.0
    virtual.state.odometer = False  # an older printer: getvar answers "?"
    with zpl(virtual.port, settle=60.0, confirm_timeout=0.5) as printer:
        assert printer.label_count() is None
        assert printer.has_odometer is False
        printer.print_job(LABEL, confirm=False)
        assert virtual.wait_for_jobs(1)
        with pytest.raises(ConfirmTimeout):
            printer.confirm(0.5)  # idle but never seen busy, and no odometer: not trusted
    with zpl(virtual.port, settle=0.05) as printer:
        assert printer.print_job(LABEL).confirmed
    assert len(virtual.jobs) == 2


def test_odometer_answers_parse() -> None:
    from printers.zpl.status import OdometerParser

    parser = OdometerParser()
    assert parser.feed(b'"12') is None
    assert parser.feed(b'34"') == 1234
    assert OdometerParser().feed(b'"?"') == -1
    assert OdometerParser().feed(b'\x02junk" 7 "') == 7

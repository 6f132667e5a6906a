"""ESC/POS slips through python-escpos's Dummy; PDFs through a fake ``lp`` on PATH."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from escpos.printer import Dummy

from printers.address import open_printer
from printers.errors import PrinterNotReady, PrinterOffline, StatusUnknown
from printers.escpos import EscposPrinter, PackingSlip, SlipLine
from printers.system import SystemPrinter


def test_packing_slip_on_dummy() -> None:
    dummy = Dummy()
    printer = EscposPrinter(device=dummy)
    slip = PackingSlip(
        order_id="402-1",
        lines=(SlipLine("SKU-1", "Tea glass\x1b@", 2),),
        barcode="402-1",
        footer="Thank you",
    )
    printer.print_packing_slip(slip)
    out = dummy.output
    assert b"Order 402-1" in out
    assert b"2 x SKU-1" in out
    assert b"Thank you" in out
    assert b"Tea glass @" in out  # the ESC from the data became a space
    assert out.endswith(b"\x1dVA\x00") or b"\x1dV" in out  # cut
    with pytest.raises(StatusUnknown):
        printer.status()


def test_escpos_unreachable() -> None:
    printer = open_printer("escpos://127.0.0.1:9", connect_timeout=0.5)
    with pytest.raises(PrinterOffline):
        printer.open()


@pytest.fixture
def fake_lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``lp`` and ``lpstat`` scripts that record their arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "lp.log"
    scripts = {
        "lp": f"""#!/bin/sh
printf '%s\\n' "$@" > {log}
if [ "$2" = "broken" ]; then echo "lp: The printer or class does not exist." >&2; exit 1; fi
echo "request id is $2-42 (1 file(s))"
""",
        "lpstat": """#!/bin/sh
if [ "$2" = "stopped" ]; then echo "printer stopped disabled since today"; exit 0; fi
if [ "$2" = "broken" ]; then echo "lpstat: Invalid destination name" >&2; exit 1; fi
echo "printer $2 is idle.  enabled since today"
""",
    }
    for name, text in scripts.items():
        path = bin_dir / name
        path.write_text(text)
        path.chmod(path.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return log


def test_pdf_to_cups(fake_lp: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "invoice; rm -rf ~.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    printer = SystemPrinter("Office")
    assert printer.status().ready
    assert printer.print_file(pdf, title="Invoice") == "Office-42"
    assert fake_lp.read_text().splitlines() == ["-d", "Office", "-t", "Invoice", "--", str(pdf)]


def test_cups_refusals_are_specific(fake_lp: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert SystemPrinter("stopped").status().reason == "paused"
    with pytest.raises(PrinterOffline, match="no print queue 'broken'"):
        SystemPrinter("broken").status()
    with pytest.raises(PrinterNotReady, match="does not exist"):
        SystemPrinter("broken").print_file(pdf)

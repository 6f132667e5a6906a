"""``packstation printer status|send|serve``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.cli import main
from printers.virtual import VirtualZplPrinter
from printers.zpl.network import ZplPrinter
from printers.zpl.templates import render_label


def test_status_json(virtual: VirtualZplPrinter, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["printer", "status", virtual.url, "--json", "--timeout", "0.5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ready"] is True
    assert data["model"].startswith("ZD421")


def test_send_refused_with_reason(
    virtual: VirtualZplPrinter, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    label = tmp_path / "label.zpl"
    label.write_bytes(render_label("test-4x6", {"printer": "p", "when": "w", "code": "C-1"}))
    virtual.state.paper_out = True
    assert main(["printer", "status", virtual.url]) == 3
    assert "paper out" in capsys.readouterr().out
    assert main(["printer", "send", str(label), virtual.url, "--timeout", "0.5"]) == 3
    assert "refused: paper out" in capsys.readouterr().err
    virtual.state.paper_out = False
    assert main(["printer", "send", str(label), virtual.url, "--timeout", "0.5"]) == 0
    assert "confirmed" in capsys.readouterr().out
    assert len(virtual.jobs) == 1


def test_bad_address_and_offline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["printer", "status", "lpt1"]) == 2
    assert "no scheme" in capsys.readouterr().err
    assert main(["printer", "status", "zpl://127.0.0.1:9", "--timeout", "0.5"]) == 2


def test_serve_prints_its_address_first(tmp_path: Path) -> None:
    code = "from packstation.cli import main; raise SystemExit(main())"
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "printer", "serve", "--port", "0", "--out", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("zpl://127.0.0.1:")
        host, port = url.removeprefix("zpl://").split(":")
        with ZplPrinter(host, int(port), status_timeout=2.0) as printer:
            printer.print_job(b"^XA^FDhello^FS^XZ")
        assert len(list(tmp_path.glob("job-*.zpl"))) == 1
    finally:
        proc.terminate()
        proc.communicate(timeout=10)

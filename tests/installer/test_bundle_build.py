"""The real thing: build the PyInstaller bundle, run its selftest and probe, make the AppDir.

Slow (a PyInstaller build: about 1 minute on 2 idle cores, several when they are busy), so it
runs only with ``RUN_BUNDLE_TEST=1``, which ``make bundle-test`` sets. It builds into its own
temporary folder, so parallel runs never share installer/dist.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1800),
    pytest.mark.skipif(
        os.environ.get("RUN_BUNDLE_TEST") != "1", reason="bundle build: make bundle-test"
    ),
]


def test_bundle_builds_and_passes_its_selftest(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller")
    report_file = tmp_path / "bundle-report.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(INSTALLER / "build_bundle.py"),
            "--json",
            str(report_file),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads(report_file.read_text(encoding="utf-8"))
    assert report["size_mb"] > 0
    assert all(v == "ok" for v in report["probe"]["imports"].values())
    assert all(v.startswith("ok") for v in report["probe"]["checks"].values())
    assert "bundle selftest passed" in proc.stdout

    if sys.platform.startswith("linux"):
        appdir = tmp_path / "Packstation.AppDir"
        subprocess.run(
            [
                sys.executable,
                str(INSTALLER / "linux" / "build_appdir.py"),
                "--bundle",
                str(tmp_path / "dist" / "packstation"),
                "--appdir",
                str(appdir),
            ],
            check=True,
            capture_output=True,
        )
        out = subprocess.run(
            [str(appdir / "AppRun"), "--version"], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip().startswith("packstation ")

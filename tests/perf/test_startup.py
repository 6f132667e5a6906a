"""Start-up: process start to a shown main window, and `packstation selftest`, from the venv."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

RUNS = 5


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")}
    env.update(
        PACKSTATION_HOME=str(home),
        PACKSTATION_KEYRING_BACKEND="memory",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def test_start_to_window(tmp_path: Path, record: Any) -> None:
    walls, inner = [], []
    for _ in range(RUNS):
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "packstation", "gui"],
            env={**_env(tmp_path), "PACKSTATION_EXIT_AFTER_SHOWN": "1"},
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        ).stdout
        walls.append((time.perf_counter() - started) * 1000)
        inner.append(float(out.split("window shown ")[1].split(" ms")[0]))
    record["runs"] = RUNS
    record["process_start_to_exit_ms_median"] = round(statistics.median(walls))
    record["process_start_to_exit_ms_all"] = [round(w) for w in walls]
    record["build_to_shown_ms_median"] = round(statistics.median(inner))


def test_selftest_time(tmp_path: Path, record: Any) -> None:
    walls = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "packstation", "selftest"],
            env=_env(tmp_path),
            capture_output=True,
            timeout=120,
            check=True,
        )
        walls.append((time.perf_counter() - started) * 1000)
    record["runs"] = RUNS
    record["selftest_ms_median"] = round(statistics.median(walls))

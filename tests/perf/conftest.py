"""Benchmarks: run by ``make perf``; each writes its figures to tests/perf/results/."""

from __future__ import annotations

import json
import platform
import time
from pathlib import Path
from typing import Any

import pytest

RESULTS = Path(__file__).parent / "results"


class Recorder:
    """Collects a benchmark's figures, prints them and writes ``results/<name>.json``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.figures: dict[str, Any] = {}

    def __setitem__(self, key: str, value: Any) -> None:
        self.figures[key] = value

    def write(self) -> Path:
        RESULTS.mkdir(parents=True, exist_ok=True)
        path = RESULTS / f"{self.name}.json"
        data = {
            "benchmark": self.name,
            "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": {"python": platform.python_version(), "cpu": platform.machine()},
            "figures": self.figures,
        }
        path.write_text(json.dumps(data, indent=2, default=str))
        print(f"\n[{self.name}]")
        for key, value in self.figures.items():
            print(f"  {key}: {value}")
        return path


@pytest.fixture
def record(request: pytest.FixtureRequest) -> Any:
    recorder = Recorder(request.node.name.removeprefix("test_"))
    yield recorder
    recorder.write()

"""A second window on the same station stays off: two processes on one label spool would send
a queued label twice (and each would take the other's labels in flight for a crash's)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.gui import app as gui_app
from packstation.gui.main_window import MainWindow
from packstation.gui.runtime_holder import holder_of
from packstation.gui.tasks import TaskRunner
from tests.e2e.conftest import SANDBOX, BenchDriver

pytestmark = pytest.mark.gui


def test_a_second_window_on_the_station_is_told_and_prints_nothing(
    bench_factory: Callable[..., BenchDriver], qtbot: Any
) -> None:
    first = bench_factory()
    gui_app.application()
    tasks = TaskRunner()
    window = MainWindow(load_settings(sandbox=SANDBOX), app_paths().ensure(), tasks)
    second = holder_of(window)
    try:
        with qtbot.waitSignal(second.start_failed, timeout=60_000) as failed:
            second.start()
        (message,) = failed.args
        assert message.startswith("Another Packstation on this computer is printing")
        assert second.runtime is None
        assert second.state == "failed"
    finally:
        window.close()
        tasks.shutdown(wait=True)
        second.close()
    # The first window still runs the station's spool and marketplace.
    assert first.holder.ready
    assert first.runtime.printer is not None
    assert first.runtime.printer.spool.jobs() is not None

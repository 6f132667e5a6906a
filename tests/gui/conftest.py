"""Fixtures for Qt tests: a main window built on the test's own folders and settings."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from packstation.config.paths import app_paths
from packstation.config.settings import load_settings
from packstation.gui.main_window import MainWindow
from packstation.gui.tasks import TaskRunner


@pytest.fixture
def tasks(qapp: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


@pytest.fixture
def main_window(qtbot: QtBot, tasks: TaskRunner) -> MainWindow:
    from packstation.gui import app

    app.application()
    window = MainWindow(load_settings(), app_paths().ensure(), tasks)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def sandbox_bench(main_window: MainWindow, tasks: TaskRunner) -> Iterator[Callable[..., Any]]:
    """``sandbox_bench(shipments=N)``: the window's runtime holder started on a fresh
    built-in sandbox (seed 7, no rate limits); returns the Runtime. Stopped after the test."""
    from packstation.config.settings import Settings
    from packstation.gui.runtime_holder import holder_of
    from packstation.services.runtime import Runtime

    controller = holder_of(main_window)
    started: list[Any] = []

    def start(shipments: int) -> Any:
        settings = Settings(sandbox={"seed": 7, "shipments": shipments, "rate_limits": False})
        runtime = Runtime.from_settings(settings, app_paths())
        controller.start(runtime=runtime)
        started.append(runtime)
        return runtime

    try:
        yield start
    finally:
        if started:
            tasks.shutdown(wait=True)
            controller.close()

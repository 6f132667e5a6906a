"""Fixtures for Qt tests: a main window built on the test's own folders and settings."""

from __future__ import annotations

from collections.abc import Iterator

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

"""Test setup shared by every test.

* With ``PACKSTATION_BLOCK_QT=1`` (the core pass of ``make test``) importing PySide6 fails, so a
  Qt import that crept into a Qt-free layer is caught; Qt tests live in ``tests/gui`` and
  ``tests/e2e`` and are skipped from collection in that pass.
* Every test gets fresh config, data, log and cache folders and an in-memory keyring, and no
  ``PACKSTATION_*`` variable from the developer's shell: a test never touches real settings.
* A test that leaves a thread running fails.
* Without a display, Qt uses the offscreen platform (without it Qt aborts the whole run).
"""

from __future__ import annotations

import gc
import importlib.abc
import importlib.util
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BLOCK_QT = os.environ.get("PACKSTATION_BLOCK_QT") == "1"
_QT_MODULES = ("PySide6", "shiboken6", "pytestqt")


class _QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname.split(".", 1)[0] in _QT_MODULES:
            raise ImportError(f"{fullname} is blocked in the Qt-free test pass")
        return None


if BLOCK_QT:
    sys.meta_path.insert(0, _QtBlocker())
    collect_ignore = ["gui", "e2e"]

if sys.platform.startswith("linux") and not (
    os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    # In the Qt-free pass pytest-qt is disabled; declare its ini keys so --strict-config holds.
    if BLOCK_QT:
        parser.addini("qt_api", "pytest-qt's binding (unused in the Qt-free pass)")
        parser.addini("qt_log_level_fail", "pytest-qt's log level (unused in the Qt-free pass)")
        parser.addini(
            "qt_log_ignore", "pytest-qt's ignores (unused in the Qt-free pass)", "linelist"
        )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(__file__).parent
    for item in items:
        rel = Path(str(item.path)).relative_to(root).parts
        if rel and rel[0] in {"gui", "e2e"}:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Fresh folders and a clean environment for each test."""
    for name in list(os.environ):
        if name.startswith("PACKSTATION_") and name != "PACKSTATION_BLOCK_QT":
            monkeypatch.delenv(name)
    home = tmp_path / "packstation-home"
    monkeypatch.setenv("PACKSTATION_HOME", str(home))
    monkeypatch.setenv("PACKSTATION_KEYRING_BACKEND", "memory")
    from packstation.config import secrets

    with secrets.memory_keyring():
        yield home


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """Fail a test that leaves a thread it started running."""
    before = set(threading.enumerate())
    yield
    leaked = []
    for thread in threading.enumerate():
        if thread in before or not thread.is_alive():
            continue
        thread.join(timeout=5)
        if thread.is_alive():
            leaked.append(thread.name)
    if leaked:
        pytest.fail(f"threads left running after the test: {', '.join(sorted(leaked))}")


@pytest.fixture(autouse=True)
def gui_thread_gc(request: pytest.FixtureRequest) -> Iterator[None]:
    """In Qt tests, cyclic garbage is collected on the GUI thread only, as in the app.

    A collection started by a worker thread that frees a widget left in a cycle by an earlier
    test crashes the process; the app guards against it with ``gc_guard`` and so do the tests.
    """
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    request.getfixturevalue("qapp")
    from PySide6 import QtWidgets

    from packstation.gui import gc_guard

    app = QtWidgets.QApplication.instance()
    assert app is not None
    gc_guard.install(app)
    yield
    gc.unfreeze()  # a window frozen by its first queue load is collected with its test
    gc.collect()


# ---------------------------------------------------------------------- databases
def load_pg() -> ModuleType:
    """tests/pg.py, loaded once (the tests folder is not a package)."""
    name = "packstation_tests_pg"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / "pg.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """One throwaway PostgreSQL server for the whole session (started on first use)."""
    with load_pg().cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a fresh SQLite file or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'station.sqlite3'}"
        return
    cluster = request.getfixturevalue("pg_cluster")
    with cluster.database() as url:
        yield url


@pytest.fixture
def pg_url(pg_cluster: Any) -> Iterator[str]:
    """A fresh PostgreSQL database."""
    with pg_cluster.database() as url:
        yield url

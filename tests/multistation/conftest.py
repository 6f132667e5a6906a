"""Fixtures of the multi-station tests: a throwaway PostgreSQL server and a database on it or on
SQLite (the same as tests/store, which this folder cannot import: tests is not a package)."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest


def load_pg() -> ModuleType:
    """tests/pg.py, loaded once (the tests folder is not a package)."""
    name = "packstation_tests_pg"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parents[1] / "pg.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """One PostgreSQL server for this folder's tests (started on first use)."""
    with load_pg().cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database: a fresh SQLite file or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'warehouse.sqlite3'}"
        return
    cluster = request.getfixturevalue("pg_cluster")
    with cluster.database() as url:
        yield url


@pytest.fixture
def pg_url(pg_cluster: Any) -> Iterator[str]:
    """A fresh PostgreSQL database."""
    with pg_cluster.database() as url:
        yield url

"""Fixtures for the store tests: a database on SQLite and on a throwaway PostgreSQL server
(``db_url`` and ``pg_cluster`` come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.store import Database


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database.open(db_url, retry_deadline_s=60)
    yield database
    database.close()

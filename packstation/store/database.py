"""The station database: engine, migrations, transactions with retry.

SQLite (the default, one file per station) runs in WAL mode with foreign keys on and a busy
timeout; every write transaction starts with ``BEGIN IMMEDIATE`` so writers queue for the lock
instead of failing half-way. PostgreSQL (``postgresql+psycopg://``) is shared by many stations;
connections are pinged on checkout and a unit of work that fails because the server went away
(restart, failover, network) is retried with backoff until ``retry_deadline_s``.

Units of work are plain functions of a :class:`sqlalchemy.Connection` run by :meth:`Database.run`;
they must be safe to run again (the store's own APIs are: inserts carry client-made keys).
"""

from __future__ import annotations

import logging
import os
import random
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, Table, create_engine, event, exc, select, text
from sqlalchemy import func as sqlfunc
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL, make_url

from packstation.config.paths import app_paths
from packstation.store.errors import StoreError, StoreUnavailable
from packstation.store.schema import HEAD_REVISION
from packstation.store.types import utcnow

if TYPE_CHECKING:
    from packstation.config.settings import Settings
    from packstation.store.audit import AuditLog
    from packstation.store.claims import Claims
    from packstation.store.inventory import InventoryStore
    from packstation.store.journal import Journal
    from packstation.store.people import People
    from packstation.store.ratebudget import RateBudget
    from packstation.store.sequences import Sequences

log = logging.getLogger(__name__)

T = TypeVar("T")

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
ENV_URL = "PACKSTATION_DB_URL"
DB_PASSWORD_SECRET = "database_password"  # noqa: S105 - a keyring key name, not a secret
# Serialises concurrent first-run upgrades of one PostgreSQL database by several stations.
_MIGRATION_LOCK_KEY = 0x5041434B  # "PACK"
_WRITE = "packstation_write"
_RETRY_SQLSTATES = {"40001", "40P01", "55P03", "57P01", "57P02", "57P03", "08000", "08003", "08006"}


def database_url(settings: Settings | None = None, data_dir: Path | None = None) -> str:
    """The URL in force: ``PACKSTATION_DB_URL``, else ``database.url``, else the SQLite file."""
    url = os.environ.get(ENV_URL, "").strip()
    if not url and settings is not None:
        url = settings.database.url.strip()
    if url:
        return url
    path = (data_dir / app_paths().database_file.name) if data_dir else app_paths().database_file
    return f"sqlite:///{path}"


def _with_keyring_password(url: URL) -> URL:
    """Fill a PostgreSQL password from the keyring when the URL names a user but no password."""
    if url.get_backend_name() != "postgresql" or url.password or not url.username:
        return url
    from packstation.config.secrets import get_secret

    password = get_secret(DB_PASSWORD_SECRET)
    return url.set(password=password) if password else url


class Database:
    """One database (SQLite file or PostgreSQL server) and the store's APIs on it.

    Thread-safe: every unit of work checks out its own pooled connection.
    """

    def __init__(self, engine: Engine, *, retry_deadline_s: float = 30.0) -> None:
        self.engine = engine
        self.retry_deadline_s = retry_deadline_s
        self._closed = threading.Event()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        url: str | None = None,
        data_dir: Path | None = None,
        *,
        upgrade: bool = True,
        retry_deadline_s: float = 30.0,
        pool_size: int = 5,
        max_overflow: int = 20,
        busy_timeout_s: float = 30.0,
    ) -> Database:
        """Open (and by default upgrade to the newest schema) the database at ``url``.

        An empty ``url`` means the station's own SQLite file: ``data_dir/packstation.sqlite3``,
        or :func:`app_paths` ``.database_file`` when no ``data_dir`` is given.
        """
        if not url:
            url = database_url(None, data_dir)
        parsed = _with_keyring_password(make_url(url))
        backend = parsed.get_backend_name()
        if backend == "sqlite":
            engine = cls._sqlite_engine(parsed, pool_size, max_overflow, busy_timeout_s)
        elif backend == "postgresql":
            if parsed.drivername == "postgresql":
                parsed = parsed.set(drivername="postgresql+psycopg")  # 2.0 would pick psycopg2
            if parsed.get_driver_name() != "psycopg":
                raise StoreError(
                    f"use the psycopg 3 driver: postgresql+psycopg://... (got {parsed.drivername})"
                )
            try:
                import psycopg  # noqa: F401
            except ImportError as err:
                raise StoreError(
                    "a PostgreSQL database needs psycopg 3: pip install 'packstation[postgres]'"
                ) from err
            engine = create_engine(
                parsed,
                pool_pre_ping=True,
                pool_size=pool_size,
                max_overflow=max_overflow,
                pool_timeout=busy_timeout_s,
                connect_args={"connect_timeout": 10, "application_name": "packstation"},
            )
        else:
            raise StoreError(
                f"unsupported database {parsed.drivername!r}: use an empty URL (the station's "
                "SQLite file), sqlite:///PATH or postgresql+psycopg://user@host/db"
            )
        db = cls(engine, retry_deadline_s=retry_deadline_s)
        if upgrade:
            try:
                db.upgrade()
            except BaseException:
                db.close()
                raise
        return db

    @classmethod
    def from_settings(cls, settings: Settings, data_dir: Path | None = None) -> Database:
        """Open the database the settings (or ``PACKSTATION_DB_URL``) name."""
        return cls.open(database_url(settings, data_dir), data_dir)

    @staticmethod
    def _sqlite_engine(
        url: URL, pool_size: int, max_overflow: int, busy_timeout_s: float
    ) -> Engine:
        database = url.database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_timeout=busy_timeout_s,
            connect_args={"timeout": busy_timeout_s, "check_same_thread": False},
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Take transaction control from pysqlite so BEGIN IMMEDIATE is ours to send.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            write = conn.get_execution_options().get(_WRITE, False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine

    # ------------------------------------------------------------------ facts
    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @property
    def safe_url(self) -> str:
        """The URL without its password (for messages and logs)."""
        return self.engine.url.render_as_string(hide_password=True)

    def now(self, conn: Connection) -> datetime:
        """The time that leases and the audit log use: the server's clock on PostgreSQL (every
        station agrees on it), this machine's on SQLite."""
        if self.is_postgres:
            value = conn.execute(select(sqlfunc.now())).scalar_one()
            assert isinstance(value, datetime)
            return value
        return utcnow()

    # ------------------------------------------------------------------ migrations
    def _alembic_config(self) -> Config:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        cfg.set_main_option("path_separator", "os")
        return cfg

    def upgrade(self, revision: str = "head") -> None:
        """Migrate the schema up to ``revision`` (stations may do this at once: it is locked)."""
        if not (MIGRATIONS_DIR / "env.py").is_file():
            raise StoreError(
                f"the database migrations are missing from {MIGRATIONS_DIR}; the installation "
                "is incomplete (a bundle must ship packstation/store/migrations as data)"
            )
        cfg = self._alembic_config()

        def work(conn: Connection) -> None:
            if self.is_postgres:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

        before = self.revision()
        self.run(work)
        after = self.revision()
        if before != after:
            log.info("database %s upgraded from %s to %s", self.safe_url, before, after)

    def revision(self) -> str | None:
        """The schema revision the database is at (None: empty database)."""

        def work(conn: Connection) -> str | None:
            return MigrationContext.configure(conn).get_current_revision()

        return self.run(work, write=False)

    def is_current(self) -> bool:
        return self.revision() == HEAD_REVISION

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Connection]:
        """One transaction, no retry (``BEGIN IMMEDIATE`` on SQLite when ``write``)."""
        with self.engine.connect() as conn:
            if write:
                conn.execution_options(**{_WRITE: True})
            with conn.begin():
                yield conn

    def run(self, work: Callable[[Connection], T], *, write: bool = True) -> T:
        """Run ``work`` in one transaction; retry it while the database is unreachable or busy.

        ``work`` must be safe to run again: a retry follows a failure whose commit is unknown.
        """
        if self._closed.is_set():
            raise StoreError("the database is closed")
        deadline = time.monotonic() + self.retry_deadline_s
        attempt = 0
        while True:
            try:
                with self.transaction(write=write) as conn:
                    return work(conn)
            except exc.DBAPIError as err:
                if not self._retryable(err):
                    raise
                attempt += 1
                if time.monotonic() >= deadline or self._closed.is_set():
                    raise StoreUnavailable(
                        f"the database {self.safe_url} did not answer for "
                        f"{self.retry_deadline_s:.0f} s ({attempt} attempts): {err.orig}"
                    ) from err
                delay = min(0.05 * 2 ** min(attempt, 5), 1.0) * (0.5 + random.random())
                log.warning(
                    "database %s unavailable (%s); retry %d in %.2f s",
                    self.safe_url,
                    type(err.orig).__name__,
                    attempt,
                    delay,
                )
                # Not a GUI thread: units of work run on worker threads.
                self._closed.wait(delay)

    def _retryable(self, err: exc.DBAPIError) -> bool:
        if err.connection_invalidated:
            return True
        sqlstate = getattr(err.orig, "sqlstate", None)
        if sqlstate in _RETRY_SQLSTATES:
            return True
        if not isinstance(err, exc.OperationalError):
            return False
        if not self.is_postgres:
            # SQLite: only a lock held past the busy timeout is worth another try ("no such
            # table" and syntax errors are OperationalErrors too).
            message = str(err.orig).lower()
            return "locked" in message or "busy" in message
        # psycopg's connection failures (refused, reset, server shut down) carry no SQLSTATE.
        return sqlstate is None or sqlstate.startswith(("08", "57", "53"))

    def close(self) -> None:
        """Close every pooled connection; the object cannot be used afterwards."""
        self._closed.set()
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ the APIs
    @cached_property
    def journal(self) -> Journal:
        from packstation.store.journal import Journal

        return Journal(self)

    @cached_property
    def claims(self) -> Claims:
        from packstation.store.claims import Claims

        return Claims(self)

    @cached_property
    def audit(self) -> AuditLog:
        from packstation.store.audit import AuditLog

        return AuditLog(self)

    @cached_property
    def sequences(self) -> Sequences:
        from packstation.store.sequences import Sequences

        return Sequences(self)

    @cached_property
    def people(self) -> People:
        from packstation.store.people import People

        return People(self)

    @cached_property
    def inventory(self) -> InventoryStore:
        from packstation.store.inventory import InventoryStore

        return InventoryStore(self)

    def rate_budget(
        self, budget: str = "default", rates: Mapping[str, Any] | None = None, **kwargs: Any
    ) -> RateBudget:
        """A :class:`RateBudget` (Amazon rate limits shared by every station on this database)."""
        from packstation.store.ratebudget import RateBudget

        return RateBudget(self, budget, rates, **kwargs)

    def next_sequence(self, location_id: str, sku: str) -> int:
        """The next inventory ``clientSequenceNumber`` for this SKU at this location."""
        return self.sequences.next(location_id, sku)


def insert_ignore(
    conn: Connection, table: Table, rows: list[dict[str, Any]], keys: list[str]
) -> None:
    """INSERT rows, skipping those whose ``keys`` already exist (both dialects)."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        pg_stmt = postgresql.insert(table).on_conflict_do_nothing(index_elements=keys)
        conn.execute(pg_stmt, rows)
    else:
        lite_stmt = sqlite.insert(table).on_conflict_do_nothing(index_elements=keys)
        conn.execute(lite_stmt, rows)

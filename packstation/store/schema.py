"""The tables at the newest schema revision (the migrations in ``migrations/versions`` build them).

Every table is plain SQLAlchemy Core, identical on SQLite and PostgreSQL. Times are UTC.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
)

from packstation.store.types import BigId, JsonDoc, UtcDateTime

#: Alembic revision the code below describes; Database.open upgrades to it.
HEAD_REVISION = "0004"

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

SHIPMENT_ID = 64
NAME = 128

stations = Table(
    "stations",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("last_seen_at", UtcDateTime, nullable=False),
)

packers = Table(
    "packers",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("badge", String(NAME), nullable=True, unique=True),
    Column("name", String(NAME), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
)

sign_ins = Table(
    "sign_ins",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("station", String(64), ForeignKey("stations.name"), nullable=False, index=True),
    Column("packer_id", BigId, ForeignKey("packers.id"), nullable=False, index=True),
    Column("signed_in_at", UtcDateTime, nullable=False),
    Column("signed_out_at", UtcDateTime, nullable=True),
)

journal_entries = Table(
    "journal_entries",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    # Client-made key: a write retried after an ambiguous commit is not recorded twice.
    Column("uid", String(36), nullable=False, unique=True),
    Column("shipment_id", String(SHIPMENT_ID), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("name", String(64), nullable=False),
    Column("payload", JsonDoc, nullable=False),
    Column("station", String(64), nullable=True),
    Column("packer", String(NAME), nullable=True),
    Column("created_at", UtcDateTime, nullable=False),
    Column("finished_at", UtcDateTime, nullable=True),
    Column("outcome", String(32), nullable=True),
    Column("result", JsonDoc, nullable=True),
    Index("ix_journal_entries_open", "kind", "finished_at"),
)

serials = Table(
    "serials",
    metadata,
    Column("serial", String(NAME), primary_key=True),
    Column("shipment_id", String(SHIPMENT_ID), nullable=False, index=True),
    Column("line_id", String(64), nullable=False),
    Column("station", String(64), nullable=True),
    Column("recorded_at", UtcDateTime, nullable=False),
)

packing_states = Table(
    "packing_states",
    metadata,
    Column("shipment_id", String(SHIPMENT_ID), primary_key=True),
    Column("state", JsonDoc, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("station", String(64), nullable=True),
    Column("updated_at", UtcDateTime, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    # One row per shipment ever claimed; station NULL = free. Rows are locked, never deleted.
    Column("shipment_id", String(SHIPMENT_ID), primary_key=True),
    Column("token", String(36), nullable=True),
    Column("station", String(64), nullable=True, index=True),
    Column("packer", String(NAME), nullable=True),
    Column("claimed_at", UtcDateTime, nullable=True),
    Column("heartbeat_at", UtcDateTime, nullable=True),
    Column("expires_at", UtcDateTime, nullable=True),
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", BigId, primary_key=True, autoincrement=True),
    Column("uid", String(36), nullable=False, unique=True),
    Column("at", UtcDateTime, nullable=False, index=True),
    Column("station", String(64), nullable=False),
    Column("who", String(NAME), nullable=False),
    Column("kind", String(32), nullable=False, index=True),
    Column("shipment_id", String(SHIPMENT_ID), nullable=True),
    Column("detail", JsonDoc, nullable=False),
)

# A row here (inserted and removed inside the purge transaction) is the only thing that lets the
# append-only triggers accept a DELETE on audit_log.
audit_purge_gate = Table(
    "audit_purge_gate",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reason", String(64), nullable=False),
)

sequences = Table(
    "sequences",
    metadata,
    Column("location_id", String(64), primary_key=True),
    Column("sku", String(NAME), primary_key=True),
    Column("value", BigInteger, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
)

# A shared token bucket per (budget, operation): every station of a seller draws from the same row
# (packstation.store.ratebudget). ``stamp`` is seconds on the database's clock.
rate_budgets = Table(
    "rate_budgets",
    metadata,
    Column("budget", String(64), primary_key=True),
    Column("operation", String(64), primary_key=True),
    Column("per_second", Float, nullable=False),
    Column("burst", Float, nullable=False),
    Column("tokens", Float, nullable=False),
    Column("stamp", Float, nullable=False),
    Column("throttled_at", UtcDateTime, nullable=True),
    Column("updated_at", UtcDateTime, nullable=False),
)

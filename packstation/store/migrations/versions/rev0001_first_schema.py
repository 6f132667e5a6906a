"""The first schema: stations, packers, journal, serials, packing state, claims, audit, sequences.

Revision ID: 0001
Revises:
Create Date: 2026-05-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from packstation.store.types import BigId, JsonDoc, UtcDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stations",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("last_seen_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_stations"),
    )
    op.create_table(
        "packers",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("badge", sa.String(128), nullable=True),
        sa.Column("name", sa.String(128), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_packers"),
        sa.UniqueConstraint("badge", name="uq_packers_badge"),
    )
    op.create_table(
        "journal_entries",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("shipment_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("payload", JsonDoc, nullable=False),
        sa.Column("station", sa.String(64), nullable=True),
        sa.Column("packer", sa.String(128), nullable=True),
        sa.Column("created_at", UtcDateTime, nullable=False),
        sa.Column("finished_at", UtcDateTime, nullable=True),
        sa.Column("outcome", sa.String(32), nullable=True),
        sa.Column("result", JsonDoc, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_journal_entries"),
    )
    op.create_index("ix_journal_entries_shipment_id", "journal_entries", ["shipment_id"])
    op.create_index("ix_journal_entries_open", "journal_entries", ["kind", "finished_at"])
    op.create_table(
        "serials",
        sa.Column("serial", sa.String(128), nullable=False),
        sa.Column("shipment_id", sa.String(64), nullable=False),
        sa.Column("line_id", sa.String(64), nullable=False),
        sa.Column("station", sa.String(64), nullable=True),
        sa.Column("recorded_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("serial", name="pk_serials"),
    )
    op.create_index("ix_serials_shipment_id", "serials", ["shipment_id"])
    op.create_table(
        "packing_states",
        sa.Column("shipment_id", sa.String(64), nullable=False),
        sa.Column("state", JsonDoc, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("station", sa.String(64), nullable=True),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("shipment_id", name="pk_packing_states"),
    )
    op.create_table(
        "claims",
        sa.Column("shipment_id", sa.String(64), nullable=False),
        sa.Column("token", sa.String(36), nullable=True),
        sa.Column("station", sa.String(64), nullable=True),
        sa.Column("packer", sa.String(128), nullable=True),
        sa.Column("claimed_at", UtcDateTime, nullable=True),
        sa.Column("heartbeat_at", UtcDateTime, nullable=True),
        sa.Column("expires_at", UtcDateTime, nullable=True),
        sa.PrimaryKeyConstraint("shipment_id", name="pk_claims"),
    )
    op.create_index("ix_claims_station", "claims", ["station"])
    op.create_table(
        "audit_log",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("at", UtcDateTime, nullable=False),
        sa.Column("station", sa.String(64), nullable=False),
        sa.Column("who", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("shipment_id", sa.String(64), nullable=True),
        sa.Column("detail", JsonDoc, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index("ix_audit_log_kind", "audit_log", ["kind"])
    op.create_table(
        "sequences",
        sa.Column("location_id", sa.String(64), nullable=False),
        sa.Column("sku", sa.String(128), nullable=False),
        sa.Column("value", sa.BigInteger, nullable=False),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("location_id", "sku", name="pk_sequences"),
    )


def downgrade() -> None:
    for table in (
        "sequences",
        "audit_log",
        "claims",
        "packing_states",
        "serials",
        "journal_entries",
        "packers",
        "stations",
    ):
        op.drop_table(table)

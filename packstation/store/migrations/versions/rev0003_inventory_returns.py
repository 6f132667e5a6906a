"""Inventory positions per location and SKU, and return inspections.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from packstation.store.types import UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inventory_positions",
        sa.Column("location_id", sa.String(64), nullable=False),
        sa.Column("sku", sa.String(128), nullable=False),
        sa.Column("quantity", sa.Integer, nullable=True),
        sa.Column("pushed_quantity", sa.Integer, nullable=True),
        sa.Column("sequence", sa.BigInteger, nullable=True),
        sa.Column("pushed_at", UtcDateTime, nullable=True),
        sa.Column("sellable", sa.Integer, nullable=True),
        sa.Column("reserved", sa.Integer, nullable=True),
        sa.Column("fetched_at", UtcDateTime, nullable=True),
        sa.Column("threshold", sa.Integer, nullable=True),
        sa.Column("error", sa.String(512), nullable=True),
        sa.Column("updated_at", UtcDateTime, nullable=False),
        sa.PrimaryKeyConstraint("location_id", "sku", name="pk_inventory_positions"),
    )
    op.create_table(
        "return_inspections",
        sa.Column("return_id", sa.String(128), nullable=False),
        sa.Column("rma_id", sa.String(128), nullable=True),
        sa.Column("location_id", sa.String(64), nullable=False),
        sa.Column("sku", sa.String(128), nullable=False),
        sa.Column("units", sa.Integer, nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("note", sa.String(512), nullable=False),
        sa.Column("packer", sa.String(128), nullable=False),
        sa.Column("station", sa.String(64), nullable=False),
        sa.Column("inspected_at", UtcDateTime, nullable=False),
        sa.Column("restocked_units", sa.Integer, nullable=True),
        sa.Column("restock_sequence", sa.BigInteger, nullable=True),
        sa.Column("restocked_at", UtcDateTime, nullable=True),
        sa.PrimaryKeyConstraint("return_id", name="pk_return_inspections"),
    )


def downgrade() -> None:
    op.drop_table("return_inspections")
    op.drop_table("inventory_positions")

"""Idempotency keys for journal and audit rows, packer sign-ins, an append-only audit log.

Existing journal and audit rows get the key ``legacy-<id>``. The audit log refuses UPDATE and
DELETE (and TRUNCATE on PostgreSQL) through triggers, except inside the retention purge, which
opens ``audit_purge_gate`` for the length of its own transaction.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from packstation.store.types import BigId, UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_PG_GUARD = """
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM audit_purge_gate) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused (only the retention purge removes rows)',
    TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$
"""


def _add_uid(table: str) -> None:
    with op.batch_alter_table(table) as batch:
        batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
    op.execute(f"UPDATE {table} SET uid = 'legacy-' || CAST(id AS VARCHAR(20))")  # noqa: S608
    with op.batch_alter_table(table) as batch:
        batch.alter_column("uid", existing_type=sa.String(36), nullable=False)
        batch.create_unique_constraint(f"uq_{table}_uid", ["uid"])


def upgrade() -> None:
    _add_uid("journal_entries")
    _add_uid("audit_log")
    op.create_table(
        "sign_ins",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("station", sa.String(64), nullable=False),
        sa.Column("packer_id", BigId, nullable=False),
        sa.Column("signed_in_at", UtcDateTime, nullable=False),
        sa.Column("signed_out_at", UtcDateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sign_ins"),
        sa.ForeignKeyConstraint(
            ["station"], ["stations.name"], name="fk_sign_ins_station_stations"
        ),
        sa.ForeignKeyConstraint(
            ["packer_id"], ["packers.id"], name="fk_sign_ins_packer_id_packers"
        ),
    )
    op.create_index("ix_sign_ins_station", "sign_ins", ["station"])
    op.create_index("ix_sign_ins_packer_id", "sign_ins", ["packer_id"])
    op.create_table(
        "audit_purge_gate",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_purge_gate"),
    )
    # Triggers last: SQLite's batch mode recreates tables and would drop them.
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_GUARD)
        op.execute(
            "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
            "FOR EACH ROW EXECUTE FUNCTION audit_log_guard()"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard()"
        )
    else:
        op.execute(
            "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN "
            "SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END"
        )
        op.execute(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "WHEN NOT EXISTS (SELECT 1 FROM audit_purge_gate) BEGIN "
            "SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused "
            "(only the retention purge removes rows)'); END"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION audit_log_guard()")
    else:
        op.execute("DROP TRIGGER audit_log_no_delete")
        op.execute("DROP TRIGGER audit_log_no_update")
    op.drop_table("audit_purge_gate")
    op.drop_table("sign_ins")
    for table in ("audit_log", "journal_entries"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"uq_{table}_uid", type_="unique")
            batch.drop_column("uid")

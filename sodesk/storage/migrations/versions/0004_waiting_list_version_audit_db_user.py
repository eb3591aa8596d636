"""Waiting-list rows get a version (stale saves refused), the audit log the database login,
and BSNs already in the audit log are masked to their last three digits

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MASK = "•"


def _masked(value: str | None) -> str | None:
    """The same rule as sodesk.storage.audit.mask_for_log, frozen here for this revision."""
    if not value:
        return value
    return MASK * max(len(value) - 3, 0) + value[-3:]


def upgrade() -> None:
    with op.batch_alter_table("waiting_list") as batch:
        batch.add_column(
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )
    with op.batch_alter_table("waiting_list") as batch:
        batch.alter_column("version", existing_type=sa.Integer(), server_default=None)
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("db_user", sa.String(length=80), nullable=True))

    audit = sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("field", sa.String()),
        sa.column("old_value", sa.Text()),
        sa.column("new_value", sa.Text()),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(audit.c.id, audit.c.old_value, audit.c.new_value).where(audit.c.field == "bsn")
    ).all()
    for row in rows:
        connection.execute(
            sa.update(audit)
            .where(audit.c.id == row.id)
            .values(old_value=_masked(row.old_value), new_value=_masked(row.new_value))
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("db_user")
    with op.batch_alter_table("waiting_list") as batch:
        batch.drop_column("version")

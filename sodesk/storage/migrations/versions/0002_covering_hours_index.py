"""A covering index for the period reports: the hour rows of a period read from the index alone

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hours", schema=None) as batch_op:
        batch_op.drop_index("ix_hours_date_worker")
        batch_op.create_index(
            "ix_hours_period_cover", ["date", "worker_id", "activity_id", "hours"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("hours", schema=None) as batch_op:
        batch_op.drop_index("ix_hours_period_cover")
        batch_op.create_index("ix_hours_date_worker", ["date", "worker_id"], unique=False)

"""A covering index for the period reports' guidance sums: read from the index alone

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = ["date", "worker_id", "activity_id", "coach", "hours"]


def upgrade() -> None:
    with op.batch_alter_table("guidance", schema=None) as batch_op:
        batch_op.drop_index("ix_guidance_date")
        batch_op.create_index("ix_guidance_period_cover", COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("guidance", schema=None) as batch_op:
        batch_op.drop_index("ix_guidance_period_cover")
        batch_op.create_index("ix_guidance_date", ["date"], unique=False)

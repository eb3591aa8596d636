"""Stored month results: a closed month's share of the company run, as compressed JSON

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

One row per calendar month (its first day): the rules version and the digest of the rows
it was computed from beside the compressed plain JSON of its sums (sodesk.engine.snapshot).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "month_results",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("rules_version", sa.String(length=20), nullable=False),
        sa.Column("inputs", sa.String(length=64), nullable=False),
        sa.Column("stored_at", sa.DateTime(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_month_results")),
    )


def downgrade() -> None:
    op.drop_table("month_results")

"""The statutory pension age per calendar year (AOW-leeftijd), for the workforce outlook

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pension_age",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("years", sa.Integer(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=300), nullable=True),
        sa.CheckConstraint("months >= 0 AND months < 12", name=op.f("ck_pension_age_months")),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_pension_age")),
    )


def downgrade() -> None:
    op.drop_table("pension_age")

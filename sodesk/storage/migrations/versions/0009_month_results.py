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


#: On the shared database a desk's login may store a month's results only while closing it
#: (the month is closed in the same transaction) and drop them only after reopening it: a
#: closed month's stored figures cannot be changed, added to or removed by a desk, whatever
#: its program does. The schema's owner (migrations, restore) is not held.
GUARD = """
CREATE OR REPLACE FUNCTION sodesk_month_results_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    owner name := (SELECT tableowner FROM pg_tables
                   WHERE schemaname = current_schema() AND tablename = 'month_results');
BEGIN
    IF pg_has_role(session_user, owner, 'MEMBER') THEN
        RETURN COALESCE(NEW, OLD);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'sodesk: stored month results are not changed (%)', OLD.month
            USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'INSERT' AND NOT EXISTS (SELECT 1 FROM closed_months WHERE month = NEW.month)
    THEN
        RAISE EXCEPTION 'sodesk: results are stored for a closed month only (%)', NEW.month
            USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'DELETE' AND EXISTS (SELECT 1 FROM closed_months WHERE month = OLD.month) THEN
        RAISE EXCEPTION 'sodesk: month closed (%): reopen it first', OLD.month
            USING ERRCODE = '42501';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$
"""


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
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GUARD)
        op.execute(
            "CREATE TRIGGER month_results_guard BEFORE INSERT OR UPDATE OR DELETE ON "
            "month_results FOR EACH ROW EXECUTE FUNCTION sodesk_month_results_guard()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS month_results_guard ON month_results")
        op.execute("DROP FUNCTION IF EXISTS sodesk_month_results_guard()")
    op.drop_table("month_results")

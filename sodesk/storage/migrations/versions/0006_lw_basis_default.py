"""The wage-value basis defaults to the minimum wage; inherited function-wage choices are
marked for review, and wage values from tasks are rounded to whole percents (R1, R2)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07

Until this revision a municipality without an explicit ``lw_basis`` got ``function_wage``;
the law (since 2017) and DOMAIN.md R2 make the minimum wage the basis. No stored choice is
changed: which ``function_wage`` rows were filled by the old default cannot be told from
those chosen on purpose, so every one is marked ``lw_basis_unconfirmed`` and the controller
confirms or changes it on the Gemeenten page (until then reports that use it say so).

R1: a wage value from a measurement's tasks is the sum rounded half-up to whole percents
(Besluit loonkostensubsidie Participatiewet 2021, art. 3 lid 1). Stored measurements with
tasks held the unrounded sum; they get the rounded value, and the unrounded sum stays
computable from their tasks. A measurement without tasks (a bare percentage) is untouched.
The downgrade writes the unrounded sums back.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

WHOLE_PERCENT = Decimal("0.01")
STORED = Decimal("0.000001")  # the scale of the wage_value column (Numeric(9, 6))

municipalities = sa.table(
    "municipalities",
    sa.column("lw_basis", sa.String()),
    sa.column("lw_basis_unconfirmed", sa.Boolean()),
)
wage_values = sa.table(
    "wage_values",
    sa.column("id", sa.Integer()),
    sa.column("wage_value", sa.Numeric(9, 6)),
)
tasks = sa.table(
    "wage_value_tasks",
    sa.column("wage_value_id", sa.Integer()),
    sa.column("time_share", sa.Numeric(9, 6)),
    sa.column("tempo", sa.Numeric(9, 6)),
    sa.column("quality", sa.Numeric(9, 6)),
    sa.column("net_work_time", sa.Numeric(9, 6)),
)


def _sums() -> dict[int, Decimal]:
    """The unrounded sum of the tasks of every measurement whose time shares add up to 1.

    The rule is frozen here for this revision (sodesk.domain.wage_value may change later).
    SQLite hands Numeric columns back through a float: each factor is put back on its
    column's scale first, so both databases compute the same exact sum.
    """
    shares: dict[int, Decimal] = defaultdict(Decimal)
    sums: dict[int, Decimal] = defaultdict(Decimal)
    query = sa.select(
        tasks.c.wage_value_id, tasks.c.time_share, tasks.c.tempo, tasks.c.quality,
        tasks.c.net_work_time,
    )  # fmt: skip
    for measurement, *factors in op.get_bind().execute(query):
        share, tempo, quality, net = (Decimal(str(f)).quantize(STORED) for f in factors)
        shares[measurement] += share
        sums[measurement] += share * tempo * quality * net
    return {m: total for m, total in sums.items() if shares[m] == 1}


def _write(values: dict[int, Decimal]) -> None:
    connection = op.get_bind()
    for measurement, value in values.items():
        connection.execute(
            sa.update(wage_values).where(wage_values.c.id == measurement).values(wage_value=value)
        )


def upgrade() -> None:
    # plain ALTER TABLE on both databases: a batch copy of this table on SQLite would trip
    # the foreign keys of workers, municipality_years and waiting_list
    op.add_column(
        "municipalities",
        sa.Column("lw_basis_unconfirmed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.execute(
        sa.update(municipalities)
        .where(municipalities.c.lw_basis == "function_wage")
        .values(lw_basis_unconfirmed=True)
    )
    rounded = {
        m: total.quantize(WHOLE_PERCENT, rounding=ROUND_HALF_UP) for m, total in _sums().items()
    }
    _write(rounded)


def downgrade() -> None:
    _write({m: total.quantize(STORED, rounding=ROUND_HALF_UP) for m, total in _sums().items()})
    op.drop_column("municipalities", "lw_basis_unconfirmed")  # SQLite 3.35 and later

"""The declarative base and the column types every table uses.

Money, hours and fractions are ``Numeric`` in the database and ``Decimal`` in Python. On
PostgreSQL that is exact. SQLite has no decimal type: it keeps these columns as REAL, which
round-trips a value of a fixed scale exactly; aggregates read from SQLite are quantized back
to the column's scale in :mod:`sodesk.storage.queries`, where the float error of a sum of a
million rows (about 1e-8) is far below half a cent.

A value with more decimals than its column is rounded half-up to the column's scale before
it is written (:class:`ScaledNumeric`), on both databases. Left to themselves they disagree:
PostgreSQL rounds 0.4852025 half away from zero to 0.485203, while SQLite stores the nearest
float (0.48520249999...) and reads back 0.485202; every figure built on that wage value would
differ by backend.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated, Any, ClassVar

from sqlalchemy import Dialect, MetaData, Numeric, String, Table
from sqlalchemy.orm import DeclarativeBase, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class ScaledNumeric(TypeDecorator[Decimal]):
    """``Numeric(precision, scale)`` that rounds half-up to its scale before writing."""

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int, scale: int) -> None:
        super().__init__(precision, scale, asdecimal=True)
        self.quantum = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value).quantize(self.quantum, rounding=ROUND_HALF_UP)


#: Euros with cents (amounts, wages per hour have more: see ``Price``).
Money = Annotated[Decimal, mapped_column(ScaledNumeric(14, 2))]
#: Prices and wages per unit, with four decimals (a piece rate of € 0,0375).
Price = Annotated[Decimal, mapped_column(ScaledNumeric(14, 4))]
#: Hours, to the hundredth (7,25 hours).
Hours = Annotated[Decimal, mapped_column(ScaledNumeric(9, 2))]
#: Fractions such as a wage value of 0.44 (44 %), stored as fractions, never percent.
Fraction = Annotated[Decimal, mapped_column(ScaledNumeric(9, 6))]
Code = Annotated[str, mapped_column(String(40))]
Name = Annotated[str, mapped_column(String(200))]
Day = dt.date


class Base(DeclarativeBase):
    """Base of every table; constraint names follow one convention for Alembic."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # every row class maps one table (SQLAlchemy types it as any selectable): inserts and
    # upserts take it as a Table
    __table__: ClassVar[Table]

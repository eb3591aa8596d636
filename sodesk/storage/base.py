"""The declarative base and the column types every table uses.

Money, hours and fractions are ``Numeric`` in the database and ``Decimal`` in Python. On
PostgreSQL that is exact. SQLite has no decimal type: it keeps these columns as REAL, which
round-trips a value of a fixed scale exactly; aggregates read from SQLite are quantized back
to the column's scale in :mod:`sodesk.storage.queries`, where the float error of a sum of a
million rows (about 1e-8) is far below half a cent.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from sqlalchemy import MetaData, Numeric, String
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Euros with cents (amounts, wages per hour have more: see ``Price``).
Money = Annotated[Decimal, mapped_column(Numeric(14, 2, asdecimal=True))]
#: Prices and wages per unit, with four decimals (a piece rate of € 0,0375).
Price = Annotated[Decimal, mapped_column(Numeric(14, 4, asdecimal=True))]
#: Hours, to the hundredth (7,25 hours).
Hours = Annotated[Decimal, mapped_column(Numeric(9, 2, asdecimal=True))]
#: Fractions such as a wage value of 0.44 (44 %), stored as fractions, never percent.
Fraction = Annotated[Decimal, mapped_column(Numeric(9, 6, asdecimal=True))]
Code = Annotated[str, mapped_column(String(40))]
Name = Annotated[str, mapped_column(String(200))]
Day = dt.date


class Base(DeclarativeBase):
    """Base of every table; constraint names follow one convention for Alembic."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)

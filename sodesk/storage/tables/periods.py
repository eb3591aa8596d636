"""Closed months (maandafsluiting): a month's figures may no longer move."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from sodesk.storage.base import Base


class ClosedMonthRow(Base):
    """A closed month, by its first day: when and by whom it was closed.

    Closed months are contiguous from the first month with data (storage/periods.py keeps
    them so); the database's triggers (migration 0008) refuse changes inside them.
    """

    __tablename__ = "closed_months"
    month: Mapped[dt.date] = mapped_column(primary_key=True)
    closed_at: Mapped[dt.datetime]
    closed_by: Mapped[str] = mapped_column(String(80))

"""Computed month results kept with the data: the stored results of closed months."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from sodesk.storage.base import Base


class MonthResultRow(Base):
    """A calendar month's share of the company run (:mod:`sodesk.engine.snapshot`).

    ``data`` is compressed plain JSON, never pickle: a row must not be able to run code.
    ``inputs`` and ``rules_version`` repeat what ``data`` holds, for listing and checking
    without opening it.
    """

    __tablename__ = "month_results"
    month: Mapped[dt.date] = mapped_column(primary_key=True)  # the first of the month
    rules_version: Mapped[str] = mapped_column(String(20))
    inputs: Mapped[str] = mapped_column(String(64))
    stored_at: Mapped[dt.datetime]
    data: Mapped[bytes] = mapped_column(LargeBinary)

"""What happens on the work floor: hours, production, revenue, purchases and guidance."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sodesk.domain.enums import GuidanceKind
from sodesk.storage.base import Base, Hours, Money
from sodesk.storage.enum_type import enum_column_type


class HourRow(Base):
    """Urenregistratie: productive hours of a worker on an activity on a day."""

    __tablename__ = "hours"
    __table_args__ = (
        UniqueConstraint("worker_id", "activity_id", "date"),
        CheckConstraint("hours >= 0 AND hours <= 24", name="hours_range"),
        Index("ix_hours_activity_date", "activity_id", "date"),
        # covering: the period reports read every hour row of a period from this index alone
        Index("ix_hours_period_cover", "date", "worker_id", "activity_id", "hours"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"))
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"))
    date: Mapped[dt.date]
    hours: Mapped[Hours]


class _PeriodEntry:
    """Columns shared by entries that cover a period of an activity."""

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id"))
    period_start: Mapped[dt.date]
    period_end: Mapped[dt.date]

    if TYPE_CHECKING:
        # the tables that mix this in take their columns as keywords (the declarative base's
        # constructor); said here so code that picks one of them by kind can construct it
        def __init__(self, **columns: Any) -> None: ...


def _period_entry_constraints(
    value: str,
) -> tuple[UniqueConstraint, CheckConstraint, CheckConstraint]:
    """One entry per activity and period, a period that ends on or after its start, and the
    ``value`` column zero or more: the same for every table of period entries."""
    return (
        UniqueConstraint("activity_id", "period_start", "period_end"),
        CheckConstraint("period_end >= period_start", name="period"),
        CheckConstraint(f"{value} >= 0", name=f"{value}_non_negative"),
    )


class ProductionRow(_PeriodEntry, Base):
    """Productieregistratie: pieces delivered on a piece-rate activity in a period."""

    __tablename__ = "production"
    __table_args__ = _period_entry_constraints("pieces")
    pieces: Mapped[Hours]


class RevenueRow(_PeriodEntry, Base):
    """Omzet (gefactureerd): invoiced revenue of an activity in a period."""

    __tablename__ = "revenue"
    __table_args__ = _period_entry_constraints("amount")
    amount: Mapped[Money]


class PurchaseRow(_PeriodEntry, Base):
    """Inkoopwaarde: materials and goods bought in for an activity in a period."""

    __tablename__ = "purchases"
    __table_args__ = _period_entry_constraints("amount")
    amount: Mapped[Money]


#: The type of any of the three tables of period entries: their shared columns.
PeriodEntryRow = _PeriodEntry


class GuidanceRow(Base):
    """Begeleiding: hours of guidance by a job coach, optionally for one activity."""

    __tablename__ = "guidance"
    __table_args__ = (
        CheckConstraint("hours > 0 AND hours <= 24", name="hours_range"),
        Index(
            "uq_guidance_key",
            "worker_id",
            "coach",
            "date",
            "kind",
            "activity_key",
            unique=True,
        ),
        # covering: a period's guidance sums (per worker, activity, coach) from the index alone
        Index("ix_guidance_period_cover", "date", "worker_id", "activity_id", "coach", "hours"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id", ondelete="CASCADE"))
    coach: Mapped[str] = mapped_column(String(100))
    date: Mapped[dt.date]
    hours: Mapped[Hours]
    kind: Mapped[GuidanceKind] = mapped_column(enum_column_type(GuidanceKind, "guidance_kind"))
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"))
    #: activity_id or 0: part of the natural key, since NULLs never collide in a unique index.
    activity_key: Mapped[int] = mapped_column(default=0)
    note: Mapped[str | None] = mapped_column(String(1000))

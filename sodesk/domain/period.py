"""Periods of calendar days (perioden), both ends included.

Rules: every figure "is for a period ... and sums over days" (DOMAIN.md "Rules and
formulas"); R5's edge rule: an entry that runs past the period's edge counts for the share of
its days inside the period. INTERFACES.md: "Periods include both ends".
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sodesk.domain.money import ZERO

ONE_DAY = timedelta(days=1)


def days_in_year(year: int) -> int:
    """Number of days in a calendar year (365 or 366)."""
    return 366 if calendar.isleap(year) else 365


def days_in_month(d: date) -> int:
    """Number of days in the calendar month of ``d``."""
    return calendar.monthrange(d.year, d.month)[1]


def add_months(d: date, months: int) -> date:
    """The same day ``months`` calendar months later, clipped to the month's end.

    Example: 2025-08-31 plus 6 months is 2026-02-28.
    """
    index = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last))


@dataclass(frozen=True, slots=True, order=True)
class Period:
    """A range of calendar days (periode), ``start`` and ``end`` both included.

    Raises:
        ValueError: when ``end`` is before ``start``.
    """

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"end {self.end.isoformat()} is before start {self.start.isoformat()}")

    @classmethod
    def month_of(cls, d: date) -> Period:
        """The calendar month that contains ``d``."""
        return cls(d.replace(day=1), d.replace(day=days_in_month(d)))

    @classmethod
    def year(cls, y: int) -> Period:
        """The calendar year ``y``."""
        return cls(date(y, 1, 1), date(y, 12, 31))

    @property
    def days(self) -> int:
        """Number of days, both ends included."""
        return (self.end - self.start).days + 1

    def contains(self, d: date) -> bool:
        """Whether day ``d`` lies inside the period."""
        return self.start <= d <= self.end

    def overlap(self, other: Period) -> Period | None:
        """The days both periods share, or None."""
        start = max(self.start, other.start)
        end = min(self.end, other.end)
        return Period(start, end) if start <= end else None

    def each_day(self) -> Iterator[date]:
        """Every day of the period, in order."""
        d = self.start
        while d <= self.end:
            yield d
            d += ONE_DAY

    def months(self) -> list[Period]:
        """The calendar months the period touches, clipped to the period."""
        result: list[Period] = []
        start = self.start
        while start <= self.end:
            month_end = start.replace(day=days_in_month(start))
            result.append(Period(start, min(month_end, self.end)))
            start = month_end + ONE_DAY
        return result

    def split_at(self, dates: Iterable[date]) -> list[Period]:
        """Split into consecutive segments; a new segment starts at each date inside.

        Dates outside the period, or equal to its start, are ignored; duplicates are fine.
        """
        cuts = sorted({d for d in dates if self.start < d <= self.end})
        result: list[Period] = []
        start = self.start
        for cut in cuts:
            result.append(Period(start, cut - ONE_DAY))
            start = cut
        result.append(Period(start, self.end))
        return result


def share_inside(entry: Period, amount: Decimal, period: Period) -> Decimal:
    """The part of an entry's amount that falls inside a period (R5 edge rule).

    Args:
        entry: the days the entry (invoice, production, purchase) covers.
        amount: the entry's amount (euros or pieces).
        period: the report period.

    Returns:
        ``amount x overlap_days / entry_days`` (unrounded); ZERO without overlap.
    """
    common = entry.overlap(period)
    if common is None:
        return ZERO
    if common == entry:
        return amount
    return amount * common.days / entry.days

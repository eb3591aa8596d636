"""Aggregating reads: the few large tables summed in SQL, grouped per worker, activity, month.

Never load every hour row into Python objects to add them up: these queries hand the domain
small rows (one per worker, activity and month). Sums are quantized back to the column's
scale, which makes SQLite's REAL sums exact again (see :mod:`sodesk.storage.base`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Integer, cast, func, select
from sqlalchemy.orm import Session

from sodesk.domain.period import Period
from sodesk.storage import tables as t

HUNDREDTH = Decimal("0.01")


def exact(value: Any, quantum: Decimal = HUNDREDTH) -> Decimal:
    """A SQL sum as an exact Decimal at the column's scale (0 for NULL)."""
    if value is None:
        return Decimal(0)
    number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    return number.quantize(quantum)


def cents_sum(column: Any) -> Any:
    """``SUM(column)`` of a two-decimal column as a whole number of hundredths.

    An integer comes out of both databases the same way (SQLite's sum is a float, which
    rounding to hundredths makes exact again), and :func:`from_cents` turns it into a
    Decimal from a small table: 20 times cheaper than parsing each float's text.
    """
    return cast(func.round(func.sum(column) * 100), BigInteger)


_CENTS: dict[int, Decimal] = {}


def from_cents(value: int | None) -> Decimal:
    """The Decimal of a :func:`cents_sum` (``0.00`` for NULL), e.g. 750 -> 7.50."""
    number = value or 0
    found = _CENTS.get(number)
    if found is None:
        found = Decimal(number).scaleb(-2)
        if len(_CENTS) < 100_000:
            _CENTS[number] = found
    return found


def productive_hours(
    session: Session, period: Period | list[Period]
) -> list[tuple[int, int, dt.date, Decimal]]:
    """(worker id, activity id, first of month, hours) for every worker-activity-month.

    ``period`` is a period, or the months of one (:meth:`Period.months`) when a caller reads
    them in portions.

    One grouped query per month rather than one grouped by a month expression: a month needs
    no date function per row and sorts a twelfth of the rows, which on SQLite halves the time
    of a year. The statements share the session's transaction, so
    they read one state of the database. Rows come ordered by worker and activity, because
    that order decides which line of a worker-month takes the rounding remainder (R6).
    """
    result: list[tuple[int, int, dt.date, Decimal]] = []
    connection = session.connection()  # Core: plain tuples, not the ORM's result machinery
    for month in _months(period):
        query = (
            select(t.HourRow.worker_id, t.HourRow.activity_id, cents_sum(t.HourRow.hours))
            .where(t.HourRow.date.between(month.start, month.end))
            .group_by(t.HourRow.worker_id, t.HourRow.activity_id)
            .order_by(t.HourRow.worker_id, t.HourRow.activity_id)
        )
        first = month.start.replace(day=1)
        rows = connection.execute(query).all()
        result.extend((w, a, first, from_cents(h)) for w, a, h in rows)
    return result


def hours_per_day(
    session: Session, month: Period, worker_ids: Iterable[int]
) -> dict[int, dict[int, dict[dt.date, Decimal]]]:
    """Daily hours per worker and activity of a month (or part of one), for a few workers:
    those whose wage value or WML changes inside it.

    The days are listed, not given as a range, so the covering index on (date, worker) is
    sought day by day and worker by worker instead of being scanned (a month of a hundred
    workers of a large company is a few seeks, not a scan of the month); day and hours come back
    as integers (day of month, hundredths), which no type has to parse.
    """
    if (month.start.year, month.start.month) != (month.end.year, month.end.month):
        raise ValueError(f"hours_per_day reads one month at a time, not {month}")
    ids = sorted(set(worker_ids))
    days = list(month.each_day())
    result: dict[int, dict[int, dict[dt.date, Decimal]]] = {}
    connection = session.connection()
    h = t.HourRow
    day_of = {day.day: day for day in days}
    for start in range(0, len(ids), 500):
        # in the index's order (day, worker, activity): the norms added from these rows are
        # exact products of short decimals, so no order changes a sum
        query = select(
            h.worker_id,
            h.activity_id,
            cast(func.extract("day", h.date), Integer),
            cast(func.round(h.hours * 100), BigInteger),
        ).where(h.date.in_(days), h.worker_id.in_(ids[start : start + 500]))
        for w, a, d, cents in connection.execute(query).all():
            activities = result.get(w)
            if activities is None:
                activities = result[w] = {}
            per_day = activities.get(a)
            if per_day is None:
                per_day = activities[a] = {}
            per_day[day_of[d]] = from_cents(cents)
    return result


def activity_hours_per_day(
    session: Session, period: Period, activity_ids: Iterable[int] | None = None
) -> dict[int, dict[dt.date, Decimal]]:
    """Productive hours per activity and day (for hourly rates that change on a day)."""
    query = (
        select(t.HourRow.activity_id, t.HourRow.date, func.sum(t.HourRow.hours))
        .where(t.HourRow.date.between(period.start, period.end))
        .group_by(t.HourRow.activity_id, t.HourRow.date)
    )
    if activity_ids is not None:
        query = query.where(t.HourRow.activity_id.in_(sorted(set(activity_ids))))
    result: dict[int, dict[dt.date, Decimal]] = defaultdict(dict)
    for a, d, h in session.execute(query):
        result[a][d] = exact(h)
    return result


def guidance_hours(
    session: Session, period: Period | list[Period]
) -> list[tuple[int, int | None, str, dt.date, Decimal]]:
    """(worker id, activity id or None, coach, first of month, hours) of guidance.

    Per month, in the order of worker, activity and coach, like :func:`productive_hours`.
    """
    g = t.GuidanceRow
    result: list[tuple[int, int | None, str, dt.date, Decimal]] = []
    connection = session.connection()
    for month in _months(period):
        query = (
            select(g.worker_id, g.activity_id, g.coach, cents_sum(g.hours))
            .where(g.date.between(month.start, month.end))
            .group_by(g.worker_id, g.activity_id, g.coach)
            .order_by(g.worker_id, g.activity_id.nulls_first(), g.coach)
        )
        first = month.start.replace(day=1)
        rows = connection.execute(query).all()
        result.extend((w, a, c, first, from_cents(h)) for w, a, c, h in rows)
    return result


def _months(period: Period | list[Period]) -> list[Period]:
    return period.months() if isinstance(period, Period) else period

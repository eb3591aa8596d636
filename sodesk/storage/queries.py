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
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from sodesk.domain.period import Period
from sodesk.storage import tables as t

HUNDREDTH = Decimal("0.01")


def exact(value: Any, quantum: Decimal = HUNDREDTH) -> Decimal:
    """A SQL sum as an exact Decimal at the column's scale (0 for NULL)."""
    if value is None:
        return Decimal(0)
    if not isinstance(value, Decimal):
        value = Decimal(repr(float(value)))
    return value.quantize(quantum)


def month_of(session: Session, column: Any) -> ColumnElement[str]:
    """'YYYY-MM' of a date column, in the database's own dialect."""
    if session.get_bind().dialect.name == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


@lru_cache(maxsize=1024)
def month_start(key: str) -> dt.date:
    year, month = key.split("-")
    return dt.date(int(year), int(month), 1)


def productive_hours(session: Session, period: Period) -> list[tuple[int, int, dt.date, Decimal]]:
    """(worker id, activity id, first of month, hours) for every worker-activity-month."""
    month = month_of(session, t.HourRow.date).label("month")
    query = (
        select(t.HourRow.worker_id, t.HourRow.activity_id, month, func.sum(t.HourRow.hours))
        .where(t.HourRow.date.between(period.start, period.end))
        .group_by(t.HourRow.worker_id, t.HourRow.activity_id, month)
    )
    # fetched in parts: one fetch of every row would hold the GIL long enough for the
    # window (whose report runs in a thread) to stall visibly
    result = session.execute(query.execution_options(yield_per=5000))
    return [(w, a, month_start(m), exact(h)) for w, a, m, h in result]


def hours_per_day(
    session: Session, period: Period, worker_ids: Iterable[int]
) -> dict[tuple[int, int], dict[dt.date, Decimal]]:
    """Daily hours per (worker, activity) for a few workers (where a value changes mid-month)."""
    ids = sorted(set(worker_ids))
    result: dict[tuple[int, int], dict[dt.date, Decimal]] = defaultdict(dict)
    for start in range(0, len(ids), 500):
        query = select(
            t.HourRow.worker_id, t.HourRow.activity_id, t.HourRow.date, t.HourRow.hours
        ).where(
            t.HourRow.date.between(period.start, period.end),
            t.HourRow.worker_id.in_(ids[start : start + 500]),
        )
        for w, a, d, h in session.execute(query):
            result[(w, a)][d] = exact(h)
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
    session: Session, period: Period
) -> list[tuple[int, int | None, str, dt.date, Decimal]]:
    """(worker id, activity id or None, coach, first of month, hours) of guidance."""
    month = month_of(session, t.GuidanceRow.date).label("month")
    query = (
        select(
            t.GuidanceRow.worker_id,
            t.GuidanceRow.activity_id,
            t.GuidanceRow.coach,
            month,
            func.sum(t.GuidanceRow.hours),
        )
        .where(t.GuidanceRow.date.between(period.start, period.end))
        .group_by(t.GuidanceRow.worker_id, t.GuidanceRow.activity_id, t.GuidanceRow.coach, month)
    )
    return [(w, a, c, month_start(m), exact(h)) for w, a, c, m, h in session.execute(query)]

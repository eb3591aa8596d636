"""Stored month results in the database: computed when a month is closed, read by the reports.

A stored month is taken by the company run as it is (:func:`sodesk.engine.run.run`'s
``stored``), so a report over closed months reads a dozen rows instead of a year of hour
rows, and gives the same figures later even where a rule changed since (the rows keep the
rules version they were computed under).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from sodesk.domain.period import Period
from sodesk.engine.snapshot import MonthResult, compute_month, decode, encode
from sodesk.storage import tables as t
from sodesk.storage.company_source import CompanySource


@dataclass(frozen=True)
class StoredMonth:
    """What the list of stored months shows of one, without opening its data."""

    month: dt.date
    rules_version: str
    inputs: str
    stored_at: dt.datetime
    size: int  # bytes of its compressed data


def _firsts(months: Iterable[Period | dt.date]) -> list[dt.date]:
    """The first days of the calendar months of ``months`` (periods or days), sorted."""
    firsts: set[dt.date] = set()
    for month in months:
        if isinstance(month, Period):
            firsts.update(m.start.replace(day=1) for m in month.months())
        else:
            firsts.add(month.replace(day=1))
    return sorted(firsts)


def store_month_results(
    session: Session, months: Iterable[Period | dt.date]
) -> list[MonthResult]:
    """Compute each calendar month of ``months`` alone and store (or replace) its result.

    Everything is read through ``session`` (in its transaction); the caller commits.
    """
    source = CompanySource(session)
    facts = source.company()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    results = []
    firsts = _firsts(months)
    drop_month_results(session, firsts)
    for first in firsts:
        result = compute_month(source, facts, Period.month_of(first))
        session.add(
            t.MonthResultRow(
                month=first,
                rules_version=result.rules_version,
                inputs=result.inputs,
                stored_at=now,
                data=encode(result),
            )
        )
        results.append(result)
    session.flush()
    return results


def drop_month_results(session: Session, months: Iterable[Period | dt.date]) -> int:
    """Remove the stored results of ``months``; the number of months removed."""
    firsts = _firsts(months)
    if not firsts:
        return 0
    row = t.MonthResultRow
    done = cast(CursorResult[Any], session.execute(delete(row).where(row.month.in_(firsts))))
    return int(done.rowcount or 0)


def load_month_results(session: Session, period: Period) -> dict[dt.date, MonthResult]:
    """The stored results of the calendar months ``period`` covers, per first of month."""
    row = t.MonthResultRow
    query = select(row.month, row.data).where(
        row.month.between(period.start.replace(day=1), period.end)
    )
    return {month: decode(data) for month, data in session.execute(query)}


def has_month_results(session: Session, period: Period) -> bool:
    """Whether any calendar month ``period`` covers has stored results."""
    row = t.MonthResultRow
    query = select(row.month).where(row.month.between(period.start.replace(day=1), period.end))
    return session.execute(query.limit(1)).first() is not None


def stored_months(session: Session) -> list[StoredMonth]:
    """Every stored month, oldest first, without decoding its data."""
    row = t.MonthResultRow
    size = func.length(row.data)
    query = select(row.month, row.rules_version, row.inputs, row.stored_at, size)
    return [StoredMonth(*found) for found in session.execute(query.order_by(row.month))]

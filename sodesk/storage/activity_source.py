"""What the activity report reads beside the company run: activities, rates and entries.

Why apart: the report (:func:`sodesk.reports.activities.activity_report`) is then a builder
over the run and these plain records (:mod:`sodesk.storage.records`) and never touches a
session.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.enums import WorkType
from sodesk.domain.period import Period
from sodesk.domain.revenue import PeriodAmount, PeriodPieces, RateAgreement, changes_mid_month
from sodesk.storage import queries
from sodesk.storage import tables as t
from sodesk.storage.records import ActivityRecord, ActivityRecords


def period_entries(
    session: Session, row_class: type[t.PeriodEntryRow], value: str, period: Period
) -> dict[int, list[Any]]:
    """Period entries (invoices, purchases, production) that overlap the period, by activity."""
    result: dict[int, list[Any]] = defaultdict(list)
    query = select(row_class).where(
        row_class.period_start <= period.end,
        row_class.period_end >= period.start,
    )
    for row in session.scalars(query):
        span = Period(row.period_start, row.period_end)
        amount = getattr(row, value)
        item = PeriodPieces(span, amount) if value == "pieces" else PeriodAmount(span, amount)
        result[row.activity_id].append(item)
    return result


def read_activity_records(session: Session, period: Period) -> ActivityRecords:
    """Everything the activity report of ``period`` reads besides the company run."""
    invoices = period_entries(session, t.RevenueRow, "amount", period)
    purchases = period_entries(session, t.PurchaseRow, "amount", period)
    production = period_entries(session, t.ProductionRow, "pieces", period)
    rates: dict[int, list[RateAgreement]] = defaultdict(list)
    for rate in session.scalars(select(t.RateRow).order_by(t.RateRow.valid_from)):
        rates[rate.activity_id].append(
            RateAgreement(rate.valid_from, rate.valid_to, rate.unit, rate.price)
        )
    exact_days = [a for a, r in rates.items() if changes_mid_month(r)]
    daily = queries.activity_hours_per_day(session, period, exact_days) if exact_days else {}
    activities = [
        ActivityRecord(activity.id, activity.code, activity.name, activity.work_type, client)
        for activity, client in session.execute(
            select(t.ActivityRow, t.ClientRow.name).join(t.ClientRow).order_by(t.ActivityRow.code)
        )
    ]
    work_types = activity_work_types(session)
    return ActivityRecords(
        activities, work_types, invoices, purchases, production, rates, dict(daily)
    )


def activity_work_types(session: Session) -> dict[int, WorkType]:
    """Every activity's work type by id."""
    return dict(session.execute(select(t.ActivityRow.id, t.ActivityRow.work_type)).all())

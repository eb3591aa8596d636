"""The activity card's months from one company run equal the activity report month by month.

Why: the month tab once ran the report twelve times; it now runs the company once over the
period and splits the months from what the run attributed. Each month's figures must be
those of the report over that month alone, on SQLite and PostgreSQL, for whole months and
for a period that starts and ends inside a month, with a rate that changes mid-month
(revenue priced per day) among them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from sodesk.domain.enums import RateUnit
from sodesk.domain.period import Period
from sodesk.domain.revenue import changes_mid_month
from sodesk.services.activity_months import activity_months
from sodesk.services.demo import fill_demo
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.storage.activity_source import read_activity_records
from sodesk.storage.database import transaction

YEAR = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
PART = Period(dt.date(2025, 3, 15), dt.date(2025, 8, 20))
NEW_PRICE_FROM = dt.date(2025, 6, 15)


@pytest.fixture
def demo(database_url: str) -> Iterator[Workspace]:
    """The 40-worker demo with one hourly rate that changes on 15 June 2025."""
    workspace = open_workspace(database_url)
    with transaction(workspace.sessions) as session:
        fill_demo(session, workers=40, seed=5, end_year=2025)
        rate = session.scalars(
            select(t.RateRow)
            .where(t.RateRow.unit == RateUnit.HOUR, t.RateRow.valid_to.is_(None))
            .where(t.RateRow.valid_from < NEW_PRICE_FROM)
            .order_by(t.RateRow.activity_id)
        ).first()
        assert rate is not None, "the demo has an open hourly rate"
        rate.valid_to = NEW_PRICE_FROM - dt.timedelta(days=1)
        session.add(
            t.RateRow(
                activity_id=rate.activity_id,
                valid_from=NEW_PRICE_FROM,
                valid_to=None,
                unit=RateUnit.HOUR,
                price=rate.price + 7,
            )
        )
    try:
        yield workspace
    finally:
        workspace.close()


def _month_by_month(workspace: Workspace, period: Period) -> dict[str, dict[Period, object]]:
    """The old way: the activity report run over each month of the period."""
    found: dict[str, dict[Period, object]] = {}
    with workspace.sessions() as session:
        for month in period.months():
            for line in build_activity_report(session, month, workspace.company_name()).lines:
                found.setdefault(line.code, {})[month] = line
    return found


@pytest.mark.parametrize("period", [YEAR, PART], ids=["year", "part-months"])
def test_each_month_equals_the_report_over_that_month(demo: Workspace, period: Period) -> None:
    with demo.sessions() as session:
        records = read_activity_records(session, period)
    changing = [a for a, rates in records.rates.items() if changes_mid_month(rates)]
    assert changing and records.hours_per_day, "a rate changes mid-month and is priced per day"

    months = activity_months(demo, period)
    expected = _month_by_month(demo, period)

    assert set(months) == set(expected)
    shown = 0
    for code, lines in months.items():
        assert [line.month for line in lines] == period.months()
        for line in lines:
            assert line.figures == expected[code].get(line.month), (code, line.month)
            shown += line.figures is not None
    assert shown > 3 * len(period.months()), "many lines have figures in many months"
    assert any(code.startswith("non-productive") for code in months)


def test_a_cancelled_job_stops_between_months(demo: Workspace) -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    months = activity_months(demo, YEAR, cancelled)
    assert months, "the first two months were built"
    for lines in months.values():
        assert all(line.figures is None for line in lines[2:])

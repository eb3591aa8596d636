"""The period the window opens with: the latest period with hours whose figures are complete.

Why: a new user who entered one week of next year's hours must not be greeted by that year's
figures without wage cost (no company year yet) as if they were real. The window opens on
the latest whole year with hours and no missing parameter, else the latest such quarter,
else month; only when no period with hours is complete, on the newest year with hours.

Cheap on purpose (it runs before the window shows): per candidate period one query for the
activities worked on (an index range) and one for any guidance; no company run. Mostly the
first candidate decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.completeness import period_gaps, period_use
from sodesk.domain.period import Period
from sodesk.services.workspace import Workspace, opening_period, years_with_hours
from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set
from sodesk.storage.worker_facts import load_workers


def _activities_worked(session: Session, period: Period) -> set[int]:
    """The activities with productive hours in ``period`` (an index range, no grouping)."""
    query = (
        select(t.HourRow.activity_id)
        .distinct()
        .where(t.HourRow.date.between(period.start, period.end), t.HourRow.hours != 0)
    )
    return set(session.scalars(query))


def _guided(session: Session, period: Period) -> bool:
    query = select(t.GuidanceRow.id).where(
        t.GuidanceRow.date.between(period.start, period.end), t.GuidanceRow.hours != 0
    )
    return session.scalars(query.limit(1)).first() is not None


def candidates(years: list[int]) -> Iterator[Period]:
    """Each year newest first, then its quarters and its months, the newest first."""
    for year in sorted(years, reverse=True):
        yield Period.year(year)
        for quarter in range(4, 0, -1):
            start = dt.date(year, 3 * quarter - 2, 1)
            yield Period(start, Period.month_of(dt.date(year, 3 * quarter, 1)).end)
        for month in range(12, 0, -1):
            yield Period.month_of(dt.date(year, month, 1))


def complete_opening_period(workspace: Workspace) -> Period:
    """The latest whole year, else quarter, else month with hours and no missing parameter."""
    years = years_with_hours(workspace)
    if not years:
        return opening_period(years)
    with workspace.sessions() as session:
        params = load_parameter_set(session)
        municipalities = load_municipality_terms(session)
        facts = [w.facts for w in load_workers(session, municipalities).values()]
        work_types = dict(session.execute(select(t.ActivityRow.id, t.ActivityRow.work_type)).all())
        idle_years: set[int] = set()
        for period in candidates(years):  # each inside one year, the whole year first
            if period.start.year in idle_years:
                continue
            worked = _activities_worked(session, period)
            if not worked:
                if period == Period.year(period.start.year):
                    idle_years.add(period.start.year)  # nor any of its quarters and months
                continue
            use = period_use(
                period,
                params,
                facts,
                {(period.start.year, work_types[a]) for a in worked},
                [period.start.year] if _guided(session, period) else [],
            )
            if not period_gaps(period, params, municipalities.values(), use):
                return period
    return opening_period(years)

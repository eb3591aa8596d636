"""Month closing (maandafsluiting): check, close through a month, reopen, list; and the one
place that turns the database's refusal of a change inside a closed month into a message.

Closing month M closes M and every earlier open month from the first month with data;
reopening M reopens M and every later closed month, so the closed months are always one run
from the start and one date decides what is closed (storage/periods.py).

Before closing, :func:`check` lists what is incomplete in the months to close: the reports'
``incomplete`` list (parameters missing or past their horizon), hours of workers on days
without a placement, and work-floor guidance without an activity. Closing with such problems
needs an explicit confirmation (``confirmed``: ``--force`` on the command line, a second
button in the window): a controller may close a month knowing a parameter will come late,
but never by accident.

The refusal itself is decided by the database (triggers of migration 0008 on SQLite and
PostgreSQL), so a save through any service, an import, another desk or a SQL client is refused
alike; :func:`install_guard` maps the trigger's error, on every statement of the workspace's
engine, to :class:`ClosedMonthError` naming the month and how to reopen it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, and_, event, exists, func, select
from sqlalchemy.orm import Session

from sodesk.domain.completeness import box_lines
from sodesk.domain.display import date_nl, month_nl
from sodesk.domain.enums import GuidanceKind
from sodesk.domain.period import ONE_DAY, Period, add_months
from sodesk.domain.validation import Finding
from sodesk.reports.completeness import gaps_of
from sodesk.services.errors import InputRejected
from sodesk.services.permissions import Action, PermissionDenied, require
from sodesk.services.report_data import run_company
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import periods as store
from sodesk.storage import tables as t
from sodesk.storage.activity_source import activity_work_types
from sodesk.storage.database import transaction
from sodesk.storage.month_results import drop_month_results, store_month_results

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


class ClosedMonthError(store.MonthClosed, InputRejected):
    """A change would move a closed month's figures; the message says which month and how to
    reopen it (Dutch). An :class:`InputRejected` too, with one finding ``month.closed``, so
    every form that shows a refused input shows this one the same way."""

    def __init__(self, month: dt.date | None, message: str | None = None) -> None:
        self.month = month
        text = message or store.refusal_text(month)
        given = {"month": month} if message is None and month is not None else {}
        self.findings = (Finding("month.closed", text, None, month, arguments=given),)
        ValueError.__init__(self, text)


class PeriodProblem(ValueError):
    """A close or reopen that cannot be done as asked (no reason, a month with nothing to
    do); the message is Dutch."""


class IncompleteMonths(ValueError):
    """Closing found problems and was not confirmed; ``lines`` lists them (Dutch)."""

    def __init__(self, through: dt.date, lines: list[str]) -> None:
        super().__init__(f"{month_nl(through)}: {len(lines)} punt(en) onvolledig")
        self.through, self.lines = through, lines


@dataclass(frozen=True)
class MonthStatus:
    """One month as the Periodes tab (Instellingen) and ``sodesk period list`` show it."""

    month: dt.date
    closed: bool
    closed_at: dt.datetime | None = None
    closed_by: str | None = None

    @property
    def key(self) -> str:
        return self.month.strftime("%Y-%m")


# ---------------------------------------------------------------- the guard


def _values_in(parameters: Any) -> Iterable[Any]:
    """Every value among a statement's parameters (one row's or many rows')."""
    if isinstance(parameters, dict):
        parameters = list(parameters.values())
    if isinstance(parameters, list | tuple):
        for value in parameters:
            yield from _values_in(value)
    else:
        yield parameters


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _month_of_refusal(context: Any, refusal: store.TriggerRefusal) -> dt.date | None:
    """The closed month a refusal concerns: the trigger's date (PostgreSQL), else the earliest
    closed day among the statement's values or of the rows it names by id (SQLite); never
    before the first closed month."""
    values = list(_values_in(context.parameters))
    try:
        with context.engine.connect() as connection:
            first, last = connection.execute(
                select(func.min(t.ClosedMonthRow.month), func.max(t.ClosedMonthRow.month))
            ).one()
            day = refusal.day
            if day is None and first is not None:
                days = [d for d in map(_day, values) if d is not None]
                if not days:
                    ids = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
                    found = store.day_of_rows(connection, refusal.table, ids)
                    days = [found] if found else []
                closed = [d for d in days if d < add_months(last, 1)]
                day = min(closed) if closed else first
    except Exception:  # the database is not reachable again: the message names no month
        return store.first_of_month(refusal.day) if refusal.day else None
    if first is None or day is None:
        return None
    earliest: dt.date = first  # the first closed month
    return max(store.first_of_month(day), earliest)


def _translate(context: Any) -> None:
    refusal = store.trigger_refusal(context.original_exception)
    if refusal is None:
        return
    month = _month_of_refusal(context, refusal)
    raise ClosedMonthError(month) from context.original_exception


def install_guard(engine: Engine) -> None:
    """Refusals of the closed-month triggers raise :class:`ClosedMonthError` on ``engine``."""
    if not event.contains(engine, "handle_error", _translate):
        event.listen(engine, "handle_error", _translate)


# ---------------------------------------------------------------- listing and checking


def month_statuses(workspace: Workspace) -> list[MonthStatus]:
    """Every month from the first with data (or closed) to the last, oldest first."""
    with workspace.sessions() as session:
        closed = {c.month: c for c in store.closed_months(session)}
        first, last = store.data_span(session)
    starts = [d for d in (first, min(closed, default=None)) if d is not None]
    ends = [d for d in (last, max(closed, default=None)) if d is not None]
    if not starts:
        return []
    month, end = store.first_of_month(min(starts)), store.first_of_month(max(ends))
    statuses: list[MonthStatus] = []
    while month <= end:
        row = closed.get(month)
        if row is None:
            statuses.append(MonthStatus(month, False))
        else:
            statuses.append(MonthStatus(month, True, row.closed_at, row.closed_by))
        month = add_months(month, 1)
    return statuses


def _to_close(session: Session, through: dt.date) -> Period | None:
    """The open months a close through ``through`` would close (None: all closed already)."""
    start = store.boundary(session)
    if start is None:
        first, _last = store.data_span(session)
        start = store.first_of_month(min(first or through, through))
    end = add_months(store.first_of_month(through), 1) - ONE_DAY
    return Period(start, end) if start <= end else None


def check(workspace: Workspace, through: dt.date) -> list[str]:
    """What is incomplete in the months a close through ``through`` would close (Dutch lines;
    empty: nothing found)."""
    with workspace.sessions() as session:
        period = _to_close(session, through)
        if period is None:
            return []
        lines = box_lines(gaps_of(run_company(session, period), activity_work_types(session)))
        lines += _hours_without_placement(session, period)
        lines += _guidance_without_activity(session, period)
    return lines


def _hours_without_placement(session: Session, period: Period) -> list[str]:
    placed = exists().where(
        t.PlacementRow.worker_id == t.HourRow.worker_id,
        t.PlacementRow.start_date <= t.HourRow.date,
        (t.PlacementRow.end_date.is_(None)) | (t.PlacementRow.end_date >= t.HourRow.date),
    )
    rows = session.execute(
        select(t.WorkerRow.personnel_number, func.count(), func.min(t.HourRow.date))
        .join(t.WorkerRow, t.WorkerRow.id == t.HourRow.worker_id)
        .where(t.HourRow.date.between(period.start, period.end), t.HourRow.hours > 0, ~placed)
        .group_by(t.WorkerRow.personnel_number)
        .order_by(t.WorkerRow.personnel_number)
    ).all()
    return [
        f"Medewerker {number}: {count} urenregel(s) op dagen zonder plaatsing "
        f"(eerste {date_nl(first)})"
        for number, count, first in rows
    ]


def _guidance_without_activity(session: Session, period: Period) -> list[str]:
    count, first = session.execute(
        select(func.count(), func.min(t.GuidanceRow.date)).where(
            and_(
                t.GuidanceRow.date.between(period.start, period.end),
                t.GuidanceRow.kind == GuidanceKind.WORK_FLOOR,
                t.GuidanceRow.activity_id.is_(None),
            )
        )
    ).one()
    if not count:
        return []
    return [
        f"{count} regel(s) werkvloerbegeleiding zonder activiteit (eerste {date_nl(first)})"
    ]


# ---------------------------------------------------------------- closing and reopening


def _store_results(session: Session, months: list[dt.date]) -> None:
    """Store the closed months' worker-month results in the closing's transaction: the
    months close with the figures they have at this moment, or not at all."""
    store_month_results(session, months)


def _drop_results(session: Session, months: list[dt.date]) -> None:
    """Drop the reopened months' stored results in the reopening's transaction: the reports
    compute them live again, under today's rules and data."""
    drop_month_results(session, months)


def _token(who: SignedIn | None) -> str | None:
    return None if who is None else who.token


def close_through(
    workspace: Workspace, who: SignedIn | None, through: dt.date, *, confirmed: bool = False
) -> list[dt.date]:
    """Close ``through``'s month and every earlier open month; the months closed.

    Raises:
        PermissionDenied: the role may not close months.
        IncompleteMonths: :func:`check` found problems and ``confirmed`` is false.
        PeriodProblem: every month through ``through`` is closed already.
    """
    require(who, Action.CLOSE_MONTHS)
    with workspace.sessions() as session:
        period = _to_close(session, through)
        first = store.data_span(session)[0]
    if period is None:
        raise PeriodProblem(f"{month_nl(through)} is al afgesloten.")
    if not confirmed:
        lines = check(workspace, through)
        if lines:
            raise IncompleteMonths(through, lines)
    start = min(period.start, first) if first else period.start
    try:
        with transaction(workspace.sessions) as session:
            # the closing's first statement writes: it takes the write lock (SQLite) or waits
            # for and holds off every desk's change of a guarded table (PostgreSQL)
            months = store.close_months(session, start, through, _token(who))
            _store_results(session, months)
    except PermissionError:
        raise PermissionDenied(
            "De database weigert: alleen een controller of beheerder sluit maanden af.",
            Action.CLOSE_MONTHS,
        ) from None
    return months


def reopen(
    workspace: Workspace, who: SignedIn | None, month: dt.date, reason: str
) -> list[dt.date]:
    """Reopen ``month`` and every later closed month, with a reason (audited); the months
    reopened.

    Raises:
        PermissionDenied: the role may not reopen months.
        PeriodProblem: no reason, or ``month`` is not closed.
    """
    require(who, Action.REOPEN_MONTHS)
    reason = reason.strip()
    if not reason:
        raise PeriodProblem("Geef een reden op om een maand te heropenen.")
    try:
        with transaction(workspace.sessions) as session:
            months = store.reopen_months(session, month, reason, _token(who))
            if not months:
                raise PeriodProblem(f"{month_nl(month)} is niet afgesloten.")
            _drop_results(session, months)
    except PermissionError:
        raise PermissionDenied(
            "De database weigert: alleen een controller of beheerder heropent maanden.",
            Action.REOPEN_MONTHS,
        ) from None
    return months

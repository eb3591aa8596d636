"""Closed months in the database: which are closed, closing and reopening them, and reading
a refusal of the database's triggers (migration 0008).

The closed months are contiguous from the first month with data, so one date decides: the
boundary, the first day after the last closed month. Everything dated before it is closed.

On PostgreSQL a desk's login cannot write ``closed_months``: closing and reopening go through
one SECURITY DEFINER function (``sodesk_period``) that checks the signed-in role
(administrator or controller) from the sign-in token, holds off concurrent saves while
closing, and writes the audit log. On
SQLite, one person's file, the same happens here against the table; the first statement of a
closing is its write, so SQLite's single writer lock is taken before anything is read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, func, insert, select, text, union_all
from sqlalchemy.orm import Session

from sodesk.domain.display import month_nl
from sodesk.domain.period import add_months
from sodesk.storage import tables as t
from sodesk.storage.audit import write_audit_event
from sodesk.storage.base import Base

#: how the triggers' refusals begin; PostgreSQL adds the table and the date, SQLite the table
TRIGGER_MESSAGE = "sodesk: month closed"
TRIGGER_SQLSTATE = "SD001"
_REFUSAL = re.compile(r"sodesk: month closed \((\w+)(?:, (\d{4}-\d{2}-\d{2}))?\)")
DENIED = -1


class MonthClosed(ValueError):
    """A change would move a closed month's figures; ``message`` names the month and how to
    reopen it (Dutch). services/periods.py raises it for every refusal of the triggers."""

    def __init__(self, month: dt.date | None, message: str | None = None) -> None:
        self.month = month
        self.message = message or refusal_text(month)
        super().__init__(self.message)


def refusal_text(month: dt.date | None) -> str:
    """The Dutch message of a refused change (one wording for window, command line, import)."""
    named = f"De maand {month_nl(month)} is afgesloten" if month else "De maand is afgesloten"
    key = month.strftime("%Y-%m") if month else "JJJJ-MM"
    return (
        f"{named} (maandafsluiting): deze wijziging zou de cijfers ervan veranderen en is "
        "niet opgeslagen. Een controller of beheerder kan de maand heropenen (Instellingen > "
        f"Periodes, of: sodesk period reopen {key} --reason TEKST)."
    )


@dataclass(frozen=True)
class TriggerRefusal:
    """What a trigger refused: the table, and the date it named (PostgreSQL only)."""

    table: str
    day: dt.date | None


@dataclass(frozen=True)
class ClosedMonth:
    month: dt.date
    closed_at: dt.datetime
    closed_by: str


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def closed_months(session: Session) -> list[ClosedMonth]:
    rows = session.scalars(select(t.ClosedMonthRow).order_by(t.ClosedMonthRow.month))
    return [ClosedMonth(r.month, r.closed_at, r.closed_by) for r in rows]


def boundary(session: Session) -> dt.date | None:
    """The first day after the last closed month (None: no month is closed)."""
    last = session.scalar(select(func.max(t.ClosedMonthRow.month)))
    return None if last is None else add_months(last, 1)


def data_span(session: Session) -> tuple[dt.date | None, dt.date | None]:
    """The first and the last day with hours or guidance (the months there are to close)."""
    days = union_all(
        select(func.min(t.HourRow.date).label("d")),
        select(func.max(t.HourRow.date)),
        select(func.min(t.GuidanceRow.date)),
        select(func.max(t.GuidanceRow.date)),
    ).subquery()
    first, last = session.execute(select(func.min(days.c.d), func.max(days.c.d))).one()
    return first, last


def close_months(
    session: Session, first: dt.date, through: dt.date, token: str | None
) -> list[dt.date]:
    """Close every month from ``first`` through ``through`` not closed yet; the months
    closed, oldest first. Raises PermissionError when the database refuses the caller."""
    first, through = first_of_month(min(first, through)), first_of_month(through)
    if session.get_bind().dialect.name == "postgresql":
        count = _period(session, token, "close", first, through, None)
        return _newest(session, count, through)
    closed: list[dt.date] = []
    now = dt.datetime.now().replace(microsecond=0)
    user = str(session.info.get("user", "systeem"))[:80]
    month = first
    while month <= through:
        written = session.execute(
            insert(t.ClosedMonthRow)
            .prefix_with("OR IGNORE")
            .values(month=month, closed_at=now, closed_by=user)
        )
        if cast(CursorResult[Any], written).rowcount:  # an INSERT's result counts its rows
            closed.append(month)
            write_audit_event(
                session, "closed_months", month.strftime("%Y-%m"), "close",
                field="month", old="open", new="afgesloten",
            )  # fmt: skip
        month = add_months(month, 1)
    return closed


def _period(
    session: Session,
    token: str | None,
    action: str,
    start: dt.date,
    through: dt.date | None,
    reason: str | None,
) -> int:
    """PostgreSQL: close or reopen through migration 0008's definer function; the number of
    months. Raises PermissionError when the database refuses the caller."""
    count = session.scalar(
        text("SELECT sodesk_period(:token, :action, :start, :through, :reason)"),
        {"token": token, "action": action, "start": start, "through": through, "reason": reason},
    )
    if count == DENIED:
        raise PermissionError(f"{action} months")
    return int(count or 0)


def _newest(session: Session, count: int, through: dt.date) -> list[dt.date]:
    if not count:
        return []
    months = session.scalars(
        select(t.ClosedMonthRow.month)
        .where(t.ClosedMonthRow.month <= through)
        .order_by(t.ClosedMonthRow.month.desc())
        .limit(count)
    ).all()
    return sorted(months)


def reopen_months(
    session: Session, start: dt.date, reason: str, token: str | None
) -> list[dt.date]:
    """Reopen ``start``'s month and every later closed month (audited with ``reason``); the
    months reopened. Raises PermissionError when the database refuses the caller."""
    start = first_of_month(start)
    if session.get_bind().dialect.name == "postgresql":
        months = session.scalars(
            select(t.ClosedMonthRow.month).where(t.ClosedMonthRow.month >= start)
        ).all()
        count = _period(session, token, "reopen", start, None, reason)
        return sorted(months)[:count]
    rows = session.scalars(
        select(t.ClosedMonthRow)
        .where(t.ClosedMonthRow.month >= start)
        .order_by(t.ClosedMonthRow.month)
    ).all()
    for row in rows:
        session.delete(row)
        write_audit_event(
            session, "closed_months", row.month.strftime("%Y-%m"), "reopen",
            field="month", old="afgesloten", new="open", reason=reason,
        )  # fmt: skip
    session.flush()
    return [row.month for row in rows]


#: table -> how a row's day is found from its id: (table, column, key) for a day the row has,
#: ("hours", "date", column) for master data whose hours rest on it (the earliest hour)
_DAY_BY_ID: dict[str, tuple[str, str, str]] = {
    **{
        name: (name, column, "id")
        for name, column in (
            ("hours", "date"),
            ("guidance", "date"),
            ("production", "period_start"),
            ("revenue", "period_start"),
            ("purchases", "period_start"),
            ("wage_values", "measured_on"),
            ("rates", "valid_from"),
            ("employments", "start_date"),
            ("placements", "start_date"),
        )
    },
    "workers": ("hours", "date", "worker_id"),
    "activities": ("hours", "date", "activity_id"),
}


def day_of_rows(connection: Connection, table: str, ids: list[int]) -> dt.date | None:
    """The earliest day of the rows ``ids`` of ``table`` (None when there is no such row):
    what a refusal names when the refused statement carried no date (SQLite)."""
    if table not in _DAY_BY_ID or not ids:
        return None
    source, column, key = _DAY_BY_ID[table]
    found = Base.metadata.tables[source]
    day: dt.date | str | None = connection.scalar(
        select(func.min(found.c[column])).where(found.c[key].in_(ids))
    )
    if isinstance(day, str):
        day = dt.date.fromisoformat(day[:10])
    return day


def trigger_refusal(error: BaseException) -> TriggerRefusal | None:
    """The refusal a closed-month trigger raised, when ``error`` (a DBAPI error) is one."""
    found = _REFUSAL.search(str(error))
    if found is None:
        return None
    day = dt.date.fromisoformat(found.group(2)) if found.group(2) else None
    return TriggerRefusal(found.group(1), day)

"""Urenregistratie per week (hours per week): the team leader's grid, read and saved at once.

The desktop's hours page reads a week of one activity (or of one work type, a team) through
:func:`load_week` and writes it through :func:`save_week`. A save is one transaction and obeys
the same rules as the import of hours.csv (storage/imports/work.py): 0-24 hours a row, at most
24 hours per worker per day across every activity (hours already stored on other activities
count), and a day inside an employment; on any problem nothing is written and every problem
is told, naming worker, day and value. A cell that is emptied or set to zero removes its row.

The contract hours of a week are the domain's paid hours (R2, betaalde uren: contract x days
employed / 7, per employment). Rows leave here as frozen dataclasses, never as ORM objects.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain import display
from sodesk.domain.enums import WorkType
from sodesk.domain.money import ZERO
from sodesk.domain.period import ONE_DAY
from sodesk.domain.subsidy import paid_hours
from sodesk.domain.validation import (
    Finding,
    check_date_in_employment,
    check_day_total,
    check_hours,
)
from sodesk.services.errors import REFUSED, InputRejected
from sodesk.services.guidance import HUNDREDTH, WORKER_NAMED, parse_duration
from sodesk.services.permissions import Action, caseload_only, is_own, require, require_for
from sodesk.services.users import SignedIn
from sodesk.storage import tables as t
from sodesk.storage.database import transaction

DAYS = 7
WEEKDAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
Week = tuple[Decimal | None, ...]


def week_start(day: dt.date) -> dt.date:
    """The Monday of the ISO week that holds ``day``."""
    return day - dt.timedelta(days=day.weekday())


def week_days(monday: dt.date) -> list[dt.date]:
    return [monday + dt.timedelta(days=i) for i in range(DAYS)]


def day_text(day: dt.date) -> str:
    """'di 04-03-2025': the day as messages name it."""
    return f"{WEEKDAYS_NL[day.weekday()]} {display.date_nl(day)}"


def parse_hours(text: str) -> Decimal | None:
    """Hours as typed in a cell: ``7,5``, ``7.5`` or ``7:30``; empty is None (no hours).

    Raises:
        ValueError: with a Dutch message naming the value, for text that is no number of
            hours (the range 0-24 is checked by the caller, which knows worker and day).
    """
    if not text.strip():
        return None
    return parse_duration(text)


@dataclass(frozen=True, slots=True)
class ActivityOption:
    """An activity to choose in the week grid."""

    id: int
    code: str
    name: str
    work_type: WorkType


@dataclass(frozen=True, slots=True)
class WeekLine:
    """One row of the week grid: a worker on an activity, Monday to Sunday.

    Attributes:
        employed: per day, whether the day lies inside one of the worker's employments.
        hours: per day, the stored hours on this activity (None: no row).
        previous: per day, the hours on this activity in the week before.
        other_hours: per day, the worker's stored hours on activities without a row in
            this grid (they count toward the 24 hours of a day and the week's total).
        contract_hours: the paid hours of the week (R2: contract x days employed / 7).
    """

    worker_id: int
    personnel_number: str
    name: str
    activity_id: int
    activity_code: str
    employed: tuple[bool, ...]
    hours: Week
    previous: Week
    other_hours: tuple[Decimal, ...]
    contract_hours: Decimal


@dataclass(frozen=True)
class WeekView:
    """A week of one activity or one work type, read in one session."""

    monday: dt.date
    lines: list[WeekLine]


@dataclass(frozen=True, slots=True)
class HourCell:
    """A cell to save: None or zero removes the row of (worker, activity, date)."""

    worker_id: int
    activity_id: int
    date: dt.date
    hours: Decimal | None


@dataclass(frozen=True, slots=True)
class SaveSummary:
    written: int
    deleted: int


# -- reading -----------------------------------------------------------------------------------
def activity_options(session: Session) -> list[ActivityOption]:
    rows = session.execute(
        select(
            t.ActivityRow.id, t.ActivityRow.code, t.ActivityRow.name, t.ActivityRow.work_type
        ).order_by(t.ActivityRow.code)
    )
    return [ActivityOption(*row) for row in rows]


def _exact(value: object) -> Decimal:
    return Decimal(str(value)).quantize(HUNDREDTH)


def _pairs(
    session: Session, monday: dt.date, activity_id: int | None, work_type: WorkType | None
) -> set[tuple[int, int]]:
    """(worker, activity) of the grid: placements in force that week, and hours that week."""
    sunday = monday + dt.timedelta(days=DAYS - 1)
    p = t.PlacementRow
    placed = select(p.worker_id, p.activity_id).where(
        p.activity_id.is_not(None),
        p.start_date <= sunday,
        or_(p.end_date.is_(None), p.end_date >= monday),
    )
    h = t.HourRow
    worked = (
        select(h.worker_id, h.activity_id)
        .where(h.date >= monday, h.date <= sunday, h.hours > 0)
        .distinct()
    )
    if activity_id is not None:
        placed = placed.where(p.activity_id == activity_id)
        worked = worked.where(h.activity_id == activity_id)
    else:
        placed = placed.where(p.work_type == work_type)
        worked = worked.join(t.ActivityRow, t.ActivityRow.id == h.activity_id).where(
            t.ActivityRow.work_type == work_type
        )
    pairs = {(w, a) for w, a in session.execute(placed) if a is not None}  # None: left out
    return pairs | {(w, a) for w, a in session.execute(worked)}


def _paid_in_week(
    spans: Iterable[tuple[dt.date, dt.date | None, Decimal]], monday: dt.date
) -> Decimal:
    sunday = monday + dt.timedelta(days=DAYS - 1)
    total = ZERO
    for start, end, contract in spans:
        first, last = max(start, monday), min(end or sunday, sunday)
        if first <= last:
            total += paid_hours(contract, (last - first).days + 1)
    return total


def load_week(
    session: Session,
    monday: dt.date,
    *,
    activity_id: int | None = None,
    work_type: WorkType | None = None,
    who: SignedIn | None = None,
) -> WeekView:
    """The week grid of one activity, or of every activity of one placement work type.

    Rows are the workers placed (placements in force that week) plus everyone with hours
    there that week, sorted by name; ``monday`` is moved to the Monday of its week. A job
    coach gets the rows of her own caseload only (services.permissions).
    """
    require(who, Action.READ_WORKERS)
    if (activity_id is None) == (work_type is None):
        raise ValueError("give an activity or a work type, not both")
    monday = week_start(monday)
    days = week_days(monday)
    pairs = _pairs(session, monday, activity_id, work_type)
    if who is not None and caseload_only(who, Action.READ_WORKERS) and pairs:
        coach_of = dict(
            session.execute(
                select(t.WorkerRow.id, t.WorkerRow.coach).where(
                    t.WorkerRow.id.in_({w for w, _ in pairs})
                )
            ).all()
        )
        pairs = {(w, a) for w, a in pairs if is_own(who, coach_of.get(w))}
    if not pairs:
        return WeekView(monday, [])
    workers = {w for w, _ in pairs}
    people = {
        r[0]: (r[1], f"{r[2]} {r[3]}")
        for r in session.execute(
            select(*WORKER_NAMED).where(t.WorkerRow.id.in_(workers))
        )
    }
    codes = dict(
        session.execute(
            select(t.ActivityRow.id, t.ActivityRow.code).where(
                t.ActivityRow.id.in_({a for _, a in pairs})
            )
        ).all()
    )
    spans: dict[int, list[tuple[dt.date, dt.date | None, Decimal]]] = defaultdict(list)
    for worker, start, end, contract in session.execute(
        select(
            t.EmploymentRow.worker_id,
            t.EmploymentRow.start_date,
            t.EmploymentRow.end_date,
            t.EmploymentRow.contract_hours_per_week,
        ).where(t.EmploymentRow.worker_id.in_(workers))
    ):
        spans[worker].append((start, end, _exact(contract)))
    stored: dict[tuple[int, int, dt.date], Decimal] = {}
    for worker, activity, day, hours in session.execute(
        select(t.HourRow.worker_id, t.HourRow.activity_id, t.HourRow.date, t.HourRow.hours).where(
            t.HourRow.worker_id.in_(workers),
            t.HourRow.date >= monday - dt.timedelta(days=DAYS),
            t.HourRow.date <= days[-1],
        )
    ):
        stored[(worker, activity, day)] = _exact(hours)
    own = defaultdict(set)
    for worker, activity in pairs:
        own[worker].add(activity)
    other: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    for (worker, activity, day), hours in stored.items():
        if day >= monday and activity not in own[worker]:
            other[(worker, day)] += hours
    lines = []
    for worker, activity in pairs:
        number, name = people[worker]
        employed = tuple(
            not check_date_in_employment(day, [(s, e) for s, e, _ in spans[worker]]) for day in days
        )
        lines.append(
            WeekLine(
                worker,
                number,
                name,
                activity,
                codes[activity],
                employed,
                tuple(stored.get((worker, activity, day)) for day in days),
                tuple(stored.get((worker, activity, day - 7 * ONE_DAY)) for day in days),
                tuple(other.get((worker, day), ZERO) for day in days),
                _paid_in_week(spans[worker], monday),
            )
        )
    lines.sort(key=lambda line: (line.name.casefold(), line.personnel_number, line.activity_code))
    return WeekView(monday, lines)


# -- writing -----------------------------------------------------------------------------------
def _check_cells(
    session: Session, cells: Sequence[HourCell]
) -> tuple[list[Finding], dict[tuple[int, int, dt.date], t.HourRow]]:
    """Every problem of the cells (import rules) and the stored rows they replace."""
    workers = {c.worker_id for c in cells}
    people = {
        w.id: w for w in session.scalars(select(t.WorkerRow).where(t.WorkerRow.id.in_(workers)))
    }
    activities = set(
        session.scalars(
            select(t.ActivityRow.id).where(t.ActivityRow.id.in_({c.activity_id for c in cells}))
        )
    )
    first, last = min(c.date for c in cells), max(c.date for c in cells)
    stored = {
        (row.worker_id, row.activity_id, row.date): row
        for row in session.scalars(
            select(t.HourRow).where(
                t.HourRow.worker_id.in_(workers), t.HourRow.date >= first, t.HourRow.date <= last
            )
        )
    }
    keys = {(c.worker_id, c.activity_id, c.date) for c in cells}
    per_day: dict[tuple[int, dt.date], Decimal] = defaultdict(Decimal)
    for key, row in stored.items():
        if key not in keys:
            per_day[(key[0], key[2])] += _exact(row.hours)
    problems: list[Finding] = []

    def tell(cell: HourCell, who: str, what: str, code: str = REFUSED, **more: object) -> None:
        """One problem naming worker, day and value; the worker and day also as arguments,
        so the grid can find the cell and the window can word it again."""
        value = "leeg" if cell.hours is None else display.hours(cell.hours)
        message = f"{who}, {day_text(cell.date)}: {value} uur {what}."
        where = {"worker_id": cell.worker_id, "date": cell.date, **more}
        problems.append(Finding(code, message, "hours", cell.hours, arguments=where))

    for cell in sorted(cells, key=lambda c: (c.worker_id, c.date, c.activity_id)):
        worker = people.get(cell.worker_id)
        who = f"medewerker {cell.worker_id}"
        if worker is None:
            tell(cell, who, "is niet opgeslagen: deze medewerker bestaat niet")
            continue
        who = f"{worker.full_name} ({worker.personnel_number})"
        if cell.activity_id not in activities:
            tell(cell, who, f"is niet opgeslagen: activiteit {cell.activity_id} bestaat niet")
            continue
        if cell.hours is None or cell.hours == ZERO:
            continue
        out_of_range = check_hours(cell.hours)
        for finding in out_of_range:
            tell(cell, who, finding.message, finding.code, worker_name=who)
        if out_of_range:
            continue
        if cell.hours != cell.hours.quantize(HUNDREDTH):
            tell(cell, who, "heeft te veel decimalen: ten hoogste twee")
            continue
        spans = [(e.start_date, e.end_date) for e in worker.employments]
        if check_date_in_employment(cell.date, spans):
            tell(cell, who, "kan niet: de dag valt buiten elk dienstverband")
            continue
        day = (cell.worker_id, cell.date)
        per_day[day] += cell.hours
        for finding in check_day_total(per_day[day]):
            tell(cell, who, finding.message, finding.code, worker_name=who, **finding.arguments)
    return problems, stored


def save_week(
    sessions: sessionmaker[Session], cells: Sequence[HourCell], who: SignedIn | None = None
) -> SaveSummary:
    """Write the cells in one transaction: upsert by (worker, activity, date); None or zero
    removes the row.

    Raises:
        InputRejected: with every problem (hours outside 0-24, more than 24 in a day across
            activities, a day outside every employment, an unknown worker or activity);
            nothing is written then.
        PermissionDenied: a job coach's cell of a worker outside her caseload.
    """
    require(who, Action.EDIT_HOURS)
    if not cells:
        return SaveSummary(0, 0)
    written = deleted = 0
    with transaction(sessions) as session:
        if who is not None and caseload_only(who, Action.EDIT_HOURS):
            for worker in session.scalars(
                select(t.WorkerRow).where(t.WorkerRow.id.in_({c.worker_id for c in cells}))
            ):
                require_for(who, Action.EDIT_HOURS, worker.coach, worker.full_name)
        problems, stored = _check_cells(session, cells)
        if problems:
            raise InputRejected(problems)
        for cell in cells:
            row = stored.get((cell.worker_id, cell.activity_id, cell.date))
            if cell.hours is None or cell.hours == ZERO:
                if row is not None:
                    session.delete(row)
                    deleted += 1
            elif row is None:
                session.add(
                    t.HourRow(
                        worker_id=cell.worker_id,
                        activity_id=cell.activity_id,
                        date=cell.date,
                        hours=cell.hours,
                    )
                )
                written += 1
            elif _exact(row.hours) != cell.hours:
                row.hours = cell.hours
                written += 1
    return SaveSummary(written, deleted)

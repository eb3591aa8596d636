"""Begeleiding (guidance) for the job coach: caseload, logging, and what needs attention.

The desktop's guidance page reads and writes only through this module: the coach's caseload
(caseload, with the last guidance date per person), one guidance entry written in one
transaction after the domain's checks (record_guidance), the re-assessments due (R1:
herbeoordelingen) and the placements to evaluate (plaatsingen ter evaluatie).
Rows leave here as frozen dataclasses, never as live ORM objects.

Who reads and writes what is the permission table's (services.permissions): a job coach sees
her own caseload and logs under her own name only, reads her own notes only; a manager or a
controller reads entries without notes; a controller or administrator corrects an entry with
a reason (correct_guidance). Entries are in the audit log (storage/audit.py), notes masked.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain.enums import GuidanceKind, ReassessTerm, WorkType
from sodesk.domain.period import add_months
from sodesk.domain.validation import (
    check_date_in_employment,
    check_hours,
    check_required,
)
from sodesk.domain.wage_value import due_for_reassessment
from sodesk.services.errors import refused_stated, rejected
from sodesk.services.permissions import (
    Action,
    PermissionDenied,
    caseload_only,
    coach_names,
    is_own,
    notes_visible,
    require,
    require_for,
)
from sodesk.services.users import SignedIn
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.storage.fits import misfit
from sodesk.storage.worker_facts import measurements_by_worker

HUNDREDTH = Decimal("0.01")
REASSESSMENT_HORIZON_MONTHS = 2
EVALUATE_AFTER_MONTHS = 12


@dataclass(frozen=True, slots=True)
class WorkerChoice:
    """A worker to pick in the person field: id, personnel number and name."""

    id: int
    personnel_number: str
    name: str

    @property
    def caption(self) -> str:
        """'Jan Jansen (P00012)': what the type-ahead shows and completes to."""
        return f"{self.name} ({self.personnel_number})"


@dataclass(frozen=True, slots=True)
class ActivityChoice:
    """An activity to pick for a guidance entry."""

    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class CaseloadEntry:
    """A worker of the coach's caseload (caseload) with the last guidance date, if any."""

    worker_id: int
    personnel_number: str
    name: str
    last_guidance: dt.date | None
    hours_last_90_days: Decimal


@dataclass(frozen=True, slots=True)
class GuidanceEntry:
    """One logged guidance (begeleidingsmoment)."""

    id: int
    worker_id: int
    date: dt.date
    hours: Decimal
    kind: GuidanceKind
    coach: str
    activity: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class DueReassessment:
    """A worker whose wage value must be measured again by ``due`` (R1)."""

    worker_id: int
    personnel_number: str
    name: str
    measured_on: dt.date
    wage_value: Decimal
    term: ReassessTerm
    due: dt.date


@dataclass(frozen=True, slots=True)
class PlacementToEvaluate:
    """A placement older than a year without an end date (plaatsing ter evaluatie)."""

    worker_id: int
    personnel_number: str
    name: str
    work_type: WorkType
    start: dt.date
    where: str


# -- parsing -----------------------------------------------------------------------------------
_CLOCK = re.compile(r"^(\d{1,2}):([0-5]\d)$")
_DECIMAL = re.compile(r"^\d{0,2}([.,]\d{0,2})?$")


def parse_duration(text: str) -> Decimal:
    """Hours from what a coach types: ``"0:30"``, ``"1:15"`` (hours:minutes), ``"0,5"``, ``"0.5"``.

    Returns hours to the hundredth (the stored precision), rounded half-up: 0:20 is 0,33.

    Raises:
        ValueError: with a Dutch message naming the value, when the text is none of these.
    """
    value = text.strip()
    clock = _CLOCK.match(value)
    try:
        if clock:
            hours = Decimal(clock.group(1)) + Decimal(clock.group(2)) / 60
        elif value and _DECIMAL.match(value) and value not in (".", ","):
            hours = Decimal(value.replace(",", "."))
        else:
            raise InvalidOperation
    except InvalidOperation:
        raise ValueError(
            f"Duur '{text}' is geen tijdsduur: typ bijvoorbeeld 0:30, 1:15, 0,5 of 0.5."
        ) from None
    return hours.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


# -- reading -----------------------------------------------------------------------------------
WORKER_NAMED = (
    t.WorkerRow.id,
    t.WorkerRow.personnel_number,
    t.WorkerRow.first_name,
    t.WorkerRow.last_name,
)
"""The columns a list names each worker by (id, personnel number, first and last name)."""


def _name(first: str, last: str) -> str:
    return f"{first} {last}"


def _caseload_of(who: SignedIn | None, coach: str) -> ColumnElement[bool]:
    """The workers a page asked for: a job coach always her own, others the chosen coach's."""
    if who is not None and caseload_only(who, Action.READ_GUIDANCE):
        return func.lower(func.trim(t.WorkerRow.coach)).in_(sorted(coach_names(who)))
    return t.WorkerRow.coach == coach


def _in_service(day: dt.date) -> ColumnElement[bool]:
    """The worker has an employment on ``day``: who left is no longer in a caseload."""
    e = t.EmploymentRow
    return exists().where(
        e.worker_id == t.WorkerRow.id,
        e.start_date <= day,
        or_(e.end_date.is_(None), e.end_date >= day),
    )


def own_coach_name(who: SignedIn | None, chosen: str) -> str:
    """The coach a page shows and logs under: a job coach herself (her display name)."""
    if who is not None and caseload_only(who, Action.WRITE_GUIDANCE):
        return who.display_name
    return chosen


def coaches(session: Session, who: SignedIn | None = None) -> list[str]:
    """Every coach named on a worker or on a guidance entry, alphabetically.

    A job coach chooses no other coach: her list holds herself only.
    """
    require(who, Action.READ_GUIDANCE)
    if who is not None and caseload_only(who, Action.READ_GUIDANCE):
        return [who.display_name]
    names = set(session.scalars(select(t.WorkerRow.coach).where(t.WorkerRow.coach.is_not(None))))
    names |= set(session.scalars(select(t.GuidanceRow.coach).distinct()))
    return sorted(name for name in names if name and name.strip())


def worker_choices(session: Session, who: SignedIn | None = None) -> list[WorkerChoice]:
    """Every worker, by name, for the type-ahead (a job coach: her own caseload)."""
    require(who, Action.READ_WORKERS)
    query = select(*WORKER_NAMED).order_by(t.WorkerRow.last_name, t.WorkerRow.first_name)
    if who is not None and caseload_only(who):
        query = query.where(_caseload_of(who, ""))
    rows = session.execute(query)
    return [WorkerChoice(r[0], r[1], _name(r[2], r[3])) for r in rows]


def activity_choices(session: Session) -> list[ActivityChoice]:
    rows = session.execute(
        select(t.ActivityRow.id, t.ActivityRow.code, t.ActivityRow.name).order_by(
            t.ActivityRow.code
        )
    )
    return [ActivityChoice(*r) for r in rows]


def caseload(
    session: Session, coach: str, today: dt.date, who: SignedIn | None = None
) -> list[CaseloadEntry]:
    """The coach's workers in service on ``today`` with their last guidance date, the
    longest ago (or never) first.

    A job coach gets her own caseload whatever ``coach`` says.
    """
    require(who, Action.READ_GUIDANCE)
    since = today - dt.timedelta(days=90)
    last = (
        select(t.GuidanceRow.worker_id, func.max(t.GuidanceRow.date).label("last"))
        .group_by(t.GuidanceRow.worker_id)
        .subquery()
    )
    recent = (
        select(t.GuidanceRow.worker_id, func.sum(t.GuidanceRow.hours).label("hours"))
        .where(t.GuidanceRow.date > since, t.GuidanceRow.date <= today)
        .group_by(t.GuidanceRow.worker_id)
        .subquery()
    )
    rows = session.execute(
        select(*WORKER_NAMED, last.c.last, recent.c.hours)
        .outerjoin(last, last.c.worker_id == t.WorkerRow.id)
        .outerjoin(recent, recent.c.worker_id == t.WorkerRow.id)
        .where(_caseload_of(who, coach), _in_service(today))
    )
    entries = [
        CaseloadEntry(
            r[0],
            r[1],
            _name(r[2], r[3]),
            r[4],
            Decimal(str(r[5] or 0)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP),
        )
        for r in rows
    ]
    entries.sort(key=lambda e: (e.last_guidance is not None, e.last_guidance or today, e.name))
    return entries


def guidance_history(
    session: Session, worker_id: int, limit: int = 200, *, who: SignedIn | None = None
) -> list[GuidanceEntry]:
    """The worker's guidance, newest first; a note only for who may read it.

    Raises:
        PermissionDenied: a worker outside a job coach's caseload.
    """
    require(who, Action.READ_GUIDANCE)
    if who is not None and caseload_only(who, Action.READ_GUIDANCE):
        worker = session.get(t.WorkerRow, worker_id)
        if worker is not None:
            require_for(who, Action.READ_GUIDANCE, worker.coach, worker.full_name)
    rows = session.execute(
        select(
            t.GuidanceRow.id,
            t.GuidanceRow.worker_id,
            t.GuidanceRow.date,
            t.GuidanceRow.hours,
            t.GuidanceRow.kind,
            t.GuidanceRow.coach,
            t.ActivityRow.code,
            t.ActivityRow.name,
            t.GuidanceRow.note,
        )
        .outerjoin(t.ActivityRow, t.ActivityRow.id == t.GuidanceRow.activity_id)
        .where(t.GuidanceRow.worker_id == worker_id)
        .order_by(t.GuidanceRow.date.desc(), t.GuidanceRow.id.desc())
        .limit(limit)
    )
    return [
        GuidanceEntry(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            None if r[6] is None else f"{r[6]} {r[7]}",
            r[8] if notes_visible(who, r[5]) else None,
        )
        for r in rows
    ]


def _coach_workers(
    session: Session, coach: str, who: SignedIn | None, today: dt.date
) -> dict[int, tuple[str, str]]:
    require(who, Action.READ_GUIDANCE)
    rows = session.execute(
        select(*WORKER_NAMED).where(_caseload_of(who, coach), _in_service(today))
    )
    return {r[0]: (r[1], _name(r[2], r[3])) for r in rows}


def reassessments_due(
    session: Session,
    coach: str,
    today: dt.date,
    months: int = REASSESSMENT_HORIZON_MONTHS,
    *,
    who: SignedIn | None = None,
) -> list[DueReassessment]:
    """The coach's workers whose measurement in force is due within ``months`` (overdue too)."""
    workers = _coach_workers(session, coach, who, today)
    measurements = measurements_by_worker(session, workers)
    until = add_months(today, months)
    due = []
    for worker_id, own in measurements.items():
        current = due_for_reassessment(own, today, until)
        if current is not None and current.due is not None:
            number, name = workers[worker_id]
            due.append(
                DueReassessment(
                    worker_id,
                    number,
                    name,
                    current.measured_on,
                    current.wage_value,
                    current.term,
                    current.due,
                )
            )
    due.sort(key=lambda d: (d.due, d.name))
    return due


def placements_to_evaluate(
    session: Session,
    coach: str,
    today: dt.date,
    months: int = EVALUATE_AFTER_MONTHS,
    *,
    who: SignedIn | None = None,
) -> list[PlacementToEvaluate]:
    """The coach's open placements that started ``months`` or more ago, oldest first."""
    workers = _coach_workers(session, coach, who, today)
    before = add_months(today, -months)
    rows = session.execute(
        select(
            t.PlacementRow.worker_id,
            t.PlacementRow.work_type,
            t.PlacementRow.start_date,
            t.PlacementRow.employer,
            t.ActivityRow.code,
            t.ActivityRow.name,
        )
        .outerjoin(t.ActivityRow, t.ActivityRow.id == t.PlacementRow.activity_id)
        .where(
            t.PlacementRow.worker_id.in_(workers),
            t.PlacementRow.end_date.is_(None),
            t.PlacementRow.start_date <= before,
        )
        .order_by(t.PlacementRow.start_date)
    )
    result = []
    for r in rows:
        number, name = workers[r[0]]
        where = r[3] or ("" if r[4] is None else f"{r[4]} {r[5]}")
        result.append(PlacementToEvaluate(r[0], number, name, r[1], r[2], where))
    return result


# -- writing -----------------------------------------------------------------------------------
def record_guidance(
    sessions: sessionmaker[Session],
    *,
    worker_id: int | None,
    coach: str,
    date: dt.date,
    hours: Decimal,
    kind: GuidanceKind | None,
    activity_id: int | None = None,
    note: str | None = None,
    who: SignedIn | None = None,
) -> GuidanceEntry:
    """Write one guidance entry in one transaction, after the domain's checks.

    Signed in, the entry is the signed-in user's: ``coach`` may be left empty or name
    them, never another coach (a correction is correct_guidance's, with a reason).

    Raises:
        InputRejected: naming the field, for an unknown worker, a date outside the
            worker's employment, hours outside 0-24 (or zero), a missing kind or coach, or an
            entry that is already logged; nothing is written then.
        PermissionDenied: a role that logs no guidance, another coach's name, or a worker
            outside a job coach's caseload.
    """
    require(who, Action.WRITE_GUIDANCE)
    if who is not None:
        if coach.strip() and not is_own(who, coach):
            raise PermissionDenied(
                f"Begeleiding legt u vast onder uw eigen naam ({who.display_name}), niet onder "
                f"{coach.strip()}.",
                Action.WRITE_GUIDANCE,
            )
        coach = who.display_name
    if worker_id is None:
        raise rejected("worker", "Medewerker is verplicht: kies een persoon.")
    for finding in check_required("Jobcoach", coach):
        raise rejected("coach", finding.message)
    if kind is None:
        raise rejected("kind", "Soort begeleiding is verplicht maar ontbreekt.")
    kind = GuidanceKind(kind)
    for finding in check_hours(hours, "duration"):
        raise refused_stated(finding, "Duur")
    if hours <= 0:
        raise rejected("duration", f"Duur moet groter dan 0 zijn (waarde {hours}).")
    clean_note = (note or "").strip() or None
    for field, column, label, value in (
        ("coach", t.GuidanceRow.coach, "Jobcoach", coach),
        ("note", t.GuidanceRow.note, "Notitie", clean_note),
    ):
        message = misfit(column, value, label)
        if message is not None:
            raise rejected(field, message)
    with transaction(sessions) as session:
        session.info["reason"] = "begeleiding vastgelegd"
        worker = session.get(t.WorkerRow, worker_id)
        if worker is None:
            raise rejected("worker", f"Medewerker met id {worker_id} bestaat niet.")
        require_for(who, Action.WRITE_GUIDANCE, worker.coach, worker.full_name)
        spans = [(e.start_date, e.end_date) for e in worker.employments]
        for finding in check_date_in_employment(date, spans, "Datum"):
            raise rejected(
                "date", f"{finding.message.rstrip('.')} ({worker.full_name})."
            )
        activity_text = None
        if activity_id is not None:
            activity = session.get(t.ActivityRow, activity_id)
            if activity is None:
                raise rejected(
                    "activity", f"Activiteit met id {activity_id} bestaat niet."
                )
            activity_text = f"{activity.code} {activity.name}"
        duplicate = session.scalar(
            select(t.GuidanceRow.id).where(
                t.GuidanceRow.worker_id == worker_id,
                t.GuidanceRow.coach == coach,
                t.GuidanceRow.date == date,
                t.GuidanceRow.kind == kind,
                t.GuidanceRow.activity_key == (activity_id or 0),
            )
        )
        if duplicate is not None:
            raise rejected(
                "kind",
                f"Voor {worker.full_name} staat op {date:%d-%m-%Y} al '{kind.label}' "
                f"van {coach}: kies een andere soort of activiteit.",
            )
        row = t.GuidanceRow(
            worker_id=worker_id,
            coach=coach,
            date=date,
            hours=hours,
            kind=kind,
            activity_id=activity_id,
            activity_key=activity_id or 0,
            note=clean_note,
        )
        session.add(row)
        session.flush()
        return GuidanceEntry(row.id, worker_id, date, hours, kind, coach, activity_text, clean_note)


def correct_guidance(
    sessions: sessionmaker[Session],
    entry_id: int,
    *,
    reason: str,
    who: SignedIn | None,
    coach: str | None = None,
    date: dt.date | None = None,
    hours: Decimal | None = None,
    kind: GuidanceKind | None = None,
) -> GuidanceEntry:
    """A controller or administrator mends a logged entry (the coach, date, hours or kind),
    with a reason; the audit log keeps the old and the new values and the reason.

    Raises:
        PermissionDenied: a role that may not correct guidance.
        InputRejected: no reason, an entry that is gone, or a bad value.
    """
    require(who, Action.CORRECT_GUIDANCE)
    if len((reason or "").strip()) < 3:
        raise rejected("reason", "Reden is verplicht: waarom wordt dit gecorrigeerd?")
    if hours is not None:
        for finding in check_hours(hours, "duration"):
            raise refused_stated(finding, "Duur")
        if hours <= 0:
            raise rejected("duration", f"Duur moet groter dan 0 zijn (waarde {hours}).")
    if coach is not None:
        for finding in check_required("Jobcoach", coach):
            raise rejected("coach", finding.message)
    with transaction(sessions) as session:
        session.info["reason"] = f"correctie: {reason.strip()}"[:500]
        row = session.get(t.GuidanceRow, entry_id)
        if row is None:
            raise rejected("worker", "Deze begeleiding bestaat niet meer: ververs (F5).")
        if coach is not None:
            row.coach = coach.strip()
        if date is not None:
            row.date = date
        if hours is not None:
            row.hours = hours.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
        if kind is not None:
            row.kind = GuidanceKind(kind)
        session.flush()
        activity = None if row.activity_id is None else session.get(t.ActivityRow, row.activity_id)
        return GuidanceEntry(
            row.id,
            row.worker_id,
            row.date,
            row.hours,
            row.kind,
            row.coach,
            None if activity is None else f"{activity.code} {activity.name}",
            row.note if notes_visible(who, row.coach) else None,
        )

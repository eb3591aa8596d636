"""Medewerkers beheren: create, edit and delete workers, their employments and placements.

Why: a manager, a controller and a job coach do their weekly work in the window, not in a
CSV file. Every check is the import's own rule through sodesk.domain.validation (a BSN passes
the 11-test, contract hours above 0 and at most 60, no negative wage, no end before a start),
plus one the import cannot see per row: two employments of one person never overlap. Checks
are pure functions over what was typed, so the form runs them as the user types; a save runs
them again inside its transaction, with the checks that need the database (a personnel number
that exists, a municipality or activity that is gone). Messages are Dutch and name the field
and the value; nothing is written when one is raised.

A save is based on the worker's version the user saw; a change of an employment or placement
counts as a change of the worker (its version goes up in the same statement that checks it),
so a save on a stale card is refused (optimistic locking as in services/rates.py). The audit
log follows from storage/audit.py's before_flush hook, deletions included: the ORM cascade
puts employments, placements and measurements in ``session.deleted`` with their values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from sodesk.services.errors import InputRejected, rejected
from sodesk.services.people_input import (
    ONE_DAY,
    EmploymentInput,
    PlacementInput,
    WorkerInput,
    check_employment,
    check_placement,
    check_span_end,
    check_worker,
    open_before,
    span_text,
    spans_with_end,
)
from sodesk.services.permissions import Action, allowed, is_own, require, require_for
from sodesk.services.users import SignedIn
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.storage.versions import bump_version


# -- who may do what ---------------------------------------------------------------------------
def may_edit_people(who: SignedIn | None) -> bool:
    """Create, delete and edit workers and employments: everyone but a job coach.

    A job coach sees no money, and an employment is an hourly wage. Without a log-in
    (a database without users) everything is allowed. The answer is services.permissions'.
    """
    return allowed(who, Action.EDIT_WORKERS) and allowed(who, Action.EDIT_EMPLOYMENTS)


def may_edit_placements(who: SignedIn | None, coach: str | None) -> bool:
    """Placements: a job coach only for the caseload (workers whose coach is them), others all.

    The caseload is what services.guidance.caseload reads: the worker's ``coach`` names the
    coach; the signed-in coach matches on full name or user name, case ignored
    (services.permissions).
    """
    if not allowed(who, Action.EDIT_PLACEMENTS):
        return False
    return may_edit_people(who) or is_own(who, coach)


def municipality_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every municipality, by name: the form's choice."""
    rows = session.execute(
        select(t.MunicipalityRow.code, t.MunicipalityRow.name).order_by(t.MunicipalityRow.name)
    )
    return [(code, name) for code, name in rows]


# -- transactions ------------------------------------------------------------------------------
def _stale(name: str) -> InputRejected:
    return rejected(
        "version",
        f"De kaart van {name} is intussen door iemand anders gewijzigd; er is niets opgeslagen. "
        "Ververs (F5) en voer de wijziging opnieuw in.",
    )


@contextmanager
def _saving(sessions: sessionmaker[Session], reason: str) -> Iterator[Session]:
    """One transaction; a stale row (another desk's save in between) becomes a message."""
    try:
        with transaction(sessions) as session:
            session.info["reason"] = reason
            yield session
    except StaleDataError:
        raise _stale("deze medewerker") from None


def _worker(session: Session, worker_id: int, version: int) -> t.WorkerRow:
    worker = session.get(t.WorkerRow, worker_id)
    if worker is None:
        raise rejected("worker", "Deze medewerker bestaat niet meer: ververs (F5).")
    if worker.version != version:
        raise _stale(worker.full_name)
    return worker


def _bump(session: Session, worker: t.WorkerRow, version: int) -> None:
    """A change of an employment or placement is a change of the worker's card."""
    if not bump_version(session, t.WorkerRow, worker.id, version):
        raise _stale(worker.full_name)


def _municipality_id(session: Session, code: str | None) -> int:
    found = session.scalar(select(t.MunicipalityRow.id).where(t.MunicipalityRow.code == code))
    if found is None:
        raise rejected("municipality", f"Gemeente '{code}' bestaat niet (meer).")
    return found


def _unique_number(session: Session, number: str, worker_id: int | None) -> None:
    other = session.scalars(
        select(t.WorkerRow).where(t.WorkerRow.personnel_number == number)
    ).first()
    if other is not None and other.id != worker_id:
        raise rejected(
            "personnel_number",
            f"Personeelsnummer '{number}' bestaat al ({other.full_name}): kies een ander nummer.",
        )


def _first(problems: Sequence[InputRejected]) -> None:
    if problems:
        raise problems[0]


def _fill_worker(session: Session, row: t.WorkerRow, entry: WorkerInput, bsn: bool) -> None:
    # read before the first attribute changes: a query in between would autoflush, and two
    # UPDATEs would raise the version twice
    municipality_id = _municipality_id(session, entry.municipality_code)
    row.personnel_number = entry.personnel_number.strip()
    row.first_name = entry.first_name.strip()
    row.last_name = entry.last_name.strip()
    row.birth_date = entry.birth_date
    if bsn:
        row.bsn = entry.bsn
    assert entry.target_group is not None
    row.target_group = entry.target_group
    row.municipality_id = municipality_id
    row.indication_date = entry.indication_date
    row.coach = (entry.coach or "").strip() or None


# -- workers -----------------------------------------------------------------------------------
def create_worker(
    sessions: sessionmaker[Session],
    entry: WorkerInput,
    employment: EmploymentInput,
    who: SignedIn | None = None,
) -> int:
    """A new worker with the first employment, in one transaction; returns the worker's id.

    Raises:
        InputRejected: naming the field and the value; nothing is written then.
        PermissionDenied: a role that may not add workers (a job coach).
    """
    require(who, Action.EDIT_WORKERS)
    require(who, Action.EDIT_EMPLOYMENTS)
    _first(check_worker(entry))
    _first(check_employment(employment, []))
    with _saving(sessions, "nieuwe medewerker") as session:
        _unique_number(session, entry.personnel_number.strip(), None)
        row = t.WorkerRow()
        _fill_worker(session, row, entry, bsn=True)
        row.employments = [_employment_row(employment)]
        session.add(row)
        session.flush()
        return row.id


def update_worker(
    sessions: sessionmaker[Session],
    worker_id: int,
    version: int,
    entry: WorkerInput,
    *,
    change_bsn: bool = False,
    who: SignedIn | None = None,
) -> None:
    """Save the personal data as edited on the card; the BSN only when ``change_bsn``.

    Raises:
        InputRejected: bad input, a personnel number in use, a worker that is gone or a
            stale ``version``; nothing is written.
        PermissionDenied: a role that may not edit workers (a job coach).
    """
    require(who, Action.EDIT_WORKERS)
    _first(check_worker(entry, with_bsn=change_bsn))
    with _saving(sessions, "persoonsgegevens gewijzigd") as session:
        row = _worker(session, worker_id, version)
        _unique_number(session, entry.personnel_number.strip(), worker_id)
        _fill_worker(session, row, entry, bsn=change_bsn)
        session.flush()  # the ORM's UPDATE checks the version (StaleDataError)


def delete_worker(
    sessions: sessionmaker[Session], worker_id: int, version: int, who: SignedIn | None = None
) -> None:
    """Remove a worker entered by mistake, with their employments, placements and measurements.

    The audit log keeps those values. Hours and guidance are not in the audit log (imports
    write them in bulk), so a worker who has any is refused: the figures of past periods
    would change for good. Such a worker leaves by ending the employment.

    Raises:
        InputRejected: a worker that is gone, a stale ``version``, or a worker with hours
            or guidance (field "worker"); nothing is deleted.
        PermissionDenied: a role that may not edit workers (a job coach).
    """
    require(who, Action.EDIT_WORKERS)
    with _saving(sessions, "medewerker verwijderd") as session:
        row = _worker(session, worker_id, version)
        hours, guidance = (
            session.scalar(
                select(func.count()).select_from(table).where(table.worker_id == worker_id)
            )
            or 0
            for table in (t.HourRow, t.GuidanceRow)
        )
        if hours or guidance:
            raise rejected(
                "worker",
                f"{row.first_name} {row.last_name} ({row.personnel_number}) heeft {hours} "
                f"urenregels en {guidance} begeleidingsregels. Die gaan bij verwijderen "
                "verloren en zijn niet te herstellen: beëindig het dienstverband in plaats "
                "daarvan.",
            )
        for measurement in row.wage_values:
            _ = measurement.tasks  # loaded, so the cascade logs the tasks too
        session.delete(row)
        session.flush()


# -- employments -------------------------------------------------------------------------------
def _employment_row(entry: EmploymentInput) -> t.EmploymentRow:
    return t.EmploymentRow(
        start_date=entry.start,
        end_date=entry.end,
        contract_hours_per_week=entry.hours_per_week,
        hourly_wage=entry.hourly_wage,
    )


def _spans(
    rows: Sequence[t.EmploymentRow], leave_out: int | None = None
) -> list[tuple[dt.date, dt.date | None]]:
    return [(e.start_date, e.end_date) for e in rows if e.id != leave_out]


def add_employment(
    sessions: sessionmaker[Session],
    worker_id: int,
    version: int,
    entry: EmploymentInput,
    *,
    end_open: bool = False,
    who: SignedIn | None = None,
) -> int:
    """Add an employment that overlaps none of the worker's others; returns its id.

    With ``end_open`` the open-ended employment that began before ``entry.start`` ends the
    day before it (new contract hours or wage from a date), in the same transaction.

    Raises:
        InputRejected: bad input, an overlap, a worker that is gone or a stale ``version``.
        PermissionDenied: a role that sees no wages (a job coach).
    """
    require(who, Action.EDIT_EMPLOYMENTS)
    with _saving(sessions, "dienstverband toegevoegd") as session:
        worker = _worker(session, worker_id, version)
        spans = _spans(worker.employments)
        ending = open_before(spans, entry.start) if end_open else None
        _first(check_employment(entry, spans_with_end(spans, ending, entry.start)))
        _bump(session, worker, version)
        for employment in worker.employments:
            if ending is not None and employment.start_date == ending[0]:
                employment.end_date = entry.start - ONE_DAY
                session.flush()  # the end first: the new one never overlaps it
        row = _employment_row(entry)
        row.worker_id = worker_id
        session.add(row)
        session.flush()
        return row.id


def end_employment(
    sessions: sessionmaker[Session],
    worker_id: int,
    version: int,
    employment_id: int,
    end: dt.date | None,
    who: SignedIn | None = None,
) -> None:
    """End an employment on ``end`` (None opens it again), if it then overlaps no other.

    Raises:
        InputRejected: an end before the start, an overlap, an employment or worker that is
            gone, or a stale ``version``; nothing is written.
        PermissionDenied: a role that sees no wages (a job coach).
    """
    require(who, Action.EDIT_EMPLOYMENTS)
    with _saving(sessions, "dienstverband beëindigd") as session:
        worker = _worker(session, worker_id, version)
        row = next((e for e in worker.employments if e.id == employment_id), None)
        if row is None:
            raise rejected("end", "Dit dienstverband bestaat niet meer: ververs (F5).")
        _first(check_span_end(row.start_date, end, _spans(worker.employments, employment_id)))
        _bump(session, worker, version)
        row.end_date = end
        session.flush()


# -- placements --------------------------------------------------------------------------------
def _may_place(who: SignedIn | None, worker: t.WorkerRow | None) -> None:
    """A job coach changes placements of her own caseload only (PermissionDenied), asked
    before anything else about the save (a stale card, a bad date) is told."""
    if worker is not None:
        require_for(who, Action.EDIT_PLACEMENTS, worker.coach, worker.full_name)


def _activity_id(session: Session, code: str | None) -> int | None:
    if not code:
        return None
    found = session.scalar(select(t.ActivityRow.id).where(t.ActivityRow.code == code))
    if found is None:
        raise rejected("activity", f"Activiteit '{code}' bestaat niet (meer).")
    return found


def _placement(worker: t.WorkerRow, placement_id: int) -> t.PlacementRow:
    row = next((p for p in worker.placements if p.id == placement_id), None)
    if row is None:
        raise rejected("end", "Deze plaatsing bestaat niet meer: ververs (F5).")
    return row


def _same_start(worker: t.WorkerRow, start: dt.date, leave_out: int | None = None) -> None:
    if any(p.start_date == start and p.id != leave_out for p in worker.placements):
        raise rejected(
            "start",
            f"Begindatum {start:%d-%m-%Y}: {worker.full_name} heeft al een plaatsing vanaf die "
            "dag.",
        )


def add_placement(
    sessions: sessionmaker[Session],
    worker_id: int,
    version: int,
    entry: PlacementInput,
    who: SignedIn | None = None,
) -> int:
    """Add a placement (work type, optional activity or employer, start); returns its id.

    Raises:
        InputRejected: bad input, a placement from the same day, a worker outside a job
            coach's caseload, a worker that is gone or a stale ``version``.
    """
    _first(check_placement(entry))
    with _saving(sessions, "plaatsing toegevoegd") as session:
        _may_place(who, session.get(t.WorkerRow, worker_id))
        worker = _worker(session, worker_id, version)
        _same_start(worker, entry.start)
        _bump(session, worker, version)
        row = t.PlacementRow(
            worker_id=worker_id,
            work_type=entry.work_type,
            activity_id=_activity_id(session, entry.activity_code),
            employer=(entry.employer or "").strip() or None,
            start_date=entry.start,
            end_date=entry.end,
        )
        session.add(row)
        session.flush()
        return row.id


def end_placement(
    sessions: sessionmaker[Session],
    worker_id: int,
    version: int,
    placement_id: int,
    end: dt.date | None,
    who: SignedIn | None = None,
) -> None:
    """End a placement on ``end`` (None opens it again).

    Raises:
        InputRejected: an end before the start, a worker outside a job coach's caseload, a
            placement or worker that is gone, or a stale ``version``; nothing is written.
    """
    with _saving(sessions, "plaatsing beëindigd") as session:
        _may_place(who, session.get(t.WorkerRow, worker_id))
        worker = _worker(session, worker_id, version)
        row = _placement(worker, placement_id)
        _first(check_span_end(row.start_date, end, []))
        _bump(session, worker, version)
        row.end_date = end
        session.flush()


def renew_placement(
    sessions: sessionmaker[Session],
    worker_id: int,
    version: int,
    placement_id: int,
    start: dt.date,
    who: SignedIn | None = None,
) -> int:
    """After an evaluation: the placement ends the day before ``start`` and goes on from it.

    The new placement keeps the work type, activity and employer; returns its id.

    Raises:
        InputRejected: a ``start`` not after the placement's own start, a worker outside a
            job coach's caseload, a placement or worker that is gone, or a stale ``version``.
    """
    with _saving(sessions, "plaatsing geëvalueerd en verlengd") as session:
        _may_place(who, session.get(t.WorkerRow, worker_id))
        worker = _worker(session, worker_id, version)
        row = _placement(worker, placement_id)
        if start <= row.start_date:
            raise rejected(
                "start",
                f"Verlengen vanaf {start:%d-%m-%Y} kan niet: de plaatsing {span_text(row)} "
                "begint niet eerder.",
            )
        _same_start(worker, start, placement_id)
        _bump(session, worker, version)
        old_end = row.end_date
        row.end_date = start - ONE_DAY
        session.flush()
        renewed = t.PlacementRow(
            worker_id=worker_id,
            work_type=row.work_type,
            activity_id=row.activity_id,
            employer=row.employer,
            start_date=start,
            end_date=old_end if old_end is not None and old_end >= start else None,
        )
        session.add(renewed)
        session.flush()
        return renewed.id

"""Loonwaardemeting (wage-value measurement) entered by hand: checked, then saved at once (R1).

The wage value is never typed: it follows from the tasks through the domain's
wage_value_from_tasks (their sum rounded half-up to whole percents; the stored tasks keep the
unrounded sum); the re-assessment deadline through reassessment_due. A measurement is
written with its tasks in one transaction, or not at all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain.enums import ReassessTerm
from sodesk.domain.money import ONE, ZERO
from sodesk.domain.validation import check_date_in_employment, check_time_shares
from sodesk.domain.wage_value import Measurement, TaskScore
from sodesk.services.errors import refused_by, rejected
from sodesk.services.permissions import Action, require, require_for
from sodesk.services.users import SignedIn
from sodesk.storage import tables as t
from sodesk.storage.database import transaction

_PERCENT = re.compile(r"^\d{1,3}([.,]\d{1,4})?$")


def parse_percent(text: str, field: str = "percentage") -> Decimal:
    """A fraction from a Dutch percentage as typed: "50", "50,5", "50.5 %" -> 0.50, 0.505.

    Raises:
        ValueError: with a Dutch message naming the field and the value, for text that is no
            percentage or one outside 0-100 %.
    """
    value = text.strip().removesuffix("%").strip()
    if not _PERCENT.match(value):
        raise ValueError(f"{field} '{text}' is geen percentage: typ bijvoorbeeld 85 of 92,5.")
    try:
        fraction = Decimal(value.replace(",", ".")) / 100
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        raise ValueError(f"{field} '{text}' is geen percentage.") from None
    if not ZERO <= fraction <= ONE:
        raise ValueError(f"{field} moet tussen 0 % en 100 % liggen (waarde {text}).")
    return fraction


def build_measurement(
    measured_on: dt.date,
    tasks: Sequence[TaskScore],
    term: ReassessTerm,
    method: str | None = None,
    assessor: str | None = None,
) -> Measurement:
    """The measurement the tasks make, after the domain's checks (names, shares add to 100 %).

    Raises:
        InputRejected: for a task without a name, a name twice, or time shares that
            do not add up to 100 %.
    """
    if not tasks:
        raise rejected("tasks", "Voeg minstens één taak toe.")
    seen: set[str] = set()
    for row, task in enumerate(tasks, start=1):
        name = task.task.strip()
        if not name:
            raise rejected("task", f"Taak op regel {row} heeft geen naam.", row=row)
        if name.casefold() in seen:
            raise rejected("task", f"Taak '{name}' staat er twee keer in.", row=row)
        seen.add(name.casefold())
    for finding in check_time_shares(task.time_share for task in tasks):
        raise refused_by(finding, "tasks", f"De tijdsaandelen van de taken {finding.message}.")
    return Measurement.from_tasks(
        measured_on, tasks, term, (method or "").strip() or None, (assessor or "").strip() or None
    )


def _check_worker(session: Session, worker_id: int, measured_on: dt.date) -> None:
    worker = session.get(t.WorkerRow, worker_id)
    if worker is None:
        raise rejected("worker", f"Medewerker met id {worker_id} bestaat niet.")
    spans = [(e.start_date, e.end_date) for e in worker.employments]
    for finding in check_date_in_employment(measured_on, spans, "Meetdatum"):
        message = finding.message.replace(measured_on.isoformat(), f"{measured_on:%d-%m-%Y}")
        raise rejected("date", message)
    same_day = session.scalar(
        select(t.WageValueRow.id).where(
            t.WageValueRow.worker_id == worker_id, t.WageValueRow.measured_on == measured_on
        )
    )
    if same_day is not None:
        raise rejected(
            "date",
            f"Er is al een meting op {measured_on:%d-%m-%Y} voor {worker.full_name}: "
            "kies een andere datum.",
        )


def save_measurement(
    sessions: sessionmaker[Session],
    worker_id: int,
    measured_on: dt.date,
    tasks: Sequence[TaskScore],
    term: ReassessTerm,
    method: str | None = None,
    assessor: str | None = None,
    who: SignedIn | None = None,
) -> int:
    """Check and write a measurement with its tasks in one transaction; returns its id.

    Raises:
        InputRejected: naming the field; nothing is written then.
        PermissionDenied: a worker outside a job coach's caseload.
    """
    require(who, Action.EDIT_MEASUREMENTS)
    measurement = build_measurement(measured_on, tasks, term, method, assessor)
    with transaction(sessions) as session:
        worker = session.get(t.WorkerRow, worker_id)
        if worker is not None:
            require_for(who, Action.EDIT_MEASUREMENTS, worker.coach, worker.full_name)
        _check_worker(session, worker_id, measured_on)
        row = t.WageValueRow(
            worker_id=worker_id,
            measured_on=measurement.measured_on,
            wage_value=measurement.wage_value,
            method=measurement.method,
            assessor=measurement.assessor,
            reassess_term=measurement.term,
        )
        row.tasks = [
            t.WageValueTaskRow(
                task=task.task.strip(),
                time_share=task.time_share,
                tempo=task.tempo,
                quality=task.quality,
                net_work_time=task.net_work_time,
            )
            for task in measurement.tasks
        ]
        session.add(row)
        session.flush()
        return row.id

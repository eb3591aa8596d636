"""Medewerkers: the list of workers to search and filter, and one worker's card.

The list is read in a handful of set-based queries (no query per worker), so 3,000 workers
load in well under a second; the card reads one worker's employments (dienstverbanden),
placements (plaatsingen), wage-value measurements (loonwaardemetingen, R1) and guidance.

What the signed-in user may read is decided here (services.permissions), not in the card: a
job coach reads her own caseload only and no BSN, birth date or wage; the card carries the
BSN masked, and the full number only comes through :func:`reveal_bsn`, which the audit log
records (who, whose, when).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain.enums import ReassessTerm, TargetGroup, WorkType
from sodesk.domain.wage_value import Measurement, TaskScore, measurement_in_force
from sodesk.services.guidance import WORKER_NAMED, GuidanceEntry, guidance_history
from sodesk.services.permissions import (
    Action,
    PermissionDenied,
    allowed,
    caseload_only,
    coach_names,
    require,
    require_for,
)
from sodesk.services.users import SignedIn
from sodesk.storage import tables as t
from sodesk.storage.audit import record_event
from sodesk.storage.database import transaction

MASK = "•"


def mask_bsn(bsn: str | None) -> str:
    """'•••••1234': only the last four digits of a BSN are shown until asked."""
    if not bsn:
        return ""
    return MASK * (len(bsn) - 4) + bsn[-4:]


@dataclass(frozen=True, slots=True)
class WorkerSummary:
    """One row of the workers list."""

    id: int
    personnel_number: str
    name: str
    target_group: TargetGroup
    municipality: str
    work_type: WorkType | None
    coach: str
    wage_value: Decimal | None
    #: how the list sorts the name: by last name, its prefix after it ("Dijk, Sara van")
    sort_name: str = ""


#: prefixes (tussenvoegsels) a Dutch list sorts behind the last name: "van Dijk" under D
PREFIXES = frozenset(
    {"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op", "la", "le",
     "du", "da", "di", "del", "della", "von", "vom", "zu"}
)  # fmt: skip


def sort_name(first_name: str, last_name: str) -> str:
    """'dijk, sara van' for Sara van Dijk: last name first, its prefixes behind the first
    name, as a Dutch personnel list is ordered."""
    words = last_name.split()
    prefix: list[str] = []
    while len(words) > 1 and words[0].lower() in PREFIXES:
        prefix.append(words.pop(0))
    return " ".join([" ".join(words) + ",", first_name, *prefix]).lower()


@dataclass(frozen=True, slots=True)
class EmploymentLine:
    start: dt.date
    end: dt.date | None
    hours_per_week: Decimal
    hourly_wage: Decimal
    id: int = 0


@dataclass(frozen=True, slots=True)
class PlacementLine:
    work_type: WorkType
    start: dt.date
    end: dt.date | None
    where: str
    id: int = 0


@dataclass(frozen=True, slots=True)
class MeasurementLine:
    """A stored measurement with the deadline of its re-assessment (R1)."""

    id: int
    measurement: Measurement

    @property
    def measured_on(self) -> dt.date:
        return self.measurement.measured_on

    @property
    def wage_value(self) -> Decimal:
        return self.measurement.wage_value


@dataclass(frozen=True, slots=True)
class WorkerCard:
    """Everything the card of one worker shows."""

    id: int
    personnel_number: str
    name: str
    birth_date: dt.date | None
    #: masked (•••••1234); the full number only through reveal_bsn, audited
    bsn: str | None
    target_group: TargetGroup
    municipality: str
    indication_date: dt.date | None
    coach: str
    employments: list[EmploymentLine]
    placements: list[PlacementLine]
    measurements: list[MeasurementLine]
    guidance: list[GuidanceEntry]
    #: what the editors on the card need (services.people): the version a save is based on
    version: int = 1
    first_name: str = ""
    last_name: str = ""
    municipality_code: str = ""


def in_caseload(who: SignedIn) -> ColumnElement[bool]:
    """The SQL condition of ``who``'s caseload (permissions' matching rule on the coach)."""
    return func.lower(func.trim(t.WorkerRow.coach)).in_(sorted(coach_names(who)))


def worker_list(
    session: Session, today: dt.date, who: SignedIn | None = None
) -> list[WorkerSummary]:
    """Every worker with the work type of the placement and the wage value in force today.

    A job coach gets her own caseload only (services.permissions).
    """
    require(who, Action.READ_WORKERS)
    work_types: dict[int, WorkType] = {}
    for worker_id, work_type in session.execute(
        select(t.PlacementRow.worker_id, t.PlacementRow.work_type)
        .where(
            t.PlacementRow.start_date <= today,
            (t.PlacementRow.end_date.is_(None)) | (t.PlacementRow.end_date >= today),
        )
        .order_by(t.PlacementRow.start_date)
    ):
        work_types[worker_id] = work_type  # the latest placement in force wins
    wage_values: dict[int, Decimal] = {}
    for worker_id, value in session.execute(
        select(t.WageValueRow.worker_id, t.WageValueRow.wage_value)
        .where(t.WageValueRow.measured_on <= today)
        .order_by(t.WageValueRow.measured_on)
    ):
        wage_values[worker_id] = value
    rows = session.execute(
        select(
            *WORKER_NAMED,
            t.WorkerRow.target_group,
            t.MunicipalityRow.name,
            t.WorkerRow.coach,
        )
        .join(t.MunicipalityRow, t.MunicipalityRow.id == t.WorkerRow.municipality_id)
        .where(in_caseload(who) if who is not None and caseload_only(who) else true())
        .order_by(t.WorkerRow.last_name, t.WorkerRow.first_name)
    )
    return [
        WorkerSummary(
            r[0],
            r[1],
            f"{r[2]} {r[3]}",
            r[4],
            r[5],
            work_types.get(r[0]),
            r[6] or "",
            wage_values.get(r[0]),
            sort_name(r[2], r[3]),
        )
        for r in rows
    ]


def measurements_of(session: Session, worker_id: int) -> list[MeasurementLine]:
    """The worker's measurements with their tasks, oldest first."""
    rows = session.scalars(
        select(t.WageValueRow)
        .where(t.WageValueRow.worker_id == worker_id)
        .order_by(t.WageValueRow.measured_on)
    ).all()
    lines = []
    for row in rows:
        tasks = tuple(
            TaskScore(task.task, task.time_share, task.tempo, task.quality, task.net_work_time)
            for task in sorted(row.tasks, key=lambda task: task.id)
        )
        measurement = Measurement(
            row.measured_on,
            row.wage_value,
            row.reassess_term or ReassessTerm.NONE,
            row.method,
            row.assessor,
            tasks,
        )
        lines.append(MeasurementLine(row.id, measurement))
    return lines


def worker_card(
    session: Session, worker_id: int, who: SignedIn | None = None
) -> WorkerCard | None:
    """The card of one worker, or None when the worker no longer exists.

    Only what ``who`` may read: the BSN masked (and none for a job coach), no birth date,
    indication date or employments (wages) for a job coach, guidance notes as the permission
    table says.

    Raises:
        PermissionDenied: a worker outside a job coach's caseload.
    """
    worker = session.get(t.WorkerRow, worker_id)
    if worker is None:
        return None
    require_for(who, Action.READ_WORKERS, worker.coach, worker.full_name)

    def field(name: str) -> bool:
        return allowed(who, Action.READ_WORKERS, name)
    municipality = session.get(t.MunicipalityRow, worker.municipality_id)
    activities = {
        a.id: f"{a.code} {a.name}"
        for a in session.scalars(
            select(t.ActivityRow).where(
                t.ActivityRow.id.in_([p.activity_id for p in worker.placements if p.activity_id])
            )
        )
    }
    return WorkerCard(
        worker.id,
        worker.personnel_number,
        worker.full_name,
        worker.birth_date if field("birth_date") else None,
        (mask_bsn(worker.bsn) or None) if field("bsn") else None,
        worker.target_group,
        municipality.name if municipality else "",
        worker.indication_date if field("indication_date") else None,
        worker.coach or "",
        [
            EmploymentLine(e.start_date, e.end_date, e.contract_hours_per_week, e.hourly_wage, e.id)
            for e in worker.employments
        ]
        if field("employments")
        else [],
        [
            PlacementLine(
                p.work_type,
                p.start_date,
                p.end_date,
                p.employer or activities.get(p.activity_id or 0, ""),
                p.id,
            )
            for p in worker.placements
        ],
        measurements_of(session, worker_id),
        guidance_history(session, worker_id, who=who),
        worker.version,
        worker.first_name,
        worker.last_name,
        municipality.code if municipality else "",
    )


def wage_value_in_force(card: WorkerCard, day: dt.date) -> Measurement | None:
    """The measurement in force on ``day`` (R1), through the domain's rule."""
    return measurement_in_force((line.measurement for line in card.measurements), day)


def reveal_bsn(sessions: sessionmaker[Session], worker_id: int, who: SignedIn | None) -> str:
    """The full BSN of a worker, for who may see it; the audit log records who, whose, when.

    Raises:
        PermissionDenied: a role that sees no BSN (a job coach), or a worker that is gone.
    """
    require(who, Action.REVEAL_BSN)
    with transaction(sessions) as session:
        worker = session.get(t.WorkerRow, worker_id)
        if worker is None:
            raise PermissionDenied("Deze medewerker bestaat niet meer: ververs (F5).")
        require_for(who, Action.READ_WORKERS, worker.coach, worker.full_name)
        record_event(
            session,
            t.WorkerRow.__tablename__,
            str(worker.id),
            "reveal",
            "bsn",
            worker.bsn,  # logged masked, as every BSN: the last three digits say whose
        )
        return worker.bsn or ""

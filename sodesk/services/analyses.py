"""Use cases for the analyses beyond the spreadsheet: the wage-value plan per coach
and month, the workforce outlook, realisation against target up to 2030, and guidance against
wage value; read from storage (summed in SQL), computed by the domain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sodesk.domain.enums import WorkType
from sodesk.domain.money import ZERO
from sodesk.domain.period import Period
from sodesk.domain.planning import PlannedReassessment, PlanWorker, reassessment_plan
from sodesk.domain.realisation import Realisation, realisation, waiting_total
from sodesk.domain.validation import Finding
from sodesk.domain.wage_value import measurement_in_force
from sodesk.domain.worker_month import Employment
from sodesk.domain.workforce import OutlookPerson, OutlookYear, PensionAge, workforce_outlook
from sodesk.storage import report_queries
from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set
from sodesk.storage.queries import exact
from sodesk.storage.worker_facts import WorkerRecord, load_workers


def _employment_end(employments: tuple[Employment, ...], day: dt.date) -> dt.date | None:
    """The end of the employment run that includes ``day`` (None: open-ended)."""
    current = [e for e in employments if e.active_on(day)]
    if not current:
        return day
    ends = [e.end for e in employments if e.end is not None]
    return None if len(ends) < len(employments) else max(ends)


def wage_value_plan(
    session: Session, today: dt.date, until: dt.date, coach: str | None = None
) -> list[PlannedReassessment]:
    """Re-assessments due until ``until`` for the workers employed today (one coach, or all)."""
    params = load_parameter_set(session)
    workers = load_workers(session, load_municipality_terms(session))
    plan_workers = [
        PlanWorker(
            w.facts.personnel_number,
            w.coach,
            w.target_group,
            w.facts.measurements,
            _employment_end(w.facts.employments, today),
        )
        for w in workers.values()
        if any(e.active_on(today) for e in w.facts.employments)
        and (coach is None or w.coach == coach)
    ]
    return reassessment_plan(plan_workers, today, until, params.statutory_sheltered)


def pension_ages(session: Session) -> dict[int, PensionAge]:
    return {
        row.year: PensionAge(row.years, row.months)
        for row in session.scalars(select(t.PensionAgeRow))
    }


def outlook(
    session: Session,
    first_year: int,
    years: int = 10,
    inflow: Mapping[tuple[int, WorkType], int] | None = None,
    critical_mass: Mapping[WorkType, int] | None = None,
) -> tuple[list[OutlookYear], list[Finding]]:
    """The workforce outlook from everyone employed on 1 January of ``first_year``."""
    day = dt.date(first_year, 1, 1)
    workers = load_workers(session, load_municipality_terms(session))
    people = []
    births = dict(session.execute(select(t.WorkerRow.id, t.WorkerRow.birth_date)).all())
    for worker_id, worker in workers.items():
        jobs = [e for e in worker.facts.employments if e.active_on(day)]
        if not jobs:
            continue
        contract = sum((e.contract_hours_per_week for e in jobs), Decimal(0))
        people.append(
            OutlookPerson(
                worker.work_type_on(day),
                worker.target_group,
                births.get(worker_id),
                contract,
                _employment_end(worker.facts.employments, day),
            )
        )
    return workforce_outlook(
        people, first_year, years, pension_ages(session), inflow, critical_mass=critical_mass
    )


@dataclass(frozen=True)
class RealisationYear:
    """A municipality's realisation against its target in one year, beside the national line.

    ``realisation`` is on 31 December of a past year and on ``today`` in the current year;
    None for a year still to come (only the targets are known then).
    """

    year: int
    target: int | None
    realisation: Realisation | None
    national_target: int | None


def realisation_by_year(
    session: Session, code: str, today: dt.date, until: int = 2030
) -> list[RealisationYear]:
    """From the first year with a target or an employment, up to ``until`` (R10, R12)."""
    key = report_queries.municipalities(session)[code]
    targets = {
        row.year: row.target_places
        for row in session.scalars(
            select(t.MunicipalityYearRow).where(t.MunicipalityYearRow.municipality_id == key.id)
        )
    }
    national = {
        row.year: row.target_jobs_31h for row in session.scalars(select(t.NationalTargetRow))
    }
    first_hire = session.scalar(
        select(func.min(t.EmploymentRow.start_date))
        .join(t.WorkerRow)
        .where(t.WorkerRow.municipality_id == key.id)
    )
    first = min([*targets, today.year, *([first_hire.year] if first_hire else [])])
    waiting = report_queries.waiting_entries(session, key.id, code)
    result = []
    for year in range(max(first, today.year - 9), until + 1):
        day = min(dt.date(year, 12, 31), today)
        done = None
        if year <= today.year:
            employed = report_queries.contract_hours_on(session, day, key.id)
            done = realisation(employed, targets.get(year), waiting_total(waiting, day))
        result.append(RealisationYear(year, targets.get(year), done, national.get(year)))
    return result


@dataclass(frozen=True)
class GuidanceAndWageValue:
    """A worker's guidance hours in a period beside the wage value and its development."""

    personnel_number: str
    guidance_hours: Decimal
    wage_value_start: Decimal | None
    wage_value_end: Decimal | None

    @property
    def change(self) -> Decimal | None:
        if self.wage_value_start is None or self.wage_value_end is None:
            return None
        return self.wage_value_end - self.wage_value_start


def guidance_against_wage_value(
    session: Session, period: Period, workers: dict[int, WorkerRecord] | None = None
) -> list[GuidanceAndWageValue]:
    """Per measured worker: guidance hours in the period and the wage value at its start and
    end (whether more guidance goes with a rising wage value). Guidance summed in SQL;
    ``workers`` as loaded in the same session, when the caller has them already."""
    hours = {
        worker_id: exact(total)
        for worker_id, total in session.execute(
            select(t.GuidanceRow.worker_id, func.sum(t.GuidanceRow.hours))
            .where(t.GuidanceRow.date.between(period.start, period.end))
            .group_by(t.GuidanceRow.worker_id)
        )
    }
    if workers is None:
        workers = load_workers(session, load_municipality_terms(session))
    result = []
    for worker_id, worker in sorted(workers.items(), key=lambda w: w[1].facts.personnel_number):
        measurements = worker.facts.measurements
        if not measurements:
            continue
        start = measurement_in_force(measurements, period.start)
        end = measurement_in_force(measurements, period.end)
        if end is None:
            continue
        result.append(
            GuidanceAndWageValue(
                worker.facts.personnel_number,
                hours.get(worker_id, ZERO),
                None if start is None else start.wage_value,
                end.wage_value,
            )
        )
    return result

"""Use cases for the analyses beyond the spreadsheet (issue 9): the wage-value plan per coach
and month, and the workforce outlook; read from storage, computed by the domain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.enums import WorkType
from sodesk.domain.planning import PlannedReassessment, PlanWorker, reassessment_plan
from sodesk.domain.validation import Finding
from sodesk.domain.workforce import OutlookPerson, OutlookYear, PensionAge, workforce_outlook
from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set
from sodesk.storage.worker_facts import load_workers


def _employment_end(employments: tuple, day: dt.date) -> dt.date | None:  # type: ignore[type-arg]
    """The end of the employment run that includes ``day`` (None: open-ended)."""
    current = [e for e in employments if e.active_on(day)]
    if not current:
        return day
    return None if any(e.end is None for e in employments) else max(e.end for e in employments)


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

"""Wage-value planning (planning loonwaardemetingen): which re-assessments fall due, per job
coach and month (R1 terms), and none for sheltered workers once the statutory fixed subsidy
replaces the measurement (R3: 68 % from 2028-01-01, seed 001 line 158).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from sodesk.domain.enums import TargetGroup
from sodesk.domain.parameters import FixedRegime
from sodesk.domain.period import add_months
from sodesk.domain.wage_value import Measurement, measurement_in_force

MONTHS_AHEAD = 12
"""How many months the plan per job coach looks ahead (the month of today included)."""


@dataclass(frozen=True, slots=True)
class PlanWorker:
    """What the plan needs of a worker (medewerker in de planning)."""

    personnel_number: str
    coach: str | None
    target_group: TargetGroup
    measurements: tuple[Measurement, ...]
    employment_end: date | None = None


@dataclass(frozen=True, slots=True)
class PlannedReassessment:
    """A re-assessment that falls due (herbeoordeling), overdue when ``due`` lies before today."""

    personnel_number: str
    coach: str | None
    measured_on: date
    due: date
    overdue: bool


def reassessment_plan(
    workers: Iterable[PlanWorker], today: date, until: date, statutory: FixedRegime
) -> list[PlannedReassessment]:
    """Every re-assessment due on or before ``until`` (overdue ones included), by due date.

    Not planned: workers without a measurement (they need a first one, not a re-assessment),
    a term of "no change expected", a due date after the end of employment, and a sheltered
    worker's due date on or after the statutory regime's start (no measurement needed then).
    """
    plan = []
    for worker in workers:
        current = measurement_in_force(worker.measurements, today)
        if current is None or current.due is None or current.due > until:
            continue
        if worker.employment_end is not None and current.due > worker.employment_end:
            continue
        if (
            worker.target_group is TargetGroup.SHELTERED
            and statutory.valid_from is not None
            and current.due >= statutory.valid_from
        ):
            continue
        plan.append(
            PlannedReassessment(
                worker.personnel_number,
                worker.coach,
                current.measured_on,
                current.due,
                current.due < today,
            )
        )
    return sorted(plan, key=lambda p: (p.due, p.personnel_number))


def plan_by_coach_and_month(
    plan: Iterable[PlannedReassessment],
) -> dict[tuple[str | None, date], list[PlannedReassessment]]:
    """The plan grouped per coach and month of the due date (first day of that month)."""
    grouped: dict[tuple[str | None, date], list[PlannedReassessment]] = defaultdict(list)
    for item in plan:
        grouped[(item.coach, item.due.replace(day=1))].append(item)
    return dict(grouped)


def reference_day(period_end: date, today: date) -> date:
    """The day the workforce outlook and the re-assessment plan count from, on the Analyses
    page and in the outlook report alike: the day after the period, or today while the
    period still runs (a re-assessment is overdue only once its day has passed)."""
    return min(period_end + timedelta(days=1), today)


def outlook_first_year(reference: date) -> int:
    """The outlook's first year: it counts on 1 January, the first one from ``reference``."""
    return reference.year if (reference.month, reference.day) == (1, 1) else reference.year + 1


def plan_months(today: date, months: int = MONTHS_AHEAD) -> list[date]:
    """The first days of the ``months`` months the plan shows, from today's month on."""
    return [add_months(today.replace(day=1), n) for n in range(months)]


def plan_until(today: date, months: int = MONTHS_AHEAD) -> date:
    """The last day the plan looks at: the end of the last of :func:`plan_months`."""
    return add_months(today.replace(day=1), months) - timedelta(days=1)

"""The outlook report (Vooruitblik): the workforce outlook and the re-assessment plan on paper.

Why: every analysis is on a page of the desktop application *and* in a report.
The workforce outlook (headcount and 31-hour jobs per work type for ten years, with the
critical-mass warnings) and the wage-value re-assessments per job coach and month are use
cases of ``sodesk.services.analyses`` (``outlook``, ``wage_value_plan``), a layer above the
reports; the service that renders reports computes them and hands their results to
:func:`build_outlook_report`, as it does for the municipal report's history. The results are
domain objects (:class:`~sodesk.domain.workforce.OutlookYear`,
:class:`~sodesk.domain.planning.PlannedReassessment`), so the reports layer needs nothing of
the services layer. This module only arranges them (counts per coach and month, the first
year a work type falls below the critical mass) and lists the parameters used.

The report is internal (controller, manager): the planning detail names personnel numbers,
never a worker's name or BSN; the job coaches are named, as on the Analyses page.

Reference day (peildatum): the day after the period, or today while the period runs
(``domain.planning.reference_day``, which the Analyses page uses too). The outlook counts on
1 January of ten years from the first 1 January from the reference day; the plan covers the
twelve months from the reference day's month, and a re-assessment due before the reference
day is overdue.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sodesk.domain.completeness import Gap, pension_age_gap
from sodesk.domain.enums import WorkType
from sodesk.domain.parameters import SOURCE_FIXED, FixedRegime, UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.planning import PlannedReassessment, outlook_first_year
from sodesk.domain.planning import reference_day as planning_reference_day
from sodesk.domain.subsidy import JOB_HOURS
from sodesk.domain.validation import Finding
from sodesk.domain.workforce import OutlookYear
from sodesk.reports.finding_texts import worded
from sodesk.storage.records import OutlookRecords, PensionAge

TITLE = "Vooruitblik"
BELOW_CODE = "outlook.below_critical_mass"
SOURCE_PENSION = "pension_age.csv: Algemene Ouderdomswet art. 7a (SOURCES.md)"
SOURCE_CHOICE = "gekozen bij het maken van het rapport (--critical-mass; standaard {default})"


@dataclass(frozen=True, slots=True)
class WorkTypeOutlook:
    """One work type's years (None: people without a placement) and the first year below the
    critical mass (None: never below it in the outlook)."""

    work_type: WorkType | None
    years: tuple[OutlookYear, ...]
    first_below: int | None

    @property
    def label(self) -> str:
        return "Niet geplaatst" if self.work_type is None else self.work_type.label

    @property
    def nobody(self) -> bool:
        """Nobody of this work type in any year (no line of work to keep up)."""
        return all(y.headcount == 0 for y in self.years)


@dataclass(frozen=True, slots=True)
class CoachPlan:
    """A job coach's re-assessments: overdue ones, those due per month, and all together."""

    coach: str | None
    overdue: int
    per_month: tuple[int, ...]

    @property
    def total(self) -> int:
        return self.overdue + sum(self.per_month)

    @property
    def label(self) -> str:
        return self.coach or "Geen jobcoach"


@dataclass(frozen=True)
class OutlookReport:
    """Everything the outlook report prints, in every format.

    Attributes:
        reference_day: the day after the period (peildatum).
        critical_mass: the fewest people per work type, below which a year is marked.
        work_types: per work type (every one, and the unplaced when there are any).
        plan: every re-assessment due up to ``plan_until`` (overdue ones first by date).
        months: the first days of the plan's months.
        by_coach: counts per job coach, ordered by name (no coach last).
        statutory: the regime after which sheltered workers get no re-assessment (R3).
    """

    company: str
    period: Period
    generated_at: dt.datetime
    reference_day: dt.date
    critical_mass: int
    first_year: int
    work_types: tuple[WorkTypeOutlook, ...]
    plan: tuple[PlannedReassessment, ...]
    months: tuple[dt.date, ...]
    plan_until: dt.date
    by_coach: tuple[CoachPlan, ...]
    statutory: FixedRegime
    last_known_pension_year: int | None
    parameters: list[UsedParameter]
    warnings: list[Finding]
    incomplete: list[Gap] = field(default_factory=list)
    """Parameters past their horizon (the pension age past its last known year)."""

    @property
    def last_year(self) -> int:
        years = [y.year for w in self.work_types for y in w.years]
        return max(years, default=self.first_year)

    @property
    def below(self) -> list[WorkTypeOutlook]:
        """Work types that have people and fall below the critical mass, the first first."""
        found = [w for w in self.work_types if w.first_below is not None and not w.nobody]
        return sorted(found, key=lambda w: (w.first_below or 0, w.label))

    @property
    def overdue(self) -> int:
        return sum(1 for p in self.plan if p.overdue)


def work_type_outlooks(years: Sequence[OutlookYear]) -> tuple[WorkTypeOutlook, ...]:
    """The outlook's years grouped per work type, in the outlook's order."""
    grouped: dict[WorkType | None, list[OutlookYear]] = {}
    for year in years:
        grouped.setdefault(year.work_type, []).append(year)
    return tuple(
        WorkTypeOutlook(
            work_type,
            tuple(sorted(items, key=lambda y: y.year)),
            min((y.year for y in items if y.below_critical_mass), default=None),
        )
        for work_type, items in grouped.items()
    )


def coach_plans(plan: Sequence[PlannedReassessment], months: Sequence[dt.date]) -> list[CoachPlan]:
    """Per job coach the overdue re-assessments and those due in each of ``months``."""
    overdue = Counter(p.coach for p in plan if p.overdue)
    due = Counter((p.coach, p.due.replace(day=1)) for p in plan if not p.overdue)
    coaches = sorted({p.coach for p in plan}, key=lambda c: (c is None, c or ""))
    return [
        CoachPlan(coach, overdue[coach], tuple(due[(coach, m)] for m in months))
        for coach in coaches
    ]


def _pension_parameters(
    rows: list[PensionAge], first_year: int, last_year: int
) -> tuple[list[UsedParameter], int | None]:
    """The pension ages that apply from ``first_year`` to ``last_year`` (the age of the latest
    year before the first included), and the last year with a known age (``rows`` by year)."""
    if not rows:
        return [], None
    start = max((r.year for r in rows if r.year <= first_year), default=rows[0].year)
    used = [
        UsedParameter(
            f"pension_age.{r.year}",
            f"{r.years} jaar" + (f" en {r.months} maanden" if r.months else ""),
            dt.date(r.year, 1, 1),
            SOURCE_PENSION + (f"; {r.status}" if r.status else ""),
        )
        for r in rows
        if start <= r.year <= last_year
    ]
    return used, rows[-1].year


def build_outlook_report(
    records: OutlookRecords,
    period: Period,
    company: str,
    *,
    outlook: tuple[Sequence[OutlookYear], Sequence[Finding]],
    plan: Sequence[PlannedReassessment],
    months: Sequence[dt.date],
    plan_until: dt.date,
    critical_mass: int,
    default_critical_mass: int,
    reference_day: dt.date | None = None,
) -> OutlookReport:
    """The report from the services' results (the outlook with its findings, the plan).

    Args:
        records: the parameters used (pension ages, the 2028 regime), read beforehand.
        outlook: ``services.analyses.outlook`` from the year after the period's end.
        plan: ``services.analyses.wage_value_plan`` on the reference day up to ``plan_until``.
        months: the plan's months (``domain.planning.plan_months``).
        critical_mass: the critical mass the outlook was computed with.
        default_critical_mass: the default, named in the parameters' source.
        reference_day: the day the plan counts from (``domain.planning.reference_day``).
    """
    years, findings = outlook
    groups = work_type_outlooks(years)
    if reference_day is None:
        reference_day = planning_reference_day(period.end, dt.date.today())
    first_year = min((y.year for y in years), default=outlook_first_year(reference_day))
    last_year = max((y.year for y in years), default=first_year)
    statutory = records.statutory
    pensions, last_known = _pension_parameters(records.pension_ages, first_year, last_year)
    source = SOURCE_CHOICE.format(default=default_critical_mass)
    parameters = [
        UsedParameter("outlook.critical_mass", critical_mass, None, source),
        UsedParameter("outlook.years", len({y.year for y in years}), None, "sodesk"),
        UsedParameter("outlook.inflow", "geen", None, "geen verwachte instroom ingevoerd"),
        UsedParameter("job_hours", JOB_HOURS, None, "R10: een baan is 31 uur per week"),
        *pensions,
        UsedParameter("plan.months", len(months), None, "sodesk"),
        UsedParameter(statutory.name, statutory.fraction, statutory.valid_from, SOURCE_FIXED),
    ]
    return OutlookReport(
        company=company,
        period=period,
        generated_at=dt.datetime.now().replace(microsecond=0),
        reference_day=reference_day,
        critical_mass=critical_mass,
        first_year=first_year,
        work_types=groups,
        plan=tuple(plan),
        months=tuple(months),
        plan_until=plan_until,
        by_coach=tuple(coach_plans(plan, months)),
        statutory=statutory,
        last_known_pension_year=last_known,
        parameters=parameters,
        warnings=list(findings),
        incomplete=worded(pension_age_gap(first_year, last_year, last_known)),
    )

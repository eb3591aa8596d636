"""The sector questionnaire per work type (uitvraag loonwaarde en verdiencapaciteit), R11.

Why: the sector's research (seed 004 lines 988-1021) asks every company, about its sheltered
workers (beschut werk), per work type: headcount, size of employment (FTE), NTW, average LKS,
average measured wage value and the spread over six wage-value categories. The figures come
from the same company run (R6) and activity report (R5-R8) as every other report, so they
agree with them; the domain's :func:`sodesk.domain.questionnaire.questionnaire` computes them.

This module also holds the two views the municipal report (:mod:`.municipal`) shares:

* :class:`WorkerPeriod`, one worker over the period (medewerker in de periode): the sums of
  the worker's months of the run, the work type of the placement and the wage value in force
  on the *reference day* (the last day of the period the worker is employed), and the
  weekly contract averaged over the whole period (``paid_hours x 7 / days in the period``,
  so a worker employed half the period counts half; FTE = that / 37, R11).
* :func:`activity_shares`, the rule for the NTW of a group of workers (NTW per groep): an
  activity's revenue and purchase value are split over groups of workers in proportion to
  their productive hours on it in the period (domain ``allocate``: the parts add up exactly
  to the activity's figures), and its overhead follows each group's hours per month at the
  month's rate (R7), as in the activity report. A group's NTW per work type is the NTW of
  its shares, under the *activity's* work type. An activity with revenue or purchases but no
  productive hours in the period belongs to no group; the report warns and names it.

Choices (also stated in the report's warnings with code ``assumption.*``): headcount counts
sheltered workers employed on at least one day of the period; a worker without a placement
on the reference day is left out of the work types and counted apart; NTW per work type is
the sheltered workers' share by productive hours (the rule above).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sodesk.domain.attribution import allocate
from sodesk.domain.completeness import Gap
from sodesk.domain.enums import RevenueSource, TargetGroup, WorkType
from sodesk.domain.lines import is_non_productive
from sodesk.domain.money import ZERO, safe_div
from sodesk.domain.parameters import ParameterSet, UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.profitability import (
    ActivityFigures,
    ActivityInputs,
    activity_figures,
    overhead,
    totals_by_work_type,
)
from sodesk.domain.questionnaire import (
    QuestionnaireFigures,
    QuestionnaireWorker,
    WorkTypeFigures,
    average_wage_value,
    category_counts,
    questionnaire,
)
from sodesk.domain.revenue import RevenueResult
from sodesk.domain.validation import Finding
from sodesk.domain.wage_value import measurement_in_force
from sodesk.domain.worker_month import Employment
from sodesk.reports.activities import ActivityReport
from sodesk.reports.company_run import CompanyRun
from sodesk.reports.fingerprint import ReportFingerprint

ASSUMPTION_HEADCOUNT = (
    "Aantal medewerkers: iedereen die op minstens één dag van de periode in dienst is; "
    "werksoort en loonwaarde zoals op de laatste dag in dienst binnen de periode; fte = "
    "gemiddelde contracturen per week over de hele periode / 37."
)
ASSUMPTION_NTW = (
    "NTW per werksoort voor een groep medewerkers: omzet en inkoop van elke activiteit naar "
    "rato van de productieve uren van die groep op de activiteit in de periode, onder de "
    "werksoort van de activiteit."
)


@dataclass(frozen=True, slots=True)
class WorkerPeriod:
    """One worker over the report period (medewerker in de periode); see the module text.

    ``work_type`` and ``wage_value`` are those on ``reference_day``, the last day of the
    period the worker is employed (None when never employed in the period).
    """

    worker_id: int
    personnel_number: str
    municipality_code: str
    target_group: TargetGroup
    days_employed: int
    reference_day: dt.date | None
    work_type: WorkType | None
    wage_value: Decimal | None
    contract_hours: Decimal
    paid_hours: Decimal
    wage_cost: Decimal
    lks: Decimal
    lks_fixed_68: Decimal
    guidance_subsidy: Decimal
    wsw_subsidy: Decimal
    guidance_hours: Decimal
    guidance_cost: Decimal

    @property
    def employed(self) -> bool:
        """Whether the worker is employed on at least one day of the period."""
        return self.days_employed > 0

    def questionnaire_row(self) -> QuestionnaireWorker | None:
        """The worker as the domain's questionnaire counts them; None when not counted."""
        if not self.employed or self.work_type is None:
            return None
        return QuestionnaireWorker(self.work_type, self.contract_hours, self.lks, self.wage_value)


def workers_in_period(run: CompanyRun) -> dict[int, WorkerPeriod]:
    """Every worker with a month in the run, by database id (the sums of their months)."""
    result = {}
    for worker_id, total in run.worker_totals.items():
        record = run.workers[worker_id]
        day = _reference_day(record.facts.employments, run.period)
        measurement = None if day is None else measurement_in_force(record.facts.measurements, day)
        result[worker_id] = WorkerPeriod(
            worker_id=worker_id,
            personnel_number=record.facts.personnel_number,
            municipality_code=record.facts.municipality.code,
            target_group=record.target_group,
            days_employed=total.days_employed,
            reference_day=day,
            work_type=None if day is None else record.work_type_on(day),
            wage_value=None if measurement is None else measurement.wage_value,
            contract_hours=total.paid_hours * 7 / run.period.days,
            paid_hours=total.paid_hours,
            wage_cost=total.wage_cost,
            lks=total.lks,
            lks_fixed_68=total.lks_fixed_68,
            guidance_subsidy=total.guidance_subsidy,
            wsw_subsidy=total.wsw_subsidy,
            guidance_hours=run.guidance_hours.get(worker_id, ZERO),
            guidance_cost=total.guidance_cost,
        )
    return result


def _reference_day(employments: Iterable[Employment], period: Period) -> dt.date | None:
    """The last day of ``period`` inside an employment, or None."""
    last = None
    for e in employments:
        if e.start > period.end or (e.end is not None and e.end < period.start):
            continue
        end = period.end if e.end is None else min(e.end, period.end)
        last = end if last is None else max(last, end)
    return last


def activity_shares(
    lines: Iterable[ActivityFigures],
    run: CompanyRun,
    hours: Iterable[tuple[int, int, dt.date, Decimal]],
    group_of: Callable[[int], str],
) -> tuple[dict[str, list[ActivityFigures]], list[ActivityFigures]]:
    """Split activity lines over groups of workers by productive hours (module text).

    Args:
        lines: the activity report's lines (non-productive lines are skipped).
        run: the company run (activity codes and overhead rates).
        hours: ``(worker id, activity id, first of month, hours)`` rows of the period.
        group_of: the group of a worker id (a municipality code, a target group).

    Returns:
        Per group the share lines (revenue, purchase value, productive hours, overhead), and
        the activity lines with revenue or purchases that no group worked on.
    """
    per_activity: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    per_month: dict[tuple[str, str], dict[dt.date, Decimal]] = defaultdict(
        lambda: defaultdict(Decimal)
    )
    for worker_id, activity_id, month, total in hours:
        code, group = run.activity_codes[activity_id], group_of(worker_id)
        per_activity[code][group] += total
        per_month[(group, code)][month] += total
    shares: dict[str, list[ActivityFigures]] = defaultdict(list)
    unsplit: list[ActivityFigures] = []
    for line in lines:
        if is_non_productive(line.code):
            continue
        weights = dict(sorted(per_activity.get(line.code, {}).items()))  # same order each run
        if sum(weights.values(), ZERO) == 0:
            if line.revenue or line.purchase_value:
                unsplit.append(line)
            continue
        revenue = allocate(line.revenue, weights)
        purchases = allocate(line.purchase_value, weights)
        source = line.revenue_source or RevenueSource.RATES
        for group, group_hours in weights.items():
            if group_hours == 0:
                continue
            shares[group].append(
                activity_figures(
                    ActivityInputs(
                        code=line.code,
                        name=line.name,
                        work_type=line.work_type,
                        productive_hours=group_hours,
                        revenue=RevenueResult(revenue[group], source),
                        purchase_value=purchases[group],
                        overhead=_overhead(per_month[(group, line.code)], line, run.params),
                    )
                )
            )
    return shares, unsplit


def municipal_shares(
    lines: Iterable[ActivityFigures], run: CompanyRun
) -> tuple[dict[str, list[ActivityFigures]], list[ActivityFigures]]:
    """:func:`activity_shares` over the run's hours, grouped by the workers' municipality."""
    return activity_shares(
        lines, run, run.productive_rows, lambda w: run.workers[w].facts.municipality.code
    )


def _overhead(
    months: Mapping[dt.date, Decimal], line: ActivityFigures, params: ParameterSet
) -> Decimal:
    """Overhead of a group's hours on an activity: per month at that year's rate (R7)."""
    result = ZERO
    for month, total in months.items():
        rate = None if line.work_type is None else params.overhead_rate(month.year, line.work_type)
        if rate is not None:
            result += overhead(total, rate)
    return result


def ntw_by_work_type(shares: Iterable[ActivityFigures]) -> dict[WorkType, Decimal]:
    """A group's NTW per work type of the activities it worked on."""
    return {
        work_type: figures.ntw
        for work_type, figures in totals_by_work_type(shares).items()
        if work_type is not None
    }


def unsplit_warning(lines: list[ActivityFigures]) -> Finding | None:
    """The warning for activities whose NTW belongs to no group of workers."""
    if not lines:
        return None
    return Finding(
        "ntw.without_hours",
        "",
        "hours",
        None,
        ", ".join(f.code for f in lines),
        {"activities": tuple((f.code, f.ntw) for f in lines)},
    )


def questionnaire_totals(
    figures: Mapping[WorkType, WorkTypeFigures], wage_values: Iterable[Decimal]
) -> QuestionnaireFigures:
    """Sum the work types; the averages over everyone (domain functions)."""
    values = list(wage_values)
    fte = sum((f.fte for f in figures.values()), ZERO)
    lks = sum((f.lks for f in figures.values()), ZERO)
    return QuestionnaireFigures(
        headcount=sum(f.headcount for f in figures.values()),
        fte=fte,
        ntw=sum((f.ntw for f in figures.values()), ZERO),
        lks=lks,
        average_lks_per_fte=safe_div(lks, fte),
        measured_persons=len(values),
        average_wage_value=average_wage_value(values),
        wage_value_categories=category_counts(values),
    )


@dataclass(frozen=True)
class QuestionnaireReport:
    """The questionnaire figures of a period for the company's sheltered workers."""

    period: Period
    generated_at: dt.datetime
    company: str
    parameters: list[UsedParameter]
    warnings: list[Finding]
    work_types: dict[WorkType, WorkTypeFigures]
    totals: QuestionnaireFigures
    unplaced_persons: int
    sector_mix: dict[WorkType, Decimal]
    incomplete: list[Gap] = field(default_factory=list)
    """The parameters the figures lack (those of the activity report); empty when complete."""
    fingerprint: ReportFingerprint | None = None
    """What the figures were computed from (the activity report's); None when hand-made."""


def questionnaire_report(
    run: CompanyRun,
    activities: ActivityReport,
    sector_mix: dict[WorkType, Decimal],
    company: str,
) -> QuestionnaireReport:
    """The questionnaire (R11) over the run's period, from the run, the activity report of
    that run and the sector's work type mix (no session)."""
    period = run.period
    shares, unsplit = activity_shares(
        activities.lines,
        run,
        run.productive_rows,
        lambda worker_id: run.workers[worker_id].target_group.value,
    )
    sheltered = [
        w
        for w in workers_in_period(run).values()
        if w.target_group is TargetGroup.SHELTERED and w.employed
    ]
    rows = [row for w in sheltered if (row := w.questionnaire_row()) is not None]
    ntw = ntw_by_work_type(shares.get(TargetGroup.SHELTERED.value, []))
    figures = questionnaire(rows, ntw)
    warnings = [
        Finding("assumption.headcount", ASSUMPTION_HEADCOUNT),
        Finding("assumption.ntw_by_hours", ASSUMPTION_NTW),
    ]
    unplaced = len(sheltered) - len(rows)
    if unplaced:
        warnings.append(
            Finding(
                "questionnaire.unplaced",
                "",
                "work_type",
                unplaced,
                arguments={"count": unplaced},
            )
        )
    if (finding := unsplit_warning(unsplit)) is not None:
        warnings.append(finding)
    return QuestionnaireReport(
        period=period,
        generated_at=activities.generated_at,
        fingerprint=activities.fingerprint,
        company=company,
        parameters=activities.parameters,
        warnings=warnings + activities.warnings,
        work_types=figures,
        totals=questionnaire_totals(
            figures, [r.wage_value for r in rows if r.wage_value is not None]
        ),
        unplaced_persons=unplaced,
        sector_mix=sector_mix,
        incomplete=activities.incomplete,
    )

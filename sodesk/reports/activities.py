"""The per-activity profitability report (R5-R8): the data object behind JSON, PDF and Excel.

It also carries the company's scenario 2028 (R12, :mod:`sodesk.reports.scenario_2028`), made
from the same company run, so "what happens to us in 2028" costs no second pass over hours.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sodesk.domain.completeness import Gap
from sodesk.domain.enums import WorkType
from sodesk.domain.lines import LineKey, LineKind
from sodesk.domain.money import ZERO
from sodesk.domain.parameters import UsedParameter
from sodesk.domain.period import Period
from sodesk.domain.profitability import (
    ActivityFigures,
    ActivityInputs,
    activity_figures,
    overhead,
    totals,
)
from sodesk.domain.revenue import (
    activity_revenue,
    purchase_value,
    rate_in_force,
)
from sodesk.domain.validation import Finding
from sodesk.reports.company_run import CompanyRun
from sodesk.reports.completeness import gaps_of
from sodesk.reports.finding_texts import finding_text
from sodesk.reports.fingerprint import ReportFingerprint, report_fingerprint
from sodesk.reports.scenario_2028 import (
    CompanyScenario2028,
    company_scenario,
    with_statutory_regime,
)
from sodesk.storage.records import ActivityRecords

NON_PRODUCTIVE_NAME = "Niet-productief (verlof, verzuim, leegloop)"


@dataclass(frozen=True)
class ActivityReport:
    """Every activity line and non-productive line of a period, with totals."""

    period: Period
    generated_at: dt.datetime
    company: str
    parameters: list[UsedParameter]
    warnings: list[Finding]
    lines: list[ActivityFigures]
    totals: ActivityFigures
    client_names: dict[str, str]
    scenario_2028: CompanyScenario2028 | None = None
    """What happens in 2028 (R12), from the same run; None only in hand-made reports."""
    municipality_names: dict[str, str] = field(default_factory=dict)
    """Municipality code to name, so that printed pages name a municipality, not its code."""
    incomplete: list[Gap] = field(default_factory=list)
    """The parameters the figures lack (missing or past their horizon); empty when complete."""
    fingerprint: ReportFingerprint | None = None
    """What the figures were computed from; None only in hand-made reports."""


def activity_report(run: CompanyRun, records: ActivityRecords, company: str) -> ActivityReport:
    """The report of ``run``'s period from the run and what else was read (no session)."""
    period = run.period
    warnings: list[Finding] = list(run.findings)
    invoices, purchases = records.invoices, records.purchases
    production, rates = records.production, records.rates
    daily = priced_hours(run, records)
    lines: list[ActivityFigures] = []
    client_names: dict[str, str] = {}
    missing_overhead: set[tuple[int, WorkType]] = set()
    for activity in records.activities:
        client_names[activity.code] = activity.client_name
        hours_by_day = daily.get(activity.id, {})
        hours = sum(hours_by_day.values(), ZERO)
        revenue = activity_revenue(
            period,
            invoices.get(activity.id, []),
            rates[activity.id],
            hours_by_day,
            production.get(activity.id, []),
            activity.code,
        )
        warnings.extend(revenue.findings)
        cost_overhead = ZERO
        for month in period.months():
            month_hours = run.productive_by_activity_month.get((activity.id, month.start), ZERO)
            if not month_hours:
                continue
            rate = run.params.overhead_rate(month.start.year, activity.work_type)
            if rate is None:
                missing_overhead.add((month.start.year, activity.work_type))
                continue
            cost_overhead += overhead(month_hours, rate)
        line = run.lines.get(LineKey.activity(activity.code))
        amounts = line.amounts if line else None
        if hours == 0 and revenue.amount == 0 and amounts is None:
            continue  # not active in the period
        lines.append(
            activity_figures(
                ActivityInputs(
                    code=activity.code,
                    name=activity.name,
                    work_type=activity.work_type,
                    productive_hours=hours,
                    revenue=revenue,
                    purchase_value=purchase_value(period, purchases.get(activity.id, [])),
                    wage_cost=amounts.wage_cost if amounts else ZERO,
                    lks=amounts.lks if amounts else ZERO,
                    lks_fixed_68=amounts.lks_fixed_68 if amounts else ZERO,
                    guidance_cost=amounts.guidance_cost if amounts else ZERO,
                    guidance_subsidy=amounts.guidance_subsidy if amounts else ZERO,
                    wsw_subsidy=amounts.wsw_subsidy if amounts else ZERO,
                    overhead=cost_overhead,
                    wage_value_norm=line.wage_value_norm if line else ZERO,
                    hours_without_wage_value=line.hours_without_wage_value if line else ZERO,
                    current_rate=rate_in_force(rates[activity.id], period.end),
                )
            )
        )
    for year, work_type in sorted(missing_overhead):
        warnings.append(
            Finding(
                "overhead.missing",
                "",
                "overhead_rates",
                year,
                work_type.value,
                {"work_type": work_type, "year": year},
            )
        )
    lines.extend(_non_productive_lines(run))
    parameters = with_statutory_regime(run.params, period)
    for terms in run.municipalities.values():
        parameters.extend(terms.used(period))
    return ActivityReport(
        period,
        dt.datetime.now().replace(microsecond=0),
        company,
        parameters,
        _unique(warnings),
        lines,
        totals(lines),
        client_names,
        company_scenario(run),
        {terms.code: terms.name for terms in run.municipalities.values()},
        gaps_of(run, records.work_types),
        report_fingerprint(run.fingerprint, records),
    )


def _month_hours(period: Period, run: CompanyRun) -> dict[int, dict[dt.date, Decimal]]:
    """Productive hours per activity and month, for pricing by the hour (R5).

    Where an activity's rates only change on the first of a month, its hours of a month are
    priced at one rate, so the month's total (from the company run) stands for its days;
    activities whose rate changes inside a month are read per day
    (:class:`sodesk.storage.records.ActivityRecords`).
    """
    by_month: dict[int, dict[dt.date, Decimal]] = defaultdict(dict)
    for month in period.months():
        first = month.start.replace(day=1)
        for activity_id in run.activity_codes:
            hours = run.productive_by_activity_month.get((activity_id, first))
            if hours:
                by_month[activity_id][month.start] = hours
    return by_month


def priced_hours(run: CompanyRun, records: ActivityRecords) -> dict[int, dict[dt.date, Decimal]]:
    """:func:`_month_hours`, with the days of the activities whose rate changes mid-month."""
    by_month = _month_hours(run.period, run)
    by_month.update(records.hours_per_day)
    return by_month


def _non_productive_lines(run: CompanyRun) -> list[ActivityFigures]:
    result = []
    for key in sorted(k for k in run.lines if k.kind is LineKind.NON_PRODUCTIVE):
        work_type = key.work_type
        label = "zonder plaatsing" if work_type is None else work_type.label
        inputs = ActivityInputs(
            *run.lines[key].amounts.row(),
            code=key.text,
            name=f"{NON_PRODUCTIVE_NAME}: {label}",
            work_type=work_type,
        )
        result.append(activity_figures(inputs))
    return result


def _unique(findings: list[Finding]) -> list[Finding]:
    """Each warning once, by its code and the words it prints: a stored month whose findings
    hold a message only says by it what the same finding computed from the rows says by its
    values, and the run, which tells findings apart by their values, keeps both."""
    seen: set[tuple[str, str]] = set()
    result = []
    for finding in findings:
        key = (finding.code, finding_text(finding))
        if key not in seen:
            seen.add(key)
            result.append(finding)
    return result

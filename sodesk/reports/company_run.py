"""Attributes a period's wage cost, subsidies and guidance to activities (R6), company-wide.

One pass over every worker-month inside the period: the domain computes the worker's
figures (R2-R4, R9, R2b) and splits them over the activities worked on and the
non-productive line of the worker's work type. Every report that needs per-activity or
per-worker money starts from this run, so the figures agree between reports.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.attribution import AttributedAmounts, LineKey, attribute_worker_month
from sodesk.domain.money import ZERO
from sodesk.domain.parameters import MunicipalityTerms, ParameterSet
from sodesk.domain.period import Period
from sodesk.domain.profitability import guidance_cost, norm_over_days, wage_value_norm
from sodesk.domain.validation import Finding
from sodesk.domain.worker_month import WorkerMonthFigures, cut_dates, worker_month_figures
from sodesk.storage import queries
from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set
from sodesk.storage.worker_facts import WorkerRecord, load_workers


@dataclass
class LineTotals:
    """What one line (activity or non-productive) collects over the period."""

    amounts: AttributedAmounts = field(default_factory=AttributedAmounts)
    wage_value_norm: Decimal = ZERO
    hours_without_wage_value: Decimal = ZERO


@dataclass
class CompanyRun:
    """The attributed figures of a period, and what the reports need beside them."""

    period: Period
    params: ParameterSet
    municipalities: dict[int, MunicipalityTerms]
    workers: dict[int, WorkerRecord]
    activity_codes: dict[int, str]
    lines: dict[LineKey, LineTotals] = field(default_factory=lambda: defaultdict(LineTotals))
    worker_months: list[tuple[int, WorkerMonthFigures]] = field(default_factory=list)
    guidance_hours: dict[int, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    guidance_cost: dict[int, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    productive_by_activity_month: dict[tuple[int, dt.date], Decimal] = field(
        default_factory=lambda: defaultdict(Decimal)
    )
    findings: list[Finding] = field(default_factory=list)


def _employed_in(worker: WorkerRecord, span: Period) -> bool:
    return any(
        e.start <= span.end and (e.end is None or e.end >= span.start)
        for e in worker.facts.employments
    )


def _segments_uniform(figures: WorkerMonthFigures) -> bool:
    values = {(s.wage_value, s.minimum_wage) for s in figures.segments}
    return len(values) <= 1


def run_company(session: Session, period: Period) -> CompanyRun:
    """Attribute every worker-month of ``period`` (R6), with the wage-value norm (R7)."""
    params = load_parameter_set(session)
    municipalities = load_municipality_terms(session)
    workers = load_workers(session, municipalities)
    codes = {i: c for i, c in session.execute(select(t.ActivityRow.id, t.ActivityRow.code))}
    run = CompanyRun(period, params, municipalities, workers, codes)

    hours: dict[tuple[int, dt.date], dict[int, Decimal]] = defaultdict(dict)
    for worker_id, activity_id, month, total in queries.productive_hours(session, period):
        hours[(worker_id, month)][activity_id] = total
        run.productive_by_activity_month[(activity_id, month)] += total
    guidance: dict[tuple[int, dt.date], dict[str | None, Decimal]] = defaultdict(
        lambda: defaultdict(Decimal)
    )
    missing_years: set[int] = set()
    for worker_id, activity_id, coach, month, total in queries.guidance_hours(session, period):
        year = params.company_year(month.year)
        if year is None:
            missing_years.add(month.year)
            cost = ZERO
        else:
            cost = guidance_cost(total, year.coach_cost(coach))
        key = None if activity_id is None else codes[activity_id]
        guidance[(worker_id, month)][key] += cost
        run.guidance_hours[worker_id] += total
        run.guidance_cost[worker_id] += cost
    for year in sorted(missing_years):
        run.findings.append(
            Finding(
                "company_year.missing",
                f"Geen bedrijfsparameters (werkgeverslasten, uurkosten begeleiding) voor {year}: "
                "begeleidingskosten op 0 gezet.",
                "company_years",
                year,
            )
        )

    split: list[tuple[int, Period, WorkerMonthFigures]] = []
    employed = {w: _employed_in(worker, period) for w, worker in workers.items()}
    cuts = {w: cut_dates(worker.facts, period, params) for w, worker in workers.items()}
    for month in period.months():
        first = month.start.replace(day=1)
        for worker_id, worker in workers.items():
            productive = hours.get((worker_id, first), {})
            if not productive and not (employed[worker_id] and _employed_in(worker, month)):
                continue
            figures = worker_month_figures(worker.facts, month, params, cuts[worker_id])
            run.worker_months.append((worker_id, figures))
            run.findings.extend(figures.findings)
            by_code = {codes[a]: h for a, h in productive.items()}
            lines, findings = attribute_worker_month(
                figures,
                worker.work_type_on(month.end) or worker.work_type_on(month.start),
                by_code,
                guidance.get((worker_id, first), {}),
            )
            run.findings.extend(findings)
            for key, amounts in lines.items():
                run.lines[key].amounts = run.lines[key].amounts + amounts
            if _segments_uniform(figures):
                segment = figures.segments[0] if figures.segments else None
                for code, total in by_code.items():
                    line = run.lines[code]
                    if (
                        segment is None
                        or segment.wage_value is None
                        or segment.minimum_wage is None
                    ):
                        line.hours_without_wage_value += total
                    else:
                        line.wage_value_norm += wage_value_norm(
                            total, segment.wage_value, segment.minimum_wage
                        )
            elif by_code:
                split.append((worker_id, month, figures))
    _norm_for_split_months(session, run, split)
    return run


def _norm_for_split_months(
    session: Session, run: CompanyRun, split: list[tuple[int, Period, WorkerMonthFigures]]
) -> None:
    """Worker-months whose wage value or WML changes inside the month: norm per day."""
    by_month: dict[Period, list[tuple[int, WorkerMonthFigures]]] = defaultdict(list)
    for worker_id, month, figures in split:
        by_month[month].append((worker_id, figures))
    for month, items in by_month.items():
        daily = queries.hours_per_day(session, month, [w for w, _ in items])
        figures_of = dict(items)
        for (worker_id, activity_id), days in daily.items():
            norm, without = norm_over_days(figures_of[worker_id].segments, days)
            line = run.lines[run.activity_codes[activity_id]]
            line.wage_value_norm += norm
            line.hours_without_wage_value += without

"""Attributes a period's wage cost, subsidies and guidance to activities (R6), company-wide.

One pass over every worker-month inside the period: the domain computes the worker's
figures (R2-R4, R9, R2b) and splits them over the activities worked on and the
non-productive line of the worker's work type. Every report that needs per-activity or
per-worker money starts from this run, so the figures agree between reports.

Speed: the hour rows are summed in SQL (per worker, activity and month); the per-month
domain work is plain Python over Decimal. A headless run (the command line, one thread,
no Qt) splits the workers over two processes with ``os.fork``: the child computes its half
and sends back only sums, and leaves with ``os._exit`` so it never touches the parent's
database connection. In the desktop application the run stays in its worker thread.
"""

from __future__ import annotations

import datetime as dt
import os
import pickle
import sys
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from decimal import Decimal
from operator import add

from sqlalchemy import select
from sqlalchemy.orm import Session

from sodesk.domain.attribution import AttributedAmounts, LineKey, attribute_worker_month_rows
from sodesk.domain.money import ZERO
from sodesk.domain.parameters import MunicipalityTerms, ParameterSet
from sodesk.domain.period import Period
from sodesk.domain.profitability import guidance_cost, norm_over_days, wage_value_norm
from sodesk.domain.validation import Finding
from sodesk.domain.worker_month import (
    PartMemo,
    WageValueSegment,
    WorkerMonthFigures,
    cut_dates,
    worker_month_figures,
)
from sodesk.storage import queries
from sodesk.storage import tables as t
from sodesk.storage.parameters_repo import load_municipality_terms, load_parameter_set
from sodesk.storage.worker_facts import WorkerRecord, load_workers

_NOTHING = (ZERO,) * len(fields(AttributedAmounts))

#: below this many workers a second process costs more than it saves
PARALLEL_FROM = 300


@dataclass
class LineTotals:
    """What one line (activity or non-productive) collects over the period."""

    amounts: AttributedAmounts = field(default_factory=AttributedAmounts)
    wage_value_norm: Decimal = ZERO
    hours_without_wage_value: Decimal = ZERO

    def add(self, other: LineTotals) -> None:
        self.amounts = self.amounts + other.amounts
        self.wage_value_norm += other.wage_value_norm
        self.hours_without_wage_value += other.hours_without_wage_value


@dataclass
class WorkerTotals:
    """A worker's figures summed over the months of the period (the worker-level view)."""

    paid_hours: Decimal = ZERO
    wage_cost: Decimal = ZERO
    lks: Decimal = ZERO
    lks_fixed_68: Decimal = ZERO
    guidance_subsidy: Decimal = ZERO
    wsw_subsidy: Decimal = ZERO
    days_employed: int = 0
    guidance_cost: Decimal = ZERO

    def add_month(self, figures: WorkerMonthFigures) -> None:
        self.paid_hours += figures.paid_hours
        self.wage_cost += figures.wage_cost
        self.lks += figures.lks
        self.lks_fixed_68 += figures.lks_fixed_68
        self.guidance_subsidy += figures.guidance_subsidy
        self.wsw_subsidy += figures.wsw_subsidy
        self.days_employed += figures.days_employed


@dataclass
class CompanyRun:
    """The attributed figures of a period, and what the reports need beside them.

    ``productive_rows`` are the period's hours summed per (worker id, activity id, first of
    month), as read once from the database; ``worker_totals`` the figures per worker id;
    ``guidance_hours`` all guidance hours per worker id (also in months without pay).
    """

    period: Period
    params: ParameterSet
    municipalities: dict[int, MunicipalityTerms]
    workers: dict[int, WorkerRecord]
    activity_codes: dict[int, str]
    productive_rows: list[tuple[int, int, dt.date, Decimal]] = field(default_factory=list)
    lines: dict[LineKey, LineTotals] = field(default_factory=lambda: defaultdict(LineTotals))
    worker_totals: dict[int, WorkerTotals] = field(default_factory=dict)
    guidance_hours: dict[int, Decimal] = field(default_factory=lambda: defaultdict(Decimal))
    productive_by_activity_month: dict[tuple[int, dt.date], Decimal] = field(
        default_factory=lambda: defaultdict(Decimal)
    )
    findings: list[Finding] = field(default_factory=list)

    @property
    def guidance_cost(self) -> dict[int, Decimal]:
        """Guidance cost per worker id, as attributed to lines (R6, R7)."""
        return {w: totals.guidance_cost for w, totals in self.worker_totals.items()}


@dataclass
class _Part:
    """What one process computes for its workers: sums only, cheap to send back."""

    lines: dict[LineKey, LineTotals] = field(default_factory=lambda: defaultdict(LineTotals))
    worker_totals: dict[int, WorkerTotals] = field(default_factory=dict)
    findings: dict[tuple[str, str], Finding] = field(default_factory=dict)
    split: list[tuple[int, Period, tuple[WageValueSegment, ...]]] = field(default_factory=list)


@dataclass(frozen=True)
class _Inputs:
    period: Period
    params: ParameterSet
    workers: dict[int, WorkerRecord]
    codes: dict[int, str]
    hours: dict[tuple[int, dt.date], dict[int, Decimal]]
    guidance: dict[tuple[int, dt.date], dict[str | None, Decimal]]


def _employed_in(worker: WorkerRecord, span: Period) -> bool:
    return any(
        e.start <= span.end and (e.end is None or e.end >= span.start)
        for e in worker.facts.employments
    )


def _note(part: _Part, findings: Iterable[Finding]) -> None:
    for finding in findings:
        part.findings.setdefault((finding.code, finding.message), finding)


def _attribute(inputs: _Inputs, worker_ids: list[int]) -> _Part:
    """The worker-months of some workers: figures, attribution and the wage-value norm."""
    part = _Part()
    # running sums per line, in AttributedAmounts' field order and in the order the months
    # come (the same additions as adding the dataclasses, without one new object per add)
    sums: dict[LineKey, list[Decimal]] = {}
    period, params, codes = inputs.period, inputs.params, inputs.codes
    months = [(month, month.start.replace(day=1)) for month in period.months()]
    for worker_id in worker_ids:
        worker = inputs.workers[worker_id]
        employed = _employed_in(worker, period)
        cuts = cut_dates(worker.facts, period, params)
        memo = PartMemo.over(cuts)
        totals = WorkerTotals()
        for month, first in months:
            productive = inputs.hours.get((worker_id, first), {})
            if not productive and not (employed and _employed_in(worker, month)):
                continue
            figures = worker_month_figures(worker.facts, month, params, cuts, memo)
            totals.add_month(figures)
            _note(part, figures.findings)
            by_code = {codes[a]: h for a, h in productive.items()}
            guidance = inputs.guidance.get((worker_id, first), {})
            lines, findings = attribute_worker_month_rows(
                figures,
                worker.work_type_on(month.end) or worker.work_type_on(month.start),
                by_code,
                guidance,
            )
            _note(part, findings)
            totals.guidance_cost += sum(guidance.values(), ZERO)
            for key, amounts in lines.items():
                row = sums.get(key)
                sums[key] = list(map(add, row or _NOTHING, amounts))
            values = {(s.wage_value, s.minimum_wage) for s in figures.segments}
            if len(values) > 1:
                if by_code:
                    part.split.append((worker_id, month, figures.segments))
                continue
            segment = figures.segments[0] if figures.segments else None
            for code, total in by_code.items():
                line = part.lines[code]
                if segment is None or segment.wage_value is None or segment.minimum_wage is None:
                    line.hours_without_wage_value += total
                else:
                    line.wage_value_norm += wage_value_norm(
                        total, segment.wage_value, segment.minimum_wage
                    )
        part.worker_totals[worker_id] = totals
    for key, row in sums.items():
        part.lines[key].amounts = AttributedAmounts(*row)
    return part


def _may_fork() -> bool:
    """Only a plain headless process forks: one thread and no Qt loaded."""
    return (
        hasattr(os, "fork")
        and threading.active_count() == 1
        and "PySide6" not in sys.modules
        and os.environ.get("SODESK_PROCESSES", "2") != "1"
    )


def _in_two_processes(inputs: _Inputs, worker_ids: list[int]) -> list[_Part]:
    half = len(worker_ids) // 2
    mine, theirs = worker_ids[:half], worker_ids[half:]
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: compute, send, leave without running any cleanup
        status = 1
        try:
            os.close(read)
            with os.fdopen(write, "wb") as stream:
                pickle.dump(_attribute(inputs, theirs), stream, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    parts = [_attribute(inputs, mine)]
    with os.fdopen(read, "rb") as stream:
        received = stream.read()
    _, status = os.waitpid(child, 0)
    if status != 0 or not received:
        # the child failed: compute its half here, so a run never comes back incomplete
        parts.append(_attribute(inputs, theirs))
    else:
        parts.append(pickle.loads(received))
    return parts


def run_company(session: Session, period: Period) -> CompanyRun:
    """Attribute every worker-month of ``period`` (R6), with the wage-value norm (R7)."""
    params = load_parameter_set(session)
    municipalities = load_municipality_terms(session)
    workers = load_workers(session, municipalities)
    codes = {i: c for i, c in session.execute(select(t.ActivityRow.id, t.ActivityRow.code))}
    run = CompanyRun(period, params, municipalities, workers, codes)

    hours: dict[tuple[int, dt.date], dict[int, Decimal]] = defaultdict(dict)
    run.productive_rows = queries.productive_hours(session, period)
    for worker_id, activity_id, month, total in run.productive_rows:
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

    inputs = _Inputs(period, params, workers, codes, hours, guidance)
    worker_ids = sorted(workers)
    if len(worker_ids) >= PARALLEL_FROM and _may_fork():
        parts = _in_two_processes(inputs, worker_ids)
    else:
        parts = [_attribute(inputs, worker_ids)]
    split: list[tuple[int, Period, tuple[WageValueSegment, ...]]] = []
    seen: set[tuple[str, str]] = set()
    for part in parts:
        for key, line in part.lines.items():
            run.lines[key].add(line)
        run.worker_totals.update(part.worker_totals)
        for key, finding in part.findings.items():
            if key not in seen:
                seen.add(key)
                run.findings.append(finding)
        split.extend(part.split)
    _norm_for_split_months(session, run, split)
    return run


def _norm_for_split_months(
    session: Session,
    run: CompanyRun,
    split: list[tuple[int, Period, tuple[WageValueSegment, ...]]],
) -> None:
    """Worker-months whose wage value or WML changes inside the month: norm per day."""
    by_month: dict[Period, dict[int, tuple[WageValueSegment, ...]]] = defaultdict(dict)
    for worker_id, month, segments in split:
        by_month[month][worker_id] = segments
    for month, segments_of in by_month.items():
        daily = queries.hours_per_day(session, month, list(segments_of))
        for (worker_id, activity_id), days in daily.items():
            norm, without = norm_over_days(segments_of[worker_id], days)
            line = run.lines[run.activity_codes[activity_id]]
            line.wage_value_norm += norm
            line.hours_without_wage_value += without

"""The company run: a period's wage cost, subsidies and guidance attributed to activities (R6).

One pass over every worker-month inside the period: the domain computes the worker's
figures (R2-R4, R9, R2b) and splits them over the activities worked on and the
non-productive line of the worker's work type. Every report that needs per-activity or
per-worker money starts from this run, so the figures agree between reports.

The run is a function of plain records (:mod:`sodesk.engine.records`) that a
:class:`Source` reads: the facts of the company once, then the hour sums month by month.
It never touches a database itself. The per-month work is plain Python over Decimal
(:mod:`sodesk.engine.month`); from :data:`PARALLEL_FROM` workers on, a second process
(:mod:`sodesk.engine.parallel`) computes the later months while this one reads and
computes the earlier ones. The two parts' sums are added afterwards, the earlier months
first; findings keep the order in which one process would have met them. A closed month's
stored result (:mod:`sodesk.engine.snapshot`) is one more such part, added as it is.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import reduce
from typing import Protocol

from sodesk.domain.enums import TargetGroup
from sodesk.domain.lines import LineKey
from sodesk.domain.lks_regime import LKS_GROUPS, in_force, lw_basis_finding
from sodesk.domain.parameters import MunicipalityTerms, ParameterSet
from sodesk.domain.period import Period
from sodesk.domain.profitability import norm_over_days
from sodesk.domain.validation import Finding
from sodesk.domain.worker_month import WageValueSegment
from sodesk.engine.month import (
    LineTotals,
    MonthAttribution,
    Part,
    Recorder,
    SplitMonth,
    Where,
    WorkerTotals,
    split_candidates,
)
from sodesk.engine.parallel import SecondProcess, child_months, may_use_processes
from sodesk.engine.records import CompanyFacts, DailyHours, MonthRead, WorkerRecord
from sodesk.engine.snapshot import MonthResult, RunFingerprint, as_part, run_fingerprint

__all__ = ["PARALLEL_FROM", "CompanyRun", "LineTotals", "Source", "WorkerTotals", "run"]

#: below this many workers a second process costs more than it saves
PARALLEL_FROM = 300


class Source(Protocol):
    """Where a run reads from; every read of one run sees one state of the data."""

    def company(self) -> CompanyFacts:
        """Parameters, municipalities, workers and activity codes."""

    def month(self, month: Period, candidates: list[int]) -> MonthRead:
        """A month's hour and guidance sums, with the daily hours of ``candidates``."""

    def hours_per_day(self, month: Period, worker_ids: Iterable[int]) -> DailyHours:
        """The daily hours of a few workers in ``month``."""


@dataclass
class CompanyRun:
    """The attributed figures of a period, and what the reports need beside them.

    ``productive_rows`` are the period's hours summed per (worker id, activity id, first of
    month), as read once from the source; ``worker_totals`` the figures per worker id;
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
    guidance_years: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    """The years with guidance hours per worker id (guidance cost needs the company year)."""
    fingerprint: RunFingerprint | None = None
    """What the run was computed from (:func:`sodesk.engine.snapshot.run_fingerprint`)."""

    @property
    def guidance_cost(self) -> dict[int, Decimal]:
        """Guidance cost per worker id, as attributed to lines (R6, R7)."""
        return {w: totals.guidance_cost for w, totals in self.worker_totals.items()}


def run(
    source: Source,
    period: Period,
    recorder: Recorder | None = None,
    stored: Mapping[dt.date, MonthResult] | None = None,
) -> CompanyRun:
    """Attribute every worker-month of ``period`` (R6), with the wage-value norm (R7).

    ``stored`` holds month results per first of month (closed months): a whole calendar
    month of the period found there is taken from it, neither read nor computed; the other
    months are read and computed. A ``recorder`` hears every worker-month as it is
    attributed (the figure explanation); the run then computes every month, in this
    process, so the recorder hears all of them.
    """
    months = period.months()
    facts = source.company()
    result = CompanyRun(
        period, facts.params, facts.municipalities, facts.workers, facts.activity_codes
    )
    kept = {} if recorder is not None else _kept(stored or {}, months)
    live = [month for month in months if month.start not in kept]
    candidates = split_candidates(facts.workers, period, facts.params)

    def read(month: Period) -> MonthRead:
        return source.month(month, candidates.get(month.start.replace(day=1), []))

    def attribution() -> MonthAttribution:
        return MonthAttribution(period, facts, recorder)

    parallel = (
        recorder is None
        and len(facts.workers) >= PARALLEL_FROM
        and len(live) > 1
        and may_use_processes()
    )
    parts: list[Part] = []
    reads: list[MonthRead] = []
    if parallel:
        parts, reads = _in_two(live, read, attribution, facts, period)
    elif live or not kept:
        whole = attribution()
        for month in live:
            reads.append(read(month))
            whole.add(reads[-1])
        parts = [whole.result()]
    if kept:
        parts.append(as_part(kept.values(), period, facts.workers))
        reads = sorted([*reads, *(r.read() for r in kept.values())], key=_month_of)
    _record(result, reads)
    _norm_for_split_months(source, result, _merge(result, parts), recorder)
    result.findings.extend(_unconfirmed_bases(result))
    result.fingerprint = run_fingerprint(facts, reads, kept)
    return result


def _kept(
    stored: Mapping[dt.date, MonthResult], months: list[Period]
) -> dict[dt.date, MonthResult]:
    """The stored results of the period's whole calendar months."""
    return {m.start: stored[m.start] for m in months if m.start in stored and _whole(m)}


def _whole(month: Period) -> bool:
    return month.start.day == 1 and month == Period.month_of(month.start)


def _month_of(read: MonthRead) -> dt.date:
    return read.month.start


def _in_two(
    months: list[Period],
    read: Callable[[Period], MonthRead],
    attribution: Callable[[], MonthAttribution],
    facts: CompanyFacts,
    period: Period,
) -> tuple[list[Part], list[MonthRead]]:
    """The later months computed by a second process, the earlier ones here; every month is
    read here, through the one source, so both parts see one state of the data."""
    cut = len(months) - child_months(len(months))
    later: list[MonthRead] = []
    earlier: list[MonthRead] = []
    with SecondProcess(period, facts) as helper:
        for month in months[cut:]:  # the helper's months first, each handed over once read
            later.append(read(month))
            helper.send(later[-1])
        mine = attribution()
        for month in months[:cut]:
            earlier.append(read(month))
            mine.add(earlier[-1])
        theirs = helper.result()
    if theirs is None:  # the helper failed: its months are computed here, never fewer
        again = attribution()
        for month_read in later:
            again.add(month_read)
        theirs = again.result()
    return [mine.result(), theirs], earlier + later


def _unconfirmed_bases(run: CompanyRun) -> list[Finding]:
    """A warning per municipality whose inherited function-wage basis the run used (R2).

    Used: a worker of the municipality who may receive measured LKS (sheltered before the
    statutory regime, or jobs agreement) is employed on a day of the period.
    """
    statutory = run.params.statutory_sheltered
    used: set[int] = set()
    for worker in run.workers.values():
        facts = worker.facts
        if facts.target_group not in LKS_GROUPS or worker.municipality_id in used:
            continue
        if facts.target_group is TargetGroup.SHELTERED and in_force(statutory, run.period.start):
            continue
        if any(
            e.start <= run.period.end and (e.end is None or e.end >= run.period.start)
            for e in facts.employments
        ):
            used.add(worker.municipality_id)
    found = (lw_basis_finding(run.municipalities[m]) for m in sorted(used))
    return [finding for finding in found if finding is not None]


def _record(run: CompanyRun, reads: list[MonthRead]) -> None:
    """What the reports take from the read rows, in the order of the months."""
    missing_years: set[int] = set()
    for read in reads:
        run.productive_rows.extend(read.productive)
        for _worker, activity_id, month, total in read.productive:
            run.productive_by_activity_month[(activity_id, month)] += total
        for worker_id, _activity, _coach, month, total in read.guidance:
            if run.params.company_year(month.year) is None:
                missing_years.add(month.year)
            run.guidance_hours[worker_id] += total
            run.guidance_years[worker_id].add(month.year)
    for year in sorted(missing_years):
        run.findings.append(
            Finding(
                "company_year.missing",
                "",
                "company_years",
                year,
                arguments={"year": year},
            )
        )


def _merge(run: CompanyRun, parts: list[Part]) -> list[SplitMonth]:
    """The parts' sums into the run, the earlier months first; returns the split months."""
    for part in parts:
        for key, line in part.lines.items():
            run.lines[key].add(line)
    for worker_id in parts[0].worker_totals:
        run.worker_totals[worker_id] = reduce(
            WorkerTotals.plus, (part.worker_totals[worker_id] for part in parts)
        )
    first: dict[tuple[object, ...], tuple[Where, Finding]] = {}
    for part in parts:
        for said, (where, finding) in part.findings.items():
            if said not in first or where < first[said][0]:
                first[said] = (where, finding)
    run.findings.extend(finding for _where, finding in sorted(first.values(), key=_position))
    return [entry for part in parts for entry in part.split]


def _position(found: tuple[Where, Finding]) -> Where:
    return found[0]


def _norm_for_split_months(
    source: Source,
    run: CompanyRun,
    split: list[SplitMonth],
    recorder: Recorder | None = None,
) -> None:
    """Worker-months whose wage value or WML changes inside the month: norm per day."""
    add_split_norms(source, run.lines, run.activity_codes, split, recorder)


def add_split_norms(
    source: Source,
    lines: dict[LineKey, LineTotals],
    codes: dict[int, str],
    split: list[SplitMonth],
    recorder: Recorder | None = None,
) -> None:
    """The norm per day of ``split`` worker-months, added to their activities' ``lines``."""
    by_month: dict[Period, dict[int, tuple[WageValueSegment, ...]]] = defaultdict(dict)
    for worker_id, month, segments in split:
        by_month[month][worker_id] = segments
    for month, segments_of in by_month.items():
        daily = source.hours_per_day(month, list(segments_of))
        for worker_id, activities in daily.items():
            for activity_id, days in activities.items():
                norm, without = norm_over_days(segments_of[worker_id], days)
                key = LineKey.activity(codes[activity_id])
                line = lines.get(key)
                if line is None:
                    line = lines[key] = LineTotals()
                line.wage_value_norm += norm
                line.hours_without_wage_value += without
                if recorder is not None:
                    recorder.norm(worker_id, month, key, norm, without)

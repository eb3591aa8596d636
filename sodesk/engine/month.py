"""Attributes a company's worker-months month by month (R6), with the wage-value norm (R7).

Why month by month: a run may hand its later months to a second process, which starts on a
month as soon as it is read while the first process reads on (:mod:`sodesk.engine.parallel`).
What one process computes is a :class:`Part`: sums per line and per worker, cheap to send
back and to add to another part.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from operator import add
from typing import Protocol

from sodesk.domain.amounts import NO_AMOUNTS, SLOT, Amounts
from sodesk.domain.attribution import attribute_worker_month_rows
from sodesk.domain.lines import LineKey
from sodesk.domain.money import ZERO
from sodesk.domain.parameters import ParameterSet
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
from sodesk.engine.records import CompanyFacts, MonthRead, WorkerRecord

#: a worker-month without hours or guidance (never written to)
_NO_HOURS: dict[LineKey, Decimal] = {}
_NO_GUIDANCE: dict[LineKey | None, Decimal] = {}

#: where a finding first occurred: worker position, month number in the period, and its
#: number within the part (two parts' findings merge into the order one process meets them)
Where = tuple[int, int, int]
SplitMonth = tuple[int, Period, tuple[WageValueSegment, ...]]


@dataclass
class LineTotals:
    """What one line (activity or non-productive) collects over the period."""

    amounts: Amounts = NO_AMOUNTS
    wage_value_norm: Decimal = ZERO
    hours_without_wage_value: Decimal = ZERO

    def add(self, other: LineTotals) -> None:
        self.amounts = self.amounts + other.amounts
        self.wage_value_norm += other.wage_value_norm
        self.hours_without_wage_value += other.hours_without_wage_value


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkerTotals(Amounts):
    """A worker's figures summed over the months of the period (the worker-level view):
    the worker-months' amounts, with the guidance cost and productive hours of the months."""

    days_employed: int = 0

    def plus(self, other: WorkerTotals) -> WorkerTotals:
        """The totals of two runs of consecutive months (earlier months first)."""
        both = self + other
        return WorkerTotals(*both.row(), days_employed=self.days_employed + other.days_employed)


@dataclass
class Part:
    """What one process computes for its months."""

    lines: dict[LineKey, LineTotals] = field(default_factory=lambda: defaultdict(LineTotals))
    worker_totals: dict[int, WorkerTotals] = field(default_factory=dict)
    findings: dict[tuple[object, ...], tuple[Where, Finding]] = field(default_factory=dict)
    noted: int = 0  # findings noted so far (their order within one worker-month)
    #: worker-months whose wage value or WML changes inside the month (norm per day later)
    split: list[SplitMonth] = field(default_factory=list)


def split_candidates(
    workers: dict[int, WorkerRecord], period: Period, params: ParameterSet
) -> dict[dt.date, list[int]]:
    """Per first of month, the workers whose wage value or WML may change inside that month.

    A segment's wage value is the measurement in force and its WML the minimum wage on its
    first day, so they change only on a measurement date or a minimum-wage change date. A
    month these dates miss that still splits is caught by the run (it reads those days
    afterwards), so this list only decides where the days are read early.
    """

    def inside(day: dt.date) -> dt.date | None:
        first = day.replace(day=1)
        return first if max(first, period.start) < day <= period.end else None

    everyone = {first for day in params.minimum_wage.change_dates() if (first := inside(day))}
    result: dict[dt.date, list[int]] = defaultdict(list)
    for worker_id in sorted(workers):
        months = set(everyone)
        for measurement in workers[worker_id].facts.measurements:
            first = inside(measurement.measured_on)
            if first is not None:
                months.add(first)
        for first in sorted(months):
            result[first].append(worker_id)
    return result


class Recorder(Protocol):
    """Hears every worker-month a run attributes, with what each line received.

    Why: the figure explanation (herkomst) lists the worker-months behind a report figure.
    Hearing the run itself, rather than redoing its rules, makes those rows add up to the
    report's figures by construction. A run with a recorder stays in one process.
    """

    def worker_month(
        self,
        worker: WorkerRecord,
        month: Period,
        figures: WorkerMonthFigures,
        lines: dict[LineKey, list[Decimal]],
        guidance: dict[LineKey | None, Decimal],
    ) -> None:
        """One worker-month: its figures and each line's amounts (:meth:`Amounts.row` order)."""

    def norm(
        self, worker_id: int, month: Period, line: LineKey, norm: Decimal, without: Decimal
    ) -> None:
        """A worker-month's wage-value norm on one activity, and its hours without one."""


_GUIDANCE_COST = SLOT["guidance_cost"]
_PRODUCTIVE_HOURS = SLOT["productive_hours"]


@dataclass
class _Worker:
    position: int
    worker_id: int
    record: WorkerRecord
    employed: bool
    cuts: set[dt.date]
    memo: PartMemo
    #: running sums of the worker's months in :meth:`Amounts.row` order, and their days
    sums: list[Decimal] = field(default_factory=lambda: NO_AMOUNTS.row())
    days_employed: int = 0

    def totals(self) -> WorkerTotals:
        return WorkerTotals(*self.sums, days_employed=self.days_employed)


def employed_in(worker: WorkerRecord, span: Period) -> bool:
    """Whether any employment of ``worker`` touches ``span``."""
    return any(
        e.start <= span.end and (e.end is None or e.end >= span.start)
        for e in worker.facts.employments
    )


class MonthAttribution:
    """Attributes the months it is given, in the order given, for every worker."""

    def __init__(
        self, period: Period, facts: CompanyFacts, recorder: Recorder | None = None
    ) -> None:
        self.period, self.params = period, facts.params
        codes = facts.activity_codes
        self._lines = {activity_id: LineKey.activity(code) for activity_id, code in codes.items()}
        self.recorder = recorder
        self._records = facts.workers
        self._workers: list[_Worker] | None = None  # made at the first month (in the process)
        self._part = Part()
        # running sums per line, in Amounts.row() order (the same additions as
        # adding the dataclasses, without one new object per addition)
        self._sums: dict[LineKey, list[Decimal]] = {}

    def _each_worker(self) -> list[_Worker]:
        if self._workers is None:
            self._workers = []
            for position, worker_id in enumerate(sorted(self._records)):
                record = self._records[worker_id]
                cuts = cut_dates(record.facts, self.period, self.params)
                employed = employed_in(record, self.period)
                self._workers.append(
                    _Worker(position, worker_id, record, employed, cuts, PartMemo.over(cuts))
                )
        return self._workers

    def add(self, read: MonthRead) -> None:
        """Attribute every worker's part of ``read.month``."""
        part, sums, params = self._part, self._sums, self.params
        month = read.month
        first = month.start.replace(day=1)
        number = (first.year - self.period.start.year) * 12 + first.month
        hours, guidance_of = self._by_worker(read)
        for worker in self._each_worker():
            record = worker.record
            productive = hours.get(worker.worker_id, _NO_HOURS)
            if not productive and not (worker.employed and employed_in(record, month)):
                continue
            figures = worker_month_figures(record.facts, month, params, worker.cuts, worker.memo)
            worker.sums = list(map(add, worker.sums, figures.row()))
            worker.days_employed += figures.days_employed
            if figures.findings:
                _note(part, figures.findings, (worker.position, number))
            guidance = guidance_of.get(worker.worker_id, _NO_GUIDANCE)
            lines, findings = attribute_worker_month_rows(
                figures,
                record.work_type_on(month.end) or record.work_type_on(month.start),
                productive,
                guidance,
            )
            if findings:
                _note(part, findings, (worker.position, number))
            if guidance:
                worker.sums[_GUIDANCE_COST] += sum(guidance.values(), ZERO)
            if productive:
                worker.sums[_PRODUCTIVE_HOURS] += sum(productive.values(), ZERO)
            if self.recorder is not None:
                self.recorder.worker_month(record, month, figures, lines, guidance)
            for key, amounts in lines.items():
                row = sums.get(key)
                sums[key] = amounts if row is None else list(map(add, row, amounts))
            self._norm(worker.worker_id, read, figures, productive)

    def _norm(
        self,
        worker_id: int,
        read: MonthRead,
        figures: WorkerMonthFigures,
        by_line: dict[LineKey, Decimal],
    ) -> None:
        segments = figures.segments
        if len(segments) > 1 and len({(s.wage_value, s.minimum_wage) for s in segments}) > 1:
            if not by_line:
                return
            daily = read.daily.get(worker_id)
            if daily is None:  # not foreseen as a candidate: the run asks the database later
                self._part.split.append((worker_id, read.month, figures.segments))
                return
            for activity_id, days in daily.items():
                norm, without = norm_over_days(figures.segments, days)
                key = self._lines[activity_id]
                line = self._part.lines[key]
                line.wage_value_norm += norm
                line.hours_without_wage_value += without
                if self.recorder is not None:
                    self.recorder.norm(worker_id, read.month, key, norm, without)
            return
        segment = segments[0] if segments else None
        for key, total in by_line.items():
            line = self._part.lines[key]
            norm, without = ZERO, ZERO
            if segment is None or segment.wage_value is None or segment.minimum_wage is None:
                without = total
                line.hours_without_wage_value += total
            else:
                norm = wage_value_norm(total, segment.wage_value, segment.minimum_wage)
                line.wage_value_norm += norm
            if self.recorder is not None:
                self.recorder.norm(worker_id, read.month, key, norm, without)

    def _by_worker(
        self, read: MonthRead
    ) -> tuple[dict[int, dict[LineKey, Decimal]], dict[int, dict[LineKey | None, Decimal]]]:
        """The month's hours and guidance cost per worker and activity code."""
        lines = self._lines
        hours: dict[int, dict[LineKey, Decimal]] = defaultdict(dict)
        for worker_id, activity_id, _month, total in read.productive:
            hours[worker_id][lines[activity_id]] = total
        guidance: dict[int, dict[LineKey | None, Decimal]] = {}
        year = self.params.company_year(read.month.start.year)
        for worker_id, guided_id, coach, _month, total in read.guidance:
            cost = ZERO if year is None else guidance_cost(total, year.coach_cost(coach))
            key = None if guided_id is None else lines[guided_id]
            costs = guidance.get(worker_id)
            if costs is None:
                costs = guidance[worker_id] = {}
            costs[key] = costs.get(key, ZERO) + cost
        return hours, guidance

    def result(self) -> Part:
        """The sums of every month added so far (every worker has totals, maybe zero)."""
        for worker in self._each_worker():
            self._part.worker_totals[worker.worker_id] = worker.totals()
        for key, row in self._sums.items():
            self._part.lines[key].amounts = Amounts(*row)
        return self._part


def _note(part: Part, findings: Iterable[Finding], where: tuple[int, int]) -> None:
    """Keep each finding where it comes first in worker order, then month order: a part
    goes month by month through every worker, so a later month may meet a finding at an
    earlier worker (a missing company year: the first worker's, as one process says it)."""
    for finding in findings:
        key = finding.said()
        known = part.findings.get(key)
        if known is None or where < known[0][:2]:
            part.noted += 1
            part.findings[key] = ((*where, part.noted), finding)

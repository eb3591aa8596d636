"""A company run that remembers its worker-months (het spoor van een rapport).

Why: explaining a figure (herkomst) means listing the worker-months it is made of. The
trace runs the company run once, in this process, with a recorder that hears every
worker-month as the run attributes it (:class:`sodesk.engine.month.Recorder`),
and builds the activity report from that same run. The rows an explanation lists are
therefore the very amounts the report added up: no rule is computed twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from sodesk.domain.amounts import SLOT
from sodesk.domain.enums import WorkType
from sodesk.domain.lines import LineKey
from sodesk.domain.period import Period
from sodesk.domain.worker_month import WorkerMonthFigures
from sodesk.engine.records import WorkerRecord
from sodesk.reports.activities import ActivityReport, activity_report
from sodesk.reports.company_run import CompanyRun
from sodesk.storage.records import ActivityRecords

_PRODUCTIVE_HOURS = SLOT["productive_hours"]


@dataclass
class WorkerMonth:
    """One worker-month as the run attributed it.

    ``lines`` holds each line's amounts in the order of
    :meth:`~sodesk.domain.amounts.Amounts.row`, by the line's code as the report names it
    (:attr:`~sodesk.domain.lines.LineKey.text`); ``guidance`` the month's guidance cost per
    activity code (None: without one); ``norms`` per activity code the wage-value norm and
    the hours without a wage value (R7).
    """

    worker: WorkerRecord
    month: Period
    figures: WorkerMonthFigures
    lines: dict[str, tuple[Decimal, ...]]
    guidance: dict[str | None, Decimal]
    norms: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)

    @property
    def productive(self) -> dict[str, Decimal]:
        """Productive hours per line of this worker-month (non-productive lines: zero)."""
        return {key: row[_PRODUCTIVE_HOURS] for key, row in self.lines.items()}


class TraceRecorder:
    """Keeps every worker-month a run attributes, in the order the run met them."""

    def __init__(self) -> None:
        self.months: dict[tuple[int, dt.date], WorkerMonth] = {}

    def worker_month(
        self,
        worker: WorkerRecord,
        month: Period,
        figures: WorkerMonthFigures,
        lines: dict[LineKey, list[Decimal]],
        guidance: dict[LineKey | None, Decimal],
    ) -> None:
        key = (worker.id, month.start)
        self.months[key] = WorkerMonth(
            worker,
            month,
            figures,
            {line.text: tuple(row) for line, row in lines.items()},
            {None if line is None else line.text: cost for line, cost in guidance.items()},
        )

    def norm(
        self, worker_id: int, month: Period, line: LineKey, norm: Decimal, without: Decimal
    ) -> None:
        entry = self.months[(worker_id, month.start)]
        code = line.text
        before = entry.norms.get(code)
        if before is None:
            entry.norms[code] = (norm, without)
        else:  # a split month read per day afterwards adds to what the month gave
            entry.norms[code] = (before[0] + norm, before[1] + without)


@dataclass
class Trace:
    """The period's company run, its activity report, every worker-month of the run, and
    what the report read beside the run (entries and rates, for revenue and purchases)."""

    period: Period
    run: CompanyRun
    report: ActivityReport
    months: list[WorkerMonth]
    records: ActivityRecords

    @cached_property
    def work_types(self) -> dict[str, WorkType | None]:
        """The work type of each report line, by code."""
        return {line.code: line.work_type for line in self.report.lines}


def traced(
    company: str, run: CompanyRun, recorder: TraceRecorder, records: ActivityRecords
) -> Trace:
    """The trace of a run made with ``recorder``, with the activity report of that run."""
    report = activity_report(run, records, company)
    return Trace(run.period, run, report, list(recorder.months.values()), records)

"""Every activity line's figures per month of a period, from one company run over it.

Why: the activity card shows an activity's result month by month. Each month's figures
must be those of the activity report over that month alone. One run over the period, with
a :class:`MonthLines` recorder (the engine's :class:`~sodesk.engine.month.Recorder`), hears
every worker-month as it is attributed and keeps each month's line sums apart; the activity
report is then built per month from that month's sums and the period's records narrowed to
the month. The run's rules are not repeated here: only its sums are regrouped.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from operator import add
from typing import Any

from sodesk.domain.amounts import Amounts
from sodesk.domain.lines import LineKey
from sodesk.domain.money import ZERO
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures
from sodesk.engine.month import LineTotals
from sodesk.reports.activities import activity_report
from sodesk.reports.company_run import CompanyRun
from sodesk.storage.records import ActivityRecords

LineRows = dict[LineKey, list[Decimal]]
"""What each line received of a worker-month, in :meth:`Amounts.row` order."""


@dataclass(frozen=True, slots=True)
class MonthLine:
    """One month of the period and the activity's figures in it (None: not active)."""

    month: Period
    figures: ActivityFigures | None


class MonthLines:
    """Keeps the line sums of each month a run attributes, in the order the run adds them."""

    def __init__(self) -> None:
        self._amounts: dict[Period, LineRows] = {}
        self._norms: dict[Period, dict[LineKey, list[Decimal]]] = {}

    def worker_month(
        self, worker: object, month: Period, figures: object, lines: LineRows, guidance: object
    ) -> None:
        """Only the month and what each line received count here."""
        sums = self._amounts.setdefault(month, {})
        for key, amounts in lines.items():
            row = sums.get(key)
            sums[key] = list(amounts) if row is None else list(map(add, row, amounts))

    def norm(
        self, worker_id: int, month: Period, code: LineKey, norm: Decimal, without: Decimal
    ) -> None:
        sums = self._norms.setdefault(month, {})
        row = sums.get(code)
        if row is None:  # from zero, as a line of a run over the month adds them
            row = sums[code] = [ZERO, ZERO]
        row[0] += norm
        row[1] += without

    def lines(self, month: Period) -> dict[LineKey, LineTotals]:
        """The month's totals per line, as a run over that month alone has them."""
        amounts = self._amounts.get(month, {})
        norms = self._norms.get(month, {})
        result: dict[LineKey, LineTotals] = {}
        for key in (*amounts, *(k for k in norms if k not in amounts)):
            line = LineTotals()
            if key in amounts:
                line.add(LineTotals(Amounts(*amounts[key])))
            if key in norms:
                line.add(LineTotals(wage_value_norm=norms[key][0]))
                line.add(LineTotals(hours_without_wage_value=norms[key][1]))
            result[key] = line
        return result


def monthly_lines(
    run: CompanyRun,
    recorder: MonthLines,
    records: ActivityRecords,
    company: str,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[str, list[MonthLine]]:
    """Every line's figures per month of the run's period, by code (the report per month).

    ``run`` was made with ``recorder``; ``records`` were read for the run's period. Returns
    what was found so far when ``cancelled`` turns true (the caller drops it).
    """
    found: dict[str, dict[Period, ActivityFigures]] = {}
    months = run.period.months()
    for month in months:
        if cancelled():
            break
        month_run = dataclasses.replace(run, period=month, lines=recorder.lines(month))
        for line in activity_report(month_run, within(records, month), company).lines:
            found.setdefault(line.code, {})[month] = line
    return {
        code: [MonthLine(month, by_month.get(month)) for month in months]
        for code, by_month in found.items()
    }


def within(records: ActivityRecords, month: Period) -> ActivityRecords:
    """``records`` as read for ``month`` alone: the entries overlapping it, its days."""
    return dataclasses.replace(
        records,
        invoices=_overlapping(records.invoices, month),
        purchases=_overlapping(records.purchases, month),
        production=_overlapping(records.production, month),
        hours_per_day={
            activity_id: {day: hours for day, hours in days.items() if month.contains(day)}
            for activity_id, days in records.hours_per_day.items()
        },
    )


def _overlapping(by_activity: dict[int, list[Any]], month: Period) -> dict[int, list[Any]]:
    result = {
        activity_id: [entry for entry in entries if entry.period.overlap(month)]
        for activity_id, entries in by_activity.items()
    }
    return {activity_id: entries for activity_id, entries in result.items() if entries}


"""The company run is a function of the records its source reads: the same records give the
same run without any database, and the second process gives the figures of one process."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import astuple
from decimal import Decimal

import pytest

from sodesk.domain.money import cents
from sodesk.domain.period import Period
from sodesk.engine import run as engine_run
from sodesk.engine.parallel import SecondProcess
from sodesk.engine.records import CompanyFacts, DailyHours, MonthRead
from sodesk.engine.run import CompanyRun, run
from sodesk.services.report_data import run_company
from sodesk.services.workspace import Workspace
from sodesk.storage.company_source import CompanySource

YEAR = Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
#: starts and ends inside a month
PART = Period(dt.date(2025, 3, 15), dt.date(2025, 8, 20))


class _Kept:
    """A source of records read before (plain lists and dictionaries, no session)."""

    def __init__(self, facts: CompanyFacts, months: dict[Period, MonthRead]) -> None:
        self.facts, self.months = facts, months
        self.daily: dict[tuple[Period, tuple[int, ...]], DailyHours] = {}

    def company(self) -> CompanyFacts:
        return self.facts

    def month(self, month: Period, candidates: list[int]) -> MonthRead:
        return self.months[month]

    def hours_per_day(self, month: Period, worker_ids: Iterable[int]) -> DailyHours:
        return self.daily[(month, tuple(sorted(worker_ids)))]


class _Recording(CompanySource):
    """The database source, keeping what it read."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.read: dict[Period, MonthRead] = {}
        self.daily: dict[tuple[Period, tuple[int, ...]], DailyHours] = {}

    def month(self, month: Period, candidates: list[int]) -> MonthRead:
        self.read[month] = super().month(month, candidates)
        return self.read[month]

    def hours_per_day(self, month: Period, worker_ids: Iterable[int]) -> DailyHours:
        ids = tuple(sorted(worker_ids))
        self.daily[(month, ids)] = super().hours_per_day(month, ids)
        return self.daily[(month, ids)]


def _figures(result: CompanyRun) -> tuple:
    lines = {key: (line.amounts, line.wage_value_norm, line.hours_without_wage_value)
             for key, line in result.lines.items()}  # fmt: skip
    return (
        lines,
        result.worker_totals,
        [(f.code, f.message) for f in result.findings],
        result.productive_rows,
        dict(result.guidance_hours),
    )


@pytest.mark.parametrize("period", [YEAR, PART], ids=["year", "part"])
def test_the_same_records_give_the_same_run_without_a_database(
    demo_workspace: Workspace, period: Period
) -> None:
    with demo_workspace.sessions() as session:
        source = _Recording(session)
        from_database = run(source, period)
        facts = source.company()
    kept = _Kept(facts, source.read)
    kept.daily = source.daily
    again = run(kept, period)  # the session is closed: only the records are left
    assert _figures(again) == _figures(from_database)
    assert from_database.lines and from_database.worker_totals


@pytest.mark.parametrize("period", [YEAR, PART], ids=["year", "part"])
def test_a_second_process_gives_the_figures_of_one(
    demo_workspace: Workspace, period: Period, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SODESK_PROCESSES", "1")
    with demo_workspace.sessions() as session:
        alone = run_company(session, period)
    monkeypatch.setenv("SODESK_PROCESSES", "2")
    monkeypatch.setattr(engine_run, "PARALLEL_FROM", 1)  # the 40 workers split too
    monkeypatch.setattr(engine_run, "may_use_processes", lambda: True)  # also on one core
    parts: list[object] = []

    class Seen(SecondProcess):
        def result(self):  # type: ignore[no-untyped-def]
            parts.append(super().result())
            return parts[-1]

    monkeypatch.setattr(engine_run, "SecondProcess", Seen)
    with demo_workspace.sessions() as session:
        split = run_company(session, period)
    assert len(parts) == 1 and parts[0] is not None  # the other process did its months
    # beyond the cent a sum depends on the order of its additions (28 digits), and two
    # parts add the months in another order: the reports show cents
    assert _cents(split) == _cents(alone)
    assert _figures(split)[2:] == _figures(alone)[2:]  # findings (in order) and rows read


def _cents(result: CompanyRun) -> tuple:
    def rounded(values: Iterable[object]) -> tuple:
        return tuple(cents(v) if isinstance(v, Decimal) else v for v in values)

    lines = {
        key: (*rounded(astuple(line.amounts)), cents(line.wage_value_norm),
              line.hours_without_wage_value)
        for key, line in result.lines.items()
    }  # fmt: skip
    totals = {w: rounded(astuple(t)) for w, t in result.worker_totals.items()}
    return lines, totals

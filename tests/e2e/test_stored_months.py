"""Reports over stored months (closed months) are the live reports, to the byte.

Why: a closed month's results are taken from storage instead of being read and computed;
every report, kind and format, must come out as if each month had been computed from its
hour rows, whether all months of the period are stored, some, or the period cuts a stored
month (which is then computed), with one process or two, on SQLite and PostgreSQL. And the
stored results are what the report reads: a change to a stored month's hours does not show
until the month's results are dropped (the municipal PDF set aside there: its appendix lists
the worker-months behind its figures, which are always computed from the rows).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

import sodesk.engine.run as engine_run
from sodesk.domain.period import Period
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.storage.month_results import (
    drop_month_results,
    load_month_results,
    store_month_results,
    stored_months,
)
from tests.e2e import test_report_bytes as golden
from tests.e2e.test_report_bytes import YEAR, _cases, _members

demo = golden.demo  # the golden files' demo company, its moment fixed
fixed_moment = golden.fixed_moment


def _assert_same(expected: dict[str, bytes], got: dict[str, bytes]) -> None:
    assert sorted(got) == sorted(expected)
    for name, data in got.items():
        if name.endswith(".xlsx"):
            assert _members(data) == _members(expected[name]), name
        else:
            assert data == expected[name], name


def _store(workspace: Workspace, *months: dt.date | Period) -> None:
    with transaction(workspace.sessions) as session:
        store_month_results(session, months)


def test_every_month_of_the_year_stored_gives_the_live_reports(demo: Workspace) -> None:
    live = dict(_cases(demo))
    _store(demo, Period(*YEAR))
    with demo.sessions() as session:
        assert [m.month for m in stored_months(session)] == [
            dt.date(2025, month, 1) for month in range(1, 13)
        ]
    _assert_same(live, dict(_cases(demo)))


def test_some_months_stored_and_a_period_cutting_a_stored_month(demo: Workspace) -> None:
    live = dict(_cases(demo))
    # March is cut by the part period (from the 15th): computed there, stored for the year
    _store(demo, dt.date(2025, 2, 1), dt.date(2025, 3, 1), dt.date(2025, 7, 1))
    _store(demo, dt.date(2025, 12, 1))
    _assert_same(live, dict(_cases(demo)))


def test_stored_months_beside_a_second_process(
    demo: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_run, "PARALLEL_FROM", 1)
    live = dict(_cases(demo))
    _store(demo, dt.date(2025, 1, 1), dt.date(2025, 5, 1), dt.date(2025, 6, 1))
    _assert_same(live, dict(_cases(demo)))


def test_the_report_reads_the_stored_results_until_they_are_dropped(demo: Workspace) -> None:
    _store(demo, Period(*YEAR))
    closed = dict(_cases(demo))
    hours = t.HourRow
    with transaction(demo.sessions) as session:  # behind sodesk's back: no refusal here
        first = session.scalars(
            select(hours.id).where(hours.date == dt.date(2025, 4, 7)).order_by(hours.id).limit(1)
        ).one()
        session.execute(update(hours).where(hours.id == first).values(hours=hours.hours + 3))
    traced = [name for name in closed if name.startswith("municipal-") and name.endswith(".pdf")]
    for name in traced:
        del closed[name]
    _assert_same(closed, {n: d for n, d in _cases(demo) if n not in traced})
    with transaction(demo.sessions) as session:
        assert drop_month_results(session, [dt.date(2025, 4, 1)]) == 1
        assert dt.date(2025, 4, 1) not in load_month_results(session, Period(*YEAR))
    changed = dict(_cases(demo))
    assert changed["activities.json"] != closed["activities.json"]

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
import json
import zlib
from dataclasses import replace

import pytest
from sqlalchemy import delete, select, update

import sodesk.engine.run as engine_run
from sodesk.domain.period import Period
from sodesk.domain.validation import Finding
from sodesk.engine.snapshot import decode, encode
from sodesk.reports.finding_texts import finding_text
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


def _kept_the_old_way(workspace: Workspace) -> int:
    """Each stored month rewritten as sodesk kept it when the domain wrote the Dutch: every
    finding with its sentence as ``message``, without values and without the key that holds
    them. Returns how many findings were rewritten."""
    rewritten = 0
    with transaction(workspace.sessions) as session:
        for row in session.scalars(select(t.MonthResultRow)):
            result = decode(row.data)
            old = [
                (worker, noted, Finding(f.code, finding_text(f), f.field, f.value, f.subject))
                for worker, noted, f in result.findings
            ]
            rewritten += sum(1 for _w, _n, f in result.findings if f.arguments)
            data = json.loads(zlib.decompress(encode(replace(result, findings=old))))
            del data["finding_arguments"]
            row.data = zlib.compress(json.dumps(data).encode())
    return rewritten


@pytest.mark.parametrize("stored", ["year", "some"])
def test_months_kept_with_messages_and_no_values_print_the_same(
    demo: Workspace, stored: str
) -> None:
    with transaction(demo.sessions) as session:  # months that say something: no measurements,
        session.execute(delete(t.WageValueTaskRow))  # no municipal amounts
        session.execute(delete(t.WageValueRow))
        session.execute(delete(t.MunicipalityYearRow))
    live = dict(_cases(demo))
    if stored == "year":
        _store(demo, Period(*YEAR))
    else:
        _store(demo, dt.date(2025, 2, 1), dt.date(2025, 3, 1), dt.date(2025, 7, 1))
    assert _kept_the_old_way(demo) > 0  # the demo's months do hold findings
    with demo.sessions() as session:
        kept = load_month_results(session, Period(*YEAR))
    findings = [f for result in kept.values() for _w, _n, f in result.findings]
    assert findings and all(f.message and not f.arguments for f in findings)
    _assert_same(live, dict(_cases(demo)))

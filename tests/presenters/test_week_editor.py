"""The hours grid's edit buffer without a window, over weeks read by services.hours from
MARCH_2025 (tests/factories.py: P1 Anna de Vries on A1, 28 contract hours a week from
01-01-2025; 10, 10, 10, 7,5 and 12,5 hours on 10-14 March 2025, 10 a day the week before)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from sodesk.services import hours as svc
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.presenters.hours_week import Refusal, Typed, WeekEditor

MONDAY = dt.date(2025, 3, 10)


def _week(workspace: Workspace, monday: dt.date) -> WeekEditor:
    with workspace.sessions() as session:
        activity = session.scalars(select(t.ActivityRow).where(t.ActivityRow.code == "A1")).one()
        view = svc.load_week(session, monday, activity_id=activity.id)
    editor = WeekEditor()
    editor.set_week(view)
    return editor


def test_a_week_as_read_has_its_totals_and_nothing_to_save(march: Workspace) -> None:
    week = _week(march, MONDAY)
    assert len(week) == 1 and not week.dirty and week.changes() == []
    assert week.row_total(0) == Decimal("50")
    assert week.excess(0) == Decimal("22")  # 50 typed, 28 contract
    assert week.week_summary() == (1, Decimal("50"), 1)


def test_typed_hours_are_changes_until_typed_back(march: Workspace) -> None:
    week = _week(march, MONDAY)
    typed = week.type_hours(0, 0, "7:30")
    assert typed.taken and typed.changed and week.dirty and week.changed_at(0, 0)
    (cell,) = week.changes()
    assert (cell.date, cell.hours) == (MONDAY, Decimal("7.5"))
    assert week.row_total(0) == Decimal("47.5")
    assert week.type_hours(0, 0, "10").changed
    assert not week.dirty and week.changes() == []
    # the same hours again take, but change nothing
    assert week.type_hours(0, 0, "10,0") == Typed(True)


def test_no_hours_and_more_than_a_day_are_refused_and_the_cell_keeps_its_value(
    march: Workspace,
) -> None:
    week = _week(march, MONDAY)
    assert week.type_hours(0, 1, "tien").refusal is Refusal.NOT_HOURS
    assert week.type_hours(0, 1, "25").refusal is Refusal.OUT_OF_RANGE
    assert week.hours_at(0, 1) == Decimal("10") and not week.dirty


def test_a_day_before_the_employment_takes_nothing(march: Workspace) -> None:
    week = _week(march, dt.date(2024, 12, 30))  # the employment starts on Wednesday 1 January
    assert week.type_hours(0, 0, "4") == Typed(False)
    assert week.hours_at(0, 0) is None and not week.dirty
    assert week.type_hours(0, 2, "4").changed


def test_zero_clears_a_cell_and_the_saved_week_reads_back(march: Workspace) -> None:
    week = _week(march, MONDAY)
    week.type_hours(0, 4, "0")
    assert week.hours_at(0, 4) is None
    svc.save_week(march.sessions, week.changes())
    again = _week(march, MONDAY)
    assert again.hours_of(0)[:5] == [Decimal(10), Decimal(10), Decimal(10), Decimal("7.5"), None]


def test_last_weeks_hours_fill_the_empty_days(march: Workspace) -> None:
    week = _week(march, dt.date(2025, 3, 17))
    assert week.copy_previous_week() == 5 and week.dirty
    ten = Decimal(10)
    assert week.hours_of(0) == [ten, ten, ten, Decimal("7.5"), Decimal("12.5"), None, None]
    assert week.copy_previous_week() == 0

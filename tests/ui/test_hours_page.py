"""The hours page as a team leader uses it: pick a week and an activity, type, save, copy.

The demo company (40 workers, 2025) has hours up to 31 December 2025 and open placements, so
the week of Monday 5 January 2026 is empty and the week before holds hours to copy.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select

from sodesk.domain.period import Period
from sodesk.services import hours as svc
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.main_window import MainWindow
from sodesk.ui.models.hours_week import CONTRACT, FIRST_DAY, TOTAL
from sodesk.ui.pages.hours import SETTING, HoursPage

EMPTY_WEEK = dt.date(2026, 1, 5)


@pytest.fixture
def page(dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace) -> Iterator[HoursPage]:
    QSettings().remove(SETTING)
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    hours = window.pages[[p.key for p in window.pages].index("hours")]
    assert isinstance(hours, HoursPage)
    with qtbot.waitSignal(hours.loaded, timeout=30_000):
        window.show_page("hours")
    hours.ask_unsaved = lambda: "discard"  # closing the window at the end asks no one
    yield hours
    qtbot.waitUntil(lambda: not hours.is_busy(), timeout=30_000)


def _busiest_activity(workspace: Workspace, monday: dt.date) -> tuple[int, str]:
    """The activity with the most workers placed in the week."""
    p = t.PlacementRow
    with workspace.sessions() as session:
        activity, _count = session.execute(
            select(p.activity_id, func.count())
            .where(p.start_date <= monday, (p.end_date.is_(None)) | (p.end_date >= monday))
            .group_by(p.activity_id)
            .order_by(func.count().desc(), p.activity_id)
            .limit(1)
        ).one()
        code = session.get(t.ActivityRow, activity).code
    return activity, code


def _open(page: HoursPage, qtbot: QtBot, monday: dt.date, activity: int) -> None:
    index = page.subject.findData(f"a:{activity}")
    assert index >= 0
    page.subject.setCurrentIndex(index)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.subject.activated.emit(index)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.date.setDate(QDate(monday))
    assert page.monday == monday


def _type(qtbot: QtBot, page: HoursPage, text: str, key: Qt.Key) -> None:
    """Type into the current cell (the first key opens the editor), then press ``key``."""
    qtbot.keyClicks(page.grid, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, key)
    qtbot.waitUntil(
        lambda: page.grid.state() != page.grid.State.EditingState or key == Qt.Key.Key_Tab
    )


def _typed(qtbot: QtBot, text: str, key: Qt.Key) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, key)


def test_the_page_opens_in_dutch_with_a_week_grid(page: HoursPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    assert page.title() == "Uren"
    assert page.week_label.text().startswith("Week ")
    assert page.model.headerData(FIRST_DAY, Qt.Orientation.Horizontal).startswith("ma ")
    assert page.model.headerData(TOTAL, Qt.Orientation.Horizontal) == "Totaal"
    assert page.model.rowCount() > 0
    qtmodeltester.check(page.model)


def test_a_week_typed_with_the_keyboard_is_saved_and_reported(
    page: HoursPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    activity, code = _busiest_activity(demo_workspace, EMPTY_WEEK)
    _open(page, qtbot, EMPTY_WEEK, activity)
    assert "Week 2 van 2026" in page.week_label.text()
    assert page.model.rowCount() >= 2
    assert all(h is None for h in page.model.hours_of(0))
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, FIRST_DAY))
    # Monday..Friday of the first row with Tab, in three notations
    qtbot.keyClicks(page.grid, "7")
    _typed(qtbot, ",5", Qt.Key.Key_Tab)
    _typed(qtbot, "7.5", Qt.Key.Key_Tab)
    _typed(qtbot, "7:30", Qt.Key.Key_Tab)
    _typed(qtbot, "8", Qt.Key.Key_Tab)
    _typed(qtbot, "6", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.grid.currentIndex().row() == 1)
    assert page.grid.currentIndex().column() == FIRST_DAY + 4  # Enter moved down
    # the second row's Friday, then Enter moves on down
    _type(qtbot, page, "4", Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.grid.currentIndex().row() == 2 or page.model.rowCount() == 2)
    first = page.model.hours_of(0)
    assert first == [Decimal("7.50")] * 3 + [Decimal(8), Decimal(6), None, None]
    assert page.model.hours_of(1)[4] == Decimal(4)
    assert page.model.data(page.model.index(0, TOTAL)).startswith("36,50")
    assert page.model.is_dirty() and page.save.isEnabled()

    qtbot.keyClick(page.grid, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.model.is_dirty() and not page.is_busy(), timeout=30_000)
    assert page.status.text() == "Opgeslagen: 6 cellen geschreven, 0 verwijderd."
    line = page.model.lines()[0]
    with demo_workspace.sessions() as session:
        stored = dict(
            session.execute(
                select(t.HourRow.date, t.HourRow.hours)
                .where(t.HourRow.worker_id == line.worker_id, t.HourRow.activity_id == activity)
                .where(t.HourRow.date >= EMPTY_WEEK)
            ).all()
        )
        report = build_activity_report(
            session, Period(EMPTY_WEEK, EMPTY_WEEK + dt.timedelta(days=6)), "demo"
        )
    assert sum(Decimal(str(h)) for h in stored.values()) == Decimal("36.5")
    assert stored[EMPTY_WEEK + dt.timedelta(days=2)] == Decimal("7.5")
    reported = next(r for r in report.lines if r.code == code)
    assert reported.productive_hours == Decimal("40.5")


def test_a_bad_value_is_refused_with_worker_day_and_value_and_nothing_is_saved(
    page: HoursPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    activity, _ = _busiest_activity(demo_workspace, EMPTY_WEEK)
    _open(page, qtbot, EMPTY_WEEK, activity)
    line = page.model.lines()[0]
    page.grid.setFocus()
    page.grid.setCurrentIndex(page.model.index(0, FIRST_DAY + 1))
    assert not page.message.isVisible()
    top = page.grid.mapTo(page, page.grid.rect().topLeft()).y()
    _type(qtbot, page, "25", Qt.Key.Key_Return)
    QApplication.processEvents()
    assert page.grid.mapTo(page, page.grid.rect().topLeft()).y() == top  # the grid stays put
    message = page.message.text()
    assert line.name in message and "di 06-01-2026" in message and "25" in message
    assert page.message.isVisible()
    page.grid.setCurrentIndex(page.model.index(0, FIRST_DAY + 2))
    _type(qtbot, page, "acht", Qt.Key.Key_Return)
    assert "'acht'" in page.message.text()
    assert page.model.hours_of(0) == [None] * 7
    assert not page.model.is_dirty()
    with demo_workspace.sessions() as session:
        count = session.scalar(
            select(func.count()).select_from(t.HourRow).where(t.HourRow.date >= EMPTY_WEEK)
        )
    assert count == 0


def test_over_24_hours_across_activities_is_refused_at_save(
    page: HoursPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    """5 hours stored on another activity, then 20 typed here on the same day: refused whole."""
    monday = dt.date(2025, 3, 3)
    with demo_workspace.sessions() as session:
        worker, own, day = session.execute(
            select(t.HourRow.worker_id, t.HourRow.activity_id, t.HourRow.date)
            .where(t.HourRow.date >= monday, t.HourRow.date < monday + dt.timedelta(days=7))
            .order_by(t.HourRow.worker_id, t.HourRow.date)
            .limit(1)
        ).one()
        other = session.scalar(select(t.ActivityRow.id).where(t.ActivityRow.id != own).limit(1))
    svc.save_week(demo_workspace.sessions, [svc.HourCell(worker, other, day, Decimal(5))])
    _open(page, qtbot, monday, own)
    row = next(r for r, x in enumerate(page.model.lines()) if x.worker_id == worker)
    before = page.model.lines()[row].hours
    assert page.model.setData(page.model.index(row, FIRST_DAY + (day - monday).days), "20")
    with qtbot.waitSignal(page.saving.finished, timeout=30_000) as ended:
        assert page.save_week()
    assert ended.args == [False]
    text = page.message.text()
    assert "niets opgeslagen" in text and "25,00 uur over alle activiteiten" in text
    assert page.model.lines()[row].worker_id == worker
    with demo_workspace.sessions() as session:
        stored = session.scalar(
            select(t.HourRow.hours).where(
                t.HourRow.worker_id == worker, t.HourRow.activity_id == own, t.HourRow.date == day
            )
        )
    assert Decimal(str(stored)) == before[(day - monday).days]


def test_copy_last_week_fills_only_the_empty_cells(
    page: HoursPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    activity, _ = _busiest_activity(demo_workspace, EMPTY_WEEK)
    _open(page, qtbot, EMPTY_WEEK, activity)
    previous = [line.previous for line in page.model.lines()]
    assert any(any(p) for p in previous), "the week before holds hours to copy"
    page.model.setData(page.model.index(0, FIRST_DAY + 1), "3")  # Tuesday typed first
    qtbot.mouseClick(page.copy, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Uit vorige week")
    for row, line in enumerate(page.model.lines()):
        hours = page.model.hours_of(row)
        for day in range(7):
            if row == 0 and day == 1:
                assert hours[day] == Decimal(3)
            elif line.employed[day]:
                assert hours[day] == line.previous[day]
    with qtbot.waitSignal(page.saving.finished, timeout=30_000) as ended:
        assert page.save_week()
    assert ended.args == [True]
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert [line.hours for line in page.model.lines()] == [
        tuple(page.model.hours_of(r)) for r in range(page.model.rowCount())
    ]
    assert page.model.lines()[0].hours[1] == Decimal(3)


def test_unsaved_hours_ask_before_leaving(page: HoursPage, qtbot: QtBot) -> None:
    page.model.setData(page.model.index(0, FIRST_DAY), "5")
    page.ask_unsaved = lambda: "cancel"
    assert not page.can_leave()
    assert page.model.is_dirty()
    page.ask_unsaved = lambda: "discard"
    assert page.can_leave()
    assert not page.model.is_dirty()


def test_over_contract_is_shown_with_colour_and_a_word(page: HoursPage, qtbot: QtBot) -> None:
    row = 0
    line = page.model.lines()[row]
    employed = [d for d in range(7) if line.employed[d]]
    for day in employed:
        page.model.setData(page.model.index(row, FIRST_DAY + day), "12")
    excess = page.model.excess(row)
    assert excess > 0
    text = page.model.data(page.model.index(row, TOTAL))
    assert "+" in text and "boven contract" in text
    assert page.model.data(page.model.index(row, TOTAL), Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.data(page.model.index(row, CONTRACT)) != ""


def test_the_summary_line_counts_rows_hours_and_workers_over_contract(
    page: HoursPage, qtbot: QtBot
) -> None:
    model = page.model
    line = model.lines()[0]
    for day in (d for d in range(7) if line.employed[d]):
        model.setData(model.index(0, FIRST_DAY + day), "12")
    rows = range(model.rowCount())
    total = sum((model.row_total(r) for r in rows), Decimal(0))
    over = {model.lines()[r].worker_id for r in rows if model.excess(r) > 0}
    assert model.week_summary() == (model.rowCount(), total, len(over))
    assert len(over) >= 1
    # one update for the whole change, after the event loop turns
    worded = (
        "1 medewerker boven het contract"
        if len(over) == 1
        else f"{len(over)} medewerkers boven hun contract"
    )
    qtbot.waitUntil(lambda: worded in page.summary.text())
    rows_worded = "1 regel," if model.rowCount() == 1 else f"{model.rowCount()} regels,"
    assert page.summary.text().startswith(rows_worded)
    assert "1 medewerkers" not in page.summary.text()


def test_the_save_runs_in_a_job_and_the_page_cannot_be_left_meanwhile(
    page: HoursPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    activity, _ = _busiest_activity(demo_workspace, EMPTY_WEEK)
    _open(page, qtbot, EMPTY_WEEK, activity)
    writers: list[int] = []

    def seen(_connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writers.append(threading.get_ident())

    event.listen(demo_workspace.engine, "before_cursor_execute", seen)
    window = page.window()
    assert isinstance(window, MainWindow)
    try:
        assert page.model.setData(page.model.index(0, FIRST_DAY), "6")
        with qtbot.waitSignal(page.saving.finished, timeout=30_000) as ended:
            assert page.save_week()
            assert page.is_saving() and page.is_busy()
            assert not page.save.isEnabled() and not page.grid.isEnabled()
            assert not page.next.isEnabled() and page.saving.bar.isVisibleTo(page)
            assert not page.save_week()  # one save at a time
            window.show_page("overview")
            assert window.current_page() is page
            assert page.status.text() == page.tr("Saving the week: wait until it is saved.")
        assert ended.args == [True]
    finally:
        event.remove(demo_workspace.engine, "before_cursor_execute", seen)
    assert writers and threading.get_ident() not in writers  # written off the UI thread
    assert page.grid.isEnabled() and not page.saving.bar.isVisibleTo(page)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert page.model.hours_of(0)[0] == Decimal(6)
    window.show_page("overview")
    assert window.current_page() is not page


def test_closing_the_window_mid_save_waits_until_the_week_is_written(
    page: HoursPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    activity, _ = _busiest_activity(demo_workspace, EMPTY_WEEK)
    _open(page, qtbot, EMPTY_WEEK, activity)
    worker = page.model.lines()[0].worker_id
    assert page.model.setData(page.model.index(0, FIRST_DAY), "6")
    page.ask_unsaved = lambda: "cancel"  # asking again would keep the window open
    window = page.window()
    assert page.save_week() and page.is_saving()
    assert window.close()
    assert not window.isVisible() and not page.is_saving()
    with demo_workspace.sessions() as session:
        stored = session.scalar(
            select(t.HourRow.hours).where(
                t.HourRow.worker_id == worker,
                t.HourRow.activity_id == activity,
                t.HourRow.date == EMPTY_WEEK,
            )
        )
    assert Decimal(str(stored)) == Decimal(6)
    page.ask_unsaved = lambda: "discard"

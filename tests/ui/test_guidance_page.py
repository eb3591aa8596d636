"""The job coach's page as a coach uses it: choose a coach, type a person, log, see it listed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.main_window import MainWindow
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.pages.guidance import SETTING, GuidancePage


@pytest.fixture
def page(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[GuidancePage]:
    QSettings().remove(SETTING)
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    guidance = window.pages[[p.key for p in window.pages].index("guidance")]
    assert isinstance(guidance, GuidancePage)
    with qtbot.waitSignal(guidance.loaded, timeout=30_000):
        window.show_page("guidance")
    yield guidance
    qtbot.waitUntil(lambda: not guidance.is_busy(), timeout=30_000)


def _count(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(t.GuidanceRow)) or 0


def _open_caseload_worker(page: GuidancePage, workspace: Workspace):  # type: ignore[no-untyped-def]
    """A caseload row whose employment has no end, so today lies inside it."""
    with workspace.sessions() as session:
        open_ids = set(
            session.scalars(
                select(t.EmploymentRow.worker_id).where(t.EmploymentRow.end_date.is_(None))
            )
        )
    for record in page.caseload_model.rows():
        if record.worker_id in open_ids:
            return record
    raise AssertionError("no worker with an open employment in the caseload")


def test_the_page_opens_in_dutch_with_the_caseload_oldest_first(
    page: GuidancePage, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert page.title() == "Begeleiding"
    assert page.coach.count() >= 3
    assert page.caseload_proxy.rowCount() > 0
    dates = [
        page.caseload_proxy.index(r, 2).data(ROW_ROLE).last_guidance
        for r in range(page.caseload_proxy.rowCount())
    ]
    known = [d for d in dates if d is not None]
    assert known == sorted(known)
    assert page.caseload_model.headerData(2, Qt.Orientation.Horizontal) == "Laatste begeleiding"
    assert page.tabs.tabText(1).startswith("Herbeoordelingen")
    assert page.history_model.rowCount() > 0  # the first person's history is shown
    for model in (page.caseload_model, page.history_model, page.due_model, page.placements_model):
        qtmodeltester.check(model)
    for proxy in (page.caseload_proxy, page.due_proxy):
        qtmodeltester.check(proxy)


def test_a_coach_logs_guidance_with_enter_and_the_line_is_ready_for_the_next(
    page: GuidancePage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    worker = _open_caseload_worker(page, demo_workspace)
    before = _count(demo_workspace)
    line = page.line
    qtbot.keyClicks(line.person, worker.personnel_number)
    assert line.completer.completionCount() >= 1
    line.completer.popup().hide()
    assert line.chosen_worker() is not None
    assert line.date.date() == QDate.currentDate()
    qtbot.keyClicks(line.duration, "1:15")
    line.kind.setCurrentIndex(2)
    qtbot.keyClicks(line.note, "Evaluatie werkplek")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.keyClick(line.note, Qt.Key.Key_Return)
    assert _count(demo_workspace) == before + 1
    assert line.person.text() == "" and line.duration.text() == "" and line.note.text() == ""
    assert line.person.hasFocus() or not page.isActiveWindow()
    assert "1,25" in page.status.text() and "Jobcoaching" in page.status.text()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    newest = page.history_proxy.index(0, 0).data(ROW_ROLE)
    assert newest.worker_id == worker.worker_id
    assert newest.date == dt.date.today() and newest.note == "Evaluatie werkplek"
    assert page.history_proxy.index(0, 1).data() == "1,25"
    # a person just seen is no longer first in the oldest-first caseload
    last = page.caseload_proxy.index(page.caseload_proxy.rowCount() - 1, 0).data(ROW_ROLE)
    assert last.worker_id == worker.worker_id


def test_a_bad_duration_gets_a_message_beside_the_field_and_nothing_is_written(
    page: GuidancePage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    worker = _open_caseload_worker(page, demo_workspace)
    before = _count(demo_workspace)
    line = page.line
    line.person.setText(f"{worker.name} ({worker.personnel_number})")
    qtbot.keyClicks(line.duration, "2x5")  # the letter is refused while typing
    assert line.duration.text() == "25"
    qtbot.keyClick(line.duration, Qt.Key.Key_Return)
    message = line.messages["duration"]
    assert message.isVisible() and "tussen 0 en 24 uur" in message.text()
    assert _count(demo_workspace) == before
    line.duration.clear()
    qtbot.keyClicks(line.duration, "0,5")
    assert not message.isVisible()


def test_a_date_outside_the_employment_is_told_beside_the_date(
    page: GuidancePage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    worker = _open_caseload_worker(page, demo_workspace)
    before = _count(demo_workspace)
    line = page.line
    line.person.setText(worker.personnel_number)
    line.date.setDate(QDate(2001, 5, 4))
    qtbot.keyClicks(line.duration, "0.5")
    qtbot.keyClick(line.duration, Qt.Key.Key_Enter)
    assert "04-05-2001 valt buiten elk dienstverband" in line.messages["date"].text()
    assert line.person.text() == worker.personnel_number  # the line is kept to mend
    assert _count(demo_workspace) == before


def test_an_unknown_person_is_told_beside_the_person_field(
    page: GuidancePage, qtbot: QtBot
) -> None:
    qtbot.keyClicks(page.line.person, "Niemand Bestaat")
    page.line.completer.popup().hide()
    qtbot.keyClicks(page.line.duration, "0:30")
    page.line.save.click()
    assert "Geen medewerker 'Niemand Bestaat'" in page.line.messages["worker"].text()


def test_the_chosen_coach_is_remembered(
    page: GuidancePage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    second = page.coach.itemText(1)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.coach.setCurrentIndex(1)
        page.coach.activated.emit(1)
    assert QSettings().value(SETTING) == second
    assert second in page.caseload_caption.text()
    with demo_workspace.sessions() as session:
        coaches = set(
            session.scalars(
                select(t.WorkerRow.coach).where(
                    t.WorkerRow.id.in_([r.worker_id for r in page.caseload_model.rows()])
                )
            )
        )
    assert coaches == {second}
    again = GuidancePage(page.context)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.loaded, timeout=30_000):
        again.refresh()
    assert again.coach.currentText() == second


def test_tab_from_the_date_goes_to_the_duration_and_a_duration_never_changes_the_date(
    page: GuidancePage, qtbot: QtBot
) -> None:
    line = page.line
    page.window().activateWindow()
    line.date.setFocus()
    qtbot.waitUntil(line.date.hasFocus)
    today = line.date.date()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert line.duration.hasFocus()  # one stop: not day, month, year first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert line.date.hasFocus()
    # "0:45" typed one field early: the date stays, the duration gets it
    for key in "0:45":  # each key to the widget that has the focus then, as a keyboard does
        qtbot.keyClicks(QApplication.focusWidget(), key)
    assert line.date.date() == today
    assert line.duration.hasFocus() and line.duration.text() == "0:45"
    # typing a date still works
    line.duration.clear()
    line.date.setFocus()
    qtbot.waitUntil(line.date.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "03")
    assert line.date.date().day() == 3 and line.date.date().month() == today.month()

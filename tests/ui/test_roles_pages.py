"""The Medewerkers and Begeleiding pages as a job coach and as a manager, and the status bar
of the screenshots' window: the pages show what the services give the signed-in user.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sodesk.domain.enums import Role
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.main_window import MainWindow
from sodesk.ui.pages.guidance import SETTING, GuidancePage
from sodesk.ui.pages.workers import WorkersPage
from sodesk.ui.screenshots import screenshot_window

MANAGER = SignedIn("mo", "Mo Manager", Role.MANAGER)


def _coach(workspace: Workspace) -> SignedIn:
    """The coach with the most workers, signed in by her display name."""
    with workspace.sessions() as session:
        name = session.execute(
            select(t.WorkerRow.coach)
            .group_by(t.WorkerRow.coach)
            .order_by(func.count().desc(), t.WorkerRow.coach)
            .limit(1)
        ).scalar_one()
    return SignedIn(name.split()[0].lower(), name, Role.JOB_COACH)


def _window(qtbot: QtBot, workspace: Workspace, who: SignedIn | None) -> MainWindow:
    QSettings().remove(SETTING)
    window = screenshot_window(workspace, who)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    return window


def _page(window: MainWindow, qtbot: QtBot, key: str):  # type: ignore[no-untyped-def]
    page = window.show_page(key)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    return page


def _close(window: MainWindow, qtbot: QtBot) -> None:
    for page in window.pages:
        qtbot.waitUntil(lambda p=page: not p.is_busy(), timeout=60_000)
    window.close()


@pytest.fixture
def coach_window(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[tuple[MainWindow, SignedIn]]:
    who = _coach(demo_workspace)
    window = _window(qtbot, demo_workspace, who)
    yield window, who
    _close(window, qtbot)


def test_the_status_bar_names_the_signed_in_role_not_a_setting(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    QSettings().setValue("role", "controller")  # what the old status bar read
    coach = _coach(demo_workspace)
    # "not signed in" until the lead's .qm has the Dutch of the new text
    for who, expected in (
        (coach, ("Jobcoach",)),
        (MANAGER, ("Manager",)),
        (None, ("niet aangemeld", "not signed in")),
    ):
        window = _window(qtbot, demo_workspace, who)
        status = window.statusBar().currentMessage()
        assert any(e in status for e in expected) and "Controller" not in status, status
        if who is not None:
            assert who.display_name in status
        _close(window, qtbot)
    QSettings().remove("role")


def test_the_workers_page_of_a_job_coach(
    coach_window: tuple[MainWindow, SignedIn], qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window, coach = coach_window
    assert "overview" not in [page.key for page in window.pages]  # money pages are gone
    page = _page(window, qtbot, "workers")
    assert isinstance(page, WorkersPage)
    rows = page.model.rows()
    with demo_workspace.sessions() as session:
        hers = session.scalar(
            select(func.count())
            .select_from(t.WorkerRow)
            .where(t.WorkerRow.coach == coach.display_name)
        )
    assert len(rows) == hers and {row.coach for row in rows} == {coach.display_name}
    page.table.selectRow(0)
    card = page.card
    assert card.card is not None and card.card.bsn is None and card.card.birth_date is None
    form = card.details_form
    assert not form.isRowVisible(card.bsn_row) and card.show_bsn.isHidden()
    assert not form.isRowVisible(card.values["birth"])
    assert card.employment_table.isHidden() and card.employments.rowCount() == 0
    assert not card.placement_table.isHidden()
    with demo_workspace.sessions() as session:
        reveals = session.scalar(
            select(func.count()).select_from(t.AuditRow).where(t.AuditRow.action == "reveal")
        )
    assert reveals == 0


def test_the_guidance_page_of_a_job_coach_logs_under_her_name(
    coach_window: tuple[MainWindow, SignedIn], qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window, coach = coach_window
    page = _page(window, qtbot, "guidance")
    assert isinstance(page, GuidancePage)
    assert [page.coach.itemText(i) for i in range(page.coach.count())] == [coach.display_name]
    assert not page.coach.isEnabled() and not page.line.isHidden()
    assert not page.history.isColumnHidden(5)  # her own notes
    with demo_workspace.sessions() as session:
        open_ids = set(
            session.scalars(
                select(t.EmploymentRow.worker_id).where(t.EmploymentRow.end_date.is_(None))
            )
        )
    worker = next(r for r in page.caseload_model.rows() if r.worker_id in open_ids)
    names = {choice.id for choice in page.line._workers.values()}
    # her caseload only: the type-ahead also offers who left (guidance of a past date), the
    # caseload lists who is in service today
    with demo_workspace.sessions() as session:
        own = set(
            session.scalars(
                select(t.WorkerRow.id).where(
                    func.lower(t.WorkerRow.coach).in_(
                        [coach.display_name.lower(), coach.username.lower()]
                    )
                )
            )
        )
    assert names == own
    assert {r.worker_id for r in page.caseload_model.rows()} <= names
    qtbot.keyClicks(page.line.person, worker.personnel_number)
    page.line.completer.popup().hide()
    qtbot.keyClicks(page.line.duration, "0:30")
    qtbot.keyClicks(page.line.note, "Gesprek")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.keyClick(page.line.note, Qt.Key.Key_Return)
    with demo_workspace.sessions() as session:
        newest = session.scalars(select(t.GuidanceRow).order_by(t.GuidanceRow.id.desc())).first()
        audited = session.scalar(
            select(func.count())
            .select_from(t.AuditRow)
            .where(t.AuditRow.table_name == "guidance", t.AuditRow.action == "insert")
        )
    assert newest is not None and newest.worker_id == worker.worker_id
    assert newest.coach == coach.display_name and newest.note == "Gesprek"
    assert audited


def test_the_guidance_page_of_a_manager_shows_no_notes_and_logs_nothing(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window = _window(qtbot, demo_workspace, MANAGER)
    page = _page(window, qtbot, "guidance")
    assert isinstance(page, GuidancePage)
    assert page.coach.isEnabled() and page.coach.count() > 1
    assert page.line.isHidden() and page.history.isColumnHidden(5)
    qtbot.waitUntil(lambda: page.history_model.rowCount() > 0, timeout=30_000)
    assert {row.note for row in page.history_model.rows()} == {None}
    _close(window, qtbot)

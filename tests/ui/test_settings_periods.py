"""Instellingen, tab Periodes: a controller closes through a month after the check
(confirming the list of problems) and reopens with a reason; a manager sees the months
without the buttons."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sodesk.domain.enums import Role
from sodesk.domain.period import Period
from sodesk.services import parameters as svc
from sodesk.services import periods
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.jobs import JobRunner
from sodesk.ui.pages.base import Context
from sodesk.ui.pages.settings import SettingsPage
from sodesk.ui.widgets.settings_periods import PeriodsTab

PASSWORD = "lang-genoeg-1"


def _open(qtbot: QtBot, workspace: Workspace, role: Role) -> PeriodsTab:
    """The Settings page as MainWindow builds it for a user with ``role``; its Periodes tab."""
    svc.create_first_administrator(workspace, "beheer", "Bea Beheer", PASSWORD)
    svc.add_user(workspace.sessions, "gebruiker", "Gert Gebruiker", role, PASSWORD)
    jobs = JobRunner()
    context = Context(workspace, jobs, Period.year(2025))
    context.user = svc.sign_in_workspace(workspace, "gebruiker", PASSWORD)  # type: ignore[attr-defined]
    page = SettingsPage(context)
    page._test_jobs = jobs  # type: ignore[attr-defined]  # keep the runner alive
    qtbot.addWidget(page)
    page.show()
    tab = page.periods
    with qtbot.waitSignal(tab.loaded, timeout=30_000):
        page.refresh()
    page.tabs.setCurrentWidget(tab)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Periodes"
    return tab


def _row_of(page: PeriodsTab, month: dt.date) -> int:
    return [m.month for m in page.months].index(month)


def test_a_controller_closes_after_the_check_and_reopens_with_a_reason(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _open(qtbot, demo_workspace, Role.CONTROLLER)
    assert page.table.horizontalHeaderItem(2).text() == "Afgesloten op"
    march = dt.date(2025, 3, 1)
    page.table.selectRow(_row_of(page, march))
    asked: list[list[str]] = []
    page.confirm_close = lambda _m, lines: asked.append(lines) or False  # type: ignore[method-assign]
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.close_button.click()
    assert asked == [periods.check(demo_workspace, march)]  # the service's own list was shown
    assert not any(m.closed for m in periods.month_statuses(demo_workspace))
    page.confirm_close = lambda _m, _lines: True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.close_button.click()
    qtbot.waitUntil(lambda: not page.is_busy() and page.months[_row_of(page, march)].closed)
    assert all(m.closed for m in page.months if m.month <= march)
    assert page.table.item(_row_of(page, march), 1).text() == "afgesloten"
    assert "Afgesloten" in page.status.text()

    february = dt.date(2025, 2, 1)
    page.table.selectRow(_row_of(page, february))
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()
    page.ask_reason = lambda: "uren februari gecorrigeerd"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        page.reopen_button.click()
    qtbot.waitUntil(lambda: not page.is_busy() and not page.months[_row_of(page, february)].closed)
    assert page.months[_row_of(page, dt.date(2025, 1, 1))].closed
    with demo_workspace.sessions() as session:
        reasons = session.scalars(
            select(t.AuditRow.reason).where(t.AuditRow.action == "reopen")
        ).all()
    assert set(reasons) == {"uren februari gecorrigeerd"}


def test_a_manager_sees_the_months_without_the_buttons(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _open(qtbot, demo_workspace, Role.MANAGER)
    assert page.table.rowCount() == len(periods.month_statuses(demo_workspace)) > 0
    assert page.close_button.isHidden() and page.reopen_button.isHidden()
    assert page.status.text() == (
        "Met uw rol ziet u de maanden, maar kunt u ze niet afsluiten of heropenen."
    )

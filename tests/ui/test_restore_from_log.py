"""Herstellen… on the Settings page's audit log: an administrator puts a deleted rate back (read
from the database afterwards, the restore in the log), a refusal is shown beside the table and
writes nothing, and a manager sees the log without the button. The real dialogs are answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sodesk.domain.enums import Role, TargetGroup
from sodesk.domain.period import Period
from sodesk.services import parameters as params
from sodesk.services import rates
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.storage.database import transaction
from sodesk.ui.jobs import JobRunner
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.pages.base import Context
from sodesk.ui.pages.settings import SettingsPage

PASSWORD = "lang-genoeg-1"


def _open(qtbot: QtBot, workspace: Workspace, role: Role) -> SettingsPage:
    """The page as MainWindow builds it, for a user signed in with ``role``."""
    params.create_first_administrator(workspace, "beheer", "Bea Beheer", PASSWORD)
    who: SignedIn = params.sign_in_workspace(workspace, "beheer", PASSWORD)
    if role is not Role.ADMINISTRATOR:
        params.add_user(workspace.sessions, "mia", "Mia Manager", role, PASSWORD)
        who = params.sign_in_workspace(workspace, "mia", PASSWORD)
    jobs = JobRunner()
    context = Context(workspace, jobs, Period.year(2025))
    context.user = who  # type: ignore[attr-defined]
    page = SettingsPage(context)
    page._test_jobs = jobs  # type: ignore[attr-defined]  # keep the runner alive
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    _reload(qtbot, page)
    return page


def _reload(qtbot: QtBot, page: SettingsPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh(force=True)


def _when_modal(check: Callable[[Any], bool], act: Callable[[Any], None]) -> None:
    """Act on the next modal dialog ``check`` accepts (the real one, once it is shown)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not check(dialog):
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def _answer_confirm_and_reason(reason: str, asked: list[str]) -> None:
    def confirm(box: QMessageBox) -> None:
        asked.append(box.text())
        accept = next(
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
        )
        _when_modal(
            lambda d: isinstance(d, QInputDialog) and d.objectName() == "reasonDialog",
            lambda d: (d.setTextValue(reason), d.accept()),
        )
        accept.click()

    _when_modal(
        lambda d: isinstance(d, QMessageBox) and d.objectName() == "restoreConfirm", confirm
    )


def _select(page: SettingsPage, table_name: str, action: str = "delete") -> params.Change:
    assert page.changes is not None
    page.tabs.setCurrentWidget(page.changes)
    proxy = page.changes.table.model()
    for row in range(proxy.rowCount()):
        change = proxy.index(row, 0).data(ROW_ROLE)
        if change.table == table_name and change.action == action:
            page.changes.table.setCurrentIndex(proxy.index(row, 0))
            return change
    raise AssertionError(f"no {action} of {table_name} in the log")


def _a_rate(workspace: Workspace) -> tuple[rates.ActivityRates, t.RateRow]:
    with workspace.sessions() as session:
        found = rates.all_activity_rates(session)
        activity = next(a for a in found.values() if a.rates)
        row = session.get(t.RateRow, activity.rates[-1].id)
        assert row is not None
        session.expunge(row)
    return activity, row


def _fields(row: Any) -> tuple[Any, ...]:
    return (row.id, row.activity_id, row.valid_from, row.valid_to, row.unit, row.price, row.note)


def _written(workspace: Workspace) -> tuple[int, int, int]:
    with workspace.sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(t.AuditRow)) or 0,
            session.scalar(select(func.count()).select_from(t.RateRow)) or 0,
            session.scalar(select(func.count()).select_from(t.WorkerRow)) or 0,
        )


def test_an_administrator_restores_a_deleted_rate_from_the_log(
    dutch_app: QApplication, qtbot: QtBot, qtmodeltester: Any, demo_workspace: Workspace
) -> None:
    page = _open(qtbot, demo_workspace, Role.ADMINISTRATOR)
    activity, before = _a_rate(demo_workspace)
    rates.delete_rate(
        demo_workspace.sessions, activity.activity_id, activity.snapshot, before.id, "dubbel"
    )
    _reload(qtbot, page)
    assert page.restore is not None and page.changes is not None
    qtmodeltester.check(page.changes.model)
    _select(page, "users", "insert")
    assert not page.restore.button.isEnabled()  # not a deletion
    _select(page, "rates")
    assert page.restore.button.isEnabled()

    asked: list[str] = []
    _answer_confirm_and_reason("toch nodig", asked)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.mouseClick(page.restore.button, Qt.MouseButton.LeftButton)

    assert f"Tarief {before.id} " in asked[0]
    with demo_workspace.sessions() as session:
        after = session.get(t.RateRow, before.id)
        assert after is not None
        assert _fields(after) == _fields(before)
    assert page.restore.done.isVisible()
    assert page.restore.done.text().startswith(f"Tarief {before.id}, verwijderd door beheer")
    assert not page.restore.refusal.isVisible()
    lines = page.changes.model.rows()
    inserts = [c for c in lines if c.table == "rates" and c.action == "insert"]
    assert inserts and {c.reason for c in inserts} == {"hersteld uit het auditlog: toch nodig"}
    logged = {c.field: c.new for c in inserts}
    assert logged["price"] == str(before.price) and isinstance(before.price, Decimal)
    assert logged["valid_from"] == before.valid_from.isoformat()
    assert logged["activity_id"] == str(before.activity_id)
    page.grab().save("/tmp/restore-done.png")


def test_a_worker_deletion_is_refused_beside_the_table_and_nothing_is_written(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _open(qtbot, demo_workspace, Role.ADMINISTRATOR)
    with transaction(demo_workspace.sessions) as session:
        municipality = session.scalars(select(t.MunicipalityRow)).first()
        assert municipality is not None
        worker = t.WorkerRow(personnel_number="X-99", first_name="Tijdelijk", last_name="Test",
                             target_group=next(iter(TargetGroup)), municipality_id=municipality.id,
                             bsn="123456782", birth_date=dt.date(1990, 1, 1))  # fmt: skip
        session.add(worker)
    with transaction(demo_workspace.sessions) as session:
        session.info["reason"] = "per ongeluk ingevoerd"
        session.delete(
            session.scalars(select(t.WorkerRow).filter_by(personnel_number="X-99")).one()
        )
    _reload(qtbot, page)
    assert page.restore is not None
    _select(page, "workers")
    assert page.restore.button.isEnabled()
    before = _written(demo_workspace)

    _answer_confirm_and_reason("terugzetten", [])
    qtbot.mouseClick(page.restore.button, Qt.MouseButton.LeftButton)

    assert page.restore.refusal.isVisible()
    assert page.restore.refusal.text().startswith("Medewerker ")
    assert "uren" in page.restore.refusal.text()
    assert not page.restore.done.isVisible()
    assert _written(demo_workspace) == before
    page.grab().save("/tmp/restore-refused.png")


def test_a_manager_reads_the_log_without_a_restore_button(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _open(qtbot, demo_workspace, Role.MANAGER)
    assert page.changes is not None
    assert page.restore is None
    names = {b.objectName() for b in page.findChildren(QPushButton)}
    assert "restoreButton" not in names

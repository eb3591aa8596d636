"""People edited in the window as a manager, a controller and a job coach do it (issue 5).

Ctrl+N opens the form of a new worker; a bad BSN is told beside the field; Ctrl+S saves and
the new worker is in the list with their card. A placement added on the card shows there; a
placement ended on the card or evaluated on the guidance page leaves "placements to evaluate".
Delete asks first and Cancel keeps the worker. A job coach edits the placements of their own
caseload only, and no employments or personal data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, func, select

from sodesk.domain.enums import Role
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.main_window import MainWindow
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.pages.guidance import SETTING, GuidancePage
from sodesk.ui.pages.workers import WorkersPage

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: QtBot, workspace: Workspace, user: SignedIn | None = None) -> MainWindow:
    QSettings().remove(SETTING)
    main = MainWindow(workspace, user)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitUntil(lambda: not main.current_page().is_busy(), timeout=60_000)
    return main


def _close(main: MainWindow, qtbot: QtBot) -> None:
    for page in main.pages:  # a failed test must not leave a question open at closing
        if isinstance(page, WorkersPage):
            page.card.editor.dirty = False
            for editor in page.card.people_editors:
                editor.dirty = False
        qtbot.waitUntil(lambda p=page: not p.is_busy(), timeout=60_000)
    main.close()


@pytest.fixture
def window(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[MainWindow]:
    main = _window(qtbot, demo_workspace)
    yield main
    _close(main, qtbot)


def _workers(window: MainWindow, qtbot: QtBot) -> WorkersPage:
    page = window.show_page("workers")
    assert isinstance(page, WorkersPage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    return page


def _guidance(window: MainWindow, qtbot: QtBot) -> GuidancePage:
    page = window.show_page("guidance")
    assert isinstance(page, GuidancePage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    return page


def _select(page: WorkersPage, worker_id: int) -> None:
    page.search.clear()
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data(ROW_ROLE).id == worker_id:
            page.table.selectRow(row)
            assert page.card.card is not None and page.card.card.id == worker_id
            return
    raise AssertionError(f"worker {worker_id} is not in the list")


def _count(workspace: Workspace, table: type) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def _answer(button_role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    """Click the button of ``button_role`` on the question that is about to open."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        (button,) = [b for b in box.buttons() if box.buttonRole(b) == button_role]
        button.click()

    QTimer.singleShot(0, answer)


def _type(qtbot: QtBot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # as a user empties it: the form hears it
    qtbot.keyClicks(field, text)


def _choose(combo, text: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_ctrl_n_a_bad_bsn_is_told_then_ctrl_s_saves_the_new_worker(
    window: MainWindow, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _workers(window, qtbot)
    before = _count(demo_workspace, t.WorkerRow)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    card, form = page.card, page.card.person_form
    assert card.details_stack.currentWidget() is form
    coaches = set(form.coaches.stringList())  # the caseload goes by name: names in use offered
    assert coaches and coaches <= {r.coach for r in page.model.rows()}
    assert card.heading.text() == "Nieuwe medewerker" or card.heading.text() == "New worker"
    _type(qtbot, form.number, "N9001")
    _type(qtbot, form.first_name, "Bram")
    _type(qtbot, form.last_name, "Bakker")
    _type(qtbot, form.birth_date, "04-03-1985")
    _type(qtbot, form.bsn, "123456789")
    assert form.messages["bsn"].text() == "BSN voldoet niet aan de elfproef (waarde '123456789')."
    assert not form.messages["bsn"].isHidden()
    assert form.messages["hours"].isHidden()  # untouched fields stay quiet while typing
    qtbot.keyClick(form.bsn, Qt.Key.Key_S, CTRL)  # refused: every problem is told now
    assert _count(demo_workspace, t.WorkerRow) == before
    assert "Doelgroep is verplicht" in form.messages["target_group"].text()
    assert "Contracturen per week is verplicht" in form.messages["hours"].text()
    _type(qtbot, form.bsn, "1234.56.782")
    assert form.messages["bsn"].isHidden()
    _choose(form.target_group, form.target_group.itemText(2))
    _choose(form.municipality, form.municipality.itemText(1))
    _type(qtbot, form.coach, "Kees Koster")
    form.start.setDate(QDate(2025, 2, 1))
    _type(qtbot, form.hours, "70")
    assert "(waarde 70)" in form.messages["hours"].text()
    _type(qtbot, form.hours, "32")
    _type(qtbot, form.wage, "14,06")
    assert all(message.isHidden() for message in form.messages.values())
    qtbot.keyClick(form.wage, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert _count(demo_workspace, t.WorkerRow) == before + 1
    assert page.model.rowCount() == before + 1
    assert card.details_stack.currentIndex() == 0
    assert card.card is not None and card.card.name == "Bram Bakker"
    assert card.heading.text() == "Bram Bakker  (N9001)"
    assert card.bsn.text() == "•••••6782"
    assert card.employments.index(0, 0).data() == "01-02-2025"
    assert card.employments.index(0, 3).data() == "€ 14,06"
    selected = page.table.currentIndex().data(ROW_ROLE)
    assert selected is not None and selected.name == "Bram Bakker"
    page.search.setText("N9001")
    assert page.proxy.rowCount() == 1


def _placement_to_evaluate(window: MainWindow, qtbot: QtBot, skip: int = 0):  # type: ignore[no-untyped-def]
    """A coach with placements to evaluate (chosen on the page) and that coach's ``skip``th."""
    guidance = _guidance(window, qtbot)
    for index in range(guidance.coach.count()):
        if guidance.placements_model.rowCount() > skip:
            return guidance, guidance.placements_model.row_at(skip)
        guidance.coach.setCurrentIndex(index)
        with qtbot.waitSignal(guidance.loaded, timeout=30_000):
            guidance.coach.activated.emit(index)
    raise AssertionError("the demo has no placements to evaluate")


def _evaluate_list(guidance: GuidancePage) -> list[tuple[int, dt.date]]:
    return [(r.worker_id, r.start) for r in guidance.placements_model.rows()]


def test_a_placement_is_added_on_the_card_and_ended_or_evaluated_leaves_the_list(
    window: MainWindow, qtbot: QtBot, demo_workspace: Workspace, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    guidance, old = _placement_to_evaluate(window, qtbot)
    page = _workers(window, qtbot)
    _select(page, old.worker_id)
    card = page.card
    before = card.placements.rowCount()
    qtbot.mouseClick(card.add_placement, Qt.MouseButton.LeftButton)
    form = card.placement_form
    assert card.details_stack.currentWidget() is form
    _choose(form.work_type, "Individuele detachering")
    _type(qtbot, form.employer, "Bakkerij Jansen")
    form.start.setDate(QDate(2026, 1, 5))
    qtbot.keyClick(form.employer, Qt.Key.Key_S, CTRL)
    assert card.details_stack.currentIndex() == 0
    assert card.placements.rowCount() == before + 1
    rows = [card.placements.row_at(r) for r in range(card.placements.rowCount())]
    added = next(r for r in rows if r.where == "Bakkerij Jansen")
    assert (added.start, added.end) == (dt.date(2026, 1, 5), None)
    qtmodeltester.check(card.placements)

    # the old placement ends on the card: it leaves the coach's list
    old_row = next(i for i, r in enumerate(rows) if r.start == old.start and r.end is None)
    card.placement_table.selectRow(old_row)
    qtbot.mouseClick(card.end_placement, Qt.MouseButton.LeftButton)
    end = card.end_form
    assert card.details_stack.currentWidget() is end
    end.end.setDate(QDate(old.start.year, old.start.month, old.start.day).addDays(-1))
    assert "ligt voor de begindatum" in end.messages["end"].text()
    end.end.setDate(QDate(2026, 1, 4))
    assert end.messages["end"].isHidden()
    qtbot.keyClick(end.end, Qt.Key.Key_S, CTRL)
    assert card.placements.row_at(old_row).end == dt.date(2026, 1, 4)
    guidance = _guidance(window, qtbot)
    with qtbot.waitSignal(guidance.loaded, timeout=30_000):
        guidance.refresh(force=True)
    assert (old.worker_id, old.start) not in _evaluate_list(guidance)

    # another one is evaluated on the guidance page and goes on: it leaves the list too
    assert guidance.placements_model.rowCount() > 0
    guidance.tabs.setCurrentIndex(2)
    guidance.placements.selectRow(0)
    chosen = guidance.placements.currentIndex().data(ROW_ROLE)
    page = _workers(window, qtbot)  # their card is open on the workers page meanwhile
    _select(page, chosen.worker_id)
    guidance = _guidance(window, qtbot)
    assert guidance.placements.currentIndex().data(ROW_ROLE) == chosen
    assert guidance.evaluate_button.isEnabled()
    qtbot.mouseClick(guidance.evaluate_button, Qt.MouseButton.LeftButton)
    dialog = guidance.evaluation
    assert (
        dialog is not None and chosen.name in dialog.findChildren(type(guidance.status))[0].text()
    )
    dialog.go_on_date.setDate(QDate.currentDate())
    with qtbot.waitSignal(guidance.loaded, timeout=30_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (chosen.worker_id, chosen.start) not in _evaluate_list(guidance)
    assert chosen.name in guidance.status.text()
    with demo_workspace.sessions() as session:
        spans = session.execute(
            select(t.PlacementRow.start_date, t.PlacementRow.end_date)
            .where(t.PlacementRow.worker_id == chosen.worker_id)
            .order_by(t.PlacementRow.start_date)
        ).all()
    today = dt.date.today()
    assert (chosen.start, today - dt.timedelta(days=1)) in spans and (today, None) in spans
    page = _workers(window, qtbot)  # back on the card: it shows the change and can be edited
    assert card.card is not None and card.card.id == chosen.worker_id
    assert (today, None) in [(p.start, p.end) for p in card.card.placements]
    qtbot.mouseClick(card.add_placement, Qt.MouseButton.LeftButton)
    _choose(form.work_type, "Begeleid werken")
    form.start.setDate(QDate.currentDate().addDays(7))
    assert form.save()  # not refused as stale


def test_delete_asks_first_and_cancel_keeps_the_worker(
    window: MainWindow, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _workers(window, qtbot)
    page.table.selectRow(0)
    card = page.card.card
    assert card is not None
    before = _count(demo_workspace, t.WorkerRow)
    seen: list[str] = []
    _answer(QMessageBox.ButtonRole.RejectRole, seen)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert seen and card.name in seen[0] and card.personnel_number in seen[0]
    assert _count(demo_workspace, t.WorkerRow) == before
    assert page.card.card is not None and page.card.card.id == card.id

    # the demo worker has hours and guidance: refused, with the way out named
    _answer(QMessageBox.ButtonRole.DestructiveRole, seen)
    assert not page.delete_selected()
    assert "beëindig het dienstverband" in page.count.text()
    assert _count(demo_workspace, t.WorkerRow) == before

    with demo_workspace.sessions() as session, session.begin():  # as if entered by mistake
        for table in (t.HourRow, t.GuidanceRow):
            session.execute(delete(table).where(table.worker_id == card.id))
    _answer(QMessageBox.ButtonRole.DestructiveRole, seen)
    assert page.delete_selected()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert _count(demo_workspace, t.WorkerRow) == before - 1
    assert page.model.rowCount() == before - 1
    with demo_workspace.sessions() as session:
        kept = session.scalars(
            select(t.AuditRow.old_value).where(
                t.AuditRow.table_name == "workers",
                t.AuditRow.action == "delete",
                t.AuditRow.field == "personnel_number",
            )
        ).all()
    assert kept == [card.personnel_number]


def _coach_of(workspace: Workspace) -> tuple[str, int, int]:
    """A coach, a worker of their caseload and a worker outside it."""
    with workspace.sessions() as session:
        rows = session.execute(
            select(t.WorkerRow.id, t.WorkerRow.coach).where(t.WorkerRow.coach.is_not(None))
        ).all()
    coach = rows[0][1]
    mine = next(i for i, c in rows if c == coach)
    other = next(i for i, c in rows if c != coach)
    return coach, mine, other


@pytest.fixture
def coach_window(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[tuple[MainWindow, str, int, int]]:
    coach, mine, other = _coach_of(demo_workspace)
    main = _window(qtbot, demo_workspace, SignedIn("coach", coach, Role.JOB_COACH))
    yield main, coach, mine, other
    _close(main, qtbot)


def test_a_job_coach_edits_placements_of_the_caseload_only(
    coach_window: tuple[MainWindow, str, int, int], qtbot: QtBot
) -> None:
    window, coach, mine, other = coach_window
    assert window.show_page("workers").context.user.role is Role.JOB_COACH  # type: ignore[attr-defined]
    page = _workers(window, qtbot)
    assert page.new_button.isHidden() and page.delete_button.isHidden()
    # another coach's worker is not even in her list (services.workers reads her caseload)
    with pytest.raises(AssertionError, match="not in the list"):
        _select(page, other)
    assert {row.coach for row in page.model.rows()} == {coach}
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    card = page.card
    assert card.details_stack.currentIndex() == 0  # no new worker for a job coach
    _select(page, mine)
    assert card.add_placement.isEnabled()
    assert not card.edit_person.isEnabled() and not card.add_employment.isEnabled()
    before = card.placements.rowCount()
    qtbot.mouseClick(card.add_placement, Qt.MouseButton.LeftButton)
    _choose(card.placement_form.work_type, "Werken op locatie")
    card.placement_form.start.setDate(QDate(2026, 2, 2))
    assert card.placement_form.save()
    assert card.placements.rowCount() == before + 1

    guidance = _guidance(window, qtbot)
    # she chooses no other coach: the choice holds her alone and cannot be changed
    assert [guidance.coach.itemText(i) for i in range(guidance.coach.count())] == [coach]
    assert not guidance.coach.isEnabled()
    assert guidance.line.coach == coach
    guidance.placements.selectRow(0)
    assert guidance.evaluate_button.isEnabled() == bool(guidance.placements_model.rowCount())


def test_personal_data_are_edited_on_the_card_the_bsn_only_when_shown(
    window: MainWindow, qtbot: QtBot, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _workers(window, qtbot)
    page.table.selectRow(1)
    card = page.card
    shown = card.card
    assert shown is not None and shown.bsn
    qtbot.mouseClick(card.edit_person, Qt.MouseButton.LeftButton)
    form = card.person_form
    assert form.bsn.isHidden() and form.hours.isHidden()  # masked BSN: not in the form
    assert form.last_name.text() == shown.last_name
    _type(qtbot, form.last_name, "")
    assert "Achternaam is verplicht" in form.messages["last_name"].text()
    _type(qtbot, form.last_name, "Zuidema")

    asked: list[str] = []

    def stay(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", stay)
    page.table.selectRow(2)  # leaving a card with unsaved changes asks first
    assert asked
    assert "niet opgeslagen" in asked[0] or "not been saved" in asked[0]  # Dutch once merged
    assert card.card is not None and card.card.id == shown.id
    assert card.details_stack.currentWidget() is form

    qtbot.keyClick(form.last_name, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert card.card is not None and card.card.name == f"{shown.first_name} Zuidema"
    assert card.card.bsn == shown.bsn  # masked, as before
    assert any(r.name == card.card.name for r in page.model.rows())

    card.show_bsn.setChecked(True)  # shown on request: now the BSN can be changed
    qtbot.mouseClick(card.edit_person, Qt.MouseButton.LeftButton)
    with demo_workspace.sessions() as session:
        full = session.get(t.WorkerRow, shown.id).bsn  # type: ignore[union-attr]
    assert full and shown.bsn == "•••••" + full[-4:]
    assert not form.bsn.isHidden() and form.bsn.text() == full
    _type(qtbot, form.bsn, "")
    qtbot.keyClick(form.bsn, Qt.Key.Key_Escape)  # Esc discards
    assert card.details_stack.currentIndex() == 0
    with demo_workspace.sessions() as session:
        assert session.get(t.WorkerRow, shown.id).bsn == full  # type: ignore[union-attr]


def test_new_contract_hours_from_a_date_end_the_current_employment_the_day_before(
    window: MainWindow, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = _workers(window, qtbot)
    with demo_workspace.sessions() as session:
        worker_id = session.scalars(
            select(t.EmploymentRow.worker_id)
            .where(
                t.EmploymentRow.end_date.is_(None), t.EmploymentRow.start_date < dt.date(2026, 1, 1)
            )
            .order_by(t.EmploymentRow.worker_id)
        ).first()
    assert worker_id is not None
    _select(page, worker_id)
    card = page.card
    current = next(e for e in card.card.employments if e.end is None)  # type: ignore[union-attr]
    before = card.employments.rowCount()
    qtbot.mouseClick(card.add_employment, Qt.MouseButton.LeftButton)
    form = card.employment_form
    assert card.details_stack.currentWidget() is form and form.end_open.isChecked()
    form.start.setDate(QDate(current.start.year, current.start.month, current.start.day))
    assert "overlapt" in form.messages["start"].text()  # on the same day: nothing to end
    form.start.setDate(QDate(2026, 1, 1))
    assert form.messages["start"].isHidden()
    assert "31-12-2025" in form.note.text()
    form.end_open.setChecked(False)
    assert "overlapt het dienstverband" in form.messages["start"].text()
    assert form.note.text() == ""
    form.end_open.setChecked(True)
    _type(qtbot, form.hours, "24")
    _type(qtbot, form.wage, "15,10")
    qtbot.keyClick(form.wage, Qt.Key.Key_S, CTRL)
    assert card.details_stack.currentIndex() == 0
    assert card.employments.rowCount() == before + 1
    lines = [card.employments.row_at(r) for r in range(card.employments.rowCount())]
    assert [(e.start, e.end) for e in lines][-2:] == [
        (current.start, dt.date(2025, 12, 31)),
        (dt.date(2026, 1, 1), None),
    ]
    assert card.employments.index(before, 3).data() == "€ 15,10"

"""The workers page as a user meets it: search and filter, the card, a new measurement."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sodesk.domain.wage_value import reassessment_due
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.main_window import MainWindow
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.models.task_edit import TaskColumn
from sodesk.ui.pages.workers import WorkersPage


@pytest.fixture
def window(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[MainWindow]:
    main = MainWindow(demo_workspace)
    main.resize(1366, 768)
    main.show()
    qtbot.waitUntil(lambda: not main.current_page().is_busy(), timeout=60_000)
    yield main
    for page in main.pages:  # a failed test must not leave a question open at closing
        if isinstance(page, WorkersPage):
            page.card.editor.dirty = False
    for page in main.pages:
        qtbot.waitUntil(lambda p=page: not p.is_busy(), timeout=60_000)
    main.close()


@pytest.fixture
def page(window: MainWindow, qtbot: QtBot) -> WorkersPage:
    found = window.show_page("workers")
    assert isinstance(found, WorkersPage)
    qtbot.waitUntil(lambda: not found.is_busy(), timeout=60_000)
    return found


def _names(page: WorkersPage) -> list[str]:
    return [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]


def test_the_list_searches_sorts_and_filters(
    page: WorkersPage, qtbot: QtBot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert page.title() == "Medewerkers"
    assert page.model.rowCount() == 40
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    first = page.proxy.index(0, 0).data(ROW_ROLE)
    qtbot.keyClicks(page.search, first.personnel_number)
    assert page.proxy.rowCount() == 1
    assert page.count.text() == "1 van 40 medewerkers"
    page.search.clear()
    page.target_group.setCurrentIndex(page.target_group.findText("Wsw"))
    groups = {page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())}
    assert groups == {"Wsw"}
    page.target_group.setCurrentIndex(0)
    page.coach.setCurrentIndex(1)
    coach = page.coach.currentText()
    assert {page.proxy.index(r, 5).data() for r in range(page.proxy.rowCount())} == {coach}
    page.coach.setCurrentIndex(0)
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    values = [page.proxy.index(r, 6).data(ROW_ROLE).wage_value for r in range(40)]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=True)


def test_the_card_shows_the_worker_with_a_masked_bsn(page: WorkersPage, qtbot: QtBot) -> None:
    card = page.card
    assert card.card is not None
    masked = card.card.bsn  # the card carries the BSN masked; Show asks the service
    with page.context.workspace.sessions() as session:
        bsn = session.get(t.WorkerRow, card.card.id).bsn  # type: ignore[union-attr]
    assert bsn and masked == card.bsn.text() == "•••••" + bsn[-4:]
    qtbot.mouseClick(card.show_bsn, Qt.MouseButton.LeftButton)
    assert card.bsn.text() == bsn and card.show_bsn.text() == "Verberg"
    assert card.employments.rowCount() >= 1
    for model in (card.employments, card.placements, card.measurements, card.guidance):
        from pytestqt.modeltest import ModelTester

        ModelTester(None).check(model)
    page.table.selectRow(3)
    assert card.bsn.text().startswith("•••••")  # a new card starts masked again


def _worker_with_open_employment(page: WorkersPage, workspace: Workspace) -> int:
    with workspace.sessions() as session:
        open_ids = set(
            session.scalars(
                select(t.EmploymentRow.worker_id).where(t.EmploymentRow.end_date.is_(None))
            )
        )
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data(ROW_ROLE).id in open_ids:
            page.table.selectRow(row)
            return row
    raise AssertionError("no worker with an open employment")


def _type(qtbot: QtBot, page: WorkersPage, row: int, column: int, text: str) -> None:
    """Type into a cell as a user does: select it, type, Enter."""
    table = page.card.editor.table
    index = table.model().index(row, column)
    page.card.editor.commit_open_cell()  # "Add task" opens the new task's name cell
    table.setCurrentIndex(index)
    table.edit(index)
    editor = page.card.editor.open_cell_editor()
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits a moment later
    qtbot.waitUntil(lambda: page.card.editor.open_cell_editor() is None, timeout=5_000)


def _count(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(t.WageValueRow)) or 0


def test_a_measurement_is_computed_while_typing_and_saved_with_ctrl_s(
    page: WorkersPage, qtbot: QtBot, demo_workspace: Workspace, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    _worker_with_open_employment(page, demo_workspace)
    card = page.card
    before_rows = card.measurements.rowCount()
    before = _count(demo_workspace)
    qtbot.mouseClick(card.new_measurement, Qt.MouseButton.LeftButton)
    editor = card.editor
    assert card.wage_stack.currentIndex() == 1
    assert not editor.tasks_message.isVisible()  # nothing typed yet: nothing wrong yet
    assert editor.tasks_message.text() == ""
    _type(qtbot, page, 0, TaskColumn.TASK, "Inpakken")
    _type(qtbot, page, 0, TaskColumn.TIME_SHARE, "60")
    _type(qtbot, page, 0, TaskColumn.TEMPO, "50")
    assert "60 % in plaats van 100 %" in editor.tasks_message.text()
    assert editor.result.text() == "Loonwaarde: –"
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    _type(qtbot, page, 1, TaskColumn.TASK, "Sorteren")
    _type(qtbot, page, 1, TaskColumn.TIME_SHARE, "40")
    _type(qtbot, page, 1, TaskColumn.QUALITY, "80,5")
    # 0.6 x 0.5 + 0.4 x 0.805 = 0.622, rounded half-up to whole percents: 62 % (R1)
    assert editor.result.text() == "Loonwaarde: 62,2 % gemeten, afgerond 62 %"
    assert not editor.tasks_message.isVisible()
    assert editor.model.index(1, TaskColumn.PERFORMANCE).data() == "32,2 %"
    qtmodeltester.check(editor.model)
    _type(qtbot, page, 1, TaskColumn.TEMPO, "1x0")
    assert "Tempo (regel 2) '1x0' is geen percentage" in editor.tasks_message.text()
    _type(qtbot, page, 1, TaskColumn.TEMPO, "100")
    editor.term.setCurrentIndex(editor.term.findText("1 tot 2 jaar"))
    today = editor.date.date().toPython()
    due = reassessment_due(today, editor.term.currentData())
    assert editor.due.text() == f"Herbeoordelen uiterlijk {due:%d-%m-%Y}"
    assert editor.dirty
    qtbot.keyClick(editor.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _count(demo_workspace) == before + 1
    assert card.wage_stack.currentIndex() == 0
    assert card.measurements.rowCount() == before_rows + 1
    newest = card.measurements.index(0, 0).data(ROW_ROLE)
    assert newest.wage_value == Decimal("0.62")
    assert card.measurements.index(0, 1).data() == "62,0 %"
    assert newest.measurement.measured_sum == Decimal("0.622")
    assert card.measurements.index(0, 4).data() == "62,2 %"  # gemeten (onafgerond)
    assert len(newest.measurement.tasks) == 2


def test_esc_discards_and_leaving_with_unsaved_changes_asks(
    window: MainWindow,
    page: WorkersPage,
    qtbot: QtBot,
    demo_workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    row = _worker_with_open_employment(page, demo_workspace)
    before = _count(demo_workspace)
    card = page.card
    card.start_measurement()
    _type(qtbot, page, 0, TaskColumn.TASK, "Inpakken")
    qtbot.keyClick(card.editor.table, Qt.Key.Key_Escape)
    assert card.wage_stack.currentIndex() == 0 and not card.has_unsaved_changes()

    card.start_measurement()
    _type(qtbot, page, 0, TaskColumn.TASK, "Inpakken")
    asked: list[str] = []

    def stay(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", stay)
    window.navigation.setCurrentRow(2)
    assert window.current_page() is page and window.navigation.currentRow() == 1
    page.table.selectRow(row + 1 if row + 1 < page.proxy.rowCount() else 0)
    assert page.table.currentIndex().row() == row
    assert asked and "niet opgeslagen" in asked[0]

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    window.navigation.setCurrentRow(2)
    assert window.current_page() is not page
    assert _count(demo_workspace) == before


def test_three_thousand_workers_load_and_filter_quickly(
    dutch_app: QApplication, qtbot: QtBot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from sodesk.services.demo import fill_demo
    from sodesk.services.workspace import open_workspace
    from sodesk.storage.database import transaction

    workspace = open_workspace(f"sqlite:///{tmp_path / 'groot.sqlite3'}")
    try:
        with transaction(workspace.sessions) as session:
            fill_demo(session, workers=3000, seed=2, years=1, end_year=2025)
        main = MainWindow(workspace)
        qtbot.addWidget(main)
        main.show()
        page = main.show_page("workers")
        qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
        assert isinstance(page, WorkersPage)
        assert page.model.rowCount() == 3000  # speed is measured in bench/, not asserted here
        qtbot.keyClicks(page.search, "Jansen")
        assert 0 < page.proxy.rowCount() < 3000
        for other in main.pages:  # let the overview's year report finish before closing
            qtbot.waitUntil(lambda p=other: not p.is_busy(), timeout=180_000)
        main.close()
        qtbot.waitUntil(lambda: not main.current_page().is_busy(), timeout=60_000)
    finally:
        workspace.close()


def test_the_index_of_a_missing_row_is_invalid(page: WorkersPage) -> None:
    assert page.model.index(9999, 0).data() is None
    assert page.model.data(QModelIndex()) is None


def test_the_list_opens_by_last_name_with_whole_municipality_names(page: WorkersPage) -> None:
    from sodesk.services.workers import sort_name

    rows = [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]
    keys = [row.sort_name for row in rows]
    assert keys == sorted(keys) and len(set(keys)) > 1
    assert sort_name("Sara", "van Dijk") == "dijk, sara van"
    assert sort_name("Jan", "de Vries") < sort_name("Anna", "Wit")  # V before W, not "de"
    # a first name does not order the list: not sorted by the shown "first last"
    assert [row.name for row in rows] != sorted(row.name for row in rows)
    metrics = page.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(row.municipality) for row in rows)
    assert page.table.columnWidth(3) >= longest + 6  # not cut to "Gemeente Lindenh…"

"""The municipalities page as a controller uses it: change the regime and a year's target,
save with Ctrl+S, see it stored; a save made on an old version is refused with a message.

The demo company has three municipalities, GM0001 measured, GM0002 fixed at 80 %, each with a
2025 target and a waiting list; the period is 2025.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import event, select, update

from sodesk.domain.enums import LksRegime, LwBasis
from sodesk.services import municipalities as svc
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.ui.main_window import MainWindow
from sodesk.ui.pages.municipalities import MunicipalitiesPage


@pytest.fixture
def page(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[MunicipalitiesPage]:
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    found = window.pages[[p.key for p in window.pages].index("municipalities")]
    assert isinstance(found, MunicipalitiesPage)
    found.ask_unsaved = lambda: "discard"  # closing the window at the end asks no one
    with qtbot.waitSignal(found.loaded, timeout=30_000):
        window.show_page("municipalities")
    yield found
    qtbot.waitUntil(lambda: not found.is_busy(), timeout=30_000)


def _stored(workspace: Workspace, code: str) -> tuple[t.MunicipalityRow, dict[int, int | None]]:
    with workspace.sessions() as session:
        row = session.scalars(select(t.MunicipalityRow).where(t.MunicipalityRow.code == code)).one()
        return row, {y.year: y.target_places for y in row.years}


def _type_cell(qtbot: QtBot, page: MunicipalitiesPage, row: int, column: int, text: str) -> None:
    table = page.card.regime.years
    table.setFocus()
    table.setCurrentIndex(page.card.regime.years_model.index(row, column))
    qtbot.keyClicks(table, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), editor
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)


def test_the_page_lists_municipalities_in_dutch(
    page: MunicipalitiesPage, demo_workspace: Workspace, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert page.title() == "Gemeenten"
    assert page.model.rowCount() == 3
    assert page.model.headerData(4, Qt.Orientation.Horizontal) == "Taakstelling"
    first = page.model.row_at(0)
    assert (first.code, first.target) == ("GM0001", _stored(demo_workspace, "GM0001")[1][2025])
    assert first.persons > 0 and first.waiting > 0
    assert page.card.heading.text().startswith("GM0001")
    assert page.card.tabs.tabText(1) == f"Wachtlijst ({len(page.card.card.waiting)})"
    years = page.card.regime.years_model
    assert [y.year for y in years.years()] == [2025, 2026]
    realisation = page.card.realisation_model
    assert realisation.rows()[-1].year == 2030
    shown = [
        [realisation.index(r, c).data() for c in range(realisation.columnCount())]
        for r in range(realisation.rowCount())
    ]
    assert shown[-1][0] == "2030" and shown[-1][-1] == "16.200"  # the national target
    assert shown[-1][2] == "–"  # a year to come: no realisation yet
    for model in (
        page.model,
        page.proxy,
        years,
        page.card.waiting.model,
        page.card.realisation_model,
    ):
        qtmodeltester.check(model)


def test_fixed_percent_and_target_are_saved_with_ctrl_s(
    page: MunicipalitiesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    regime = page.card.regime
    regime.regime.setCurrentIndex(regime.regime.findData(LksRegime.FIXED))
    regime.fixed_percent.clear()
    qtbot.keyClicks(regime.fixed_percent, "75,5")
    _type_cell(qtbot, page, 0, 1, "130")
    _type_cell(qtbot, page, 1, 2, "9.500,25")  # 2026: guidance allowance, Dutch notation
    assert page.save.isEnabled()
    qtbot.keyClick(regime.years, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert page.status.text() == "Opgeslagen: Gemeente Lindenhout (versie 2)."
    row, targets = _stored(demo_workspace, "GM0001")
    assert (row.lks_regime, row.lks_fixed_fraction, row.version) == (
        LksRegime.FIXED,
        Decimal("0.755"),
        2,
    )
    assert targets[2025] == 130
    with demo_workspace.sessions() as session:
        allowance = session.scalar(
            select(t.MunicipalityYearRow.guidance_allowance_per_place).where(
                t.MunicipalityYearRow.municipality_id == row.id, t.MunicipalityYearRow.year == 2026
            )
        )
    assert allowance == Decimal("9500.25")
    assert page.model.row_at(0).target == 130  # the list shows the new target
    assert regime.fixed_percent.text() == "75,5"
    assert not regime.is_dirty()


def test_a_bad_figure_is_refused_with_its_field_year_and_value(
    page: MunicipalitiesPage, qtbot: QtBot
) -> None:
    _type_cell(qtbot, page, 0, 3, "-100")
    message = page.card.regime.message.text()
    assert "Wsw-subsidie per fte 2025" in message and "-100" in message
    _type_cell(qtbot, page, 0, 1, "12,5")
    assert "'12,5' is geen heel getal" in page.card.regime.message.text()
    assert page.card.regime.years_model.changes() == []


def test_a_stale_save_is_refused_with_a_clear_message(
    page: MunicipalitiesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    shown = page.card.card.summary
    other_desk = [svc.YearFigures(2025, 121, None, None)]
    svc.save_municipality(
        demo_workspace.sessions, shown.id, shown.version, shown.settings, other_desk
    )
    _type_cell(qtbot, page, 0, 1, "140")
    with qtbot.waitSignal(page.saving.finished, timeout=30_000) as ended:
        assert page.save_settings()
    assert ended.args == [False]
    assert "is intussen gewijzigd door " in page.card.regime.message.text()
    _, targets = _stored(demo_workspace, "GM0001")
    assert targets[2025] == 121
    page.ask_unsaved = lambda: "discard"
    page.refresh(force=True)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert page.card.regime.years_model.years()[0].target_places == 121


def test_a_person_is_added_to_the_waiting_list(
    page: MunicipalitiesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    waiting = page.card.waiting
    before = len(page.card.card.waiting)
    page.card.tabs.setCurrentIndex(1)
    qtbot.keyClicks(waiting.reference, "GM0001-W900")
    qtbot.keyClicks(waiting.reason, "wacht op vervoer")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.mouseClick(waiting.save, Qt.MouseButton.LeftButton)
    assert len(page.card.card.waiting) == before + 1
    assert page.card.tabs.tabText(1) == f"Wachtlijst ({before + 1})"
    with demo_workspace.sessions() as session:
        row = session.scalars(
            select(t.WaitingListRow).where(t.WaitingListRow.reference == "GM0001-W900")
        ).one()
    assert (row.reason, row.advice_date, row.placed_on) == (
        "wacht op vervoer",
        dt.date.today(),
        None,
    )


def test_the_settings_save_in_a_job_and_the_page_cannot_be_left_meanwhile(
    page: MunicipalitiesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    writers: list[int] = []

    def seen(_connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writers.append(threading.get_ident())

    window = page.window()
    assert isinstance(window, MainWindow)
    _type_cell(qtbot, page, 0, 1, "131")
    event.listen(demo_workspace.engine, "before_cursor_execute", seen)
    try:
        with qtbot.waitSignal(page.saving.finished, timeout=30_000) as ended:
            assert page.save_settings()
            assert page.is_saving() and page.is_busy()
            assert not page.save.isEnabled() and not page.card.regime.isEnabled()
            assert not page.table.isEnabled() and page.saving.bar.isVisibleTo(page)
            assert not page.save_settings()  # one save at a time
            window.show_page("overview")
            assert window.current_page() is page
            assert page.status.text() == page.tr("Saving: wait until it is saved.")
        assert ended.args == [True]
    finally:
        event.remove(demo_workspace.engine, "before_cursor_execute", seen)
    assert writers and threading.get_ident() not in writers  # written off the UI thread
    assert page.card.regime.isEnabled() and not page.saving.bar.isVisibleTo(page)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert _stored(demo_workspace, "GM0001")[1][2025] == 131
    window.show_page("overview")
    assert window.current_page() is not page


def test_a_waiting_entry_saves_in_a_job_with_the_form_locked(
    page: MunicipalitiesPage, qtbot: QtBot
) -> None:
    waiting = page.card.waiting
    page.card.tabs.setCurrentIndex(1)
    qtbot.keyClicks(waiting.reference, "GM0001-W901")
    with qtbot.waitSignal(waiting.saving.finished, timeout=30_000) as ended:
        qtbot.mouseClick(waiting.save, Qt.MouseButton.LeftButton)
        assert page.is_saving()
        assert not waiting.save.isEnabled() and not waiting.reference.isEnabled()
        assert waiting.saving.bar.isVisibleTo(waiting)
        assert not page.can_leave()
    assert ended.args == [True]
    assert waiting.save.isEnabled() and not waiting.saving.bar.isVisibleTo(waiting)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert "GM0001-W901" in [line.reference for line in page.card.card.waiting]


def test_a_waiting_entry_changed_by_another_desk_is_not_overwritten(
    page: MunicipalitiesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    waiting = page.card.waiting
    page.card.tabs.setCurrentIndex(1)
    waiting.table.selectRow(0)
    line = waiting.model.row_at(0)
    other = open_workspace(demo_workspace.url, user="anna")
    try:  # another desk saves the same entry after this desk has read it
        svc.save_waiting_entry(
            other.sessions,
            page.card.card.summary.id,
            line.id,
            reference=line.reference,
            advice_date=line.advice_date,
            placeable=line.placeable,
            reason="op de andere werkplek bijgewerkt",
            placed_on=line.placed_on,
            version=line.version,
        )
    finally:
        other.close()
    waiting.reason.setText("hier bijgewerkt")
    with qtbot.waitSignal(waiting.saving.finished, timeout=30_000) as ended:
        qtbot.mouseClick(waiting.save, Qt.MouseButton.LeftButton)
    assert ended.args == [False]
    assert "intussen gewijzigd door anna" in waiting.message.text()
    with demo_workspace.sessions() as session:
        kept = session.get(t.WaitingListRow, line.id)
        assert kept is not None and kept.reason == "op de andere werkplek bijgewerkt"


NOTICE = (
    "De loonwaarde wordt hier over het functieloon berekend. Sinds 2017 geldt het wettelijk "
    "minimumloon als grondslag; deze keuze is overgenomen uit een oudere versie. Bevestig of "
    "wijzig de keuze."
)


def _inherit_function_wage(page: MunicipalitiesPage, qtbot: QtBot, workspace: Workspace) -> None:
    """GM0003 as migration 0006 leaves a function-wage basis it cannot tell from a choice."""
    with workspace.sessions() as session, session.begin():
        session.execute(
            update(t.MunicipalityRow)
            .where(t.MunicipalityRow.code == "GM0003")
            .values(lw_basis=LwBasis.FUNCTION_WAGE, lw_basis_unconfirmed=True)
        )
    page.refresh(force=True)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)


def _select(page: MunicipalitiesPage, code: str) -> None:
    (wanted,) = [m.id for m in page.view.municipalities if m.code == code]
    page.select(wanted)
    assert page.card.card.summary.code == code


def test_an_inherited_function_wage_is_pointed_out_and_confirmed_once(
    page: MunicipalitiesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    regime = page.card.regime
    assert not page.review.isVisibleTo(page)  # the demo chose the minimum wage everywhere
    _inherit_function_wage(page, qtbot, demo_workspace)
    assert page.review.isVisibleTo(page)
    assert page.review.text() == (
        "Bevestig of wijzig de grondslag van de loonwaarde (functieloon) van: GM0003 "
        "Gemeente Oosterveld"
    )
    assert not regime.basis_review.isVisibleTo(page)  # GM0001 is shown: nothing to confirm
    _select(page, "GM0003")
    assert regime.basis_review.isVisibleTo(page)
    assert regime.basis_notice.text() == NOTICE
    assert regime.lw_basis.currentText() == "Functieloon"
    with qtbot.waitSignal(page.saving.finished, timeout=30_000) as ended:
        qtbot.mouseClick(regime.confirm_basis, Qt.MouseButton.LeftButton)
    assert ended.args == [True]
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    row, _ = _stored(demo_workspace, "GM0003")
    assert (row.lw_basis, row.lw_basis_unconfirmed) == (LwBasis.FUNCTION_WAGE, False)
    assert page.card.card.summary.code == "GM0003"
    assert not regime.basis_review.isVisibleTo(page) and not page.review.isVisibleTo(page)
    with demo_workspace.sessions() as session:
        logged = session.scalars(
            select(t.AuditRow).where(
                t.AuditRow.field == "lw_basis_unconfirmed", t.AuditRow.action == "update"
            )
        ).all()
    # (new records log their defaults too since they are logged after their flush)
    assert [(a.old_value, a.new_value) for a in logged] == [("True", "False")]


def test_changing_an_inherited_function_wage_to_the_minimum_wage_settles_it(
    page: MunicipalitiesPage, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    regime = page.card.regime
    _inherit_function_wage(page, qtbot, demo_workspace)
    _select(page, "GM0003")
    regime.lw_basis.setCurrentIndex(regime.lw_basis.findData(LwBasis.MINIMUM_WAGE))
    assert regime.lw_basis.currentText() == "Wettelijk minimumloon (standaard)"
    assert not regime.basis_review.isVisibleTo(page)  # the form no longer shows the old choice
    qtbot.keyClick(regime.years, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    row, _ = _stored(demo_workspace, "GM0003")
    assert (row.lw_basis, row.lw_basis_unconfirmed) == (LwBasis.MINIMUM_WAGE, False)
    assert not page.review.isVisibleTo(page)

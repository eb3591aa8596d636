"""Importing from the window as a controller does it: pick, check, import, or read the problems.

Real files written into tmp_path (tests/import_factories.py), a real SQLite database, the real
window and dialog driven with qtbot; the file dialog is bypassed through ``set_source``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QStatusTipEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from sodesk.domain.enums import Role
from sodesk.services.imports import run_import
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.ui.import_dialog import FOLDER_SETTING, ImportDialog
from sodesk.ui.main_window import MainWindow
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.pages.hours import HoursPage
from tests.import_factories import DUTCH_EXPORT, snapshot, write_dutch_folder, write_workbook


@pytest.fixture
def empty_workspace(dutch_app: QApplication, sqlite_url: str) -> Iterator[Workspace]:
    workspace = open_workspace(sqlite_url)
    yield workspace
    workspace.close()


def _tr(text: str, *values: object, context: str = "ImportDialog") -> str:
    """The shown text: translated (Dutch once the integrator merged /work/nl), %1.. filled."""
    shown = QCoreApplication.translate(context, text)
    for number, value in enumerate(values, start=1):
        shown = shown.replace(f"%{number}", str(value))
    return shown


_opened: list[MainWindow] = []


@pytest.fixture(autouse=True)
def _settle(qtbot: QtBot) -> Iterator[None]:
    """After a test, wait until each window's page has loaded what an import asked for."""
    yield
    while _opened:
        window = _opened.pop()
        qtbot.waitUntil(lambda w=window: not w.current_page().is_busy(), timeout=60_000)
        window.jobs.wait(60_000)


def _window(qtbot: QtBot, workspace: Workspace, user: SignedIn | None = None) -> MainWindow:
    window = MainWindow(workspace, user)
    qtbot.addWidget(window)
    _opened.append(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    return window


def _open_dialog(qtbot: QtBot, window: MainWindow) -> ImportDialog:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    return dialog


def _press(qtbot: QtBot, dialog: ImportDialog, button: object) -> None:
    with qtbot.waitSignal(dialog.step_ended, timeout=60_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _click_cancel(qtbot: QtBot, dialog: ImportDialog) -> None:
    """The Cancel button of the progress dialog, as the user presses it."""
    assert dialog.progress is not None
    button = dialog.progress.findChild(QPushButton)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _hours_in(workspace: Workspace) -> int:
    with workspace.sessions() as session:
        return session.scalar(select(func.count()).select_from(t.HourRow)) or 0


def _shown(dialog: ImportDialog, proxy_name: str) -> list[list[str]]:
    proxy = getattr(dialog, proxy_name)
    return [
        [proxy.index(r, c).data() for c in range(proxy.columnCount())]
        for r in range(proxy.rowCount())
    ]


def test_a_good_folder_is_checked_counted_then_imported(
    qtbot: QtBot, empty_workspace: Workspace, sqlite_url: str, tmp_path: Path, qtmodeltester
) -> None:
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    window = _window(qtbot, empty_workspace)
    assert (
        _tr("Last import: %1", "", context="MainWindow") not in window.statusBar().currentMessage()
    )
    workers = window.show_page("workers")  # loaded before the import, shown again after it
    qtbot.waitUntil(lambda: not workers.is_busy(), timeout=60_000)
    assert workers.model.rowCount() == 0  # type: ignore[attr-defined]
    window.show_page("overview")
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    dialog = _open_dialog(qtbot, window)
    assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    dialog.set_source(folder)
    before = snapshot(sqlite_url)
    _press(qtbot, dialog, dialog.check_button)

    rows = dict((file, int(count)) for file, count in _shown(dialog, "counts_proxy"))
    assert rows["hours.csv"] == 36 and rows["workers.csv"] == 6 and rows["rates.csv"] == 6
    assert len(rows) == len(DUTCH_EXPORT)
    total = sum(rows.values())
    assert dialog.status.text() == _tr(
        "No problems found: %1 rows in %2 files will be written. Nothing has been written yet; "
        "press Import to write every row.",
        total,
        len(DUTCH_EXPORT),
    )
    assert dialog.import_button.isEnabled() and not dialog.copy_button.isVisible()
    assert snapshot(sqlite_url) == before  # the check wrote nothing
    qtmodeltester.check(dialog.counts)

    page = window.current_page()
    with qtbot.waitSignals([dialog.imported, page.loaded], timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.import_dialog is None or not window.import_dialog.isVisible()
    assert _hours_in(empty_workspace) == 36
    last = empty_workspace.last_import()
    assert last is not None
    assert _tr("Last import: %1", last, context="MainWindow") in window.statusBar().currentMessage()
    with qtbot.waitSignal(workers.loaded, timeout=60_000):
        window.show_page("workers")
    assert workers.model.rowCount() == 6  # type: ignore[attr-defined]


def test_the_check_says_how_many_stored_hours_the_file_removes(
    qtbot: QtBot, empty_workspace: Workspace, sqlite_url: str, tmp_path: Path
) -> None:
    """hours.csv is the whole truth for its (worker, date): 1001's INP hours of 2024-12-02
    moved to ASS remove the stored INP row, and the check says so before anything is written."""
    export = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    assert run_import(empty_workspace, export, dry_run=False).ok
    window = _window(qtbot, empty_workspace)
    dialog = _open_dialog(qtbot, window)
    moved = {"hours": "personnel_number;activity_code;date;hours\n1001;ASS;2024-12-02;10,5"}
    dialog.set_source(write_dutch_folder(tmp_path / "moved", moved))
    before = snapshot(sqlite_url)
    _press(qtbot, dialog, dialog.check_button)

    removal = _tr(
        "%1 stored hour rows will be removed: the hours file has their worker and date but "
        "not their activity.",
        1,
    )
    assert dialog.status.text().endswith(" " + removal)
    assert snapshot(sqlite_url) == before
    _press(qtbot, dialog, dialog.import_button)
    assert _hours_in(empty_workspace) == 36


def test_more_than_a_thousand_problems_list_the_first_thousand_and_count_all(
    qtbot: QtBot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    rows = "".join(f"1001;INP;2024-12-02;x{i}\n" for i in range(1200))
    files = DUTCH_EXPORT | {"hours": "personnel_number;activity_code;date;hours\n" + rows}
    window = _window(qtbot, empty_workspace)
    dialog = _open_dialog(qtbot, window)
    dialog.set_source(write_dutch_folder(tmp_path / "bad", files))
    _press(qtbot, dialog, dialog.check_button)

    assert len(_shown(dialog, "problems_proxy")) == 1000
    assert dialog.status.text() == _tr(
        "%1 problems found; nothing was written. Correct the files, then press Check again.",
        1200,
    ) + " " + _tr("The first %1 are listed.", 1000)


def test_a_bad_file_lists_every_problem_and_import_stays_off(
    qtbot: QtBot, empty_workspace: Workspace, sqlite_url: str, tmp_path: Path, qtmodeltester
) -> None:
    files = dict(DUTCH_EXPORT)
    files["hours"] = DUTCH_EXPORT["hours"].replace(
        "1002;ASS;2025-01-07;10,5", "1002;ASS;2025-01-07;x"
    )
    files["workers"] = DUTCH_EXPORT["workers"].replace(";M3;2021", ";M9;2021")
    folder = write_dutch_folder(tmp_path / "bad", files)
    before = snapshot(sqlite_url)
    window = _window(qtbot, empty_workspace)
    dialog = _open_dialog(qtbot, window)
    dialog.set_source(folder)
    _press(qtbot, dialog, dialog.check_button)

    assert dialog.outcome is not None and dialog.outcome.problems
    shown = _shown(dialog, "problems_proxy")
    assert len(shown) == len(dialog.outcome.problems)
    assert shown[0][:4] == ["workers.csv", "4", "municipality_code", "M9"]
    assert any(line[:4] == ["hours.csv", "12", "hours", "x"] for line in shown)
    assert all(line[4] for line in shown)  # every problem says what is wrong
    assert dialog.status.text() == _tr(
        "%1 problems found; nothing was written. Correct the files, then press Check again.",
        len(shown),
    )
    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # even asked directly, a refused check never imports
    assert dialog._job is None
    qtmodeltester.check(dialog.problems)

    # sorted on the raw row number, descending: 12 before 4 (as text "4" > "12")
    dialog.problems_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    numbers = [int(line[1]) for line in _shown(dialog, "problems_proxy") if line[1]]
    assert numbers == sorted(numbers, reverse=True)

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "\t".join(_tr(h) for h in ("File", "Row", "Column", "Value", "Problem"))
    assert len(copied) == len(shown) + 1
    assert any(line.startswith("hours.csv\t12\thours\tx\t") for line in copied)
    assert snapshot(sqlite_url) == before
    assert (
        _tr("Last import: %1", "", context="MainWindow") not in window.statusBar().currentMessage()
    )


def test_a_workbook_is_checked_and_imported(
    qtbot: QtBot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    workbook = write_workbook(tmp_path / "export.xlsx", DUTCH_EXPORT)
    window = _window(qtbot, empty_workspace)
    dialog = _open_dialog(qtbot, window)
    dialog.set_source(workbook)
    assert QSettings().value(FOLDER_SETTING) == str(tmp_path)  # the file dialogs start here
    assert dialog._last_folder() == str(tmp_path)
    _press(qtbot, dialog, dialog.check_button)
    rows = dict(_shown(dialog, "counts_proxy"))
    assert rows["export.xlsx, blad hours"] == "36"
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _hours_in(empty_workspace) == 36


def test_cancel_during_check_and_during_import_writes_nothing(
    qtbot: QtBot, empty_workspace: Workspace, sqlite_url: str, tmp_path: Path
) -> None:
    folder = write_dutch_folder(tmp_path / "export", DUTCH_EXPORT)
    before = snapshot(sqlite_url)
    window = _window(qtbot, empty_workspace)
    dialog = _open_dialog(qtbot, window)
    dialog.set_source(folder)

    # another desk holds the write lock: neither step can end before the cancel
    lock = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    try:
        lock.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        assert dialog.progress is not None
        with qtbot.waitSignal(dialog.step_ended, timeout=10_000):
            _click_cancel(qtbot, dialog)  # a check is forgotten at once; Import stays off
        assert dialog.status.text() == _tr("Check cancelled. Nothing was written.")
        assert not dialog.import_button.isEnabled() and dialog.check_button.isEnabled()
        lock.rollback()
        assert window.jobs.wait(60_000)

        _press(qtbot, dialog, dialog.check_button)
        assert dialog.import_button.isEnabled()

        lock.execute("BEGIN IMMEDIATE")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.progress is not None
        _click_cancel(qtbot, dialog)  # an import is stopped, and the dialog waits to say so
        assert dialog.status.text() == _tr("Stopping the import…")
        assert not dialog.close_button.isEnabled()
    finally:
        lock.rollback()
        lock.close()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert dialog.status.text() == _tr("Import cancelled. Nothing was written.")
    assert dialog.isVisible()
    assert snapshot(sqlite_url) == before
    assert empty_workspace.last_import() is None
    assert (
        _tr("Last import: %1", "", context="MainWindow") not in window.statusBar().currentMessage()
    )


def test_the_hours_page_offers_the_import_and_the_menu_has_it(
    qtbot: QtBot, empty_workspace: Workspace
) -> None:
    window = _window(qtbot, empty_workspace)
    page = window.show_page("hours")
    assert isinstance(page, HoursPage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert page.import_files.isVisible()
    assert page.empty.isVisible() and page.empty_import.isVisible()
    qtbot.mouseClick(page.empty_import, Qt.MouseButton.LeftButton)
    assert window.import_dialog is not None and window.import_dialog.isVisible()
    window.import_dialog.reject()
    qtbot.mouseClick(page.import_files, Qt.MouseButton.LeftButton)
    assert window.import_dialog is not None and window.import_dialog.isVisible()
    menu = window.menuBar().actions()[0]
    assert menu.text() == _tr("&File", context="MainWindow")
    assert [a.text() for a in menu.menu().actions() if not a.isSeparator()] == [
        _tr("&Import…", context="MainWindow"),
        _tr("Import from &another system…", context="MainWindow"),
        _tr("E&xit", context="MainWindow"),
    ]
    assert window.import_action.shortcut().toString() == "Ctrl+I"
    # a menu clears the status bar when the pointer leaves its items: the status comes back
    status = window.statusBar().currentMessage()
    assert status
    QApplication.sendEvent(window, QStatusTipEvent(""))
    assert window.statusBar().currentMessage() == status


def test_the_empty_states_that_say_import_offer_it(
    qtbot: QtBot, empty_workspace: Workspace
) -> None:
    window = _window(qtbot, empty_workspace)
    for key in ("overview", "activities", "municipalities"):
        page = window.show_page(key)
        qtbot.waitUntil(lambda p=page: not p.is_busy(), timeout=60_000)
        empty = page.empty  # type: ignore[attr-defined]
        assert empty.isVisible() and empty.button.isVisible(), key
        qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
        dialog = window.import_dialog
        assert dialog is not None and dialog.isVisible(), key
        dialog.reject()
        assert window.import_dialog is None


@pytest.mark.parametrize("role", list(Role))
def test_only_roles_that_see_money_may_import(
    qtbot: QtBot, empty_workspace: Workspace, role: Role
) -> None:
    window = _window(qtbot, empty_workspace, SignedIn("gert", "Gert", role))
    allowed = role is not Role.JOB_COACH
    assert window.import_action.isEnabled() is allowed
    assert window.import_action.isVisible() is allowed
    page = window.show_page("hours")
    assert isinstance(page, HoursPage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert page.import_files.isVisible() is allowed
    assert page.empty.isVisible() and page.empty_import.isVisible() is allowed
    if role is not Role.JOB_COACH:  # a money page: a coach does not see it at all
        municipalities = window.show_page("municipalities")
        qtbot.waitUntil(lambda: not municipalities.is_busy(), timeout=60_000)
        empty = municipalities.empty  # type: ignore[attr-defined]
        assert empty.isVisible() and empty.button.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert (window.import_dialog is not None) is allowed
    if not allowed:
        assert window.open_import() is None


def test_the_problem_text_copied_follows_the_sorted_table(
    qtbot: QtBot, empty_workspace: Workspace, tmp_path: Path
) -> None:
    files = {
        "hours": "personnel_number;activity_code;date;hours\n1;A;2025-01-01;1\n2;B;2025-01-02;2"
    }
    folder = write_dutch_folder(tmp_path / "few", files)
    window = _window(qtbot, empty_workspace)
    dialog = _open_dialog(qtbot, window)
    dialog.set_source(folder)
    _press(qtbot, dialog, dialog.check_button)
    dialog.problems_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    rows = [line.split("\t")[1] for line in QGuiApplication.clipboard().text().splitlines()[1:]]
    proxy = dialog.problems_proxy
    assert rows == [str(proxy.index(r, 0).data(ROW_ROLE).row) for r in range(proxy.rowCount())]
    assert rows[0] == "3"

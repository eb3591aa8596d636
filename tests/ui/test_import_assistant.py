"""The import assistant end to end in the real window: guess, map, check, import, save the
profile, and reuse it next month.

A Dutch hours export (Windows-1252, ``;``, decimal commas, 06-01-2025, project codes of the
planning system) is read into a real SQLite database holding DUTCH_EXPORT's organisation and
the example HR export's people. Each step is grabbed as a PNG (tmp_path) to be looked at.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select

from sodesk.services.workspace import Workspace, open_workspace
from sodesk.storage import tables as t
from sodesk.ui.import_assistant import ImportAssistant
from sodesk.ui.main_window import MainWindow
from tests.import_factories import sodesk
from tests.profile_factories import HR_FOLDER, HR_PROFILE, PLANNING_FOLDER, organisation_folder

EXPORT = (
    "Personeelsnummer;Datum;Project;Aantal uren;Omschrijving\r\n"
    "1001;06-01-2025;PRJ-0101;7,5;Inpakken – café\r\n"
    "1002;06-01-2025;PRJ-0102;8;Assemblage\r\n"
    "1003;07-01-2025;PRJ-0201;6,25;Groen\r\n"
)


@pytest.fixture
def workspace(
    dutch_app: QApplication, sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Workspace]:
    monkeypatch.setenv("SODESK_PROFILES", str(tmp_path / "profielen"))
    assert sodesk(sqlite_url, "import", str(organisation_folder(tmp_path / "org"))) == 0
    assert sodesk(sqlite_url, "import", str(HR_FOLDER), "--profile", str(HR_PROFILE)) == 0
    opened = open_workspace(sqlite_url)
    yield opened
    opened.close()


def _hours(url: str) -> list[tuple[str, str, dt.date, Decimal]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = (
                select(
                    t.WorkerRow.personnel_number,
                    t.ActivityRow.code,
                    t.HourRow.date,
                    t.HourRow.hours,
                )
                .join(t.WorkerRow, t.WorkerRow.id == t.HourRow.worker_id)
                .join(t.ActivityRow, t.ActivityRow.id == t.HourRow.activity_id)
                .order_by(t.HourRow.date, t.WorkerRow.personnel_number)
            )
            return [tuple(row) for row in connection.execute(query)]  # type: ignore[misc]
    finally:
        engine.dispose()


def _open(qtbot: QtBot, workspace: Workspace) -> tuple[MainWindow, ImportAssistant]:
    window = MainWindow(workspace, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    window.assistant_action.trigger()
    assistant = window.assistant
    assert isinstance(assistant, ImportAssistant) and assistant.isVisible()
    return window, assistant


def _shot(assistant: ImportAssistant, path: Path) -> None:
    QApplication.processEvents()
    assert assistant.grab().save(str(path))
    assert path.stat().st_size > 10_000


def _press(qtbot: QtBot, assistant: ImportAssistant, button: object) -> None:
    with qtbot.waitSignal(assistant.step_ended, timeout=60_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _settle(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    window.jobs.wait(60_000)


def test_guess_map_check_import_save_and_reuse(
    qtbot: QtBot, workspace: Workspace, sqlite_url: str, tmp_path: Path
) -> None:
    january = tmp_path / "januari"
    january.mkdir()
    (january / "uren-2025-01.csv").write_bytes(EXPORT.encode("cp1252"))
    window, assistant = _open(qtbot, workspace)

    # step 1: the guesses and the first rows as read
    assistant.set_source(january)
    _shot(assistant, tmp_path / "1-bestand.png")
    assert "Windows-1252" in assistant.guess_label.text()
    assert assistant.separator_combo.currentData() == ";"
    assert assistant.decimal_combo.currentData() == ","
    assert assistant.date_combo.currentText() == "%d-%m-%Y"
    assert assistant.table_combo.currentData() == "hours"
    assert assistant.match_edit.text() == "uren*.csv"
    assert assistant.preview.item(0, 4).text() == "Inpakken – café"

    # step 2: columns suggested by their headers; unknown project codes mapped
    qtbot.mouseClick(assistant.next_button, Qt.MouseButton.LeftButton)
    assert assistant.mapping() == {
        "personnel_number": "Personeelsnummer",
        "activity_code": "Project",
        "date": "Datum",
        "hours": "Aantal uren",
    }
    assert sorted(value for _key, value in assistant.code_boxes) == [
        "PRJ-0101", "PRJ-0102", "PRJ-0201"
    ]  # fmt: skip
    for (_key, value), code in zip(sorted(assistant.code_boxes), ["INP", "ASS"], strict=False):
        assistant.code_boxes[("activity_code", value)].setCurrentText(code)
    _shot(assistant, tmp_path / "2-kolommen.png")

    # step 3: the check names the code left unmapped, by the file's own row and header
    qtbot.mouseClick(assistant.next_button, Qt.MouseButton.LeftButton)
    assistant.name_edit.setText("Uren uit de urenregistratie")
    _press(qtbot, assistant, assistant.check_button)
    _shot(assistant, tmp_path / "3-problemen.png")
    problems = assistant.outcome.problems  # type: ignore[union-attr]
    assert [(p.file, p.row, p.column, p.value) for p in problems] == [
        ("uren-2025-01.csv", 4, "Project", "PRJ-0201")
    ]
    assert not assistant.import_button.isEnabled()
    assert _hours(sqlite_url) == []

    qtbot.mouseClick(assistant.back_button, Qt.MouseButton.LeftButton)
    assistant.code_boxes[("activity_code", "PRJ-0201")].setCurrentText("GRN")
    qtbot.mouseClick(assistant.next_button, Qt.MouseButton.LeftButton)
    _press(qtbot, assistant, assistant.check_button)
    _shot(assistant, tmp_path / "4-controle.png")
    assert assistant.outcome is not None and assistant.outcome.ok
    assert "kolommen niet gebruikt: Omschrijving" in assistant.status.text()
    assert assistant.import_button.isEnabled()
    _press(qtbot, assistant, assistant.import_button)
    _shot(assistant, tmp_path / "5-ingelezen.png")

    assert _hours(sqlite_url) == [
        ("1001", "INP", dt.date(2025, 1, 6), Decimal("7.5")),
        ("1002", "ASS", dt.date(2025, 1, 6), Decimal("8")),
        ("1003", "GRN", dt.date(2025, 1, 7), Decimal("6.25")),
    ]
    saved = tmp_path / "profielen" / "uren-uit-de-urenregistratie.toml"
    assert assistant.saved_path == saved and saved.is_file()
    assistant.close()
    _settle(window, qtbot)

    # next month: the saved profile is offered and imports without a question
    february = tmp_path / "februari"
    february.mkdir()
    (february / "uren-2025-02.csv").write_bytes(
        EXPORT.replace("-01-2025", "-02-2025").replace("7,5", "4").encode("cp1252")
    )
    _window, again = _open(qtbot, workspace)
    again.set_source(february)
    _shot(again, tmp_path / "6-volgende-maand.png")
    assert again.profile_combo.currentText() == "Uren uit de urenregistratie"
    assert again.mapping()["hours"] == "Aantal uren"
    again._show_step(2)
    _press(qtbot, again, again.check_button)
    assert again.outcome is not None and again.outcome.ok, again.status.text()
    _press(qtbot, again, again.import_button)
    assert ("1001", "INP", dt.date(2025, 2, 6), Decimal("4")) in _hours(sqlite_url)
    _settle(_window, qtbot)


def test_the_example_week_export_is_offered_its_example_profile(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    window, assistant = _open(qtbot, workspace)

    assistant.set_source(PLANNING_FOLDER)
    assistant._show_step(2)
    _press(qtbot, assistant, assistant.check_button)

    assert assistant.profile_combo.currentText() == "Uren uit planning"
    assert assistant.outcome is not None and assistant.outcome.ok, assistant.status.text()
    assert assistant.outcome.total_rows == 36
    _shot(assistant, tmp_path / "week.png")
    _settle(window, qtbot)

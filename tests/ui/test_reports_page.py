"""The Reports page as a controller uses it: choose, save, wait or cancel, open.

The save dialog is the only thing replaced (monkeypatch of QFileDialog.getSaveFileName): the
report is built from the real demo database and written to a real file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from sodesk.domain.workforce import DEFAULT_CRITICAL_MASS
from sodesk.services.reports import FORMATS, default_file_name
from sodesk.services.workspace import Workspace
from sodesk.ui.main_window import MainWindow
from sodesk.ui.pages.reports import ReportsPage
from sodesk.ui.widgets.reports_form import FOLDER_SETTING


@pytest.fixture
def page(dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace) -> Iterator[ReportsPage]:
    QSettings().remove(FOLDER_SETTING)
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    reports = window.pages[[p.key for p in window.pages].index("reports")]
    assert isinstance(reports, ReportsPage)
    with qtbot.waitSignal(reports.loaded, timeout=10_000):
        window.show_page("reports")
    yield reports
    QThreadPool.globalInstance().waitForDone(60_000)


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple]:
    """Let the save dialog answer ``path``; returns the arguments it was called with."""
    calls: list[tuple] = []

    def answer(*args: object) -> tuple[str, str]:
        calls.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return calls


def _choose(page: ReportsPage, kind: str, fmt: str) -> None:
    combo = page.form.report
    index = next(
        i
        for i in range(combo.count())
        if (combo.itemData(i).kind, combo.itemData(i).fmt) == (kind, fmt)
    )
    combo.setCurrentIndex(index)


def test_an_activity_pdf_is_written_where_the_user_chose_and_can_be_opened(
    page: ReportsPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo_workspace: Workspace,
) -> None:
    assert page.title() == "Rapporten"
    period = page.context.period
    assert page.form.period() == (period.start, period.end)  # the window's period by default
    _choose(page, "activities", "pdf")
    assert not page.form.municipality.isEnabled()
    target = tmp_path / "out" / "activiteiten.pdf"
    target.parent.mkdir()  # a save dialog answers a folder that exists
    calls = _save_as(monkeypatch, target)
    with qtbot.waitSignal(page.written, timeout=60_000) as written:
        page.make.click()
    assert written.args == [str(target)]
    suggested = Path(calls[0][2])
    assert suggested.name == default_file_name("activities", period.start, period.end, "pdf")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = "\n".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)
    assert demo_workspace.company_name() in text
    assert QSettings().value(FOLDER_SETTING) == str(target.parent)  # remembered
    assert str(target.parent) in page.result.text()
    assert page.open_file.isVisibleTo(page)
    assert not page.message.isVisibleTo(page)
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    page.open_file.click()
    assert opened == [QUrl.fromLocalFile(str(target))]
    # the next report suggests the remembered folder
    assert page.form.suggested().parent == target.parent


def test_a_cancelled_build_writes_nothing(
    page: ReportsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    _save_as(monkeypatch, folder / "geannuleerd.pdf")
    written: list[str] = []
    page.written.connect(written.append)
    with qtbot.waitSignal(page.build_ended, timeout=60_000):
        page.make.click()
        assert page.progress is not None and page.is_busy()
        cancel = page.progress.findChild(QPushButton)
        cancel.click()
        assert not page.is_busy()
    QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()
    assert written == []
    assert list(folder.iterdir()) == []
    assert page.progress is None
    assert "geen bestand" in page.result.text()
    assert page.make.isEnabled()


@pytest.mark.parametrize("name", ["a link to the database", "a hard link to it", "a folder"])
def test_the_live_database_or_a_folder_as_target_is_refused_before_the_build(
    page: ReportsPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo_workspace: Workspace,
    name: str,
) -> None:
    """The same check as ``--out``: a message, no build, the database as it was."""
    database = Path(str(demo_workspace.url.database))
    target = tmp_path / "rapport.pdf"  # the dialog adds the format's extension to any name
    if name == "a link to the database":
        target.symlink_to(database)
    elif name == "a hard link to it":
        target.hardlink_to(database)
    else:
        target.mkdir()
    before = database.read_bytes()
    _choose(page, "activities", "pdf")
    _save_as(monkeypatch, target)
    written: list[str] = []
    page.written.connect(written.append)
    page.make.click()
    assert not page.is_busy() and page.progress is None  # refused before any work
    assert page.message.isVisibleTo(page)
    assert str(target) in page.message.text()
    assert written == []
    assert database.read_bytes() == before
    assert demo_workspace.company_name()  # the database still answers


def test_the_municipal_report_as_json_for_the_chosen_municipality(
    page: ReportsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _choose(page, "municipal", "json")
    assert page.form.municipality.isEnabled()
    code = page.form.municipality.itemData(1)
    page.form.municipality.setCurrentIndex(1)
    assert code in page.form.destination.text()  # the suggested name carries the code
    target = tmp_path / "gemeente"  # no extension typed: the format's is added
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(page.written, timeout=60_000):
        page.make.click()
    document = json.loads((tmp_path / "gemeente.json").read_text(encoding="utf-8"))
    assert code in json.dumps(document["municipality"])


def test_an_unknown_municipality_is_a_message_and_nothing_is_written(
    page: ReportsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _choose(page, "municipal", "pdf")
    page.form.municipality.addItem("Verdwenen (GM9999)", "GM9999")
    page.form.municipality.setCurrentIndex(page.form.municipality.count() - 1)
    folder = tmp_path / "out"
    folder.mkdir()
    _save_as(monkeypatch, folder / "x.pdf")
    with qtbot.waitSignal(page.build_ended, timeout=60_000):
        page.make.click()
    assert page.message.isVisibleTo(page)
    assert "GM9999" in page.message.text()
    assert "onbekende gemeente" in page.message.text()
    assert "Traceback" not in page.message.text()
    assert list(folder.iterdir()) == []


def test_a_questionnaire_workbook_and_a_refused_period(
    page: ReportsPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _choose(page, "questionnaire", "xlsx")
    target = tmp_path / "vragenlijst.xlsx"
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(page.written, timeout=60_000):
        page.make.click()
    assert target.read_bytes()[:2] == b"PK"  # a workbook is a zip file
    # an end before the start: a message, and no dialog at all
    calls = _save_as(monkeypatch, tmp_path / "nooit.xlsx")
    page.form.end.setDate(page.form.start.date().addDays(-1))
    page.make.click()
    assert calls == []
    assert page.message.isVisibleTo(page)
    assert not (tmp_path / "nooit.xlsx").exists()


def test_every_report_and_format_of_the_command_line_is_offered(page: ReportsPage) -> None:
    combo = page.form.report
    offered = {(combo.itemData(i).kind, combo.itemData(i).fmt) for i in range(combo.count())}
    assert offered == {(kind, fmt) for kind, formats in FORMATS.items() for fmt in formats}


def test_the_outlook_pdf_for_the_controller(
    page: ReportsPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    demo_workspace: Workspace,
) -> None:
    _choose(page, "outlook", "pdf")
    choice = page.form.choice()
    # through tr(): the Dutch of /work/nl/outlook.json once the translations are merged
    assert page.form.report.currentText() == QCoreApplication.translate(
        "ReportsPage", "Outlook (PDF)"
    )
    assert page.form.description.text() == QCoreApplication.translate(
        "ReportsPage", choice.description
    )
    assert not page.form.municipality.isEnabled()
    start, end = page.form.period()
    assert default_file_name("outlook", start, end, "pdf") in page.form.destination.text()
    target = tmp_path / "vooruitblik.pdf"
    _save_as(monkeypatch, target)
    with qtbot.waitSignal(page.written, timeout=60_000):
        page.make.click()
    pages = [p.extract_text() for p in PdfReader(BytesIO(target.read_bytes())).pages]
    text = "\n".join(pages)
    assert demo_workspace.company_name() in pages[0] and "Vooruitblik" in pages[0]
    assert "Personeelsprognose per werksoort" in text
    assert "Herbeoordelingen per jobcoach" in text
    assert f"kritische massa van {DEFAULT_CRITICAL_MASS} personen" in text

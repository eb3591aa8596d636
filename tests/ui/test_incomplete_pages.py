"""The Overview and Activiteiten say "onvolledig" where a parameter is missing, and why.

A real window, offscreen and in Dutch, on the Dutch export with the company year 2025 left
out: it opens on 2024 (complete); 2025 shows the word instead of the result and a note with
the report's own message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sodesk.domain import display
from sodesk.domain.period import Period
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace, open_workspace
from sodesk.ui.main_window import MainWindow
from sodesk.ui.pages.activities import ActivitiesPage
from sodesk.ui.pages.overview import OverviewPage
from tests.reports.test_incomplete_reports import CASES, _company, _without
from tests.services.test_opening_period import BOTH_YEARS


@pytest.fixture
def workspace(sqlite_url: str, tmp_path: Path) -> Iterator[Workspace]:
    files = dict(BOTH_YEARS)

    def edit(target: dict[str, str]) -> None:
        target.clear()
        target.update(files)
        _without("company_years", "2025;")(target)

    opened = open_workspace(_company(tmp_path, sqlite_url, edit, None))
    yield opened
    opened.close()


@pytest.fixture
def window(dutch_app: QApplication, qtbot: QtBot, workspace: Workspace) -> Iterator[MainWindow]:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    yield window
    qtbot.waitUntil(lambda: not any(p.is_busy() for p in window.pages), timeout=60_000)


def _show(window: MainWindow, qtbot: QtBot, period: Period) -> None:
    window.period_bar.set_period(period)
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)


def test_the_window_opens_on_the_latest_complete_year(window: MainWindow) -> None:
    assert window.context.period == Period.year(2024)
    assert window.period_bar.combo.currentText() == "2024"
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    assert page.incomplete_note.isHidden()
    assert page.result_tile.value.text().startswith("€")


def test_an_incomplete_period_says_onvolledig_on_the_tiles_and_why(
    window: MainWindow, qtbot: QtBot, workspace: Workspace
) -> None:
    _show(window, qtbot, Period.year(2025))
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    with workspace.sessions() as session:
        report = build_activity_report(session, Period.year(2025), "x")
    (gap,) = report.incomplete
    assert gap.parameter == "company_year"
    assert page.result_tile.value.text() == "onvolledig"
    assert not page.result_tile.is_negative()
    assert display.euro(report.totals.result) in page.result_tile.detail_text()
    assert "onvolledig" in page.ntw_tile.detail_text()
    assert page.lks_tile.value.text() == display.euro(report.totals.lks)  # LKS is complete
    assert page.incomplete_note.isVisible()
    assert "Onvolledig" in page.incomplete_note.text()
    assert gap.message in page.incomplete_note.lines


def test_the_activities_summary_says_onvolledig(window: MainWindow, qtbot: QtBot) -> None:
    _show(window, qtbot, Period(dt.date(2025, 1, 1), dt.date(2025, 3, 31)))
    page = window.show_page("activities")
    assert isinstance(page, ActivitiesPage)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert "resultaat onvolledig" in page.summary.text()
    assert page.incomplete_note.isVisible()
    assert any("Bedrijfsparameters 2025" in line for line in page.incomplete_note.lines)
    _show(window, qtbot, Period.year(2024))
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    assert "onvolledig" not in page.summary.text()
    assert page.incomplete_note.isHidden()


@pytest.mark.parametrize("kind", list(CASES))
def test_each_missing_parameter_is_named_on_the_overview(
    kind: str, dutch_app: QApplication, qtbot: QtBot, sqlite_url: str, tmp_path: Path
) -> None:
    edit, sql, words = CASES[kind]
    opened = open_workspace(_company(tmp_path, sqlite_url, edit, sql))
    try:
        window = MainWindow(opened)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
        _show(window, qtbot, Period(dt.date(2025, 1, 1), dt.date(2025, 1, 31)))
        page = window.current_page()
        assert isinstance(page, OverviewPage)
        assert page.result_tile.value.text() == "onvolledig"
        assert page.incomplete_note.isVisible()
        (line,) = page.incomplete_note.lines
        assert words in line
        subsidies = kind not in ("company_year", "overhead_rate")
        assert (page.lks_tile.value.text() == "onvolledig") is subsidies
        window.close()
    finally:
        opened.close()

"""The manager's overview as a manager meets it: tiles, chart, losers, and a way to an activity.

Every figure on the page is compared with the report builders' own figures (the activity
report and the municipal report, computed here on the same demo database), formatted Dutch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sodesk.domain import display
from sodesk.domain.lines import is_non_productive
from sodesk.domain.period import Period
from sodesk.domain.profitability import totals_by_work_type
from sodesk.domain.validation import Finding
from sodesk.reports.activities import ActivityReport
from sodesk.services.overview import overview_of
from sodesk.services.report_data import build_activity_report, build_municipal_report
from sodesk.services.workspace import Workspace
from sodesk.storage import report_queries
from sodesk.ui.labels import label
from sodesk.ui.main_window import MainWindow
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.pages.activities import ActivitiesPage
from sodesk.ui.pages.overview import OverviewPage
from tests.ui.test_domain_finding_texts import _findings as domain_findings
from tests.ui.test_dutch_window import dutch_in
from tests.ui.test_finding_texts import english

__all__ = ["english"]


@pytest.fixture
def window(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[MainWindow]:
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    yield window
    qtbot.waitUntil(lambda: not any(p.is_busy() for p in window.pages), timeout=60_000)


def _page(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    return window.pages[[p.key for p in window.pages].index(key)]


def _report(workspace: Workspace, period: Period) -> ActivityReport:
    with workspace.sessions() as session:
        return build_activity_report(session, period, workspace.company_name())


def test_the_overview_is_the_first_page_and_its_tiles_are_the_reports_figures(
    window: MainWindow, demo_workspace: Workspace
) -> None:
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    assert window.navigation.item(0).text() == "Overzicht"
    assert page.title() == "Overzicht"
    report = _report(demo_workspace, window.context.period)
    t = report.totals
    assert page.result_tile.value.text() == display.euro(t.result)
    assert page.result_tile.is_negative() == (t.result < 0)
    if t.result < 0:
        assert page.result_tile.value.text().startswith("€ -")  # a minus sign, not only red
    assert display.percent(t.coverage) in page.result_tile.detail_text()
    assert display.euro(t.income) in page.result_tile.detail_text()
    assert page.ntw_tile.value.text() == display.euro(t.ntw_per_hour)
    assert display.hours(t.productive_hours) in page.ntw_tile.detail_text()
    assert display.euro(t.cost_price_per_hour) in page.ntw_tile.detail_text()
    assert page.lks_tile.value.text() == display.euro(t.lks)
    assert display.euro(t.guidance_subsidy) in page.lks_tile.detail_text()
    assert display.euro(t.wsw_subsidy) in page.lks_tile.detail_text()
    # the line under the tiles: the period and how many warnings were estimated
    line = page.period_line.text()
    assert display.date_nl(report.period.start) in line
    assert display.date_nl(report.period.end) in line
    estimated = [w for w in report.warnings if not w.code.startswith("assumption.")]
    if estimated:
        assert f"{len(estimated)} waarschuwingen" in line
        assert estimated[0].message in page.period_line.toolTip()
    else:
        assert "niets geschat" in line


def test_realisation_for_all_municipalities_and_for_one(
    window: MainWindow, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    period = window.context.period
    with demo_workspace.sessions() as session:
        codes = list(report_queries.municipalities(session))
        company = demo_workspace.company_name()
        reports = {c: build_municipal_report(session, period, company, c) for c in codes}
    assert page.municipality.count() == len(codes) + 1
    # all municipalities: the municipal reports' persons and waiting lists added up
    persons = sum(r.realisation.persons for r in reports.values())
    waiting = sum(r.realisation.waiting for r in reports.values())
    detail = page.realisation_tile.detail_text()
    assert detail.startswith(f"{persons} personen")
    assert f"wachtlijst: {waiting}" in detail
    # one municipality: exactly its municipal report's realisation
    code = codes[0]
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.municipality.setCurrentIndex(page.municipality.findData(code))
    r = reports[code].realisation
    assert page.realisation_tile.value.text() == display.percent(r.percent)
    detail = page.realisation_tile.detail_text()
    assert detail.startswith(f"{r.persons} personen, {display.number(r.jobs_31h)} banen")
    assert f"taakstelling {r.target} banen" in detail
    assert f"wachtlijst: {r.waiting}." in detail
    assert window.context.municipality == code  # the choice holds for the other pages
    # the chooser is the realisation tile's own, and the other tiles say they are company-wide
    assert page.municipality.parent() is page.realisation_tile
    assert page.realisation_tile.caption.text() == "Realisatie van"
    for tile in (page.result_tile, page.ntw_tile, page.lks_tile):
        assert tile.caption.text().endswith(", hele bedrijf")


def test_the_chart_has_a_bar_per_work_type_with_its_result_in_words(
    window: MainWindow, demo_workspace: Workspace
) -> None:
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    by_type = totals_by_work_type(_report(demo_workspace, window.context.period).lines)
    assert page.chart.bar_count() == len(by_type)
    assert page.chart.profit.count() == page.chart.loss.count() == len(by_type)
    captions = page.chart.categories.categories()
    for work_type, figures in by_type.items():
        name = "Zonder plaatsing" if work_type is None else label(work_type)
        assert f"{name}<br>{display.euro(figures.result)}" in captions
    losses = sum(1 for f in by_type.values() if f.result < 0)
    assert sum(1 for i in range(page.chart.loss.count()) if page.chart.loss.at(i) < 0) == losses


def test_the_losers_are_the_ten_lowest_activity_results_in_red_with_a_minus(
    window: MainWindow, demo_workspace: Workspace, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    qtmodeltester.check(page.losers)
    report = _report(demo_workspace, window.context.period)
    activities = [line for line in report.lines if not is_non_productive(line.code)]
    expected = sorted((line for line in activities if line.result < 0), key=lambda x: x.result)
    shown = page.losers.rows()
    assert [r.code for r in shown] == [r.code for r in expected[:10]]
    assert 0 < len(shown) <= 10
    result_column = page.losers.columnCount() - 1
    for row, figures in enumerate(shown):
        index = page.losers.index(row, result_column)
        assert index.data() == display.euro(figures.result)
        assert index.data().startswith("€ -")
        assert isinstance(index.data(Qt.ItemDataRole.ForegroundRole), QBrush)


def test_a_double_click_opens_the_activity_on_the_activities_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    activities = _page(window, "activities")
    assert isinstance(activities, ActivitiesPage)
    row = min(2, page.losers.rowCount() - 1)
    code = page.losers.row_at(row).code
    rect = page.table.visualRect(page.losers.index(row, 0))
    # a real double click: the press selects, the second click opens
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(activities.loaded, timeout=60_000):
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is activities
    assert activities.table.currentIndex().data(ROW_ROLE).code == code
    assert activities.card.heading.text().startswith(code)
    # opened again while a search hides the line: the search is cleared and the line chosen
    qtbot.keyClicks(activities.search, "zzz-nothing")
    assert activities.proxy.rowCount() == 0
    other = page.losers.row_at(0).code
    activities.select_activity(other)
    assert activities.search.text() == ""
    assert activities.table.currentIndex().data(ROW_ROLE).code == other


def test_a_period_without_hours_says_what_to_do(window: MainWindow, qtbot: QtBot) -> None:
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    window.context.period = Period(dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=30_000)
    assert page.stack.currentWidget() is page.empty
    assert "importeer" in page.empty.text()
    assert page.losers.rowCount() == 0
    assert page.result_tile.value.text() == "€ 0,00"


def test_the_line_under_the_tiles_counts_what_was_estimated(
    window: MainWindow, demo_workspace: Workspace
) -> None:
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    report = _report(demo_workspace, window.context.period)
    findings = [
        Finding("lks.no_measurement", "Medewerker P1 zonder loonwaarde: geschat.", subject="P1"),
        Finding("overhead.missing", "Geen overheadtarief in 2025: 0."),
        Finding("lks.no_measurement", "Medewerker P2 zonder loonwaarde: geschat.", subject="P2"),
        Finding("assumption.ntw", "Een uitgangspunt, geen schatting."),
    ]
    overview = overview_of(dataclasses.replace(report, warnings=findings))
    assert [(g.code, g.count) for g in overview.estimated] == [
        ("lks.no_measurement", 2),
        ("overhead.missing", 1),
    ]
    page._show_period_line(overview)
    assert "3 waarschuwingen" in page.period_line.text()
    tip = page.period_line.toolTip().splitlines()
    assert tip == [
        "2 × Medewerker P1 zonder loonwaarde: geschat.",
        "1 × Geen overheadtarief in 2025: 0.",
    ]


def test_the_warnings_are_worded_in_the_windows_language(
    window: MainWindow, demo_workspace: Workspace, english: QApplication
) -> None:
    """The domain's findings are said from their values: English in an English window."""
    page = window.current_page()
    assert isinstance(page, OverviewPage)
    report = _report(demo_workspace, window.context.period)
    findings = [f for f in domain_findings() if not f.code.startswith("outlook.")]
    overview = overview_of(dataclasses.replace(report, warnings=findings))
    page._show_period_line(overview)
    assert f"{len(findings)} warnings" in page.period_line.text()
    tip = page.period_line.toolTip()
    assert "1 × Activity A1 has no rate and no invoiced revenue in the period." in tip.splitlines()
    assert "Worker P001 has no placement: hours and costs under 'without placement'." in tip
    assert not dutch_in(tip), tip

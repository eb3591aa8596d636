"""The Overview and Activities pages through the report process show what they show without it.

A real report process (sodesk.services.report_client) computes the year report; every text
the pages show of it must equal the text of a window that computed in its own jobs.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sodesk.services.report_client import ReportClient
from sodesk.services.workspace import Workspace
from sodesk.ui.main_window import MainWindow
from sodesk.ui.pages.activities import ActivitiesPage
from sodesk.ui.pages.overview import OverviewPage


@pytest.fixture
def reports() -> Iterator[ReportClient]:
    client = ReportClient()
    yield client
    client.close()


def _window(qtbot: QtBot, workspace: Workspace, reports: ReportClient | None) -> MainWindow:
    window = MainWindow(workspace, reports=reports)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    return window


def _shown(window: MainWindow, qtbot: QtBot) -> dict[str, object]:
    overview = window.current_page()
    assert isinstance(overview, OverviewPage)
    activities = window.show_page("activities")
    assert isinstance(activities, ActivitiesPage)
    qtbot.waitUntil(lambda: not activities.is_busy(), timeout=60_000)
    seen = {
        "tiles": [(tile.value.text(), tile.detail_text()) for tile in overview.tiles()],
        "period": overview.period_line.text(),
        "losers": [
            [overview.losers.index(r, c).data() for c in range(overview.losers.columnCount())]
            for r in range(overview.losers.rowCount())
        ],
        "summary": activities.summary.text(),
        "rows": activities.model.rowCount(),
    }
    qtbot.waitUntil(lambda: not any(p.is_busy() for p in window.pages), timeout=60_000)
    window.close()
    return seen


def test_the_pages_show_the_same_figures_through_the_report_process(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, reports: ReportClient
) -> None:
    through_process = _shown(_window(qtbot, demo_workspace, reports), qtbot)
    assert reports.alive and reports.results_received >= 2  # the process computed them
    in_jobs = _shown(_window(qtbot, demo_workspace, None), qtbot)
    assert through_process["rows"] and through_process["losers"]
    assert through_process == in_jobs


def test_the_pages_show_their_figures_when_the_process_died(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, reports: ReportClient
) -> None:
    reports.close()  # gone before the window asks: the jobs compute as before
    without = _shown(_window(qtbot, demo_workspace, reports), qtbot)
    in_jobs = _shown(_window(qtbot, demo_workspace, None), qtbot)
    assert without["rows"] and without == in_jobs


def _spec(window: MainWindow, key: str):  # type: ignore[no-untyped-def]
    return next(spec for spec in window.specs if spec.key == key)


def _analyses(window: MainWindow, qtbot: QtBot):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(
        window.page(window.specs.index(_spec(window, "analyses"))).loaded, timeout=60_000
    ):
        page = window.show_page("analyses")
    data = page.data
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    qtbot.waitUntil(lambda: not any(p.is_busy() for p in window.pages), timeout=60_000)
    window.close()
    return data, tabs, page.status.text()


def test_the_analyses_are_the_same_through_the_report_process(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, reports: ReportClient
) -> None:
    through_process = _analyses(_window(qtbot, demo_workspace, reports), qtbot)
    received = reports.results_received
    in_jobs = _analyses(_window(qtbot, demo_workspace, None), qtbot)
    assert received >= 2  # the Overview's report and the analyses
    assert through_process[0] is not None and through_process[0].guidance
    assert through_process == in_jobs


def _tiles_after_stepping(window: MainWindow, qtbot: QtBot) -> list[tuple[str, str]]:
    """Step through three quarters without waiting; the page settles on the last one."""
    overview = window.current_page()
    assert isinstance(overview, OverviewPage)
    for index in (1, 2, 3):
        window.period_bar.combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not overview.is_busy(), timeout=60_000)
    assert overview.overview is not None
    assert overview.overview.report.period == window.context.period
    tiles = [(tile.value.text(), tile.detail_text()) for tile in overview.tiles()]
    qtbot.waitUntil(lambda: not any(p.is_busy() for p in window.pages), timeout=60_000)
    window.close()
    return tiles


def test_stepping_through_periods_ends_on_the_last_periods_figures(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, reports: ReportClient
) -> None:
    through_process = _tiles_after_stepping(_window(qtbot, demo_workspace, reports), qtbot)
    in_jobs = _tiles_after_stepping(_window(qtbot, demo_workspace, None), qtbot)
    assert through_process == in_jobs

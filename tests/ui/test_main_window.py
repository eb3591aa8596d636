"""The window as a user meets it: opens on demo data, computes off the UI thread, filters."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sodesk.services.workspace import Workspace
from sodesk.ui.main_window import MainWindow
from sodesk.ui.models.activity_table import Column
from sodesk.ui.pages.activities import ActivitiesPage


def _open(qtbot: QtBot, workspace: Workspace) -> tuple[MainWindow, ActivitiesPage]:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    page = window.pages[[p.key for p in window.pages].index("activities")]
    assert isinstance(page, ActivitiesPage)
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        window.show_page("activities")
    return window, page


def test_the_activity_page_shows_the_period_in_dutch(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window, page = _open(qtbot, demo_workspace)
    # the platform adds " — sodesk" (the display name): the title must not say it again
    assert window.windowTitle() == "SW-bedrijf De Schakel"
    assert QApplication.applicationDisplayName() == "sodesk"
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    # grouped by the user's work: Dagelijks werk, Geld, Gemeenten, Beheer
    assert titles == [
        "Overzicht",
        "Medewerkers",
        "Uren",
        "Begeleiding",
        "Activiteiten",
        "Analyses",
        "Gemeenten",
        "Rapporten",
        "Instellingen",
    ]
    assert page.proxy.rowCount() >= 25
    assert "dekkingsgraad" in page.summary.text()
    # the first row (worst result) is selected and its card explains the break-even rate
    first = page.proxy.index(0, Column.RESULT).data()
    assert first.startswith("€ -")
    assert page.card.heading.text()


def test_filters_and_search_as_a_controller_uses_them(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    everything = page.proxy.rowCount()
    page.show_idle.setChecked(False)
    without_idle = page.proxy.rowCount()
    assert without_idle < everything
    page.only_loss.setChecked(True)
    for row in range(page.proxy.rowCount()):
        assert page.proxy.index(row, Column.STATUS).data() == "▼ verlies"
    page.only_loss.setChecked(False)
    qtbot.keyClicks(page.search, "Groepsdetachering")
    names = [page.proxy.index(r, Column.NAME).data() for r in range(page.proxy.rowCount())]
    assert names and all("Groepsdetachering" in n for n in names)
    page.search.clear()
    hourly = next(
        r
        for r in range(page.proxy.rowCount())
        if page.proxy.index(r, Column.NAME).data().startswith("B03")
    )
    page.table.selectRow(hourly)
    assert page.card.sentence.text().startswith("Bij € ")
    assert "per uur is deze activiteit kostendekkend; nu € " in page.card.sentence.text()


def test_a_new_period_is_computed_again(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window, page = _open(qtbot, demo_workspace)
    year_hours = page.report.totals.productive_hours  # type: ignore[union-attr]
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        window.period_bar.combo.setCurrentText("Q1 2025")
    assert page.report.period.end.month == 3  # type: ignore[union-attr]
    assert 0 < page.report.totals.productive_hours < year_hours  # type: ignore[union-attr]
    window.period_bar.combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)


def test_the_screenshot_is_not_blank(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    window, _ = _open(qtbot, demo_workspace)
    path = tmp_path / "venster.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 37) for y in range(0, 768, 23)}
    assert len(colours) > 20


def test_building_every_page_shows_no_window_of_its_own(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    """Pages are built while the main window shows: a widget made visible before it has a
    parent flashes up as a window of its own and takes the focus from the main window."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    shown: list[str] = []

    class Spy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                event.type() == QEvent.Type.Show
                and isinstance(watched, QWidget)
                and watched.isWindow()
                and not isinstance(watched, MainWindow)
            ):
                shown.append(f"{type(watched).__name__} {watched.objectName()}")
            return False

    spy = Spy()
    dutch_app.installEventFilter(spy)
    try:
        window = MainWindow(demo_workspace)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
        assert len(window.pages) == 9  # builds the pages not yet built
        qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=5_000)
    finally:
        dutch_app.removeEventFilter(spy)
    assert shown == []

"""Herkomst on the demo company (Dutch, offscreen): a double-click on a figure of the activity
card, an Overview tile or a municipality's figures opens the dialog with the same rows as the
service (``sodesk explain``), sortable and exportable; a job coach cannot open it.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sodesk.domain.enums import Role
from sodesk.services import explain as svc
from sodesk.services.users import SignedIn
from sodesk.services.workspace import Workspace
from sodesk.ui.jobs import JobRunner
from sodesk.ui.main_window import MainWindow
from sodesk.ui.pages.activities import ActivitiesPage
from sodesk.ui.pages.base import Context
from sodesk.ui.widgets.origin_dialog import OriginDialog, may_explain, open_origin

COACH = SignedIn("jan", "Jan Jobcoach", Role.JOB_COACH)
AMOUNT = 2


def _window(qtbot: QtBot, workspace: Workspace, key: str) -> tuple[MainWindow, object]:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(lambda: not window.current_page().is_busy(), timeout=60_000)
    page = window.show_page(key)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=60_000)
    return window, page


def _opened(qtbot: QtBot, parent: QWidget) -> OriginDialog:
    qtbot.waitUntil(lambda: bool(parent.findChildren(OriginDialog)), timeout=10_000)
    (dialog,) = parent.findChildren(OriginDialog)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    return dialog


def _expected(window: MainWindow, figure: str, **subject: object) -> svc.Explanation:
    period = window.context.period
    return svc.explain(window.workspace, None, period.start, period.end, figure, **subject)


def test_the_activity_card_opens_the_rows_of_the_service(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    window, page = _window(qtbot, demo_workspace, "activities")
    assert isinstance(page, ActivitiesPage) and page.report is not None
    line = max((f for f in page.report.lines if not f.code.startswith("non-")), key=lambda f: f.lks)
    page.select_activity(line.code)
    qtbot.waitUntil(lambda: page.card.code == line.code)
    value = page.card.values["Wage subsidy (LKS)"]
    qtbot.mouseDClick(value, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    dialog = _opened(qtbot, page.card)

    expected = _expected(window, "lks", activity=line.code)
    assert dialog.model.rows() == expected.rows and len(expected.rows) > 3
    assert dialog.rule.text() == expected.rule
    assert dialog.heading.text().startswith("Herkomst: Loonkostensubsidie (LKS) van")
    assert "Totaal van" in dialog.total.text() and "€" in dialog.total.text()
    assert dialog.export.text() == "Exporteren naar Excel"

    dialog.table.sortByColumn(AMOUNT, Qt.SortOrder.DescendingOrder)
    amounts = [row.amount for row in dialog.shown_rows()]
    assert amounts == sorted(amounts, reverse=True) and amounts != [r.amount for r in expected.rows]
    dialog.table.sortByColumn(AMOUNT, Qt.SortOrder.AscendingOrder)
    assert [row.amount for row in dialog.shown_rows()] == sorted(amounts)
    dialog.resize(1200, 560)
    dialog.grab().save(str(tmp_path / "herkomst.png"))

    saved = dialog.export_to(tmp_path / "herkomst")
    sheet = load_workbook(saved).active
    cells = [sheet.cell(row=r, column=3).value for r in range(7, sheet.max_row + 1)]
    assert len(cells) == len(expected.rows)
    assert abs(sum(Decimal(str(c)) for c in cells) - expected.total) < Decimal("0.0001")
    dialog.close()


def test_an_overview_tile_and_a_municipality_open_their_figures(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window, overview = _window(qtbot, demo_workspace, "overview")
    qtbot.mouseDClick(overview.result_tile, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    dialog = _opened(qtbot, overview)
    expected = _expected(window, "result", company=True)
    assert dialog.model.rows() == expected.rows
    assert dialog.explanation is not None and dialog.explanation.total == expected.total
    dialog.close()

    page = window.show_page("municipalities")
    qtbot.waitUntil(lambda: not page.is_busy() and page.card.card is not None, timeout=60_000)
    code = page.card.card.summary.code
    figures = page.card.origin
    items = [figures.item(i) for i in range(figures.count())]
    (item,) = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == "guidance_subsidy"]
    figures.itemDoubleClicked.emit(item)
    dialog = _opened(qtbot, page)
    expected = _expected(window, "guidance_subsidy", municipality=code)
    assert dialog.model.rows() == expected.rows and expected.rows
    assert item.text() == "Begeleidingsvergoeding"
    dialog.close()


def test_a_job_coach_cannot_open_it(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    assert not may_explain(COACH)
    assert may_explain(SignedIn("c", "C", Role.CONTROLLER)) and may_explain(None)
    context = Context(demo_workspace, JobRunner(), _year())
    context.user = COACH  # type: ignore[attr-defined]
    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_origin(parent, context, "activity", "A01", "lks") is None
    dialog = OriginDialog(context, "activity", "A01", "lks", parent)  # the service refuses too
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    context.jobs.wait()
    assert dialog.model.rows() == [] and "bedragen" in dialog.rule.text()
    assert not dialog.export.isEnabled()


def _year():  # type: ignore[no-untyped-def]
    import datetime as dt

    from sodesk.domain.period import Period

    return Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))

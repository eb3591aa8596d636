"""The activity table model: a well-behaved Qt model that sorts by value, not by text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from sodesk.domain.period import Period
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace
from sodesk.ui.models.activity_table import ActivityTableModel, Column
from sodesk.ui.models.sort_proxy import SORT_ROLE, ValueSortProxy


def _report(workspace: Workspace):  # type: ignore[no-untyped-def]
    with workspace.sessions() as session:
        return build_activity_report(
            session, Period(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), "Test"
        )


def test_the_model_passes_qt_model_tester(
    dutch_app: QApplication, qtmodeltester: ModelTester, demo_workspace: Workspace
) -> None:
    report = _report(demo_workspace)
    model = ActivityTableModel()
    model.set_rows(report.lines, report.client_names)
    qtmodeltester.check(model)
    proxy = ValueSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_sorting_is_by_decimal_value_and_text_is_dutch(
    dutch_app: QApplication, demo_workspace: Workspace
) -> None:
    report = _report(demo_workspace)
    model = ActivityTableModel()
    model.set_rows(report.lines, report.client_names)
    proxy = ValueSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(Column.RESULT, Qt.SortOrder.AscendingOrder)
    results = [proxy.index(r, Column.RESULT).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert all(isinstance(value, Decimal) for value in results)
    assert results == sorted(results)
    shown = proxy.index(0, Column.RESULT).data()
    assert shown.startswith("€ -") and "," in shown  # Dutch: € -1.234,56
    assert model.headerData(Column.COVERAGE, Qt.Orientation.Horizontal) == "Dekkings-\ngraad"


def test_search_filters_on_client_and_name(
    dutch_app: QApplication, demo_workspace: Workspace
) -> None:
    report = _report(demo_workspace)
    model = ActivityTableModel()
    model.set_rows(report.lines, report.client_names)
    proxy = ValueSortProxy()
    proxy.setSourceModel(model)
    proxy.set_search("kruimel")  # the bakery's name, only in the client column
    codes = {proxy.index(r, Column.NAME).data().split()[0] for r in range(proxy.rowCount())}
    expected = {
        line.code
        for line in report.lines
        if report.client_names.get(line.code) == "Bakkerij Kruimel"
    }
    assert expected and codes == expected


def test_the_break_even_rate_shows_its_unit_and_the_reports_decimals(
    dutch_app: QApplication, demo_workspace: Workspace
) -> None:
    """Per hour, per piece and per month side by side: each says its unit, and the figure
    is the one the activity report prints (four decimals where a piece rate needs them)."""
    import io

    from pypdf import PdfReader

    from sodesk.domain.enums import RateUnit
    from sodesk.reports.pdf import render_activities_pdf

    report = _report(demo_workspace)
    model = ActivityTableModel()
    model.set_rows(report.lines, report.client_names)
    pdf = " ".join(
        page.extract_text() for page in PdfReader(io.BytesIO(render_activities_pdf(report))).pages
    )
    words = {RateUnit.HOUR: "per uur", RateUnit.PIECE: "per stuk", RateUnit.MONTH: "per maand"}
    seen = set()
    four_places = 0
    for row in range(model.rowCount()):
        line = model.row_at(row)
        shown = model.index(row, Column.BREAK_EVEN).data()
        if line.break_even_rate is None or line.current_rate_unit is None:
            continue
        figure, unit = shown.split(" per ")
        assert f"per {unit}" == words[line.current_rate_unit]
        seen.add(line.current_rate_unit)
        assert figure in pdf, (line.code, shown)
        four_places += len(figure.split(",")[1]) == 4
    assert seen == set(RateUnit)
    assert four_places > 0

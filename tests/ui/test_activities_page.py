"""The activity card as a controller uses it, on the demo company (Dutch, offscreen):
a new rate from a date shows in the history and moves revenue and result in the table, bad
and overlapping rates are refused and write nothing, delete and correct ask first, the
months are the report per month, and the what-if moves the result as the domain says.

Expected figures come from the report and domain functions run here on the database, not
from the widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sodesk.domain import display
from sodesk.domain.enums import RateUnit, RevenueSource
from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.whatif import WhatIf, what_if
from sodesk.services import rates as rates_svc
from sodesk.services.report_data import build_activity_report
from sodesk.services.workspace import Workspace
from sodesk.storage import tables as t
from sodesk.ui.main_window import MainWindow
from sodesk.ui.models.activity_table import Column
from sodesk.ui.models.sort_proxy import ROW_ROLE
from sodesk.ui.pages.activities import ActivitiesPage
from sodesk.ui.widgets.activity_card import CARD_WIDTH

RATES_TAB, MONTHS_TAB, WHATIF_TAB = 1, 2, 3


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


def _report_line(workspace: Workspace, period: Period, code: str) -> ActivityFigures:
    """The line as the report computes it from the database now."""
    with workspace.sessions() as session:
        report = build_activity_report(session, period, workspace.company_name())
    return next(line for line in report.lines if line.code == code)


def _stored_rates(workspace: Workspace, code: str) -> tuple[rates_svc.Rate, ...]:
    with workspace.sessions() as session:
        found = rates_svc.activity_rates(session, code)
    assert found is not None
    return found.rates


def _hourly_line(page: ActivitiesPage) -> ActivityFigures:
    """An activity priced by the hour from its rates (so a new rate moves its revenue)."""
    assert page.report is not None
    return next(
        line
        for line in page.report.lines
        if line.revenue_source is RevenueSource.RATES
        and line.current_rate_unit is RateUnit.HOUR
        and line.productive_hours > 0
    )


def _select(qtbot: QtBot, page: ActivitiesPage, code: str, tab: int) -> None:
    page.select_activity(code)
    qtbot.waitUntil(lambda: page.card.rates.rates is not None)
    assert page.card.rates.rates is not None and page.card.rates.rates.code == code
    page.card.tabs.setCurrentIndex(tab)


def _table_text(page: ActivitiesPage, code: str, column: Column) -> str:
    for row in range(page.model.rowCount()):
        if page.model.row_at(row).code == code:
            return str(page.model.index(row, column).data())
    raise AssertionError(code)


def _answer_modal(kind: type, act: Callable) -> list[str]:  # type: ignore[type-arg]
    """Answer the next modal dialog of ``kind`` with ``act``; returns its texts."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.text() if isinstance(dialog, QMessageBox) else dialog.labelText())
        act(dialog)

    QTimer.singleShot(0, answer)
    return seen


def _click_role(role: QMessageBox.ButtonRole) -> Callable[[QMessageBox], None]:
    def click(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if box.buttonRole(b) == role]
        button.click()

    return click


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def test_a_new_rate_from_a_date_moves_the_history_and_the_table(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    assert page.report is not None
    period = page.report.period
    line = _hourly_line(page)
    before = _report_line(demo_workspace, period, line.code)
    old_rates = _stored_rates(demo_workspace, line.code)
    latest = old_rates[-1]
    assert latest.valid_to is None
    _select(qtbot, page, line.code, RATES_TAB)
    panel = page.card.rates
    assert panel.model.rowCount() == len(old_rates)
    start = max(latest.valid_from + dt.timedelta(days=1), period.start + dt.timedelta(days=181))
    new_price = latest.price + Decimal("3.25")
    panel.valid_from.setDate(_qdate(start))
    qtbot.keyClicks(panel.price, display.number(new_price, 2))  # "27,61": a decimal comma
    assert panel.save_button.isEnabled()
    assert display.date_nl(start - dt.timedelta(days=1)) in panel.messages["general"].text()
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        panel.save_button.click()

    # the history: the previous rate ends the day before, the new one is open-ended
    history = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    assert len(history) == len(old_rates) + 1
    assert (history[-2].valid_from, history[-2].valid_to) == (
        latest.valid_from,
        start - dt.timedelta(days=1),
    )
    assert (history[-1].valid_from, history[-1].valid_to, history[-1].price) == (
        start,
        None,
        new_price,
    )
    assert history[-1].unit is RateUnit.HOUR
    # the table: revenue and result as the report computes them now ...
    after = _report_line(demo_workspace, period, line.code)
    assert _table_text(page, line.code, Column.RESULT) == display.euro(after.result)
    shown = next(
        page.model.row_at(r)
        for r in range(page.model.rowCount())
        if page.model.row_at(r).code == line.code
    )
    assert shown.revenue == after.revenue and shown.result == after.result
    # ... which is the old revenue plus the hours from the date at the price difference (R5)
    later = _report_line(demo_workspace, Period(start, period.end), line.code)
    assert after.revenue - before.revenue == later.productive_hours * (new_price - latest.price)
    assert after.result - before.result == after.revenue - before.revenue
    assert after.result != before.result
    assert page.card.heading.text().startswith(line.code)  # the same activity stays selected
    assert panel.messages["general"].text() == "Opgeslagen; de cijfers zijn bijgewerkt."


def test_a_bad_price_shows_a_message_and_writes_nothing(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    line = _hourly_line(page)
    stored = _stored_rates(demo_workspace, line.code)
    _select(qtbot, page, line.code, RATES_TAB)
    panel = page.card.rates
    qtbot.keyClicks(panel.price, "zes")  # letters do not get in, and the field says so
    assert panel.price.text() == ""
    message = panel.messages["price"]
    assert message.isVisible()
    assert message.text() == (
        "'s' kan hier niet getypt worden: typ een getal, met een komma of een punt."
    )
    qtbot.keyClicks(panel.price, "-5,50")
    assert message.isVisible()
    assert message.text() == "Prijs mag niet negatief zijn (waarde '-5,50')."
    assert not panel.save_button.isEnabled()
    assert panel.save() is False
    panel.price.clear()
    qtbot.keyClicks(panel.price, "1,23456")
    assert "meer dan 4 decimalen" in message.text()
    panel.price.clear()
    qtbot.keyClicks(panel.price, "12")
    panel.unit.setCurrentIndex(0)  # "– choose –"
    assert panel.messages["unit"].text().startswith("Eenheid is verplicht")
    assert panel.save() is False
    assert _stored_rates(demo_workspace, line.code) == stored


def test_an_overlapping_rate_is_refused_with_field_and_value(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    line = _hourly_line(page)
    stored = _stored_rates(demo_workspace, line.code)
    latest = stored[-1]
    _select(qtbot, page, line.code, RATES_TAB)
    panel = page.card.rates
    start = latest.valid_from + dt.timedelta(days=40)
    panel.valid_from.setDate(_qdate(start))
    qtbot.keyClicks(panel.price, "30")
    panel.end_previous.setChecked(False)  # keep the open rate as it is: then they overlap
    message = panel.messages["valid_from"]
    assert message.isVisible()
    assert message.text().startswith(f"Geldig vanaf {display.date_nl(start)} valt in het tarief")
    assert display.date_nl(latest.valid_from) in message.text()
    assert not panel.save_button.isEnabled()
    # an end before the start is named too
    panel.end_previous.setChecked(True)
    panel.open_end.setChecked(False)
    panel.valid_to.setDate(_qdate(start - dt.timedelta(days=1)))
    assert (
        panel.messages["valid_to"]
        .text()
        .startswith(
            f"Geldig t/m {display.date_nl(start - dt.timedelta(days=1))} ligt voor geldig vanaf"
        )
    )
    assert panel.save() is False
    assert _stored_rates(demo_workspace, line.code) == stored


def test_delete_asks_first(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    line = _hourly_line(page)
    stored = _stored_rates(demo_workspace, line.code)
    _select(qtbot, page, line.code, RATES_TAB)
    panel = page.card.rates
    panel.table.selectRow(len(stored) - 1)
    assert panel.delete_button.isEnabled()
    asked = _answer_modal(QMessageBox, _click_role(QMessageBox.ButtonRole.RejectRole))
    panel.delete_button.click()
    assert asked and stored[-1].describe() in asked[0]
    assert _stored_rates(demo_workspace, line.code) == stored  # cancelled: nothing deleted
    _answer_modal(QMessageBox, _click_role(QMessageBox.ButtonRole.DestructiveRole))
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        panel.delete_button.click()
    assert _stored_rates(demo_workspace, line.code) == stored[:-1]
    assert panel.model.rowCount() == len(stored) - 1
    with demo_workspace.sessions() as session:
        deleted = session.scalars(
            select(t.AuditRow).where(t.AuditRow.action == "delete", t.AuditRow.field == "price")
        ).all()
    assert [Decimal(a.old_value or "") for a in deleted] == [stored[-1].price]


def test_a_correction_asks_a_reason_for_the_audit_log(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    line = _hourly_line(page)
    stored = _stored_rates(demo_workspace, line.code)
    _select(qtbot, page, line.code, RATES_TAB)
    panel = page.card.rates
    panel.table.selectRow(len(stored) - 1)
    panel.correct_button.click()
    assert panel.price.text() == display.number(stored[-1].price, 4)
    panel.price.setText("19,95")

    def give_reason(dialog: QInputDialog) -> None:
        dialog.setTextValue("tikfout in het contract")
        dialog.accept()

    asked = _answer_modal(QInputDialog, give_reason)
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        panel.save_button.click()
    assert asked and "wijzigingslogboek" in asked[0]
    assert _stored_rates(demo_workspace, line.code)[-1].price == Decimal("19.95")
    with demo_workspace.sessions() as session:
        audit = session.scalars(
            select(t.AuditRow).where(
                t.AuditRow.table_name == "rates",
                t.AuditRow.field == "price",
                t.AuditRow.action == "update",
            )
        ).one()
    assert audit.reason == "tikfout in het contract"
    assert Decimal(audit.new_value or "") == Decimal("19.95")


def test_a_stale_save_is_refused(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    line = _hourly_line(page)
    _select(qtbot, page, line.code, RATES_TAB)
    panel = page.card.rates
    # another desk adds a rate after this page read them
    with demo_workspace.sessions() as session:
        other = rates_svc.activity_rates(session, line.code)
    assert other is not None
    later = other.rates[-1].valid_from + dt.timedelta(days=300)
    rates_svc.add_rate(
        demo_workspace.sessions,
        other.activity_id,
        other.snapshot,
        rates_svc.RateInput(later, None, RateUnit.HOUR, Decimal(40)),
    )
    stored = _stored_rates(demo_workspace, line.code)
    panel.valid_from.setDate(_qdate(later - dt.timedelta(days=100)))
    qtbot.keyClicks(panel.price, "31,00")
    assert panel.save() is False
    assert "intussen door iemand anders gewijzigd" in panel.messages["general"].text()
    assert _stored_rates(demo_workspace, line.code) == stored


def test_the_months_are_the_report_per_month(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    window, page = _open(qtbot, demo_workspace)
    assert page.report is not None
    line = _hourly_line(page)
    months_panel = page.card.months
    _select(qtbot, page, line.code, RATES_TAB)
    with qtbot.waitSignal(months_panel.loaded, timeout=60_000):
        page.card.tabs.setCurrentIndex(MONTHS_TAB)
    months = page.report.period.months()
    assert months_panel.model.rowCount() == len(months)
    for row in (0, len(months) - 1):
        expected = _report_line(demo_workspace, months[row], line.code)
        assert months_panel.model.index(row, 1).data() == display.euro(expected.result)
        assert months_panel.model.index(row, 2).data() == display.percent(expected.coverage)
    # the bars are the month results (in one scale): same signs, same proportions
    bars = months_panel.chart.bar_values()
    results = [months_panel.model.row_at(r).figures.result for r in range(len(months))]
    assert [b < 0 for b in bars] == [r < 0 for r in results]
    scale = float(results[0]) / bars[0]
    assert scale in (1.0, 1000.0) or scale == pytest.approx(1000.0)
    assert bars == pytest.approx([float(r) / scale for r in results])
    # choosing another activity needs no new computation
    other = next(x for x in page.report.lines if x.code != line.code and x.productive_hours)
    page.select_activity(other.code)
    assert not months_panel.is_busy()
    assert months_panel.model.rowCount() == len(months)
    # another period on the open tab: its months are computed anew
    with qtbot.waitSignal(months_panel.loaded, timeout=60_000):
        window.period_bar.combo.setCurrentText("Q1 2025")
    assert months_panel.model.rowCount() == 3
    shown = page.table.currentIndex().data(ROW_ROLE)  # the new period selects its worst line
    march = _report_line(demo_workspace, page.report.period.months()[2], shown.code)
    assert months_panel.model.index(2, 1).data() == display.euro(march.result)


def test_the_what_if_moves_the_result_as_the_domain_says(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    assert page.report is not None
    period = page.report.period
    line = _hourly_line(page)
    _select(qtbot, page, line.code, WHATIF_TAB)
    panel = page.card.whatif
    now = _report_line(demo_workspace, period, line.code)
    assert panel.before_labels["result"].text() == display.euro(now.result)
    qtbot.keyClicks(panel.rate, "12,5")
    qtbot.keyClicks(panel.hours, "-10")
    qtbot.keyClicks(panel.lks, "7,5")
    expected = what_if(now, WhatIf(Decimal("12.5"), Decimal("0.9"), Decimal("1.075")), period.end)
    assert panel.after_labels["result"].text() == display.euro(expected.result)
    assert panel.after_labels["coverage"].text() == display.percent(expected.coverage)
    assert panel.after_labels["cost_price"].text() == display.euro(expected.cost_price_per_hour)
    assert panel.after_labels["break_even"].text() == "€ " + display.number(
        expected.break_even_rate, 2
    )
    assert expected.result != now.result
    sentence = panel.sentence.text().replace("\u00a0", " ")  # no breaks inside amounts
    assert display.euro(expected.result) in sentence
    assert sentence.endswith("nu € 12,50.")
    # a percentage out of range is named, and the after column stays empty
    panel.hours.clear()
    qtbot.keyClicks(panel.hours, "-150")
    assert "'-150'" in panel.messages["hours"].text()
    assert panel.after_labels["result"].text() == ""
    panel.reset_button.click()
    assert panel.after_labels["result"].text() == display.euro(now.result)
    assert panel.sentence.text() == ""  # no change tried, nothing to tell
    # nothing was saved
    assert _report_line(demo_workspace, period, line.code).result == now.result


def test_a_non_productive_line_has_no_rates_to_edit(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    assert page.report is not None
    idle = next(line for line in page.report.lines if line.current_rate_unit is None)
    page.select_activity(idle.code)
    page.card.tabs.setCurrentIndex(RATES_TAB)
    panel = page.card.rates
    assert panel.rates is None and panel.model.rowCount() == 0
    for button in (panel.new_button, panel.correct_button, panel.delete_button):
        assert not button.isEnabled()
    assert not panel.save_button.isEnabled() and panel.save() is False
    assert not page.card.whatif.rate.isEnabled()


def test_every_model_of_the_page_passes_the_model_tester(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    _, page = _open(qtbot, demo_workspace)
    line = _hourly_line(page)
    _select(qtbot, page, line.code, RATES_TAB)
    with qtbot.waitSignal(page.card.months.loaded, timeout=60_000):
        page.card.tabs.setCurrentIndex(MONTHS_TAB)
    for model in (page.model, page.proxy, page.card.rates.model, page.card.months.model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_the_card_tabs_fit_at_1366_by_768(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    window, page = _open(qtbot, demo_workspace)
    line = _hourly_line(page)
    _select(qtbot, page, line.code, 0)
    assert page.card.width() == CARD_WIDTH
    tabs = page.card.tabs
    for index in range(tabs.count()):
        if index == MONTHS_TAB:
            with qtbot.waitSignal(page.card.months.loaded, timeout=60_000):
                tabs.setCurrentIndex(index)
        else:
            tabs.setCurrentIndex(index)
        widget = tabs.currentWidget()
        # nothing is cut off at the right: the tab's content fits the card
        assert widget.minimumSizeHint().width() <= tabs.width(), tabs.tabText(index)
        path = tmp_path / f"tab{index}.png"
        assert window.grab().save(str(path))
        assert (QImage(str(path)).width(), QImage(str(path)).height()) == (1366, 768)
    bar = tabs.tabBar()
    assert sum(bar.tabRect(i).width() for i in range(bar.count())) <= tabs.width()

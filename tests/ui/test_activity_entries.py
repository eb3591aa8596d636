"""The card's "Omzet en inkoop" tab as a controller uses it, on the demo company (Dutch,
offscreen): an invoice typed on the card moves the activity's revenue and result in the table
by the expected amount, a bad amount is told beside the field and writes nothing, a taken
period names the entry that holds it, and delete asks first.

Expected figures come from the report run here on the database, not from the widgets.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sodesk.domain import display
from sodesk.domain.enums import RevenueSource
from sodesk.services import activity_entries as svc
from sodesk.services.workspace import Workspace
from sodesk.ui.models.activity_table import Column
from sodesk.ui.pages.activities import ActivitiesPage
from sodesk.ui.widgets.activity_card import CARD_WIDTH
from tests.ui.test_activities_page import (
    _answer_modal,
    _click_role,
    _hourly_line,
    _open,
    _report_line,
    _table_text,
)

ENTRIES_TAB = 4


def _stored(workspace: Workspace, code: str) -> tuple[svc.Entry, ...]:
    with workspace.sessions() as session:
        found = svc.activity_entries(session, code)
    assert found is not None
    return found.entries


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def svc_month(entry: svc.Entry) -> str:
    """The period column's text of a demo entry (a whole calendar month): 'dec 2025'."""
    assert entry.period_start.day == 1
    return display.month_nl(entry.period_start)


def _select(qtbot: QtBot, page: ActivitiesPage, code: str) -> None:
    page.select_activity(code)
    qtbot.waitUntil(lambda: page.card.entries.entries is not None)
    entries = page.card.entries.entries
    assert entries is not None and entries.code == code
    page.card.tabs.setCurrentIndex(ENTRIES_TAB)


def test_an_invoice_on_the_card_moves_revenue_and_result(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    assert page.report is not None
    period = page.report.period
    line = _hourly_line(page)
    before = _report_line(demo_workspace, period, line.code)
    stored = _stored(demo_workspace, line.code)
    _select(qtbot, page, line.code)
    panel = page.card.entries
    assert page.card.tabs.tabText(ENTRIES_TAB) == page.card.tr("Revenue")
    assert panel.current_kind() is svc.EntryKind.REVENUE
    panel.period_start.setDate(_qdate(period.start))
    panel.period_end.setDate(_qdate(period.end))
    invoiced = before.revenue.quantize(Decimal("0.01")) + Decimal("1234.56")
    qtbot.keyClicks(panel.value, display.number(invoiced))  # "12.345,67": Dutch
    assert panel.save_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        panel.save_button.click()

    after = _report_line(demo_workspace, period, line.code)
    assert after.revenue_source is RevenueSource.INVOICED
    assert after.revenue == invoiced
    assert after.result - before.result == invoiced - before.revenue
    assert _table_text(page, line.code, Column.RESULT) == display.euro(after.result)
    assert _table_text(page, line.code, Column.RESULT) != display.euro(before.result)
    assert _table_text(page, line.code, Column.NTW_PER_HOUR) == display.euro(after.ntw_per_hour)
    assert page.card.values["Revenue"].text() == display.euro(invoiced)
    assert page.card.heading.text().startswith(line.code)  # the same activity stays selected
    # the new entry is in the tab's table and stored
    assert len(_stored(demo_workspace, line.code)) == len(stored) + 1
    shown = [panel.model.row_at(r) for r in range(panel.model.rowCount())]
    assert any(e.value == invoiced and e.kind is svc.EntryKind.REVENUE for e in shown)
    assert panel.messages["general"].text() == "Opgeslagen; de cijfers zijn bijgewerkt."


def test_a_bad_amount_shows_a_message_beside_the_field_and_writes_nothing(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    line = _hourly_line(page)
    stored = _stored(demo_workspace, line.code)
    _select(qtbot, page, line.code)
    panel = page.card.entries
    qtbot.keyClicks(panel.value, "-5")
    message = panel.messages["value"]
    assert not message.isHidden()
    assert "Bedrag" in message.text() and "-5" in message.text()
    assert not panel.save_button.isEnabled()
    assert panel.save() is False
    panel.value.setText("1,234")
    assert "1,234" in message.text() and "decimalen" in message.text()
    # end before start: told beside the end date
    panel.value.setText("100")
    assert message.isHidden()
    panel.period_end.setDate(panel.period_start.date().addDays(-1))
    assert not panel.messages["period_end"].isHidden()
    assert "ligt voor" in panel.messages["period_end"].text()
    assert panel.save() is False
    assert _stored(demo_workspace, line.code) == stored


def test_a_taken_period_names_the_entry_and_delete_asks_first(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    assert page.report is not None
    period = page.report.period
    line = _hourly_line(page)
    _select(qtbot, page, line.code)
    panel = page.card.entries
    panel.kind.setCurrentIndex(panel.kind.findData(svc.EntryKind.PURCHASE.value))
    assert panel.value_caption.text() == panel.tr("Amount")
    panel.period_start.setDate(_qdate(period.start))
    panel.period_end.setDate(_qdate(period.end))
    qtbot.keyClicks(panel.value, "250")
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert panel.save()
    stored = _stored(demo_workspace, line.code)
    # the same period again for a purchase: refused, naming the entry that holds it
    panel.kind.setCurrentIndex(panel.kind.findData(svc.EntryKind.PURCHASE.value))
    panel.period_start.setDate(_qdate(period.start))
    panel.period_end.setDate(_qdate(period.end))
    qtbot.keyClicks(panel.value, "10")
    assert "inkoop € 250,00" in panel.messages["period_start"].text()
    assert not panel.save_button.isEnabled()

    row = next(
        r
        for r in range(panel.model.rowCount())
        if panel.model.row_at(r).kind is svc.EntryKind.PURCHASE
        and panel.model.row_at(r).value == Decimal(250)
    )
    panel.table.selectRow(row)
    assert panel.delete_button.isEnabled()
    seen = _answer_modal(QMessageBox, _click_role(QMessageBox.ButtonRole.RejectRole))
    assert panel.delete_selected() is False
    assert "€ 250,00" in seen[0]
    assert _stored(demo_workspace, line.code) == stored  # cancelled: nothing deleted
    panel.table.selectRow(row)
    seen = _answer_modal(QMessageBox, _click_role(QMessageBox.ButtonRole.DestructiveRole))
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        assert panel.delete_selected() is True
    assert len(_stored(demo_workspace, line.code)) == len(stored) - 1


def test_the_model_passes_the_tester_and_the_tab_fits(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace, qtmodeltester, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window, page = _open(qtbot, demo_workspace)
    assert page.report is not None
    period = page.report.period
    # the demo company's activity with the most entries in the period
    code = max(
        page.entries,
        key=lambda c: sum(
            e.period_start <= period.end and e.period_end >= period.start
            for e in page.entries[c].entries
        ),
    )
    _select(qtbot, page, code)
    panel = page.card.entries
    assert panel.model.rowCount() > 1
    qtmodeltester.check(panel.model)
    assert page.card.width() == CARD_WIDTH
    assert panel.minimumSizeHint().width() <= page.card.tabs.width()
    # the table's columns fit beside its scroll bar: nothing cut off at the right
    table = panel.table
    used = sum(table.columnWidth(c) for c in range(panel.model.columnCount()))
    assert used <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    bar = page.card.tabs.tabBar()
    assert sum(bar.tabRect(i).width() for i in range(bar.count())) <= page.card.tabs.width()
    assert panel.model.index(0, 1).data() == svc_month(panel.model.row_at(0))
    shots = Path(os.environ.get("SODESK_SHOTS", tmp_path))
    assert window.grab().save(str(shots / "entries_tab.png"))


def test_a_correction_loads_the_entry_and_saves_the_new_amount(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> None:
    _, page = _open(qtbot, demo_workspace)
    assert page.report is not None
    period = page.report.period
    code = next(c for c, found in page.entries.items() if found.of_kind(svc.EntryKind.PURCHASE))
    _select(qtbot, page, code)
    panel = page.card.entries
    row = next(
        r
        for r in range(panel.model.rowCount())
        if panel.model.row_at(r).kind is svc.EntryKind.PURCHASE
    )
    chosen = panel.model.row_at(row)
    before = _report_line(demo_workspace, period, code)
    panel.table.selectRow(row)
    panel.correct_button.click()
    assert not panel.kind.isEnabled()  # a correction keeps the kind
    assert panel.value.text() == display.number(chosen.value)
    assert panel.save_button.isEnabled()  # its own period is no clash
    panel.value.setText(display.number(chosen.value + 100))
    with qtbot.waitSignal(page.loaded, timeout=60_000):
        panel.save_button.click()
    after = _report_line(demo_workspace, period, code)
    stored = {(e.kind, e.id): e for e in _stored(demo_workspace, code)}  # ids per table
    assert stored[chosen.kind, chosen.id].value == chosen.value + 100
    assert stored[chosen.kind, chosen.id].period_start == chosen.period_start
    # the whole entry lies in the period: NTW and result drop by the full € 100
    assert chosen.period_start >= period.start and chosen.period_end <= period.end
    assert after.purchase_value - before.purchase_value == Decimal(100)
    assert before.result - after.result == Decimal(100)
    assert _table_text(page, code, Column.RESULT) == display.euro(after.result)

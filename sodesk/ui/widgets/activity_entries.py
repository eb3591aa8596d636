"""The card's "Omzet en inkoop" tab: an activity's invoiced revenue, purchase value and
production in the period, and the editor to add, correct or delete them.

Besides the import (revenue.csv, purchases.csv, production.csv), a controller types them
here. The table lists the entries overlapping the page's period, newest
first, in three columns so it fits the card (a calendar month shows as "dec 2025"). "New
entry" offers the last month of the period; "Correct…" loads the selected entry (its kind
stays); "Delete…" asks first. Every field is checked as it is typed with the
service's own rules (services.activity_entries: amount or pieces >= 0 and fitting its column,
end not before start, a period not already taken by another entry of the kind); the message
names field and value beside the field, and Save stays off until the form is right. The
save is one transaction against the entries as read; ``saved`` tells the page to compute its
figures again, so revenue, NTW and result move. The form's state and rules are the
presenter's (ui/presenters/entries.py); the layout is the Tarieven tab's (history_editor.py).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLabel, QLineEdit, QWidget

from sodesk.domain import display
from sodesk.domain.period import Period
from sodesk.services import activity_entries as svc
from sodesk.services.database import Sessions
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.presenters.entries import EntriesEditor, EntryForm
from sodesk.ui.widgets.fields import ReadsAsValidator, date_field, qdate
from sodesk.ui.widgets.history_editor import FormRow, HistoryPanel, PanelTexts

_C = "ActivityEntries"
_VALUE_CHARS = set("0123456789.,€ -")
Kind = svc.EntryKind

#: short words for the table and the kind box
KIND_NAMES = {
    Kind.REVENUE: QT_TRANSLATE_NOOP("ActivityEntries", "Invoice"),
    Kind.PURCHASE: QT_TRANSLATE_NOOP("ActivityEntries", "Purchase"),
    Kind.PRODUCTION: QT_TRANSLATE_NOOP("ActivityEntries", "Production"),
}


def kind_name(kind: svc.EntryKind) -> str:
    return QCoreApplication.translate(_C, KIND_NAMES[kind])


def _value_text(entry: svc.Entry) -> str:
    if entry.kind is Kind.PRODUCTION:
        whole = entry.value == entry.value.to_integral_value()
        return QCoreApplication.translate("ActivityEntries", "%1 pcs").replace(
            "%1", display.number(entry.value, 0 if whole else 2)
        )
    return display.euro(entry.value)


def period_text(entry: svc.Entry) -> str:
    """'dec 2025' for a calendar month (the usual entry), else '01-12 t/m 15-12-2025'."""
    start, end = entry.period_start, entry.period_end
    next_month = (end.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    one_month = start.day == 1 and (start.year, start.month) == (end.year, end.month)
    if one_month and end + dt.timedelta(days=1) == next_month:
        return display.month_nl(start)
    first = display.date_nl(start)
    if start.year == end.year:
        first = first[:5]  # "01-12": the year follows once
    return (
        QCoreApplication.translate("ActivityEntries", "%1 to %2")
        .replace("%1", first)
        .replace("%2", display.date_nl(end))
    )


def _reads_as_value(text: str) -> object:
    return svc.parse_value(text, Kind.REVENUE)


# three columns (kind, period, amount or pieces) fit the card's 330 px without scrolling
ENTRIES = (
    Field(QT_TRANSLATE_NOOP("ActivityEntries", "Kind"), lambda e: kind_name(e.kind)),
    Field(
        QT_TRANSLATE_NOOP("ActivityEntries", "Period"),
        period_text,
        lambda e: (e.period_start, e.period_end),
        right=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("ActivityEntries", "Value"), _value_text, lambda e: e.value, right=True
    ),
)


class EntriesPanel(HistoryPanel):
    """Entries of one activity in the period and the form to add, correct or delete one."""

    delete_question_name = "deleteEntryQuestion"
    editor: EntriesEditor

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        model = RecordTableModel(_C, ENTRIES)
        super().__init__(EntriesEditor(sessions), model, parent)
        self.show_entries(None)

    @property
    def entries(self) -> svc.ActivityEntries | None:
        return self.editor.history

    @property
    def period(self) -> Period | None:
        return self.editor.period

    def show_entries(
        self, entries: svc.ActivityEntries | None, period: Period | None = None
    ) -> None:
        """Show an activity's entries in ``period`` (None: a line without entries)."""
        just_saved = self.editor.show_in(entries, period)
        self.table.setToolTip(
            ""
            if period is None
            else self.tr("Entries overlapping %1 to %2, newest first")
            .replace("%1", display.date_nl(period.start))
            .replace("%2", display.date_nl(period.end))
        )
        self._shown(just_saved)

    def _texts(self) -> PanelTexts:
        return PanelTexts(
            self.tr("New entry"),
            self.tr("Save new entry"),
            self.tr("Correct the entry from %1"),
            self.tr("Save correction"),
            self.tr("This line has no entries: non-productive time."),
            self.tr("Delete entry"),
            self.tr("Delete the %1? The figures are calculated again."),
        )

    def _form(self) -> list[FormRow]:
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.period_start = date_field()
        self.period_end = date_field()
        self.value = QLineEdit()
        # lets through what could become an amount or pieces ("-" to be told off)
        self.value_validator = ReadsAsValidator(_VALUE_CHARS, _reads_as_value, self.value)
        self.value.setValidator(self.value_validator)
        self.value_caption = QLabel()
        self.kind.currentIndexChanged.connect(self._edited)
        self.period_start.dateChanged.connect(self._edited)
        self.period_end.dateChanged.connect(self._edited)
        self.value.textChanged.connect(self._edited)
        return [
            ("kind", QLabel(self.tr("Kind")), self.kind),
            ("period_start", QLabel(self.tr("From")), self.period_start),
            ("period_end", QLabel(self.tr("To")), self.period_end),
            ("value", self.value_caption, self.value),
        ]

    def _below_form(self, layout: QBoxLayout) -> None:
        self.value_validator.refused.connect(self.messages["value"].say)

    def _inputs(self) -> list[QWidget]:
        return [self.kind, self.period_start, self.period_end, self.value]

    def _put(self, form: EntryForm) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(form.kind.value)))
        self.kind.setEnabled(self.entries is not None and self.editor.correcting is None)
        self.period_start.setDate(qdate(form.period_start))
        self.period_end.setDate(qdate(form.period_end))
        self.value.setText(form.value)
        self._show_value_caption()

    def _read(self) -> dict[str, Any]:
        self._show_value_caption()
        return {
            "kind": self.current_kind(),
            "period_start": self.period_start.date().toPython(),
            "period_end": self.period_end.date().toPython(),
            "value": self.value.text(),
        }

    def current_kind(self) -> svc.EntryKind:
        return Kind(self.kind.currentData())

    def _show_value_caption(self) -> None:
        pieces = self.current_kind() is Kind.PRODUCTION
        self.value_caption.setText(self.tr("Pieces") if pieces else self.tr("Amount"))
        self.value.setPlaceholderText(self.tr("e.g. 1.200") if pieces else self.tr("e.g. 1.234,50"))

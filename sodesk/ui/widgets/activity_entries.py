"""The card's "Omzet en inkoop" tab: an activity's invoiced revenue, purchase value and
production in the period, and the editor to add, correct or delete them.

These used to arrive only by import (revenue.csv, purchases.csv, production.csv); here a
controller types them. The table lists the entries overlapping the page's period, newest
first, in three columns so it fits the card (a calendar month shows as "dec 2025"). "New
entry" offers the last month of the period; "Correct…" loads the selected entry (its kind
stays); "Delete…" asks first. Every field is checked as it is typed with the
service's own rules (services.activity_entries: amount or pieces >= 0 and fitting its column,
end not before start, a period not already taken by another entry of the kind); the message
names field and value beside the field, and Save stays off until the form is right. The
save is one transaction against the entries as read (laid out like the Tarieven tab,
activity_rates.py); ``saved`` tells the page to compute its figures again, so revenue, NTW
and result move.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from sodesk.domain import display
from sodesk.domain.period import Period
from sodesk.services import activity_entries as svc
from sodesk.services.errors import rejected
from sodesk.services.users import SignedIn
from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.field_errors import show_rejection
from sodesk.ui.widgets.fields import FieldMessage, ReadsAsValidator, qdate
from sodesk.ui.widgets.history_table import history_table
from sodesk.ui.widgets.questions import ask_to_delete

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


class ValueValidator(ReadsAsValidator):
    """Lets through what could become an amount or a number of pieces ("-" to be told off);
    Acceptable only for a value services.activity_entries.parse_value takes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_VALUE_CHARS, lambda text: svc.parse_value(text, Kind.REVENUE), parent)


def confirm_delete(parent: QWidget, entry: svc.Entry) -> bool:
    """Ask before an entry is deleted (QMessageBox, object name "deleteEntryQuestion")."""
    return ask_to_delete(
        parent,
        "deleteEntryQuestion",
        QCoreApplication.translate("EntryDeleteQuestion", "Delete entry"),
        QCoreApplication.translate(
            "EntryDeleteQuestion", "Delete the %1? The figures are calculated again."
        ).replace("%1", entry.describe()),
        QCoreApplication.translate("EntryDeleteQuestion", "Delete"),
        QCoreApplication.translate("EntryDeleteQuestion", "Cancel"),
    )


def _overlaps(entry: svc.Entry, period: Period | None) -> bool:
    return period is None or (entry.period_start <= period.end and entry.period_end >= period.start)


class EntriesPanel(QWidget):
    """Entries of one activity in the period and the form to add, correct or delete one."""

    #: the activity code whose entries were saved
    saved = Signal(str)

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        #: the signed-in user the saves are checked for (the activity card sets it)
        self.who: SignedIn | None = None
        self.entries: svc.ActivityEntries | None = None
        self.period: Period | None = None
        self.correcting: svc.Entry | None = None  # None: the form adds a new entry
        self._touched = False
        self._saved_code: str | None = None
        #: confirm a deletion; a test drives the real dialog
        self.confirm_delete: Callable[[QWidget, svc.Entry], bool] = confirm_delete
        self.model = RecordTableModel(_C, ENTRIES, self)
        self._build()
        self.show_entries(None)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = history_table(self.model)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New entry"))
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        for button in (self.new_button, self.correct_button, self.delete_button):
            actions.addWidget(button)
        layout.addLayout(actions)

        self.mode = QLabel()
        self.mode.setWordWrap(True)
        self.mode.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.mode)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.period_start = QDateEdit(calendarPopup=True)
        self.period_start.setDisplayFormat("dd-MM-yyyy")
        self.period_end = QDateEdit(calendarPopup=True)
        self.period_end.setDisplayFormat("dd-MM-yyyy")
        self.value = QLineEdit()
        self.value.setValidator(ValueValidator(self.value))
        self.value_caption = QLabel()
        self.messages = {
            key: FieldMessage()
            for key in ("kind", "period_start", "period_end", "value", "general")
        }
        self.value.validator().refused.connect(self.messages["value"].say)
        rows = (
            ("kind", QLabel(self.tr("Kind")), self.kind),
            ("period_start", QLabel(self.tr("From")), self.period_start),
            ("period_end", QLabel(self.tr("To")), self.period_end),
            ("value", self.value_caption, self.value),
        )
        for index, (key, text, field) in enumerate(rows):
            text.setBuddy(field)
            grid.addWidget(text, index * 2, 0)
            grid.addWidget(field, index * 2, 1)
            grid.addWidget(self.messages[key], index * 2 + 1, 0, 1, 2)
        layout.addLayout(grid)
        layout.addWidget(self.messages["general"])
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        layout.addWidget(self.save_button)

        self.new_button.clicked.connect(self.new_entry)
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period_start.dateChanged.connect(self._edited)
        self.period_end.dateChanged.connect(self._edited)
        self.value.textChanged.connect(self._edited)

    # -- showing ------------------------------------------------------------------------
    def show_entries(
        self, entries: svc.ActivityEntries | None, period: Period | None = None
    ) -> None:
        """Show an activity's entries in ``period`` (None: a line without entries)."""
        self.entries = entries
        self.period = period
        shown = [] if entries is None else [e for e in entries.entries if _overlaps(e, period)]
        self.model.set_rows(shown)
        self.table.setToolTip(
            ""
            if period is None
            else self.tr("Entries overlapping %1 to %2, newest first")
            .replace("%1", display.date_nl(period.start))
            .replace("%2", display.date_nl(period.end))
        )
        for widget in (self.new_button, self.kind, self.period_start, self.period_end, self.value):
            widget.setEnabled(entries is not None)
        self._selection_changed()
        self.new_entry()
        if entries is not None and entries.code == self._saved_code:
            self._saved_code = None
            set_tone(self.messages["general"], None)
            self.messages["general"].say(self.tr("Saved; the figures are up to date."))

    def selected(self) -> svc.Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_entry(self) -> None:
        """The form for a new entry: revenue over the period's last month."""
        self.correcting = None
        end = self.period.end if self.period else dt.date.today()
        self._fill(Kind.REVENUE, end.replace(day=1), end, "")
        self.kind.setEnabled(self.entries is not None)
        self.mode.setText(self.tr("New entry"))
        self.save_button.setText(self.tr("Save new entry"))

    def correct_selected(self) -> None:
        """Load the selected entry into the form (its kind stays)."""
        entry = self.selected()
        if entry is None:
            return
        self.correcting = entry
        self._fill(entry.kind, entry.period_start, entry.period_end, display.number(entry.value))
        self.kind.setEnabled(False)
        self.mode.setText(
            self.tr("Correct the entry from %1").replace("%1", display.date_nl(entry.period_start))
        )
        self.save_button.setText(self.tr("Save correction"))

    def _fill(self, kind: svc.EntryKind, start: dt.date, end: dt.date, value: str) -> None:
        widgets = (self.kind, self.period_start, self.period_end, self.value)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.period_start.setDate(qdate(start))
        self.period_end.setDate(qdate(end))
        self.value.setText(value)
        for widget in widgets:
            widget.blockSignals(False)
        self._show_value_caption()
        self._touched = False
        self.check()

    # -- checking as typed ---------------------------------------------------------------
    def current_kind(self) -> svc.EntryKind:
        return Kind(self.kind.currentData())

    def _show_value_caption(self) -> None:
        pieces = self.current_kind() is Kind.PRODUCTION
        self.value_caption.setText(self.tr("Pieces") if pieces else self.tr("Amount"))
        self.value.setPlaceholderText(self.tr("e.g. 1.200") if pieces else self.tr("e.g. 1.234,50"))

    def _kind_changed(self) -> None:
        self._show_value_caption()
        self._edited()

    def _edited(self) -> None:
        self._touched = True
        self.check()

    def entry(self) -> svc.EntryInput:
        """The form as an entry to save.

        Raises:
            EntryInputError: for a value that is no amount or number of pieces.
        """
        kind = self.current_kind()
        return svc.EntryInput(
            kind,
            self.period_start.date().toPython(),
            self.period_end.date().toPython(),
            svc.parse_value(self.value.text(), kind),
        )

    def check(self) -> bool:
        """Show what is wrong beside its field; True when the form can be saved."""
        for message in self.messages.values():
            message.clear_message()
        set_tone(self.messages["general"], "loss")
        try:
            if self.entries is None:
                raise rejected(
                    "general", self.tr("This line has no entries: non-productive time.")
                )
            entry_id = None if self.correcting is None else self.correcting.id
            svc.check_entry(self.entries.entries, self.entry(), entry_id)
        except svc.EntryInputError as error:
            quiet = not self._touched and error.field == "value" and not self.value.text()
            if not quiet:
                show_rejection(error, self.messages, self.messages["general"])
            self.save_button.setEnabled(False)
            return False
        self.save_button.setEnabled(True)
        return True

    # -- saving ---------------------------------------------------------------------------
    def _refused(self, error: svc.EntryInputError) -> None:
        set_tone(self.messages["general"], "loss")
        show_rejection(error, self.messages, self.messages["general"])

    def save(self) -> bool:
        """Check again and save in one transaction; False when refused."""
        if self.entries is None or not self.check():
            return False
        entries, entry = self.entries, self.entry()
        try:
            if self.correcting is not None:
                svc.correct_entry(
                    self.sessions,
                    entries.activity_id,
                    entries.snapshot,
                    self.correcting.id,
                    entry,
                    who=self.who,
                )
            else:
                svc.add_entry(
                    self.sessions, entries.activity_id, entries.snapshot, entry, who=self.who
                )
        except svc.EntryInputError as error:
            self._refused(error)
            return False
        self._done(entries.code)
        return True

    def delete_selected(self) -> bool:
        """Ask first, then delete the selected entry; False when refused or not confirmed."""
        chosen, entries = self.selected(), self.entries
        if chosen is None or entries is None:
            return False
        if not self.confirm_delete(self, chosen):
            return False
        try:
            svc.delete_entry(
                self.sessions,
                entries.activity_id,
                entries.snapshot,
                chosen.kind,
                chosen.id,
                who=self.who,
            )
        except svc.EntryInputError as error:
            self._refused(error)
            return False
        self._done(entries.code)
        return True

    def _done(self, code: str) -> None:
        for widget in (self.save_button, self.new_button, self.correct_button, self.delete_button):
            widget.setEnabled(False)  # until the fresh entries (and the version) arrive
        set_tone(self.messages["general"], None)
        self.messages["general"].say(self.tr("Saved. The figures are being calculated again…"))
        self._saved_code = code
        self.saved.emit(code)

"""The card's Tarieven tab: an activity's rate history with validity, and its editor.

The usual change is a new price from a date ("New rate"): the previous open-ended rate then
ends the day before, unless the user unticks that. "Correct…" loads the selected rate into
the form; saving a correction asks for a reason (the Settings page's question), which goes
into the audit log. "Delete…" asks first. Every field is checked as it is typed with the
service's own rules (services.rates: price >= 0, a unit, valid_to not before valid_from, no
overlap with another rate); the message names field and value beside the field, and Save
stays off until the form is right. A save is one transaction against the rates as read, so
another desk's change in between is refused with a message. ``saved`` tells the page to
compute its figures again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from sodesk.domain.enums import RateUnit
from sodesk.services import rates as svc
from sodesk.services.errors import rejected
from sodesk.services.users import SignedIn
from sodesk.ui.labels import label
from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.field_errors import show_rejection
from sodesk.ui.widgets.fields import FieldMessage, ReadsAsValidator, qdate
from sodesk.ui.widgets.history_table import history_table
from sodesk.ui.widgets.questions import ask_to_delete
from sodesk.ui.widgets.settings_editor import ask_reason

_C = "ActivityRates"
_PRICE_CHARS = set("0123456789.,€ -")


def _price_text(rate: svc.Rate) -> str:
    return f"{display.rate(rate.price)} {label(rate.unit)}"


HISTORY = (
    Field(
        QT_TRANSLATE_NOOP("ActivityRates", "Valid from"),
        lambda r: display.date_nl(r.valid_from),
        lambda r: r.valid_from,
        right=True,
    ),
    Field(
        QT_TRANSLATE_NOOP("ActivityRates", "Valid to"),
        lambda r: (
            QCoreApplication.translate("ActivityRates", "open end")
            if r.valid_to is None
            else display.date_nl(r.valid_to)
        ),
        lambda r: r.valid_to or dt.date.max,
        right=True,
    ),
    # price and unit in one column ("€ 0,0290 per stuk"): three columns fit the card
    Field(QT_TRANSLATE_NOOP("ActivityRates", "Price"), _price_text, lambda r: r.price, right=True),
)


class PriceValidator(ReadsAsValidator):
    """Lets through what could become a price ("6,20", "0.0125", "-" to be told off);
    Acceptable only for a price services.rates.parse_price takes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_PRICE_CHARS, svc.parse_price, parent)


def confirm_delete(parent: QWidget, rate: svc.Rate) -> bool:
    """Ask before a rate is deleted (QMessageBox, object name "deleteRateQuestion")."""
    return ask_to_delete(
        parent,
        "deleteRateQuestion",
        QCoreApplication.translate("RateDeleteQuestion", "Delete rate"),
        QCoreApplication.translate(
            "RateDeleteQuestion", "Delete the rate %1? The audit log keeps its values."
        ).replace("%1", rate.describe()),
        QCoreApplication.translate("RateDeleteQuestion", "Delete"),
        QCoreApplication.translate("RateDeleteQuestion", "Cancel"),
    )


class RatesPanel(QWidget):
    """Rate history of one activity and the form to add, correct or delete a rate."""

    #: the activity code whose rates were saved
    saved = Signal(str)

    def __init__(self, sessions: sessionmaker[Session], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions = sessions
        #: the signed-in user the saves are checked for (the activity card sets it)
        self.who: SignedIn | None = None
        self.rates: svc.ActivityRates | None = None
        self.correcting: svc.Rate | None = None  # None: the form adds a new rate
        self._touched = False
        self._saved_code: str | None = None
        #: ask for the reason and confirm a deletion; a test drives the real dialogs
        self.ask_reason: Callable[[QWidget], str | None] = ask_reason
        self.confirm_delete: Callable[[QWidget, svc.Rate], bool] = confirm_delete
        self.model = RecordTableModel(_C, HISTORY, self)
        self._build()
        self.show_rates(None)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = history_table(self.model)
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New rate"))
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
        self.valid_from = QDateEdit(calendarPopup=True)
        self.valid_from.setDisplayFormat("dd-MM-yyyy")
        self.valid_to = QDateEdit(calendarPopup=True)
        self.valid_to.setDisplayFormat("dd-MM-yyyy")
        self.open_end = QCheckBox(self.tr("open end"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("– choose –"), None)
        for unit in RateUnit:
            self.unit.addItem(label(unit), unit)
        self.price = QLineEdit()
        self.price.setValidator(PriceValidator(self.price))
        self.price.setPlaceholderText(self.tr("e.g. 6,20"))
        self.end_previous = QCheckBox(self.tr("End the previous rate the day before"))
        self.end_previous.setChecked(True)
        self.messages = {
            key: FieldMessage() for key in ("valid_from", "valid_to", "unit", "price", "general")
        }
        to_row = QHBoxLayout()
        to_row.addWidget(self.valid_to, 1)
        to_row.addWidget(self.open_end)
        rows = (
            ("valid_from", self.tr("Valid from"), self.valid_from),
            ("valid_to", self.tr("Valid to"), to_row),
            ("unit", self.tr("Unit"), self.unit),
            ("price", self.tr("Price"), self.price),
        )
        for index, (key, caption, field) in enumerate(rows):
            text = QLabel(caption)
            grid.addWidget(text, index * 2, 0)
            if isinstance(field, QWidget):
                text.setBuddy(field)
                grid.addWidget(field, index * 2, 1)
            else:
                grid.addLayout(field, index * 2, 1)
            grid.addWidget(self.messages[key], index * 2 + 1, 0, 1, 2)
        layout.addLayout(grid)
        layout.addWidget(self.end_previous)
        layout.addWidget(self.messages["general"])
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        layout.addWidget(self.save_button)

        self.new_button.clicked.connect(self.new_rate)
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.valid_from.dateChanged.connect(self._edited)
        self.valid_to.dateChanged.connect(self._edited)
        self.open_end.toggled.connect(self._open_end_toggled)
        self.unit.currentIndexChanged.connect(self._edited)
        self.price.textChanged.connect(self._edited)
        self.price.validator().refused.connect(self.messages["price"].say)
        self.end_previous.toggled.connect(self._edited)

    # -- showing ------------------------------------------------------------------------
    def show_rates(self, rates: svc.ActivityRates | None) -> None:
        """Show an activity's history (None: a line without rates, such as non-productive)."""
        self.rates = rates
        self.model.set_rows([] if rates is None else rates.rates)
        editable = (self.new_button, self.valid_from, self.open_end, self.unit, self.price)
        for widget in (*editable, self.end_previous):
            widget.setEnabled(rates is not None)
        self._selection_changed()  # the reset cleared the selection
        self.new_rate()
        if rates is not None and rates.code == self._saved_code:
            self._saved_code = None
            set_tone(self.messages["general"], None)
            self.messages["general"].say(self.tr("Saved; the figures are up to date."))

    def selected(self) -> svc.Rate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_rate(self) -> None:
        """The form for a new price: from the first of next month, the latest rate's unit."""
        self.correcting = None
        today = dt.date.today()
        start = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        latest = self.rates.rates[-1] if self.rates and self.rates.rates else None
        self._fill(start, None, latest.unit if latest else None, "")
        self.end_previous.setVisible(True)
        self.mode.setText(self.tr("New rate"))
        self.save_button.setText(self.tr("Save new rate"))

    def correct_selected(self) -> None:
        """Load the selected rate into the form; saving asks for a reason."""
        rate = self.selected()
        if rate is None:
            return
        self.correcting = rate
        self._fill(rate.valid_from, rate.valid_to, rate.unit, display.number(rate.price, 4))
        self.end_previous.setVisible(False)
        self.mode.setText(
            self.tr("Correct the rate from %1").replace("%1", display.date_nl(rate.valid_from))
        )
        self.save_button.setText(self.tr("Save correction…"))

    def _fill(self, start: dt.date, end: dt.date | None, unit: RateUnit | None, price: str) -> None:
        widgets = (self.valid_from, self.valid_to, self.open_end, self.unit, self.price)
        for widget in widgets:
            widget.blockSignals(True)
        self.valid_from.setDate(qdate(start))
        self.valid_to.setDate(qdate(end or start))
        self.open_end.setChecked(end is None)
        self.valid_to.setEnabled(end is not None)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit)))
        self.price.setText(price)
        for widget in widgets:
            widget.blockSignals(False)
        self._touched = False
        self.check()

    # -- checking as typed ---------------------------------------------------------------
    def _open_end_toggled(self, open_end: bool) -> None:
        self.valid_to.setEnabled(not open_end)
        self._edited()

    def _edited(self) -> None:
        self._touched = True
        self.check()

    def entry(self) -> svc.RateInput:
        """The form as a rate to save.

        Raises:
            RateInputError: for a price that is no price.
        """
        data = self.unit.currentData()  # Qt hands the enum back as its value, "hour"
        return svc.RateInput(
            self.valid_from.date().toPython(),
            None if self.open_end.isChecked() else self.valid_to.date().toPython(),
            None if data is None else RateUnit(data),
            svc.parse_price(self.price.text()),
        )

    def plan(self) -> svc.Plan:
        """What a save would write, checked with the service's rules (no database).

        Raises:
            RateInputError: naming the field and the value.
        """
        if self.rates is None:
            raise rejected(
                "general", self.tr("This line has no rates: non-productive time is not priced.")
            )
        entry = self.entry()
        if self.correcting is not None and self.correcting.id is not None:
            return svc.plan_correct(self.rates.rates, self.correcting.id, entry)
        return svc.plan_add(self.rates.rates, entry, end_previous=self.end_previous.isChecked())

    def check(self) -> bool:
        """Show what is wrong beside its field; True when the form can be saved."""
        for message in self.messages.values():
            message.clear_message()
        try:
            plan = self.plan()
        except svc.RateInputError as error:
            quiet = not self._touched and error.field == "price" and not self.price.text()
            if not quiet:
                show_rejection(error, self.messages, self.messages["general"])
            self.save_button.setEnabled(False)
            return False
        if plan.ends is not None:
            set_tone(self.messages["general"], None)
            self.messages["general"].say(
                self.tr("The rate from %1 will end on %2.")
                .replace("%1", display.date_nl(plan.ends.valid_from))
                .replace("%2", display.date_nl(plan.ends.valid_to))
            )
        else:
            set_tone(self.messages["general"], "loss")
        self.save_button.setEnabled(True)
        return True

    # -- saving ---------------------------------------------------------------------------
    def _refused(self, error: svc.RateInputError) -> None:
        set_tone(self.messages["general"], "loss")
        show_rejection(error, self.messages, self.messages["general"])

    def save(self) -> bool:
        """Check again and save in one transaction; False when refused or cancelled."""
        if self.rates is None or not self.check():
            return False
        rates, entry = self.rates, self.entry()
        try:
            if self.correcting is not None and self.correcting.id is not None:
                reason = self.ask_reason(self)
                if reason is None:
                    return False
                svc.correct_rate(
                    self.sessions,
                    rates.activity_id,
                    rates.snapshot,
                    self.correcting.id,
                    entry,
                    reason,
                    who=self.who,
                )
            else:
                svc.add_rate(
                    self.sessions,
                    rates.activity_id,
                    rates.snapshot,
                    entry,
                    end_previous=self.end_previous.isChecked(),
                    who=self.who,
                )
        except svc.RateInputError as error:
            self._refused(error)
            return False
        self._done(rates.code)
        return True

    def delete_selected(self) -> bool:
        """Ask first, then delete the selected rate; False when refused or not confirmed."""
        rate, rates = self.selected(), self.rates
        if rate is None or rate.id is None or rates is None:
            return False
        if not self.confirm_delete(self, rate):
            return False
        try:
            svc.delete_rate(
                self.sessions, rates.activity_id, rates.snapshot, rate.id, who=self.who
            )
        except svc.RateInputError as error:
            self._refused(error)
            return False
        self._done(rates.code)
        return True

    def _done(self, code: str) -> None:
        for widget in (self.save_button, self.new_button, self.correct_button, self.delete_button):
            widget.setEnabled(False)  # until the fresh rates (and their versions) arrive
        set_tone(self.messages["general"], None)
        self.messages["general"].say(self.tr("Saved. The figures are being calculated again…"))
        self._saved_code = code
        self.saved.emit(code)

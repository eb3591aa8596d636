"""The card's Tarieven tab: an activity's rate history with validity, and its editor.

The usual change is a new price from a date ("New rate"): the previous open-ended rate then
ends the day before, unless the user unticks that. "Correct…" loads the selected rate into
the form; saving a correction asks for a reason (the Settings page's question), which goes
into the audit log. "Delete…" asks first. Every field is checked as it is typed with the
service's own rules (services.rates: price >= 0, a unit, valid_to not before valid_from, no
overlap with another rate); the message names field and value beside the field, and Save
stays off until the form is right. A save is one transaction against the rates as read, so
another desk's change in between is refused with a message. ``saved`` tells the page to
compute its figures again. The form's state and rules are the presenter's
(ui/presenters/rates.py); table, buttons and form are laid out by history_editor.py.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.enums import RateUnit
from sodesk.services import rates as svc
from sodesk.services.database import Sessions
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.labels import label
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.presenters.history import GENERAL, Verdict
from sodesk.ui.presenters.rates import RateForm, RatesEditor
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.fields import ReadsAsValidator, date_field, qdate
from sodesk.ui.widgets.history_editor import FormRow, HistoryPanel, PanelTexts
from sodesk.ui.widgets.settings_editor import ask_reason

_C = "ActivityRates"
_PRICE_CHARS = set("0123456789.,€ -")


def _price_text(rate: svc.Rate) -> str:
    return f"{display.rate(rate.price)} {label(rate.unit)}"


HISTORY = (
    figure_column(
        QT_TRANSLATE_NOOP("ActivityRates", "Valid from"), lambda r: r.valid_from, display.date_nl
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


class RatesPanel(HistoryPanel):
    """Rate history of one activity and the form to add, correct or delete a rate."""

    delete_question_name = "deleteRateQuestion"
    editor: RatesEditor

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        model = RecordTableModel(_C, HISTORY)
        super().__init__(RatesEditor(sessions), model, parent)
        #: ask for the reason of a correction; a test drives the real dialog
        self.ask_reason = ask_reason
        self.show_rates(None)

    @property
    def rates(self) -> svc.ActivityRates | None:
        return self.editor.history

    def show_rates(self, rates: svc.ActivityRates | None) -> None:
        """Show an activity's history (None: a line without rates, such as non-productive)."""
        self.show_history(rates)

    def _texts(self) -> PanelTexts:
        return PanelTexts(
            self.tr("New rate"),
            self.tr("Save new rate"),
            self.tr("Correct the rate from %1"),
            self.tr("Save correction…"),
            self.tr("This line has no rates: non-productive time is not priced."),
            self.tr("Delete rate"),
            self.tr("Delete the rate %1? The audit log keeps its values."),
        )

    def _form(self) -> list[FormRow]:
        self.valid_from = date_field()
        self.valid_to = date_field()
        self.open_end = QCheckBox(self.tr("open end"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("– choose –"), None)
        for unit in RateUnit:
            self.unit.addItem(label(unit), unit)
        self.price = QLineEdit()
        self.price_validator = PriceValidator(self.price)
        self.price.setValidator(self.price_validator)
        self.price.setPlaceholderText(self.tr("e.g. 6,20"))
        self.end_previous = QCheckBox(self.tr("End the previous rate the day before"))
        self.end_previous.setChecked(True)
        to_row = QHBoxLayout()
        to_row.addWidget(self.valid_to, 1)
        to_row.addWidget(self.open_end)
        for signal in (
            self.valid_from.dateChanged,
            self.valid_to.dateChanged,
            self.open_end.toggled,
            self.unit.currentIndexChanged,
            self.price.textChanged,
            self.end_previous.toggled,
        ):
            signal.connect(self._edited)
        return [
            ("valid_from", QLabel(self.tr("Valid from")), self.valid_from),
            ("valid_to", QLabel(self.tr("Valid to")), to_row),
            ("unit", QLabel(self.tr("Unit")), self.unit),
            ("price", QLabel(self.tr("Price")), self.price),
        ]

    def _below_form(self, layout: QBoxLayout) -> None:
        layout.addWidget(self.end_previous)
        self.price_validator.refused.connect(self.messages["price"].say)

    def _inputs(self) -> list[QWidget]:
        return [
            self.valid_from, self.valid_to, self.open_end, self.unit, self.price, self.end_previous
        ]

    def _put(self, form: RateForm) -> None:
        self.valid_from.setDate(qdate(form.valid_from))
        self.valid_to.setDate(qdate(form.valid_to))
        self.open_end.setChecked(form.open_end)
        self.valid_to.setEnabled(not form.open_end)
        self.unit.setCurrentIndex(max(0, self.unit.findData(form.unit)))
        self.price.setText(form.price)
        self.end_previous.setChecked(form.end_previous)
        self.end_previous.setVisible(self.editor.correcting is None)

    def _read(self) -> dict[str, Any]:
        self.valid_to.setEnabled(not self.open_end.isChecked())
        data = self.unit.currentData()  # Qt hands the enum back as its value, "hour"
        return {
            "valid_from": self.valid_from.date().toPython(),
            "valid_to": self.valid_to.date().toPython(),
            "open_end": self.open_end.isChecked(),
            "unit": None if data is None else RateUnit(data),
            "price": self.price.text(),
            "end_previous": self.end_previous.isChecked(),
        }

    def _describe(self, verdict: Verdict) -> None:
        general = self.messages[GENERAL]
        ends = verdict.plan.ends if verdict.ok else None
        set_tone(general, None if ends is not None else "loss")
        if ends is not None:
            general.say(
                self.tr("The rate from %1 will end on %2.")
                .replace("%1", display.date_nl(ends.valid_from))
                .replace("%2", display.date_nl(ends.valid_to))
            )

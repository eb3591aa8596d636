"""The card's Wat als tab: try a rate, more or fewer productive hours, another
wage-value mix, and see result and coverage move before anything is saved.

Every figure after the change comes from sodesk.domain.whatif.what_if (which recomputes
through the profitability functions), never from arithmetic here. Inputs are checked as
typed (Dutch decimal comma accepted); an input that will not do is named beside its field
and the "after" column keeps the last good answer blank. Nothing is written.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sodesk.domain import display
from sodesk.domain.money import ONE
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.whatif import WhatIf, what_if
from sodesk.services import rates as rates_svc
from sodesk.services.errors import InputRejected, rejected
from sodesk.ui.labels import label
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.activity_figures import break_even_sentence, rate_text
from sodesk.ui.widgets.activity_rates import PriceValidator
from sodesk.ui.widgets.field_errors import show_rejection
from sodesk.ui.widgets.fields import FieldMessage, ReadsAsValidator

_PERCENT = re.compile(r"^[+-]?\d+([.,]\d+)?$")
_PERCENT_CHARS = set("0123456789.,+-% ")
HUNDRED = Decimal(100)


def parse_percent_change(text: str, low: Decimal, high: Decimal) -> Decimal:
    """A change typed as a percentage ("+10", "-7,5", "12 %") as a factor (1,10; 0,925).

    Empty means no change (factor 1).

    Raises:
        ValueError: for text that is no percentage or lies outside [low, high].
    """
    value = text.strip().removesuffix("%").strip()
    if not value:
        return ONE
    if not _PERCENT.match(value):
        raise ValueError(
            QCoreApplication.translate(
                "ActivityWhatIf", "'%1' is no percentage: type e.g. -10 or 7,5."
            ).replace("%1", text)
        )
    change = Decimal(value.replace(",", "."))
    if not low <= change <= high:
        raise ValueError(
            QCoreApplication.translate("ActivityWhatIf", "'%1' lies outside %2 to %3 %.")
            .replace("%1", text)
            .replace("%2", display.number(low, 0))
            .replace("%3", "+" + display.number(high, 0))
        )
    return ONE + change / HUNDRED


class PercentValidator(ReadsAsValidator):
    """Lets through what could become a percentage; Acceptable when it is one in range."""

    def __init__(self, low: Decimal, high: Decimal, parent: QObject | None = None) -> None:
        super().__init__(_PERCENT_CHARS, lambda text: parse_percent_change(text, low, high), parent)


class WhatIfPanel(QWidget):
    """Inputs for a tried rate and two percentages; the figures before and after."""

    HOURS_RANGE = (Decimal(-100), Decimal(500))
    LKS_RANGE = (Decimal(-100), Decimal(100))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: ActivityFigures | None = None
        self.on: dt.date | None = None
        self.after: ActivityFigures | None = None
        self._unchanged = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        intro = QLabel(self.tr("Try a change; nothing is saved."), wordWrap=True)
        layout.addWidget(intro)

        self._build_inputs(layout)
        for key in ("rate", "hours", "lks"):
            getattr(self, key).validator().refused.connect(self.messages[key].say)
        self.reset_button = QPushButton(self.tr("Back to the figures of now"))
        layout.addWidget(self.reset_button)

        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        for column, text in enumerate((self.tr("Now"), self.tr("What if")), start=1):
            header = QLabel(text)
            header.setAlignment(Qt.AlignmentFlag.AlignRight)
            header.setStyleSheet("font-weight: bold;")
            grid.addWidget(header, 0, column)
        self.rows = {
            "result": self.tr("Result"),
            "coverage": self.tr("Coverage"),
            "cost_price": self.tr("Cost price per hour"),
            "break_even": self.tr("Break-even rate"),
        }
        self._build_rows(grid)
        layout.addLayout(grid)
        self.sentence = QLabel(wordWrap=True)
        self.sentence.setObjectName("whatIfSentence")
        layout.addWidget(self.sentence)
        layout.addWidget(self.messages["general"])
        layout.addStretch(1)

        for line in (self.rate, self.hours, self.lks):
            line.textChanged.connect(self.recompute)
        self.reset_button.clicked.connect(self.reset)
        self.show_row(None, None)

    def _build_inputs(self, layout: QVBoxLayout) -> None:
        inputs = QVBoxLayout()
        inputs.setSpacing(2)
        self.rate = QLineEdit()
        self.rate.setValidator(PriceValidator(self.rate))
        self.hours = QLineEdit()
        self.hours.setValidator(PercentValidator(*self.HOURS_RANGE, self.hours))
        self.hours.setPlaceholderText(self.tr("e.g. -10 or +5 (%)"))
        self.lks = QLineEdit()
        self.lks.setValidator(PercentValidator(*self.LKS_RANGE, self.lks))
        self.lks.setPlaceholderText(self.tr("e.g. +8 (%)"))
        self.rate_caption = QLabel(self.tr("Rate"))
        self.messages = {key: FieldMessage() for key in ("rate", "hours", "lks", "general")}
        rows = (
            ("rate", self.rate_caption, self.rate),
            ("hours", QLabel(self.tr("Productive hours ± %")), self.hours),
            ("lks", QLabel(self.tr("Wage subsidy (wage-value mix) ± %")), self.lks),
        )
        for key, caption, field in rows:  # captions above the fields: long Dutch words fit
            caption.setWordWrap(True)
            caption.setBuddy(field)
            inputs.addWidget(caption)
            inputs.addWidget(field)
            inputs.addWidget(self.messages[key])
            inputs.addSpacing(4)
        layout.addLayout(inputs)

    def _build_rows(self, grid: QGridLayout) -> None:
        self.before_labels: dict[str, QLabel] = {}
        self.after_labels: dict[str, QLabel] = {}
        for row, (key, text) in enumerate(self.rows.items(), start=1):
            caption = QLabel(text, wordWrap=True)
            grid.addWidget(caption, row, 0)
            for column, store in ((1, self.before_labels), (2, self.after_labels)):
                value = QLabel()
                value.setAlignment(Qt.AlignmentFlag.AlignRight)
                value.setMinimumWidth(92)
                grid.addWidget(value, row, column)
                store[key] = value

    # -- showing ------------------------------------------------------------------------
    def show_row(self, figures: ActivityFigures | None, on: dt.date | None) -> None:
        """The line to try changes on; ``on`` dates a tried rate (the period's end)."""
        self.figures, self.on = figures, on
        unit = None if figures is None else figures.current_rate_unit
        self.rate.setEnabled(unit is not None)
        self.hours.setEnabled(figures is not None)
        self.lks.setEnabled(figures is not None)
        self.rate_caption.setText(
            self.tr("Rate") if unit is None else self.tr("Rate %1").replace("%1", label(unit))
        )
        self.rate.setPlaceholderText(
            self.tr("no rate unit")
            if unit is None
            else self.tr("now %1").replace(
                "%1", rate_text(figures.current_rate if figures else None, unit)
            )
        )
        self.reset()

    def reset(self) -> None:
        for line in (self.rate, self.hours, self.lks):
            line.blockSignals(True)
            line.clear()
            line.blockSignals(False)
        self.recompute()

    def _texts(self, figures: ActivityFigures | None) -> dict[str, str]:
        if figures is None:
            return dict.fromkeys(self.rows, "")
        unit = figures.current_rate_unit
        return {
            "result": display.euro(figures.result),
            "coverage": display.percent(figures.coverage),
            "cost_price": display.euro(figures.cost_price_per_hour),
            "break_even": rate_text(figures.break_even_rate, unit),
        }

    def change(self) -> WhatIf:
        """The change as typed.

        Raises:
            InputRejected: for a rate that is no price (field "price") or a percentage that
                will not do (field "hours" or "lks").
        """
        rate = None if not self.rate.text().strip() else rates_svc.parse_price(self.rate.text())
        try:
            hours = parse_percent_change(self.hours.text(), *self.HOURS_RANGE)
        except ValueError as error:
            raise rejected("hours", str(error)) from None
        try:
            lks = parse_percent_change(self.lks.text(), *self.LKS_RANGE)
        except ValueError as error:
            raise rejected("lks", str(error)) from None
        return WhatIf(rate=rate, hours_factor=hours, lks_factor=lks)

    def recompute(self) -> None:
        """Ask the domain's what_if for the figures after the typed change."""
        for message in self.messages.values():
            message.clear_message()
        for key, text in self._texts(self.figures).items():
            self.before_labels[key].setText(text)
        self.after = None
        self._unchanged = True
        if self.figures is not None and self.on is not None:
            try:
                change = self.change()
                self._unchanged = change == WhatIf()
                self.after = what_if(self.figures, change, self.on)
            except InputRejected as error:
                fields = {**self.messages, "price": self.messages["rate"]}
                show_rejection(error, fields, self.messages["general"], focus=False)
            except ValueError as error:
                self.messages["general"].say(str(error))
        for key, text in self._texts(self.after).items():
            self.after_labels[key].setText(text)
        self._colour()
        self.sentence.setText(self._sentence())

    def _colour(self) -> None:
        for store, figures in ((self.before_labels, self.figures), (self.after_labels, self.after)):
            negative = figures is not None and figures.result < 0
            set_tone(store["result"], "loss" if negative else None)

    def _sentence(self) -> str:
        if self.figures is None or self.after is None or self._unchanged:
            return ""
        moved = (
            self.tr("The result goes from %1 to %2 (%3), the coverage from %4 to %5.")
            .replace("%1", display.euro(self.figures.result))
            .replace("%2", display.euro(self.after.result))
            .replace("%3", display.euro(self.after.result - self.figures.result))
            .replace("%4", display.percent(self.figures.coverage))
            .replace("%5", display.percent(self.after.coverage))
        )
        sentence = f"{moved} {break_even_sentence(self.after)}".strip()
        # an amount never breaks after its sign, a percentage never before it
        return sentence.replace("€ ", "€\u00a0").replace(" %", "\u00a0%")

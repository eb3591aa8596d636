"""Tab "Verdeelsleutel" of the Analyses page: what the new distribution key does to a
municipality's budget, 2026 to 2030 (R12).

From 2027 the state splits its sheltered-work contribution by realised places and residents
with a positive advice, phased in (one third new in 2027, fully new from 2029); the weights
are not published, so the user enters them with the national amount and the municipality's
shares. Every keystroke recomputes through sodesk.services.scenario.key_budgets (the
domain's distribution_key_share); a value that will not do gets a message beside its field
naming field and value, and the table then shows nothing rather than stale figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.scenarios import KeyWeights
from sodesk.services.municipalities import parse_amount
from sodesk.services.parameters import parse_decimal, parse_percentage
from sodesk.services.scenario import KeyInputs, RealisedShare, key_budgets
from sodesk.ui.finding_texts import key_2028_assumption
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.records import Field, RecordTableModel, figure_column, money_column
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.analysis_table import sorted_table
from sodesk.ui.widgets.fields import FieldMessage, ReadsAsValidator

_C = "AnalysisKey"
_ALLOWED = set("0123456789.,%€ -")


def _percent(fraction: Decimal) -> str:
    return display.percent(fraction, 3)


KEY_FIELDS = (
    Field(QT_TRANSLATE_NOOP("AnalysisKey", "Year"), lambda r: str(r.year), lambda r: r.year),
    figure_column(
        QT_TRANSLATE_NOOP("AnalysisKey", "Share with phase-in"),
        lambda r: r.share_phase_in,
        _percent,
    ),
    money_column(QT_TRANSLATE_NOOP("AnalysisKey", "Budget old key"), lambda r: r.budget_old),
    money_column(QT_TRANSLATE_NOOP("AnalysisKey", "Budget new key"), lambda r: r.budget_new),
    money_column(
        QT_TRANSLATE_NOOP("AnalysisKey", "Budget with phase-in"), lambda r: r.budget_phase_in
    ),
    money_column(
        QT_TRANSLATE_NOOP("AnalysisKey", "Phase-in against old key"), lambda r: r.difference, True
    ),
)


@dataclass(frozen=True)
class KeyField:
    """One input: its label (English source), how to read it, and its start text."""

    label: str
    kind: str  # "amount", "percent" or "weight"
    start: str


FIELDS = {
    "national_amount": KeyField(
        QT_TRANSLATE_NOOP("AnalysisKey", "National amount for sheltered work (€)"), "amount", ""
    ),
    "old_share": KeyField(
        QT_TRANSLATE_NOOP("AnalysisKey", "Share of the municipality, old key (%)"), "percent", ""
    ),
    "realised_places_share": KeyField(
        QT_TRANSLATE_NOOP("AnalysisKey", "Share of realised places (%)"), "percent", ""
    ),
    "advice_share": KeyField(
        QT_TRANSLATE_NOOP("AnalysisKey", "Share of residents with a positive advice (%)"),
        "percent",
        "",
    ),
    "weight_places": KeyField(
        QT_TRANSLATE_NOOP("AnalysisKey", "Weight of realised places"), "weight", "1"
    ),
    "weight_advice": KeyField(
        QT_TRANSLATE_NOOP("AnalysisKey", "Weight of residents with a positive advice"),
        "weight",
        "1",
    ),
}


def read_value(kind: str, text: str, name: str) -> Decimal:
    """The value typed in a field of ``kind``; ``name`` is the field's shown name.

    Raises:
        ValueError: with a message naming the field and the value.
    """
    if not text.strip():
        raise ValueError(name)
    if kind == "amount":
        amount = parse_amount(text, name)
        assert amount is not None  # not empty
        return amount
    if kind == "percent":
        return parse_percentage(text, name)
    weight = parse_decimal(text, name, 4)
    if weight < 0:
        raise ValueError(
            QCoreApplication.translate("AnalysisKey", "%1 must not be negative ('%2').")
            .replace("%1", name)
            .replace("%2", text)
        )
    return weight


def realised_percent(realised: RealisedShare) -> Decimal:
    """The share as the percentage typed in the field (0,820 for 0,00820)."""
    return realised.share * 100


class KeyValidator(ReadsAsValidator):
    """Refuses characters no number has; a value that does not read yet is Intermediate."""

    def __init__(self, kind: str, name: str, parent: QObject | None = None) -> None:
        super().__init__(_ALLOWED, lambda text: read_value(kind, text, name), parent)


class DistributionKeyTab(QWidget):
    """The inputs of the new key, a message beside each, and the budget per year."""

    #: the table was recomputed (True) or cleared because of bad input (False)
    recomputed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RecordTableModel(_C, KEY_FIELDS, self)
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, FieldMessage] = {}
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        for row, (key, spec) in enumerate(FIELDS.items()):
            name = QCoreApplication.translate(_C, spec.label)
            edit = QLineEdit(spec.start)
            edit.setObjectName(key)
            edit.setValidator(KeyValidator(spec.kind, name, edit))
            edit.setMaximumWidth(180)
            edit.setAccessibleName(name)
            message = FieldMessage()
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(message, row, 2)
            self.edits[key], self.messages[key] = edit, message
            edit.textChanged.connect(self.recompute)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        from_data = QHBoxLayout()
        self.realised_hint = QLabel(wordWrap=True)
        set_tone(self.realised_hint, "muted")
        self.use_realised = QPushButton(self.tr("Use this share"))
        self.use_realised.setToolTip(self.tr("Fill in the share of realised places from your data"))
        from_data.addWidget(self.realised_hint, 1)
        from_data.addWidget(self.use_realised)
        layout.addLayout(from_data)
        self.realised: RealisedShare | None = None
        self.use_realised.clicked.connect(self._use_realised)
        self.status = QLabel(wordWrap=True)
        layout.addWidget(self.status)
        self.table, self.proxy = sorted_table(self.model, self)
        layout.addWidget(self.table, 1)
        note = QLabel(key_2028_assumption(), wordWrap=True)
        set_tone(note, "muted")
        layout.addWidget(note)
        self.set_municipality(None)
        self.show_realised(None, chosen=False)
        self.recompute()

    def set_municipality(self, name: str | None) -> None:
        who = name or self.tr("the municipality")
        self.intro.setText(
            self.tr(
                "What the new distribution key does to the budget of %1: one third new in 2027, "
                "fully new from 2029. The weights are not published: enter your own. Shares are "
                "percentages of the national amount."
            ).replace("%1", who)
        )

    def show_realised(self, realised: RealisedShare | None, chosen: bool) -> None:
        """The chosen municipality's realised places from the data, to use as its share."""
        self.realised = realised
        self.use_realised.setVisible(realised is not None)
        if realised is None:
            self.realised_hint.setText(
                self.tr("Choose a municipality at the top to see its share of realised places.")
                if not chosen
                else self.tr("No national realisation is known for this period.")
            )
            return
        self.realised_hint.setText(
            self.tr(
                "From your data: %1 sheltered workers of %2 employed on %3, against %4 people "
                "working with a positive advice nationally on %5: %6 of the realised places."
            )
            .replace("%1", str(realised.persons))
            .replace("%2", realised.code)
            .replace("%3", display.date_nl(realised.day))
            .replace("%4", display.number(Decimal(realised.national_persons), 0))
            .replace("%5", display.date_nl(realised.national_day))
            .replace("%6", display.percent(realised.share, 3).replace(" ", "\u00a0"))
        )

    def _use_realised(self) -> None:
        if self.realised is not None:
            self.set_value(
                "realised_places_share", display.number(realised_percent(self.realised), 3)
            )

    def set_value(self, key: str, text: str) -> None:
        self.edits[key].setText(text)

    def inputs(self) -> KeyInputs | None:
        """The typed inputs, with every bad one's message shown beside its field; None if any."""
        values: dict[str, Decimal] = {}
        for key, spec in FIELDS.items():
            name = QCoreApplication.translate(_C, spec.label)
            if not self.edits[key].text().strip():
                self.messages[key].clear_message()  # missing, not wrong: the status line says so
                continue
            try:
                values[key] = read_value(spec.kind, self.edits[key].text(), name)
            except ValueError as error:
                self.messages[key].say(str(error))
            else:
                self.messages[key].clear_message()
        both = ("weight_places", "weight_advice")
        if all(k in values for k in both) and not any(values[k] for k in both):
            self.messages["weight_advice"].say(
                self.tr("The two weights must not both be zero (%1 and %2).")
                .replace("%1", self.edits["weight_places"].text())
                .replace("%2", self.edits["weight_advice"].text())
            )
            return None
        if len(values) < len(FIELDS):
            return None
        return KeyInputs(
            values["national_amount"],
            values["old_share"],
            values["realised_places_share"],
            values["advice_share"],
            KeyWeights(values["weight_places"], values["weight_advice"]),
        )

    def recompute(self) -> None:
        inputs = self.inputs()
        if inputs is None:
            self.model.set_rows([])
            self.status.setText(self.tr("Fill in every field correctly to see the budgets."))
            self.recomputed.emit(False)
            return
        years = key_budgets(inputs)
        self.model.set_rows(years)
        self.status.setText(
            self.tr(
                "Share under the new key: %1 (old key: %2). Budget of the municipality per year; "
                "the last column is red where the phase-in gives less than the old key."
            )
            .replace("%1", display.percent(years[0].share_new, 3))
            .replace("%2", display.percent(years[0].share_old, 3))
        )
        self.recomputed.emit(True)

"""The card's Kerncijfers tab: the selected line's figures and its break-even sentence (R5-R8).

Also home of the two texts the what-if panel repeats: a rate in its unit's precision and
the break-even sentence of SCREENS.md ("Bij € 7,85 per uur is deze activiteit
kostendekkend; nu € 6,20").
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from sodesk.domain import display
from sodesk.domain.enums import RateUnit
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.rate_advice import break_even
from sodesk.ui.finding_texts import break_even_text
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.style import set_tone


def break_even_sentence(row: ActivityFigures) -> str:
    """The break-even sentence of one line in the window's language."""
    return break_even_text(break_even(row))


def rate_text(value: Decimal | None, unit: RateUnit | None = None) -> str:
    """:func:`sodesk.domain.display.rate` (the unit is said beside it, not in the digits)."""
    return display.rate(value)


# the report field behind each caption: what a double-click explains (Herkomst)
FIGURE_OF = {
    "Revenue": "revenue",
    "Purchase value": "purchase_value",
    "Net added value (NTW)": "ntw",
    "Wage costs": "wage_cost",
    "Guidance costs": "guidance_cost",
    "Overhead": "overhead",
    "Wage subsidy (LKS)": "lks",
    "Guidance allowance": "guidance_subsidy",
    "Wsw subsidy": "wsw_subsidy",
    "Result": "result",
    "Wage-value norm": "wage_value_norm",
    "Gap NTW and wage-value norm": "earning_gap",
}


class FiguresTab(QWidget):
    """Revenue to result of the line, and the break-even sentence under it."""

    #: the captions in order; each shows the euro amount of its field in FIGURE_OF
    FIELDS = (
        QT_TRANSLATE_NOOP("ActivityCard", "Revenue"),
        QT_TRANSLATE_NOOP("ActivityCard", "Purchase value"),
        QT_TRANSLATE_NOOP("ActivityCard", "Net added value (NTW)"),
        QT_TRANSLATE_NOOP("ActivityCard", "Wage costs"),
        QT_TRANSLATE_NOOP("ActivityCard", "Guidance costs"),
        QT_TRANSLATE_NOOP("ActivityCard", "Overhead"),
        QT_TRANSLATE_NOOP("ActivityCard", "Wage subsidy (LKS)"),
        QT_TRANSLATE_NOOP("ActivityCard", "Guidance allowance"),
        QT_TRANSLATE_NOOP("ActivityCard", "Wsw subsidy"),
        QT_TRANSLATE_NOOP("ActivityCard", "Result"),
        QT_TRANSLATE_NOOP("ActivityCard", "Wage-value norm"),
        QT_TRANSLATE_NOOP("ActivityCard", "Gap NTW and wage-value norm"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        grid = QGridLayout()  # captions wrap, amounts never do: both fit the card's width
        grid.setColumnStretch(0, 1)
        grid.setHorizontalSpacing(8)
        self.values: dict[str, QLabel] = {}
        for row, caption in enumerate(self.FIELDS):
            text = QLabel(QCoreApplication.translate("ActivityCard", caption), wordWrap=True)
            value = QLabel()
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.values[caption] = value
            grid.addWidget(text, row, 0)
            grid.addWidget(value, row, 1)
        layout.addLayout(grid)
        self.sentence = QLabel(wordWrap=True)
        self.sentence.setObjectName("breakEvenSentence")
        layout.addWidget(self.sentence)
        layout.addStretch(1)

    def show_row(self, row: ActivityFigures | None) -> None:
        for caption in self.FIELDS:
            amount = None if row is None else getattr(row, FIGURE_OF[caption])
            self.values[caption].setText("" if row is None else display.euro(amount))
            negative = row is not None and caption == "Result" and row.result < 0
            set_tone(self.values[caption], "loss" if negative else None)
        self.sentence.setText("" if row is None else break_even_sentence(row))

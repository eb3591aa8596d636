"""The Activities page's card of the selected line, in five tabs that fit 1366x768 in Dutch:

* Kerncijfers: revenue to result and the break-even sentence (activity_figures);
* Tarieven: the rate history with validity and its editor (activity_rates);
* Per maand: result per month as a small chart and a table (activity_months);
* Wat als: try a rate, hours or wage-value mix before anything is saved (activity_whatif);
* Omzet: invoiced revenue, purchase value and production, and their editor
  (activity_entries).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QTabWidget, QVBoxLayout, QWidget

from sodesk.domain.period import Period
from sodesk.domain.profitability import ActivityFigures
from sodesk.services.activity_entries import ActivityEntries
from sodesk.services.rates import ActivityRates
from sodesk.ui.labels import label
from sodesk.ui.models.activity_table import is_non_productive, line_name
from sodesk.ui.pages.base import Context
from sodesk.ui.widgets.activity_entries import EntriesPanel
from sodesk.ui.widgets.activity_figures import FIGURE_OF, FiguresTab
from sodesk.ui.widgets.activity_months import MonthsPanel
from sodesk.ui.widgets.activity_rates import RatesPanel
from sodesk.ui.widgets.activity_whatif import WhatIfPanel
from sodesk.ui.widgets.origin_dialog import DoubleClicks, may_explain, open_origin

#: wide enough for the rate table and the what-if columns, narrow enough for the table
CARD_WIDTH = 330


class ActivityCard(QFrame):
    """The selected activity's heading above its five tabs."""

    #: the code of the activity whose rates or entries were saved (the page computes again)
    rates_saved = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(CARD_WIDTH)
        self.client = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.heading = QLabel(wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # five Dutch tab captions side by side in the card's width, without scroll arrows
        self.tabs.setStyleSheet("QTabBar::tab { padding: 4px 3px; }")
        self.figures = FiguresTab()
        self.rates = RatesPanel(context.workspace.sessions)
        self.entries = EntriesPanel(context.workspace.sessions)
        self.rates.who = self.entries.who = getattr(context, "user", None)
        self.months = MonthsPanel(context)
        self.whatif = WhatIfPanel()
        self.tabs.addTab(self.figures, self.tr("Key figures"))
        self.tabs.addTab(self.rates, self.tr("Rates"))
        self.tabs.addTab(self.months, self.tr("Per month"))
        self.tabs.addTab(self.whatif, self.tr("What if"))
        # last, so the tabs before it keep their places; a short caption: five must fit
        index = self.tabs.addTab(self.entries, self.tr("Revenue"))
        self.tabs.setTabToolTip(
            index, self.tr("Invoiced revenue, purchase value and production of the activity")
        )
        layout.addWidget(self.tabs, 1)
        self._context = context
        self.code: str | None = None
        if may_explain(getattr(context, "user", None)):  # Herkomst: money roles only
            self._origin = DoubleClicks(self.explain, self)
            for caption, value in self.figures.values.items():
                figure = FIGURE_OF[caption]
                self._origin.watch(value, figure, self.tr("Double-click: where this comes from"))
        self.rates.saved.connect(self._rates_saved)
        self.entries.saved.connect(self._rates_saved)  # the same: compute the period again
        self.show_row(None)

    @property
    def sentence(self) -> QLabel:
        """The break-even sentence of the Key figures tab."""
        return self.figures.sentence

    @property
    def values(self) -> dict[str, QLabel]:
        return self.figures.values

    def show_row(
        self,
        row: ActivityFigures | None,
        client: str = "",
        rates: ActivityRates | None = None,
        period: Period | None = None,
        entries: ActivityEntries | None = None,
    ) -> None:
        """Show a line: its figures, its rates and entries (None: none to edit), its months,
        what-if."""
        self.client = client
        self.code = None if row is None else row.code
        self.figures.show_row(row)
        self.rates.show_rates(rates if row is not None else None)
        self.entries.show_entries(entries if row is not None else None, period)
        self.whatif.show_row(row, None if period is None else period.end)
        if period is not None:
            self.months.show_activity(None if row is None else row.code, period)
        if row is None:
            self.heading.setText(self.tr("Select an activity to see its figures."))
            return
        extra = [self.client] if self.client else []
        if row.work_type is not None and not is_non_productive(row):
            extra.append(label(row.work_type))
        self.heading.setText("\n".join([line_name(row), *extra]))

    def explain(self, figure: str) -> None:
        """Open Herkomst of ``figure`` of the line shown (nothing without a line)."""
        if self.code is not None:
            open_origin(self, self._context, "activity", self.code, figure)

    def _rates_saved(self, code: str) -> None:
        self.months.invalidate()
        self.rates_saved.emit(code)

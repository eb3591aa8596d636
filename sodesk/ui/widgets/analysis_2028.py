"""Tab "2028" of the Analyses page: the fixed 68 % subsidy against the subsidy now (R12, R3).

A controller must answer "what happens to us in 2028" in a minute, so the tab leads with
one sentence for the company (and one for the chosen municipality), then states the
surcharge assumption in use beside the switch that changes it, then the table per
municipality and every worker who would receive less (listed, not hidden). The figures
come from sodesk.services.scenario under both assumptions; the switch only chooses.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from sodesk.domain import display
from sodesk.services.scenario import MunicipalityScenario, Scenario2028View, ScenarioWorker
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.records import Field, RecordTableModel, figure_column, money_column
from sodesk.ui.pages.parts import two_panes
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.analysis_table import sorted_table

_C = "Analysis2028"


MUNICIPALITY_FIELDS = (
    Field(QT_TRANSLATE_NOOP("Analysis2028", "Code"), lambda r: r.code),
    Field(QT_TRANSLATE_NOOP("Analysis2028", "Municipality"), lambda r: r.name),
    figure_column(QT_TRANSLATE_NOOP("Analysis2028", "Sheltered workers"), lambda r: r.workers, str),
    figure_column(QT_TRANSLATE_NOOP("Analysis2028", "Receive less"), lambda r: r.losing, str),
    money_column(QT_TRANSLATE_NOOP("Analysis2028", "LKS now"), lambda r: r.scenario.lks_now),
    money_column(
        QT_TRANSLATE_NOOP("Analysis2028", "LKS at 68 %"), lambda r: r.scenario.lks_fixed_68
    ),
    money_column(
        QT_TRANSLATE_NOOP("Analysis2028", "Difference"), lambda r: r.scenario.difference, True
    ),
)

WORKER_FIELDS = (
    Field(QT_TRANSLATE_NOOP("Analysis2028", "Personnel number"), lambda r: r.personnel_number),
    Field(QT_TRANSLATE_NOOP("Analysis2028", "Name"), lambda r: r.name),
    Field(QT_TRANSLATE_NOOP("Analysis2028", "Municipality"), lambda r: r.municipality_code),
    figure_column(
        QT_TRANSLATE_NOOP("Analysis2028", "Wage value"), lambda r: r.wage_value, display.percent
    ),
    money_column(QT_TRANSLATE_NOOP("Analysis2028", "LKS now"), lambda r: r.scenario.lks_now),
    money_column(
        QT_TRANSLATE_NOOP("Analysis2028", "LKS at 68 %"), lambda r: r.scenario.lks_fixed_68
    ),
    money_column(QT_TRANSLATE_NOOP("Analysis2028", "Difference"), lambda r: r.difference, True),
)


def fill(text: str, *values: str) -> str:
    """``text`` with %1, %2, ... replaced, highest first (so %1 never eats the 1 of %10)."""
    for number in range(len(values), 0, -1):
        text = text.replace(f"%{number}", values[number - 1])
    return text


class Scenario2028Tab(QWidget):
    """The lead sentence, the assumption switch and the two tables."""

    #: the user flipped the surcharge assumption (True: on top)
    surcharge_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: Scenario2028View | None = None
        self.code: str | None = None
        self.municipalities = RecordTableModel(_C, MUNICIPALITY_FIELDS, self)
        self.losing = RecordTableModel(_C, WORKER_FIELDS, self)
        layout = QVBoxLayout(self)
        self.lead = QLabel()
        self.lead.setObjectName("lead2028")
        self.lead.setWordWrap(True)
        self.lead.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.lead)
        self.local = QLabel(wordWrap=True)
        layout.addWidget(self.local)
        self.surcharge = QCheckBox(
            self.tr("Employer-cost surcharge on top of the 68 % (not yet published)")
        )
        layout.addWidget(self.surcharge)
        self.assumption = QLabel(wordWrap=True)
        set_tone(self.assumption, "muted")
        layout.addWidget(self.assumption)
        self.municipality_table, self.municipality_proxy = sorted_table(self.municipalities, self)
        self.losing_heading = QLabel()
        self.losing_heading.setStyleSheet("font-weight: bold;")
        self.losing_table, self.losing_proxy = sorted_table(self.losing, self)
        self.losing_table.sortByColumn(6, Qt.SortOrder.AscendingOrder)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.losing_heading)
        lower_layout.addWidget(self.losing_table, 1)
        panes = two_panes(self.municipality_table, lower, (130, 300), vertical=True)
        layout.addWidget(panes, 1)
        self.surcharge.toggled.connect(self.surcharge_changed.emit)

    def show_scenario(self, view: Scenario2028View, code: str | None) -> None:
        """Show ``view`` (computed under its own assumption) for the chosen municipality."""
        self.view, self.code = view, code
        self.surcharge.blockSignals(True)
        self.surcharge.setChecked(view.surcharge_on_top)
        self.surcharge.blockSignals(False)
        self.lead.setText(self.company_sentence(view))
        chosen = None if code is None else view.municipality(code)
        self.local.setText("" if chosen is None else self.municipality_sentence(chosen))
        self.local.setVisible(chosen is not None)
        self.assumption.setText(self.assumption_sentence(view))
        self.municipalities.set_rows(view.municipalities)
        self._select_municipality(code)
        losing = [w for w in view.losing if code is None or w.municipality_code == code]
        self.losing.set_rows(losing)
        self.losing_heading.setText(self.losing_sentence(losing, code))

    def _select_municipality(self, code: str | None) -> None:
        self.municipality_table.clearSelection()
        for row in range(self.municipality_proxy.rowCount()):
            if self.municipality_proxy.index(row, 0).data() == code:
                self.municipality_table.selectRow(row)

    def company_sentence(self, view: Scenario2028View) -> str:
        """One sentence: how much more or less LKS the company receives, and its two totals."""
        if not view.workers:
            return (
                self.tr(
                    "No sheltered workers were employed from %1 to %2: nothing to compare. Choose "
                    "another period at the top."
                )
                .replace("%1", display.date_nl(view.period.start))
                .replace("%2", display.date_nl(view.period.end))
            )
        difference = view.total.difference
        if difference < 0:
            text = self.tr(
                "In 2028 the company receives %1 less wage subsidy (LKS) than now: %2 at a fixed "
                "%3 against %4 now, over the hours and minimum wage of %5 to %6."
            )
        elif difference > 0:
            text = self.tr(
                "In 2028 the company receives %1 more wage subsidy (LKS) than now: %2 at a fixed "
                "%3 against %4 now, over the hours and minimum wage of %5 to %6."
            )
        else:
            text = self.tr(
                "In 2028 the company receives as much wage subsidy (LKS) as now%1: %2 at a fixed "
                "%3 against %4 now, over the hours and minimum wage of %5 to %6."
            )
        values = (
            display.euro(abs(difference)) if difference else "",
            display.euro(view.total.lks_fixed_68),
            display.percent(view.fraction, 0),
            display.euro(view.total.lks_now),
            display.date_nl(view.period.start),
            display.date_nl(view.period.end),
        )
        return fill(text, *values)

    def municipality_sentence(self, m: MunicipalityScenario) -> str:
        return (
            self.tr(
                "%1: %2 now, %3 at the fixed percentage, difference %4; %5 of %6 sheltered "
                "workers would receive less."
            )
            .replace("%1", m.name)
            .replace("%2", display.euro(m.scenario.lks_now))
            .replace("%3", display.euro(m.scenario.lks_fixed_68))
            .replace("%4", display.euro(m.scenario.difference))
            .replace("%5", str(m.losing))
            .replace("%6", str(m.workers))
        )

    def assumption_sentence(self, view: Scenario2028View) -> str:
        if view.surcharge_on_top:
            text = self.tr(
                "Assumption in use: the employer-cost surcharge is added on top of the fixed %1 "
                "of the minimum wage (with holiday allowance)."
            )
        else:
            text = self.tr(
                "Assumption in use: the fixed %1 of the minimum wage (with holiday allowance) "
                "without the employer-cost surcharge on top."
            )
        text = text.replace("%1", display.percent(view.fraction, 0))
        if view.surcharge_on_top != view.stored_surcharge_on_top:
            text += " " + self.tr(
                "The parameters (Settings) assume the other way; reports use the parameters."
            )
        return text

    def losing_sentence(self, losing: list[ScenarioWorker], code: str | None) -> str:
        if not losing:
            return self.tr("No sheltered worker would receive less.")
        text = (
            self.tr("%1 sheltered workers would receive less (largest loss first):")
            if code is None
            else self.tr("%1 sheltered workers of %2 would receive less (largest loss first):")
        )
        return text.replace("%1", str(len(losing))).replace("%2", code or "")

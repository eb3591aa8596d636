"""Tab "Personeelsprognose" of the Analyses page: headcount and 31-hour jobs per work type on
1 January of the next ten years (sodesk.domain.workforce via services.analyses.outlook).

The user sets a critical mass (the fewest people a line of work needs); the page recomputes
the outlook with it off the UI thread, and every work type and year below it gets the
warning icon in its cell and a sentence in the list under the grid, never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.validation import Finding
from sodesk.domain.workforce import DEFAULT_CRITICAL_MASS, OutlookYear
from sodesk.ui.finding_texts import finding_text
from sodesk.ui.labels import label
from sodesk.ui.models.grid import GridCell, GridRow, GridTableModel
from sodesk.ui.pages.parts import two_panes
from sodesk.ui.plural import counted
from sodesk.ui.widgets.analysis_table import sorted_table


class OutlookTab(QWidget):
    """The critical-mass spin box, the grid (work type x year) and the warnings."""

    #: the user changed the critical mass
    critical_mass_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = GridTableModel(self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Critical mass (fewest people per work type)"))
        top.addWidget(caption)
        self.critical_mass = QSpinBox()
        self.critical_mass.setRange(0, 10_000)
        self.critical_mass.setValue(DEFAULT_CRITICAL_MASS)
        caption.setBuddy(self.critical_mass)
        top.addWidget(self.critical_mass)
        top.addStretch(1)
        layout.addLayout(top)
        self.caption = QLabel(wordWrap=True)
        layout.addWidget(self.caption)
        self.table, self.proxy = sorted_table(self.model, self)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.warnings = QListWidget()
        panes = two_panes(self.table, self.warnings, (300, 140), vertical=True)
        layout.addWidget(panes, 1)
        self.critical_mass.valueChanged.connect(self.critical_mass_changed.emit)

    def show_outlook(self, years: list[OutlookYear], findings: list[Finding]) -> None:
        if not years:
            self.model.set_grid(self.tr("Work type"), [], [])
            self.caption.setText(self.tr("Nobody is employed on 1 January: no outlook."))
            self.warnings.clear()
            return
        first, last = years[0].year, years[-1].year
        self.caption.setText(
            self.tr(
                "Persons and, in brackets, jobs of 31 hours on 1 January of %1 to %2: those "
                "employed now, less contract ends and the statutory pension age. A warning icon "
                "marks a year below the critical mass."
            )
            .replace("%1", str(first))
            .replace("%2", str(last))
        )
        columns = sorted({y.year for y in years})
        work_types = list(dict.fromkeys(y.work_type for y in years))
        by_key = {(y.work_type, y.year): y for y in years}
        rows = []
        for work_type in work_types:
            cells = []
            for year in columns:
                y = by_key[(work_type, year)]
                warning = ""
                if y.below_critical_mass:
                    warning = self.tr("Below the critical mass of %1").replace(
                        "%1", str(self.critical_mass.value())
                    )
                cells.append(
                    GridCell(
                        f"{y.headcount} ({display.number(y.jobs_31h, 1)})",
                        y.headcount,
                        warning,
                        self.tr("%1, of whom %2 Wsw; %3 jobs of 31 hours")
                        .replace(
                            "%1",
                            counted(y.headcount, self.tr("%1 person"), self.tr("%1 persons")),
                        )
                        .replace("%2", str(y.wsw_headcount))
                        .replace("%3", display.number(y.jobs_31h, 1)),
                    )
                )
            name = self.tr("Unplaced") if work_type is None else label(work_type)
            rows.append(GridRow(name, work_type, tuple(cells)))
        self.model.set_grid(self.tr("Work type"), [str(c) for c in columns], rows)
        self.warnings.clear()
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        info = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for finding in findings:
            below = finding.code == "outlook.below_critical_mass"
            prefix = self.tr("Below critical mass") if below else self.tr("Note")
            item = QListWidgetItem(icon if below else info, f"{prefix}: {finding_text(finding)}")
            self.warnings.addItem(item)
        if not any(f.code == "outlook.below_critical_mass" for f in findings):
            self.warnings.insertItem(
                0,
                QListWidgetItem(
                    info,
                    self.tr("Every work type stays at or above the critical mass of %1.").replace(
                        "%1", str(self.critical_mass.value())
                    ),
                ),
            )

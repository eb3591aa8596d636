"""Tab "Herbeoordelingen" of the Analyses page: wage-value re-assessments due per job coach and
month for the coming twelve months (services.analyses.wage_value_plan), overdue ones in a
column of their own, and the list behind the counts.

Sheltered workers whose re-assessment falls on or after the 2028 statutory regime are not
planned (no measurement is needed then); the caption says so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from sodesk.domain import display
from sodesk.domain.planning import PlannedReassessment, plan_months, plan_until
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.grid import GridCell, GridRow, GridTableModel
from sodesk.ui.models.records import Field, RecordTableModel, figure_column
from sodesk.ui.pages.parts import two_panes
from sodesk.ui.widgets.analysis_table import sorted_table

_C = "AnalysisPlan"


@dataclass(frozen=True)
class PlanLine:
    """A planned re-assessment and the worker's name."""

    name: str
    item: PlannedReassessment


FIELDS = (
    figure_column(QT_TRANSLATE_NOOP("AnalysisPlan", "Due"), lambda r: r.item.due, display.date_nl),
    Field(QT_TRANSLATE_NOOP("AnalysisPlan", "Job coach"), lambda r: r.item.coach or "–"),
    Field(QT_TRANSLATE_NOOP("AnalysisPlan", "Personnel number"), lambda r: r.item.personnel_number),
    Field(QT_TRANSLATE_NOOP("AnalysisPlan", "Name"), lambda r: r.name),
    figure_column(
        QT_TRANSLATE_NOOP("AnalysisPlan", "Last measured"),
        lambda r: r.item.measured_on,
        display.date_nl,
    ),
    Field(
        QT_TRANSLATE_NOOP("AnalysisPlan", "State"),
        lambda r: _state(r.item),
        lambda r: r.item.overdue,
        warn=lambda r: r.item.overdue,
    ),
)


def _state(item: PlannedReassessment) -> str:
    if item.overdue:
        return QCoreApplication.translate("AnalysisPlan", "Overdue")
    return QCoreApplication.translate("AnalysisPlan", "Planned")


class ReassessmentTab(QWidget):
    """Counts per coach and month above, the re-assessments themselves below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = GridTableModel(self)
        self.model = RecordTableModel(_C, FIELDS, self)
        layout = QVBoxLayout(self)
        self.caption = QLabel(wordWrap=True)
        layout.addWidget(self.caption)
        self.grid_table, self.grid_proxy = sorted_table(self.grid, self)
        header = self.grid_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # 14 columns share the width
        self.table, self.proxy = sorted_table(self.model, self)
        panes = two_panes(self.grid_table, self.table, (200, 260), vertical=True)
        layout.addWidget(panes, 1)

    def show_plan(self, lines: list[PlanLine], today: dt.date) -> None:
        months = plan_months(today)
        overdue = Counter(line.item.coach for line in lines if line.item.overdue)
        due = Counter(
            (line.item.coach, line.item.due.replace(day=1))
            for line in lines
            if not line.item.overdue
        )
        coaches = sorted({line.item.coach for line in lines}, key=lambda c: (c is None, c or ""))
        rows = []
        for coach in coaches:
            late = overdue[coach]
            cells = [
                GridCell(
                    str(late) if late else "",
                    late,
                    self.tr("%1 re-assessments overdue").replace("%1", str(late)) if late else "",
                )
            ]
            cells += [
                GridCell(str(due[(coach, m)]) if due[(coach, m)] else "", due[(coach, m)])
                for m in months
            ]
            total = late + sum(due[(coach, m)] for m in months)
            cells.append(GridCell(str(total), total))
            rows.append(GridRow(coach or self.tr("No job coach"), coach, tuple(cells)))
        headers = [self.tr("Overdue"), *(display.month_nl(m) for m in months), self.tr("Total")]
        self.grid.set_grid(self.tr("Job coach"), headers, rows)
        self.grid_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.model.set_rows(lines)
        self.caption.setText(
            self.tr(
                "%1 wage-value re-assessments are due up to %2, %3 of them overdue, per job "
                "coach and month. Sheltered workers are not planned from 1 January 2028: the "
                "fixed subsidy then needs no measurement."
            )
            .replace("%1", str(len(lines)))
            .replace("%2", display.date_nl(plan_until(today)))
            .replace("%3", str(sum(overdue.values())))
        )

"""The choice of a report on the Reports page (Rapporten): which report, format, period, file.

One entry per report and format that ``sodesk report`` makes (services.reports.FORMATS), with
a sentence on what it holds; the municipality only for the municipal report; the period as
two dates that start as the window's; and the file name the save dialog will suggest (the
command line's default name in the folder used last).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain.period import Period
from sodesk.services.overview import MunicipalityChoice
from sodesk.services.reports import default_file_name
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.fields import date_field, pydate, qdate

_C = "ReportsPage"  # the context of the report names and descriptions
FOLDER_SETTING = "reports/folder"


@dataclass(frozen=True, slots=True)
class ReportChoice:
    """One entry of the report list: the report, its format, and English texts."""

    kind: str
    fmt: str
    caption: str
    description: str


REPORTS = (
    ReportChoice(
        "activities",
        "pdf",
        QT_TRANSLATE_NOOP("ReportsPage", "Activities (PDF)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Profitability per activity: NTW per productive hour against cost price, coverage, "
            "result and break-even rate, with totals per work type and the parameters used.",
        ),
    ),
    ReportChoice(
        "activities",
        "xlsx",
        QT_TRANSLATE_NOOP("ReportsPage", "Activities (Excel)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage", "The activity report as a workbook, to calculate further with."
        ),
    ),
    ReportChoice(
        "activities",
        "json",
        QT_TRANSLATE_NOOP("ReportsPage", "Activities (JSON)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage", "The activity report for other software (the documented JSON format)."
        ),
    ),
    ReportChoice(
        "municipal",
        "pdf",
        QT_TRANSLATE_NOOP("ReportsPage", "Municipality (PDF)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "For the discussion with one municipality: key figures, realisation and waiting "
            "list, work types, wage value, guidance, finance and the 2028 scenario.",
        ),
    ),
    ReportChoice(
        "municipal",
        "json",
        QT_TRANSLATE_NOOP("ReportsPage", "Municipality (JSON)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage", "The municipal report for other software (the documented JSON format)."
        ),
    ),
    ReportChoice(
        "outlook",
        "pdf",
        QT_TRANSLATE_NOOP("ReportsPage", "Outlook (PDF)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage",
            "Persons and 31-hour jobs per work type for ten years with the critical-mass "
            "warnings, and the wage-value re-assessments per job coach and month.",
        ),
    ),
    ReportChoice(
        "outlook",
        "xlsx",
        QT_TRANSLATE_NOOP("ReportsPage", "Outlook (Excel)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage", "The workforce outlook and the re-assessment plan as a workbook."
        ),
    ),
    ReportChoice(
        "outlook",
        "json",
        QT_TRANSLATE_NOOP("ReportsPage", "Outlook (JSON)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage", "The outlook report for other software (the JSON format)."
        ),
    ),
    ReportChoice(
        "questionnaire",
        "xlsx",
        QT_TRANSLATE_NOOP("ReportsPage", "Questionnaire (Excel)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage", "The figures of the sector questionnaire per work type, as a workbook."
        ),
    ),
    ReportChoice(
        "questionnaire",
        "json",
        QT_TRANSLATE_NOOP("ReportsPage", "Questionnaire (JSON)"),
        QT_TRANSLATE_NOOP(
            "ReportsPage", "The questionnaire figures for other software (the JSON format)."
        ),
    ),
)
FILTERS = {
    "pdf": QT_TRANSLATE_NOOP("ReportsPage", "PDF documents (*.pdf)"),
    "xlsx": QT_TRANSLATE_NOOP("ReportsPage", "Excel workbooks (*.xlsx)"),
    "json": QT_TRANSLATE_NOOP("ReportsPage", "JSON files (*.json)"),
}


class ReportForm(QWidget):
    """Report, municipality, period and the suggested file, as a form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.report = QComboBox()
        for choice in REPORTS:
            self.report.addItem(QCoreApplication.translate(_C, choice.caption), choice)
        self.description = QLabel(wordWrap=True)
        set_tone(self.description, "muted")
        report = QVBoxLayout()
        report.setSpacing(4)
        report.addWidget(self.report)
        report.addWidget(self.description)
        form.addRow(self.tr("Report"), report)
        self.municipality = QComboBox()
        self.municipality.setMinimumWidth(260)
        form.addRow(self.tr("Municipality"), self.municipality)
        dates = QHBoxLayout()
        self.start = date_field()
        self.end = date_field()
        self.window_period = QPushButton(self.tr("Window's period"))
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        dates.addWidget(self.window_period)
        dates.addStretch(1)
        form.addRow(self.tr("Period"), dates)
        self.destination = QLabel(wordWrap=True)
        set_tone(self.destination, "muted")
        form.addRow(self.tr("File"), self.destination)
        self.report.currentIndexChanged.connect(self._report_chosen)
        self.municipality.currentIndexChanged.connect(self.show_destination)
        self.start.dateChanged.connect(self.show_destination)
        self.end.dateChanged.connect(self.show_destination)
        self._report_chosen()

    def choice(self) -> ReportChoice:
        return self.report.currentData()

    def municipality_code(self) -> str | None:
        """The chosen municipality's code for the municipal report, else None."""
        if self.choice().kind != "municipal":
            return None
        return self.municipality.currentData()

    def set_municipalities(self, choices: list[MunicipalityChoice], chosen: str | None) -> None:
        """Fill the municipality list; keep ``chosen`` (a code) when it is among them."""
        self.municipality.blockSignals(True)
        self.municipality.clear()
        for choice in choices:
            self.municipality.addItem(f"{choice.name} ({choice.code})", choice.code)
        self.municipality.setCurrentIndex(max(self.municipality.findData(chosen), 0))
        self.municipality.blockSignals(False)
        self.show_destination()

    def set_period(self, period: Period) -> None:
        self.start.setDate(qdate(period.start))
        self.end.setDate(qdate(period.end))

    def period(self) -> tuple[dt.date, dt.date]:
        return pydate(self.start.date()), pydate(self.end.date())

    def suggested(self) -> Path:
        """The command line's default file name in the folder used last (or the home folder)."""
        choice = self.choice()
        start, end = self.period()
        folder = Path(str(QSettings().value(FOLDER_SETTING, str(Path.home()))))
        name = default_file_name(choice.kind, start, end, choice.fmt, self.municipality_code())
        return folder / name

    def show_destination(self) -> None:
        suggested = self.suggested()
        self.destination.setText(
            self.tr("Chosen when you make the report; suggested: %1 in %2")
            .replace("%1", suggested.name)
            .replace("%2", str(suggested.parent))
        )

    def _report_chosen(self) -> None:
        choice = self.choice()
        self.description.setText(QCoreApplication.translate(_C, choice.description))
        self.municipality.setEnabled(choice.kind == "municipal")
        self.show_destination()

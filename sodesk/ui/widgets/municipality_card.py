"""The card of one municipality: settings and years, waiting list, realisation up to 2030.

Three tabs: "Settings" (the regime form and the figures per year, saved by the page with
Ctrl+S), "Waiting list" (entries saved one at a time), and "Realisation" (persons and jobs of
31 hours against the municipality's target per year, beside the national target, R10).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.realisation import Realisation
from sodesk.services import municipalities as svc
from sodesk.services.analyses import RealisationYear
from sodesk.services.workspace import Workspace
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.jobs import JobRunner
from sodesk.ui.models.records import Field, RecordTableModel
from sodesk.ui.widgets.municipality_regime import RegimeEditor, default_extra_years
from sodesk.ui.widgets.municipality_waiting import MunicipalityWaiting


def _done(r: RealisationYear, get: Callable[[Realisation], Any]) -> Any:
    return None if r.realisation is None else get(r.realisation)


def _realised(
    caption: str, show: Callable[[Realisation], str], get: Callable[[Realisation], Any]
) -> Field:
    """A column of the year's realisation: ``show`` as text, sorted on ``get``; "–" for a
    year without one."""
    return Field(
        caption,
        lambda r: "–" if r.realisation is None else show(r.realisation),
        lambda r: _done(r, get),
        right=True,
    )


REALISATION = (
    Field(QT_TRANSLATE_NOOP("MunicipalityCard", "Year"), lambda r: str(r.year), lambda r: r.year),
    Field(
        QT_TRANSLATE_NOOP("MunicipalityCard", "Target"),
        lambda r: "–" if r.target is None else str(r.target),
        lambda r: r.target,
        right=True,
    ),
    _realised(
        QT_TRANSLATE_NOOP("MunicipalityCard", "Persons"),
        lambda x: str(x.persons),
        lambda x: x.persons,
    ),
    _realised(
        QT_TRANSLATE_NOOP("MunicipalityCard", "Jobs (31 h)"),
        lambda x: display.number(x.jobs_31h, 1),
        lambda x: x.jobs_31h,
    ),
    _realised(
        QT_TRANSLATE_NOOP("MunicipalityCard", "Realised"),
        lambda x: display.percent(x.percent),
        lambda x: x.percent,
    ),
    _realised(
        QT_TRANSLATE_NOOP("MunicipalityCard", "Waiting"),
        lambda x: str(x.waiting),
        lambda x: x.waiting,
    ),
    Field(
        QT_TRANSLATE_NOOP("MunicipalityCard", "National target (jobs)"),
        lambda r: (
            "–" if r.national_target is None else display.number(Decimal(r.national_target), 0)
        ),
        lambda r: r.national_target,
        right=True,
    ),
)


# the municipal report's figures a double-click explains (Herkomst), in the report's order
ORIGIN_FIGURES = (
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Wage subsidy (LKS)"), "lks"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Guidance allowance"), "guidance_subsidy"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Wsw subsidy"), "wsw_subsidy"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Net added value (NTW)"), "ntw"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Wage costs"), "wage_cost"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Guidance costs"), "guidance_cost"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Overhead"), "overhead"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Costs"), "cost"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Result"), "result"),
    (QT_TRANSLATE_NOOP("MunicipalityCard", "Productive hours"), "productive_hours"),
)


class MunicipalityCardView(QWidget):
    """The selected municipality: a title line and its tabs."""

    # (municipality code, figure): the user asked where a figure of the period comes from
    explain_requested = Signal(str, str)

    def __init__(
        self, workspace: Workspace, jobs: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.card: svc.MunicipalityCard | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("municipalityHeading")
        self.heading.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.regime = RegimeEditor()
        self.waiting = MunicipalityWaiting(workspace, jobs)
        self.realisation_model = RecordTableModel("MunicipalityCard", REALISATION, self)
        realisation = QWidget()
        realisation_layout = QVBoxLayout(realisation)
        self.realisation = QTableView()
        self.realisation.setModel(self.realisation_model)
        self.realisation.verticalHeader().setVisible(False)
        self.realisation.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.realisation.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        realisation_layout.addWidget(self.realisation, 1)
        note = QLabel(
            self.tr(
                "Realisation on 31 December of a past year and on today in the current year; "
                "the target and the percentage count jobs of 31 hours (R10). Years to come "
                "show their targets only."
            ),
            wordWrap=True,
        )
        realisation_layout.addWidget(note)
        self.tabs.addTab(self.regime, self.tr("Settings and figures per year"))
        self.tabs.addTab(self.waiting, self.tr("Waiting list"))
        self.tabs.addTab(realisation, self.tr("Realisation up to 2030"))
        layout.addWidget(self.tabs, 1)

    def add_origin_tab(self) -> None:
        """The tab "Origin": the municipal report's figures, each explained on a double-click
        over the chosen period (added by the page for roles that see money)."""
        origin = QWidget()
        origin_layout = QVBoxLayout(origin)
        self.origin = QListWidget()
        for caption, figure in ORIGIN_FIGURES:
            item = QListWidgetItem(QCoreApplication.translate("MunicipalityCard", caption))
            item.setData(Qt.ItemDataRole.UserRole, figure)
            self.origin.addItem(item)
        self.origin.itemDoubleClicked.connect(self._explain)
        origin_layout.addWidget(self.origin, 1)
        hint = QLabel(
            self.tr(
                "Double-click a figure of the municipal report to see the worker-months it "
                "is made of over the chosen period, with the rule and the parameters."
            ),
            wordWrap=True,
        )
        origin_layout.addWidget(hint)
        self.tabs.addTab(origin, self.tr("Origin of the figures"))

    def _explain(self, item: QListWidgetItem) -> None:
        if self.card is not None:
            self.explain_requested.emit(
                self.card.summary.code, item.data(Qt.ItemDataRole.UserRole)
            )

    def show_card(self, card: svc.MunicipalityCard, on: dt.date) -> None:
        self.card = card
        summary = card.summary
        region = summary.region or self.tr("no region")
        self.heading.setText(f"{summary.code} {summary.name} ({region})")
        self.regime.show_card(card, default_extra_years(on))
        self.waiting.show_entries(summary.id, card.waiting)
        self.realisation_model.set_rows(card.realisation)
        self.tabs.setTabText(1, self.tr("Waiting list (%1)").replace("%1", str(len(card.waiting))))

"""The municipality card's settings: the subsidy regime and the figures per year, editable.

The regime (LKS measured or a fixed percentage, R3; wage value over the minimum wage, the
default, or the function wage, R2; guidance allowance per place or per job of 31 hours, R9) is
a small form; the yearly figures (target, guidance allowance per place, Wsw subsidy per FTE) an
editable table whose cells take Dutch numbers (9.328,50 or 9328.50) and refuse a negative or a
non-number with a message naming the field, year and value. The page saves both in one
transaction.

A function-wage basis carried over from an older version's default (not yet confirmed, R2)
is pointed out above the form, with a button that confirms it (the page saves at once);
changing the basis to the minimum wage and saving settles it too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.domain.enums import GuidanceAllowanceBasis, LksRegime, LwBasis
from sodesk.services import municipalities as svc
from sodesk.services.measurements import parse_percent
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.list_table import ListTableModel
from sodesk.ui.models.sort_proxy import Index
from sodesk.ui.style import brush, current
from sodesk.ui.widgets.fields import FieldMessage

CHANGED = QColor(255, 246, 204)
HEADERS = (
    QT_TRANSLATE_NOOP("MunicipalityYearsModel", "Year"),
    QT_TRANSLATE_NOOP("MunicipalityYearsModel", "Target (places)"),
    QT_TRANSLATE_NOOP("MunicipalityYearsModel", "Guidance allowance per place"),
    QT_TRANSLATE_NOOP("MunicipalityYearsModel", "Wsw subsidy per FTE"),
)
FIELDS = ("Taakstelling", "Begeleidingsvergoeding per plaats", "Wsw-subsidie per fte")


def _column_value(figures: svc.YearFigures, column: int) -> Any:
    """The value a column of the years table shows."""
    return (
        figures.year,
        figures.target_places,
        figures.guidance_allowance_per_place,
        figures.wsw_subsidy_per_fte,
    )[column]


class MunicipalityYearsModel(ListTableModel):
    """A municipality's figures per year; ``changes()`` gives the years to save."""

    refused = Signal(str)
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__("MunicipalityYearsModel", HEADERS, parent)
        self._before: list[svc.YearFigures] = []
        self._rows: list[svc.YearFigures] = []

    def set_years(self, years: list[svc.YearFigures], also: tuple[int, ...] = ()) -> None:
        """The stored years, plus an empty row for each year in ``also`` not stored yet."""
        known = {y.year for y in years}
        rows = list(years) + [svc.YearFigures(y, None, None, None) for y in also if y not in known]
        rows.sort(key=lambda y: y.year)
        self.beginResetModel()
        self._before, self._rows = list(rows), list(rows)
        self.endResetModel()

    def years(self) -> list[svc.YearFigures]:
        return list(self._rows)

    def changes(self) -> list[svc.YearFigures]:
        return [now for before, now in zip(self._before, self._rows, strict=True) if before != now]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def _value(self, row: int, column: int) -> Any:
        return _column_value(self._rows[row], column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        row, column = index.row(), index.column()
        value = self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(value)
            if value is None:
                return ""
            return str(value) if column == 1 else display.euro(value)
        if role == Qt.ItemDataRole.EditRole:
            if value is None:
                return ""
            return str(value) if column <= 1 else display.number(value, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        changed = column > 0 and value != self._before_value(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and changed:
            return brush("changed")
        return None

    def _before_value(self, row: int, column: int) -> Any:
        return _column_value(self._before[row], column)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        row, column = index.row(), index.column()
        figures = self._rows[row]
        field = f"{FIELDS[column - 1]} {figures.year}"
        text = "" if value is None else str(value)
        parsed: Any
        try:
            parse = svc.parse_count if column == 1 else svc.parse_amount
            parsed = parse(text, field)
        except ValueError as error:
            self.refused.emit(str(error))
            return False
        name = ("target_places", "guidance_allowance_per_place", "wsw_subsidy_per_fte")[column - 1]
        self._rows[row] = dataclasses.replace(figures, **{name: parsed})
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class RegimeEditor(QWidget):
    """The regime form above the table of yearly figures."""

    edited = Signal()
    # the controller confirms an inherited function-wage basis (the page saves it)
    confirm_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: svc.RegimeSettings | None = None
        self._to_review = False
        self.years_model = MunicipalityYearsModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_review())
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 2)
        columns.addSpacing(16)
        columns.addLayout(right, 3)
        layout.addLayout(columns, 1)
        left.addLayout(self._build_form())
        left.addStretch(1)
        self._build_years(right)
        self.message = FieldMessage()
        self.message.setObjectName("regimeMessage")
        layout.addWidget(self.message)
        for combo in (self.regime, self.lw_basis, self.guidance_basis):
            combo.currentIndexChanged.connect(self._changed)
        self.fixed_percent.textEdited.connect(self._changed)
        self.confirm_basis.clicked.connect(self.confirm_requested)
        self.years_model.refused.connect(self.message.say)
        self.years_model.edited.connect(self._years_edited)

    def _build_review(self) -> QFrame:
        """The notice to confirm an inherited function-wage basis (hidden until needed)."""
        self.basis_review = QFrame()
        self.basis_review.setObjectName("lwBasisReview")
        self.basis_review.setStyleSheet(
            f"#lwBasisReview {{ background: {current().changed}; "
            f"border: 1px solid {current().warning}; }}"
        )
        review = QHBoxLayout(self.basis_review)
        self.basis_notice = QLabel(
            self.tr(
                "The wage value is computed here over the function wage. Since 2017 the "
                "statutory minimum wage is the basis; this choice was carried over from an "
                "older version. Confirm or change the choice."
            ),
            wordWrap=True,
        )
        self.confirm_basis = QPushButton(self.tr("Confirm function wage"))
        self.confirm_basis.setToolTip(
            self.tr("Keep the function wage as this municipality's choice and save")
        )
        review.addWidget(self.basis_notice, 1)
        review.addWidget(self.confirm_basis)
        self.basis_review.setVisible(False)
        return self.basis_review

    def _build_form(self) -> QFormLayout:
        """Regime, fixed percentage, wage-value basis and guidance basis."""
        form = QFormLayout()
        self.regime = QComboBox()
        self.regime.addItem(self.tr("Measured wage value"), LksRegime.MEASURED)
        self.regime.addItem(self.tr("Fixed percentage"), LksRegime.FIXED)
        self.fixed_percent = QLineEdit()
        self.fixed_percent.setObjectName("fixedPercent")
        self.fixed_percent.setPlaceholderText(self.tr("e.g. 70 or 80"))
        self.fixed_percent.setMaximumWidth(120)
        self.lw_basis = QComboBox()
        self.lw_basis.addItem(self.tr("Statutory minimum wage (default)"), LwBasis.MINIMUM_WAGE)
        self.lw_basis.addItem(self.tr("Function wage"), LwBasis.FUNCTION_WAGE)
        self.guidance_basis = QComboBox()
        self.guidance_basis.addItem(self.tr("Per place"), GuidanceAllowanceBasis.PLACE)
        self.guidance_basis.addItem(self.tr("Per job of 31 hours"), GuidanceAllowanceBasis.JOB_31H)
        form.addRow(self.tr("LKS regime"), self.regime)
        form.addRow(self.tr("Fixed percentage (%)"), self.fixed_percent)
        form.addRow(self.tr("Wage value over"), self.lw_basis)
        form.addRow(self.tr("Guidance allowance"), self.guidance_basis)
        return form

    def _build_years(self, right: QVBoxLayout) -> None:
        """The caption and the editable table of figures per year."""
        caption = QLabel(self.tr("Figures per year (type a figure, Enter; 9.328,50 or 9328.50)"))
        caption.setStyleSheet("font-weight: bold;")
        caption.setWordWrap(True)
        right.addWidget(caption)
        self.years = QTableView()
        self.years.setObjectName("municipalityYears")
        self.years.setModel(self.years_model)
        self.years.verticalHeader().setVisible(False)
        self.years.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.years.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.years.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        right.addWidget(self.years, 1)

    def show_card(self, card: svc.MunicipalityCard, extra_years: tuple[int, ...]) -> None:
        settings = card.summary.settings
        self._loaded = settings
        self._to_review = card.summary.lw_basis_to_review
        for combo, value in (
            (self.regime, settings.regime),
            (self.lw_basis, settings.lw_basis),
            (self.guidance_basis, settings.guidance_basis),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        fraction = settings.fixed_fraction
        self.fixed_percent.setText(
            "" if fraction is None else display.number(fraction * 100, 1).removesuffix(",0")
        )
        self.fixed_percent.setEnabled(settings.regime is LksRegime.FIXED)
        self.years_model.set_years(card.years, extra_years)
        self.message.clear_message()
        self._show_review()

    def _show_review(self) -> None:
        """The notice while the inherited function wage is still what the form shows."""
        shown = self.lw_basis.currentData() == LwBasis.FUNCTION_WAGE
        self.basis_review.setVisible(self._to_review and shown)

    def settings(self) -> svc.RegimeSettings:
        """The settings as entered.

        Raises:
            ValueError: with a Dutch message for a fixed percentage that is no percentage.
        """
        regime = LksRegime(self.regime.currentData())
        fraction = None
        if regime is LksRegime.FIXED and self.fixed_percent.text().strip():
            fraction = parse_percent(self.fixed_percent.text(), "Vast percentage")
        return svc.RegimeSettings(
            regime,
            fraction,
            LwBasis(self.lw_basis.currentData()),
            GuidanceAllowanceBasis(self.guidance_basis.currentData()),
        )

    def is_dirty(self) -> bool:
        if self._loaded is None:
            return False
        if self.years_model.changes():
            return True
        try:
            return self.settings() != self._loaded
        except ValueError:
            return True

    def _changed(self, *_args: object) -> None:
        self.fixed_percent.setEnabled(self.regime.currentData() == LksRegime.FIXED)
        self._show_review()
        self.edited.emit()

    def _years_edited(self) -> None:
        self.message.clear_message()
        self.edited.emit()


def default_extra_years(on: dt.date) -> tuple[int, ...]:
    """The years offered for entry besides the stored ones: the year shown and the next."""
    return (on.year, on.year + 1)

"""The activity list: one row per activity line of the profitability report (R5-R8).

Rows are read-only data objects (the domain's ActivityFigures), never live ORM rows. The
display role shows Dutch text, the sort role the raw Decimal, so sorting is by value.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from sodesk.domain import display, lines
from sodesk.domain.below_cost import below_cost_price
from sodesk.domain.profitability import ActivityFigures
from sodesk.domain.rate_advice import rate_places
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.labels import label
from sodesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE
from sodesk.ui.style import brush

LOSS_RED = QColor(176, 0, 32)
_C = "ActivityTableModel"  # the context of every string in this module

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    CLIENT = 1
    WORK_TYPE = 2
    HOURS = 3
    NTW_PER_HOUR = 4
    COST_PRICE = 5
    COVERAGE = 6
    RESULT = 7
    CURRENT_RATE = 8
    BREAK_EVEN = 9
    STATUS = 10


def is_non_productive(row: ActivityFigures) -> bool:
    return lines.is_non_productive(row.code)


def line_name(row: ActivityFigures) -> str:
    """'A01  Inpakken', or 'Non-productive: Sheltered inside' in the window's language."""
    if is_non_productive(row):
        kind = (
            QCoreApplication.translate("ActivityTableModel", "without placement")
            if row.work_type is None
            else label(row.work_type)
        )
        return QCoreApplication.translate("ActivityTableModel", "Non-productive: %1").replace(
            "%1", kind
        )
    return f"{row.code}  {row.name}"


below_cost = below_cost_price  # one rule for the window and the reports (R7)


HEADERS: dict[Column, str] = {
    Column.NAME: QT_TRANSLATE_NOOP("ActivityTableModel", "Activity"),
    Column.CLIENT: QT_TRANSLATE_NOOP("ActivityTableModel", "Client"),
    Column.WORK_TYPE: QT_TRANSLATE_NOOP("ActivityTableModel", "Work type"),
    Column.HOURS: QT_TRANSLATE_NOOP("ActivityTableModel", "Productive\nhours"),
    Column.NTW_PER_HOUR: QT_TRANSLATE_NOOP("ActivityTableModel", "NTW\nper hour"),
    Column.COST_PRICE: QT_TRANSLATE_NOOP("ActivityTableModel", "Cost price\nper hour"),
    Column.COVERAGE: QT_TRANSLATE_NOOP("ActivityTableModel", "Coverage"),
    Column.RESULT: QT_TRANSLATE_NOOP("ActivityTableModel", "Result"),
    Column.CURRENT_RATE: QT_TRANSLATE_NOOP("ActivityTableModel", "Current\nrate"),
    Column.BREAK_EVEN: QT_TRANSLATE_NOOP("ActivityTableModel", "Break-even\nrate"),
    Column.STATUS: QT_TRANSLATE_NOOP("ActivityTableModel", "Status"),
}


_ANSWERED = frozenset(
    {
        SORT_ROLE,
        ROW_ROLE,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)


class ActivityTableModel(QAbstractTableModel):
    """Activity figures for a QTableView, sortable through a proxy on SORT_ROLE."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ActivityFigures] = []
        self._clients: dict[str, str] = {}
        #: each row's texts, made once: a view sizing its columns to their contents asks
        #: for every cell's text several times (9,600 calls when the page first shows)
        self._texts: list[list[str]] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- contents ---------------------------------------------------------------------
    def set_rows(self, rows: list[ActivityFigures], clients: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._clients = dict(clients)
        self._texts = [[self._text(row, column) for column in Column] for row in self._rows]
        self.endResetModel()

    def client_of(self, code: str) -> str:
        return self._clients.get(code, "")

    def row_at(self, row: int) -> ActivityFigures:
        return self._rows[row]

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_C, HEADERS[Column(section)])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[number][index.column()]
        if role not in _ANSWERED:  # decoration, check state, size hint...: nothing to say
            return None
        row = self._rows[number]
        column = Column(index.column())
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.HOURS:
            if column == Column.STATUS:
                return None
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and is_non_productive(row):
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            client = self._clients.get(row.code)
            return f"{line_name(row)}\n{client}" if client else line_name(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.RESULT and row.result < 0:
                return brush("loss")
            if column == Column.STATUS and below_cost(row):
                return brush("loss")
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATUS and below_cost(row):
            return self.tr("Income and subsidies do not cover the cost of this activity")
        return None

    def _text(self, row: ActivityFigures, column: Column) -> str:
        match column:
            case Column.NAME:
                return line_name(row)
            case Column.CLIENT:
                return self._clients.get(row.code, "")
            case Column.WORK_TYPE:
                return "" if row.work_type is None else label(row.work_type)
            case Column.HOURS:
                return display.hours(row.productive_hours)
            case Column.NTW_PER_HOUR:
                return display.euro(row.ntw_per_hour)
            case Column.COST_PRICE:
                return display.euro(row.cost_price_per_hour)
            case Column.COVERAGE:
                return display.percent(row.coverage)
            case Column.RESULT:
                return display.euro(row.result)
            case Column.CURRENT_RATE:
                return self._rate(row, row.current_rate)
            case Column.BREAK_EVEN:
                return self._rate(row, row.break_even_rate)
            case Column.STATUS:
                return "▼ " + self.tr("loss") if below_cost(row) else ""
        return ""  # pragma: no cover

    @staticmethod
    def _rate(row: ActivityFigures, value: Any) -> str:
        """A rate with its unit ("€ 1,3972 per stuk"), with the decimals of the activity's
        rates side by side, as the activity report prints them (``rate_places``)."""
        if value is None:
            return display.rate(None)
        text = display.rate(value, rate_places(row))
        unit = row.current_rate_unit
        return text if unit is None else f"{text} {label(unit)}"

    def _sort_value(self, row: ActivityFigures, column: Column) -> Any:
        values: dict[Column, Any] = {
            Column.NAME: row.code,
            Column.CLIENT: self._clients.get(row.code, ""),
            Column.WORK_TYPE: "" if row.work_type is None else row.work_type.value,
            Column.HOURS: row.productive_hours,
            Column.NTW_PER_HOUR: row.ntw_per_hour,
            Column.COST_PRICE: row.cost_price_per_hour,
            Column.COVERAGE: row.coverage,
            Column.RESULT: row.result,
            Column.CURRENT_RATE: row.current_rate,
            Column.BREAK_EVEN: row.break_even_rate,
            Column.STATUS: 1 if below_cost(row) else 0,
        }
        return values[column]

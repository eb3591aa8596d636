"""A read-only pivot table: a label per row, one column per period (years, months).

The workforce outlook (work type x year) and the re-assessment plan (job coach x month) are
grids, not lists of records. Each cell carries its shown text, the raw value to sort on
(SORT_ROLE) and an optional warning, drawn as the standard warning icon beside the text
with the reason in the tooltip (never colour alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from sodesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class GridCell:
    """One cell: text, raw value, and a warning (its words go to the tooltip)."""

    text: str
    value: Any = None
    warning: str = ""
    tooltip: str = ""


@dataclass(frozen=True)
class GridRow:
    """A row: its label (first column), what it stands for, and its cells."""

    label: str
    key: Any
    cells: tuple[GridCell, ...]


class GridTableModel(QAbstractTableModel):
    """Rows of :class:`GridRow` under a first header and one header per column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._first = ""
        self._headers: list[str] = []
        self._rows: list[GridRow] = []

    def set_grid(self, first: str, headers: Sequence[str], rows: Sequence[GridRow]) -> None:
        self.beginResetModel()
        self._first = first
        self._headers = list(headers)
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[GridRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self._first
        if 0 < section <= len(self._headers):
            return self._headers[section - 1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() <= len(self._headers):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return row.label
            return None
        cell = row.cells[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == SORT_ROLE:
            return cell.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.warning or cell.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole and cell.warning:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            return QApplication.style().standardIcon(icon)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

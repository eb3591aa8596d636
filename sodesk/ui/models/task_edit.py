"""The tasks of a wage-value measurement being entered (hoofdtaken van een loonwaardemeting, R1).

Cells keep the text as typed ("50", "92,5"), so a half-typed value is never lost; every
change is parsed through services.measurements.parse_percent, a cell that does not parse is
drawn red with the reason as tooltip, and ``changed`` tells the editor to recompute.
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)

from sodesk.domain import display
from sodesk.domain.wage_value import TaskScore
from sodesk.services.measurements import parse_percent
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.list_table import ListTableModel
from sodesk.ui.models.sort_proxy import Index
from sodesk.ui.style import brush

_C = "TaskEditModel"


class TaskColumn(IntEnum):
    TASK = 0
    TIME_SHARE = 1
    TEMPO = 2
    QUALITY = 3
    NET_WORK_TIME = 4
    PERFORMANCE = 5


HEADERS = {
    TaskColumn.TASK: QT_TRANSLATE_NOOP("TaskEditModel", "Task"),
    TaskColumn.TIME_SHARE: QT_TRANSLATE_NOOP("TaskEditModel", "Time\nshare %"),
    TaskColumn.TEMPO: QT_TRANSLATE_NOOP("TaskEditModel", "Tempo\n%"),
    TaskColumn.QUALITY: QT_TRANSLATE_NOOP("TaskEditModel", "Quality\n%"),
    TaskColumn.NET_WORK_TIME: QT_TRANSLATE_NOOP("TaskEditModel", "Net work\ntime %"),
    TaskColumn.PERFORMANCE: QT_TRANSLATE_NOOP("TaskEditModel", "Performance"),
}
FIELD_NAMES = {
    TaskColumn.TIME_SHARE: "Tijdsbesteding",
    TaskColumn.TEMPO: "Tempo",
    TaskColumn.QUALITY: "Kwaliteit",
    TaskColumn.NET_WORK_TIME: "Netto werktijd",
}


def _percent_text(fraction: Decimal) -> str:
    return display.number(fraction * 100, 2).removesuffix(",00")


class TaskEditModel(ListTableModel):
    """Editable task rows; ``changed`` is emitted after every edit, insert or removal."""

    changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_C, [HEADERS[column] for column in TaskColumn], parent)
        self._rows: list[list[str]] = []

    # -- contents ---------------------------------------------------------------------
    def set_tasks(self, tasks: list[TaskScore]) -> None:
        self.beginResetModel()
        self._rows = [
            [
                task.task,
                _percent_text(task.time_share),
                _percent_text(task.tempo),
                _percent_text(task.quality),
                _percent_text(task.net_work_time),
            ]
            for task in tasks
        ]
        self.endResetModel()
        self.changed.emit()

    def add_task(self) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", "", "100", "100", "100"])
        self.endInsertRows()
        self.changed.emit()
        return row

    def remove_task(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.changed.emit()

    def problem(self, row: int, column: int) -> str:
        """Why the cell will not do, or "" (Dutch, naming the field, row and value)."""
        if column == TaskColumn.TASK or column == TaskColumn.PERFORMANCE:
            return ""
        text = self._rows[row][column]
        try:
            parse_percent(text, f"{FIELD_NAMES[TaskColumn(column)]} (regel {row + 1})")
        except ValueError as error:
            return str(error)
        return ""

    def problems(self) -> list[str]:
        return [
            message
            for row in range(len(self._rows))
            for column in range(TaskColumn.TIME_SHARE, TaskColumn.PERFORMANCE)
            if (message := self.problem(row, column))
        ]

    def score(self, row: int) -> TaskScore | None:
        """The row as the domain's TaskScore, or None while a cell does not parse."""
        values = self._rows[row]
        try:
            share, tempo, quality, net = (parse_percent(v) for v in values[1:5])
        except ValueError:
            return None
        return TaskScore(values[0].strip(), share, tempo, quality, net)

    def scores(self) -> list[TaskScore] | None:
        found = [self.score(row) for row in range(len(self._rows))]
        if any(score is None for score in found):
            return None
        return [score for score in found if score is not None]

    # -- Qt model interface -------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TaskColumn.PERFORMANCE:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == TaskColumn.PERFORMANCE:
                score = self.score(row)
                return display.UNDEFINED if score is None else display.percent(score.performance)
            return self._rows[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != TaskColumn.TASK:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.problem(row, column):
            return brush("loss")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problem(row, column) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        self._rows[index.row()][index.column()] = str(value)
        self.dataChanged.emit(
            index, self.index(index.row(), TaskColumn.PERFORMANCE), [Qt.ItemDataRole.DisplayRole]
        )
        self.changed.emit()
        return True

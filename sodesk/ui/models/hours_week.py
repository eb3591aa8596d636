"""The week grid of hours (urenweek) as an editable table: workers down, Monday..Sunday across.

The edit buffer is a :class:`~sodesk.ui.presenters.hours_week.WeekEditor` (``week``): the hours
as read, the hours as typed, and which cells differ (the changes a save sends). The model shows
it and words what it refuses: a value that is no number of hours or lies outside 0-24 is told
with a message naming worker, day and value (signal ``refused``), and the cell keeps its value.
A day outside the worker's employment is not editable and drawn grey. The last two columns
are the row's total, with the hours beyond the week's contract shown in red AND with a plus
sign and a word, and the contract hours of the week (paid hours, R2).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from sodesk.domain import display
from sodesk.domain.money import ZERO
from sodesk.services.hours import DAYS, HourCell, WeekLine, WeekView
from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE, Index
from sodesk.ui.presenters.hours_week import Refusal, WeekEditor
from sodesk.ui.style import brush

NAME, FIRST_DAY = 0, 1
TOTAL, CONTRACT = FIRST_DAY + DAYS, FIRST_DAY + DAYS + 1
COLUMNS = CONTRACT + 1
_DAY_NAMES = (
    QT_TRANSLATE_NOOP("HoursWeekModel", "Mon"),
    QT_TRANSLATE_NOOP("HoursWeekModel", "Tue"),
    QT_TRANSLATE_NOOP("HoursWeekModel", "Wed"),
    QT_TRANSLATE_NOOP("HoursWeekModel", "Thu"),
    QT_TRANSLATE_NOOP("HoursWeekModel", "Fri"),
    QT_TRANSLATE_NOOP("HoursWeekModel", "Sat"),
    QT_TRANSLATE_NOOP("HoursWeekModel", "Sun"),
)


def _day_name(index: int) -> str:
    return QCoreApplication.translate("HoursWeekModel", _DAY_NAMES[index])


class HoursWeekModel(QAbstractTableModel):
    """Editable hours of one week; ``changes()`` gives the cells to save."""

    refused = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.week = WeekEditor()

    # -- content -------------------------------------------------------------------------------
    @property
    def monday(self) -> dt.date | None:
        return self.week.monday

    def set_week(self, view: WeekView) -> None:
        was_dirty = self.week.dirty
        self.beginResetModel()
        self.week.set_week(view)
        self.endResetModel()
        self._tell_dirty(was_dirty)

    def lines(self) -> list[WeekLine]:
        return self.week.lines()

    def hours_of(self, row: int) -> list[Decimal | None]:
        return self.week.hours_of(row)

    def is_dirty(self) -> bool:
        return self.week.dirty

    def changes(self) -> list[HourCell]:
        """The cells whose hours differ from what was read (None: remove)."""
        return self.week.changes()

    def copy_previous_week(self) -> int:
        """Fill the empty, editable cells with last week's hours; returns how many were filled."""
        was_dirty = self.week.dirty
        filled = self.week.copy_previous_week()
        if filled:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COLUMNS - 1))
            self._tell_dirty(was_dirty)
        return filled

    def _tell_dirty(self, was_dirty: bool) -> None:
        if self.week.dirty != was_dirty:
            self.dirty_changed.emit(self.week.dirty)

    def dates(self) -> list[dt.date]:
        return self.week.dates()

    # -- figures -------------------------------------------------------------------------------
    def row_total(self, row: int) -> Decimal:
        return self.week.row_total(row)

    def worker_week_total(self, row: int) -> Decimal:
        return self.week.worker_week_total(row)

    def week_summary(self) -> tuple[int, Decimal, int]:
        """(rows, hours this week, workers over their contract): WeekEditor.week_summary."""
        return self.week.week_summary()

    def excess(self, row: int) -> Decimal:
        return self.week.excess(row)

    def _total_text(self, row: int) -> str:
        text = display.hours(self.row_total(row))
        excess = self.excess(row)
        if excess > ZERO:
            text += " " + QCoreApplication.translate(
                "HoursWeekModel", "(+%1 over contract)"
            ).replace("%1", display.hours(excess))
        return text

    def _total_tip(self, row: int) -> str:
        line = self.week.line(row)
        other = sum(line.other_hours, ZERO)
        tip = QCoreApplication.translate(
            "HoursWeekModel", "Week total of %1: %2 hours, contract %3 hours"
        ).replace("%1", line.name)
        tip = tip.replace("%2", display.hours(self.worker_week_total(row)))
        tip = tip.replace("%3", display.hours(line.contract_hours))
        if other:
            tip += "; " + QCoreApplication.translate(
                "HoursWeekModel", "%1 of them on other activities"
            ).replace("%1", display.hours(other))
        return tip

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.week)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return QCoreApplication.translate("HoursWeekModel", "Worker")
        if FIRST_DAY <= section < TOTAL:
            day = section - FIRST_DAY
            if self.monday is None:
                return _day_name(day)
            return f"{_day_name(day)} {self.week.date(day):%d-%m}"
        if section == TOTAL:
            return QCoreApplication.translate("HoursWeekModel", "Total")
        if section == CONTRACT:
            return QCoreApplication.translate("HoursWeekModel", "Contract")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if FIRST_DAY <= index.column() < TOTAL:
            if not self.week.line(index.row()).employed[index.column() - FIRST_DAY]:
                return Qt.ItemFlag.NoItemFlags  # outside the employment: greyed, skipped
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
            )
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.week):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < COLUMNS:
            return None
        line = self.week.line(row)
        if role == ROW_ROLE:
            return line
        if FIRST_DAY <= column < TOTAL:
            return self._day_data(row, column - FIRST_DAY, role)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == NAME:
                name = f"{line.name} ({line.personnel_number})"
                return name if self.week.single_activity() else f"{name} – {line.activity_code}"
            if column == TOTAL:
                return self._total_text(row) if role != SORT_ROLE else self.row_total(row)
            return display.hours(line.contract_hours) if role != SORT_ROLE else line.contract_hours
        if role == Qt.ItemDataRole.ToolTipRole and column in (TOTAL, CONTRACT):
            return self._total_tip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column == TOTAL and self.excess(row) > ZERO:
            if role == Qt.ItemDataRole.ForegroundRole:
                return brush("loss")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def _day_data(self, row: int, day: int, role: int) -> Any:
        line = self.week.line(row)
        value = self.week.hours_at(row, day)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else display.hours(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else display.number(value, 2)
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if not line.employed[day]:
                return brush("shaded")
            if self.week.changed_at(row, day):
                return brush("changed")
        if role == Qt.ItemDataRole.ToolTipRole and not line.employed[day]:
            return QCoreApplication.translate(
                "HoursWeekModel", "Outside the employment of %1"
            ).replace("%1", line.name)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = index.column()
        if not FIRST_DAY <= column < TOTAL:
            return False
        row, day = index.row(), column - FIRST_DAY
        text = "" if value is None else str(value)
        was_dirty = self.week.dirty
        typed = self.week.type_hours(row, day, text)
        if typed.refusal is not None:
            self.refused.emit(self._refusal(typed.refusal, row, day, text))
        if typed.changed:
            self.dataChanged.emit(index, index)
            self.dataChanged.emit(self.index(row, NAME), self.index(self.rowCount() - 1, CONTRACT))
            self._tell_dirty(was_dirty)
        return typed.taken

    def _refusal(self, refusal: Refusal, row: int, day: int, text: str) -> str:
        line = self.week.line(row)
        if refusal is Refusal.NOT_HOURS:
            message = QCoreApplication.translate(
                "HoursWeekModel",
                "%1, %2: '%3' is not a number of hours; type e.g. 7,5, 7.5 or 7:30.",
            )
        else:
            message = QCoreApplication.translate(
                "HoursWeekModel", "%1, %2: %3 hours is not possible; a day has 0 to 24 hours."
            )
        return (
            message.replace("%1", f"{line.name} ({line.personnel_number})")
            .replace("%2", f"{_day_name(day)} {display.date_nl(self.week.date(day))}")
            .replace("%3", text)
        )

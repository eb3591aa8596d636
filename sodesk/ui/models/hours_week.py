"""The week grid of hours (urenweek) as an editable table: workers down, Monday..Sunday across.

The model keeps the edit buffer: the hours as read, the hours as typed, and which cells differ
(the changes a save sends). A cell takes 7,5, 7.5 and 7:30 (services.hours.parse_hours); a
value that is no number of hours or lies outside 0-24 is refused with a message naming worker,
day and value (signal ``refused``), and the cell keeps its value. A day outside the worker's
employment is not editable and drawn grey. The last two columns are the row's total, with the
hours beyond the week's contract shown in red AND with a plus sign and a word, and the
contract hours of the week (paid hours, R2).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from sodesk.domain import display
from sodesk.domain.money import ZERO
from sodesk.domain.validation import check_hours
from sodesk.services.hours import DAYS, HourCell, WeekLine, WeekView, parse_hours, week_days
from sodesk.ui.models.sort_proxy import ROW_ROLE, SORT_ROLE
from sodesk.ui.style import brush

Index = QModelIndex | QPersistentModelIndex
NAME, FIRST_DAY = 0, 1
TOTAL, CONTRACT = FIRST_DAY + DAYS, FIRST_DAY + DAYS + 1
COLUMNS = CONTRACT + 1
WARNING_RED = QColor(176, 0, 32)
GREY = QColor(225, 225, 225)
CHANGED = QColor(255, 246, 204)
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
        self.monday: dt.date | None = None
        self._lines: list[WeekLine] = []
        self._hours: list[list[Decimal | None]] = []
        self._rows_of: dict[int, list[int]] = {}  # worker id -> the worker's grid rows
        self._dirty = False

    # -- content -------------------------------------------------------------------------------
    def set_week(self, view: WeekView) -> None:
        self.beginResetModel()
        self.monday = view.monday
        self._lines = list(view.lines)
        self._hours = [list(line.hours) for line in self._lines]
        self._rows_of = {}
        for row, line in enumerate(self._lines):
            self._rows_of.setdefault(line.worker_id, []).append(row)
        self.endResetModel()
        self._set_dirty(False)

    def lines(self) -> list[WeekLine]:
        return list(self._lines)

    def hours_of(self, row: int) -> list[Decimal | None]:
        return list(self._hours[row])

    def is_dirty(self) -> bool:
        return self._dirty

    def changes(self) -> list[HourCell]:
        """The cells whose hours differ from what was read (None: remove)."""
        assert self.monday is not None or not self._lines
        cells = []
        for line, hours in zip(self._lines, self._hours, strict=True):
            for day, (before, now) in enumerate(zip(line.hours, hours, strict=True)):
                if (before or ZERO) != (now or ZERO):
                    cells.append(HourCell(line.worker_id, line.activity_id, self._date(day), now))
        return cells

    def copy_previous_week(self) -> int:
        """Fill the empty, editable cells with last week's hours; returns how many were filled."""
        filled = 0
        for row, line in enumerate(self._lines):
            for day in range(DAYS):
                previous = line.previous[day]
                if line.employed[day] and self._hours[row][day] is None and previous:
                    self._hours[row][day] = previous
                    filled += 1
        if filled:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COLUMNS - 1))
            self._set_dirty(bool(self.changes()))
        return filled

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _date(self, day: int) -> dt.date:
        assert self.monday is not None
        return self.monday + dt.timedelta(days=day)

    # -- figures -------------------------------------------------------------------------------
    def row_total(self, row: int) -> Decimal:
        return sum((h or ZERO for h in self._hours[row]), ZERO)

    def worker_week_total(self, row: int) -> Decimal:
        """The worker's hours this week: every grid row of the worker plus other activities."""
        total = sum(self._lines[row].other_hours, ZERO)
        for other in self._rows_of[self._lines[row].worker_id]:  # not every row: a team of
            total += self.row_total(other)  # 2,000 rows made the grid quadratic (3.6 s)
        return total

    def week_summary(self) -> tuple[int, Decimal, int]:
        """(rows, hours this week, workers over their contract) in one pass over the grid.

        The same figures as :meth:`row_total` and :meth:`excess` row by row, without
        totalling a worker's rows again for each of them (a team of 2,000 rows: 24 ms -> 4)."""
        row_totals = [self.row_total(row) for row in range(len(self._lines))]
        worker_sums = {
            worker: sum((row_totals[row] for row in rows), ZERO)
            for worker, rows in self._rows_of.items()
        }
        over = {
            line.worker_id
            for line in self._lines
            if sum(line.other_hours, ZERO) + worker_sums[line.worker_id] > line.contract_hours
        }
        return len(self._lines), sum(row_totals, ZERO), len(over)

    def excess(self, row: int) -> Decimal:
        """Hours beyond the week's contract (zero when within it)."""
        return max(self.worker_week_total(row) - self._lines[row].contract_hours, ZERO)

    def _total_text(self, row: int) -> str:
        text = display.hours(self.row_total(row))
        excess = self.excess(row)
        if excess > ZERO:
            text += " " + QCoreApplication.translate(
                "HoursWeekModel", "(+%1 over contract)"
            ).replace("%1", display.hours(excess))
        return text

    def _total_tip(self, row: int) -> str:
        line = self._lines[row]
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
        return 0 if parent.isValid() else len(self._lines)

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
            return f"{_day_name(day)} {self._date(day):%d-%m}"
        if section == TOTAL:
            return QCoreApplication.translate("HoursWeekModel", "Total")
        if section == CONTRACT:
            return QCoreApplication.translate("HoursWeekModel", "Contract")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if FIRST_DAY <= index.column() < TOTAL:
            if not self._lines[index.row()].employed[index.column() - FIRST_DAY]:
                return Qt.ItemFlag.NoItemFlags  # outside the employment: greyed, skipped
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
            )
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < COLUMNS:
            return None
        line = self._lines[row]
        if role == ROW_ROLE:
            return line
        if FIRST_DAY <= column < TOTAL:
            return self._day_data(row, column - FIRST_DAY, role)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == NAME:
                name = f"{line.name} ({line.personnel_number})"
                return name if self._single_activity() else f"{name} – {line.activity_code}"
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

    def _single_activity(self) -> bool:
        return len({line.activity_id for line in self._lines}) <= 1

    def _day_data(self, row: int, day: int, role: int) -> Any:
        line = self._lines[row]
        value = self._hours[row][day]
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
            if (value or ZERO) != (line.hours[day] or ZERO):
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
        line = self._lines[row]
        if not line.employed[day]:
            return False
        text = "" if value is None else str(value)
        who = f"{line.name} ({line.personnel_number})"
        when = f"{_day_name(day)} {display.date_nl(self._date(day))}"
        try:
            hours = parse_hours(text)
        except ValueError:
            self.refused.emit(
                QCoreApplication.translate(
                    "HoursWeekModel",
                    "%1, %2: '%3' is not a number of hours; type e.g. 7,5, 7.5 or 7:30.",
                )
                .replace("%1", who)
                .replace("%2", when)
                .replace("%3", text)
            )
            return False
        if hours is not None and check_hours(hours):
            self.refused.emit(
                QCoreApplication.translate(
                    "HoursWeekModel", "%1, %2: %3 hours is not possible; a day has 0 to 24 hours."
                )
                .replace("%1", who)
                .replace("%2", when)
                .replace("%3", text)
            )
            return False
        if hours == ZERO:
            hours = None
        if hours == self._hours[row][day]:
            return True
        self._hours[row][day] = hours
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(self.index(row, NAME), self.index(self.rowCount() - 1, CONTRACT))
        self._set_dirty(bool(self.changes()))
        return True

    def dates(self) -> list[dt.date]:
        return [] if self.monday is None else week_days(self.monday)

"""The week of hours as typed (urenweek): the edit buffer of the hours grid, without Qt.

It keeps the hours as read, the hours as typed and so which cells differ (the changes a save
sends). A cell takes 7,5, 7.5 and 7:30 (services.hours.parse_hours); text that is no number of
hours, or hours outside 0-24, is refused and the cell keeps its value. A day outside the
worker's employment takes nothing. The figures beside the grid (a row's total, the worker's
week over all their rows, the hours beyond the week's contract) are counted here too, so the
grid and its summary line agree.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from decimal import Decimal

from sodesk.domain.money import ZERO
from sodesk.domain.validation import check_hours
from sodesk.services.hours import DAYS, HourCell, WeekLine, WeekView, parse_hours, week_days


class Refusal(enum.Enum):
    """Why typed text did not go into a cell (the view words it, naming worker and day)."""

    NOT_HOURS = "not_hours"  # no number of hours
    OUT_OF_RANGE = "out_of_range"  # a day has 0 to 24 hours


@dataclass(frozen=True, slots=True)
class Typed:
    """What became of text typed into a cell: taken (``changed`` when the hours differ from
    what the cell held), or refused and why (None: a cell that takes nothing)."""

    taken: bool
    changed: bool = False
    refusal: Refusal | None = None


class WeekEditor:
    """Hours of one week, workers (on an activity) down, Monday..Sunday across."""

    def __init__(self) -> None:
        self.monday: dt.date | None = None
        self._lines: list[WeekLine] = []
        self._hours: list[list[Decimal | None]] = []
        self._rows_of: dict[int, list[int]] = {}  # worker id -> the worker's grid rows
        self.dirty = False

    # -- content -------------------------------------------------------------------------------
    def set_week(self, view: WeekView) -> None:
        """Show a week as read; nothing is changed."""
        self.monday = view.monday
        self._lines = list(view.lines)
        self._hours = [list(line.hours) for line in self._lines]
        self._rows_of = {}
        for row, line in enumerate(self._lines):
            self._rows_of.setdefault(line.worker_id, []).append(row)
        self.dirty = False

    def __len__(self) -> int:
        return len(self._lines)

    def lines(self) -> list[WeekLine]:
        return list(self._lines)

    def line(self, row: int) -> WeekLine:
        return self._lines[row]

    def hours_of(self, row: int) -> list[Decimal | None]:
        return list(self._hours[row])

    def hours_at(self, row: int, day: int) -> Decimal | None:
        return self._hours[row][day]

    def changed_at(self, row: int, day: int) -> bool:
        """True when the cell's hours differ from what was read."""
        return (self._hours[row][day] or ZERO) != (self._lines[row].hours[day] or ZERO)

    def changes(self) -> list[HourCell]:
        """The cells whose hours differ from what was read (None: remove)."""
        assert self.monday is not None or not self._lines
        cells = []
        for line, hours in zip(self._lines, self._hours, strict=True):
            for day, (before, now) in enumerate(zip(line.hours, hours, strict=True)):
                if (before or ZERO) != (now or ZERO):
                    cells.append(HourCell(line.worker_id, line.activity_id, self.date(day), now))
        return cells

    def type_hours(self, row: int, day: int, text: str) -> Typed:
        """Put typed ``text`` into a cell: empty or zero clears it."""
        if not self._lines[row].employed[day]:
            return Typed(False)
        try:
            hours = parse_hours(text)
        except ValueError:
            return Typed(False, refusal=Refusal.NOT_HOURS)
        if hours is not None and check_hours(hours):
            return Typed(False, refusal=Refusal.OUT_OF_RANGE)
        if hours == ZERO:
            hours = None
        if hours == self._hours[row][day]:
            return Typed(True)
        self._hours[row][day] = hours
        self.dirty = bool(self.changes())
        return Typed(True, changed=True)

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
            self.dirty = bool(self.changes())
        return filled

    def date(self, day: int) -> dt.date:
        assert self.monday is not None
        return self.monday + dt.timedelta(days=day)

    def dates(self) -> list[dt.date]:
        return [] if self.monday is None else week_days(self.monday)

    def single_activity(self) -> bool:
        """True when every row is on the same activity (the rows need not name it)."""
        return len({line.activity_id for line in self._lines}) <= 1

    # -- figures -------------------------------------------------------------------------------
    def row_total(self, row: int) -> Decimal:
        return sum((h or ZERO for h in self._hours[row]), ZERO)

    def worker_week_total(self, row: int) -> Decimal:
        """The worker's hours this week: every grid row of the worker plus other activities."""
        total = sum(self._lines[row].other_hours, ZERO)
        for other in self._rows_of[self._lines[row].worker_id]:  # the worker's rows only:
            total += self.row_total(other)  # a team has 2,000 rows
        return total

    def week_summary(self) -> tuple[int, Decimal, int]:
        """(rows, hours this week, workers over their contract) in one pass over the grid.

        The same figures as :meth:`row_total` and :meth:`excess` row by row, without
        totalling a worker's rows again for each of them."""
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

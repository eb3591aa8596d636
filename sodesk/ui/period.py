"""The period chosen at the top of the window: presets per year and quarter, or a custom range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from sodesk.domain.period import Period
from sodesk.services.workspace import opening_period
from sodesk.ui.widgets.fields import pydate, qdate


def presets(years: list[int]) -> list[tuple[str, Period]]:
    """Whole years, then their quarters, newest first."""
    result = []
    for year in sorted(years, reverse=True):
        result.append((str(year), Period(dt.date(year, 1, 1), dt.date(year, 12, 31))))
        for quarter in range(4, 0, -1):
            start = dt.date(year, 3 * quarter - 2, 1)
            end = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
            result.append((f"Q{quarter} {year}", Period(start, end - dt.timedelta(days=1))))
    return result


class PeriodBar(QWidget):
    """A preset list and two date fields; emits ``period_changed`` with the chosen period."""

    period_changed = Signal(object)

    def __init__(
        self, years: list[int], parent: QWidget | None = None, opening: Period | None = None
    ) -> None:
        super().__init__(parent)
        self._presets = presets(years or [dt.date.today().year])
        self.combo = QComboBox()
        for label, _ in self._presets:
            self.combo.addItem(label)
        self.combo.addItem(self.tr("Custom…"))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.combo.setAccessibleName(self.tr("Period"))
        self.start.setAccessibleName(self.tr("Start of the period"))
        self.end.setAccessibleName(self.tr("End of the period"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period")))
        layout.addWidget(self.combo)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        self._set_dates(opening or opening_period(years))
        self._connect_signals()
        if opening is not None:
            self.set_period(opening)  # the preset's name in the list, when it is one

    def _connect_signals(self) -> None:
        self.combo.currentIndexChanged.connect(self._preset_chosen)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)

    def _set_dates(self, period: Period) -> None:
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def _preset_chosen(self, index: int) -> None:
        if 0 <= index < len(self._presets):
            self._set_dates(self._presets[index][1])
            self.period_changed.emit(self.period())

    def _dates_edited(self) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(len(self._presets))
        self.combo.blockSignals(False)
        if self.end.date() < self.start.date():
            self.end.setDate(self.start.date())
            return
        self.period_changed.emit(self.period())

    def period(self) -> Period:
        return Period(pydate(self.start.date()), pydate(self.end.date()))

    def set_period(self, period: Period) -> None:
        for index, (_, preset) in enumerate(self._presets):
            if preset == period:
                self.combo.setCurrentIndex(index)
                return
        self._set_dates(period)
        self._dates_edited()

"""Figure columns as wide as their figures, so a table's name column keeps the room.

Why not ``ResizeToContents``: Qt's header reserves the sort arrow's width in every section of a
sortable table, so narrow figure columns under a two-line header ("Productieve / uren") grow
by the arrow's width each; at 1366x768 beside a card the activity names were left a few letters.
Here each column is as wide as its widest cell or header line, and only the sorted column gets
the arrow's room (again whenever the sort changes).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

#: room around a header's text besides the style's own margins (pixels)
_PADDING = 12


def _header_text_width(table: QTableView, column: int) -> int:
    header = table.horizontalHeader()
    text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
    font = header.font()
    font.setBold(True)  # the widest a style may draw it
    metrics = QFontMetrics(font)
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _arrow_width(header: QHeaderView) -> int:
    option = QStyleOptionHeader()
    option.initFrom(header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    arrow = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, option, header)
    return margin + arrow


def fit_columns(table: QTableView, columns: Iterable[int]) -> None:
    """Each of ``columns`` as wide as its widest cell or header line; the sorted one wider."""
    header = table.horizontalHeader()
    sorted_column = header.sortIndicatorSection() if header.isSortIndicatorShown() else -1
    arrow = _arrow_width(header)
    for column in columns:
        if header.isSectionHidden(column):
            continue
        width = max(table.sizeHintForColumn(column), _header_text_width(table, column) + _PADDING)
        if column == sorted_column:
            width += arrow
        header.resizeSection(column, width)

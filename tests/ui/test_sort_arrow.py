"""A header's sort arrow points up for A to Z (oldest first) and down for newest first."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle, QTableView


def _arrow(table: QTableView) -> QImage:
    header = table.horizontalHeader()
    image = QImage(header.sectionSize(0), header.height(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    header.style().drawControl(
        QStyle.ControlElement.CE_Header, _option(header), painter, header
    )
    painter.end()
    return image


def _option(header):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionHeader

    option = QStyleOptionHeader()
    option.initFrom(header)
    option.rect = QRect(0, 0, header.sectionSize(0), header.height())
    option.section = 0
    option.text = ""
    option.sortIndicator = (
        QStyleOptionHeader.SortIndicator.SortDown
        if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        else QStyleOptionHeader.SortIndicator.SortUp
    )  # as QHeaderView gives it
    return option


def _points_up(image: QImage) -> bool:
    """A triangle pointing up is wider in its lower rows than in its upper ones."""
    rows = []
    for y in range(image.height()):
        dark = sum(1 for x in range(image.width()) if image.pixelColor(x, y).lightness() < 160)
        if dark:
            rows.append(dark)
    assert len(rows) >= 2, "no arrow drawn"
    half = len(rows) // 2
    return sum(rows[half:]) > sum(rows[:half])


def test_ascending_points_up_and_descending_down(dutch_app: QApplication) -> None:
    model = QStandardItemModel(3, 1)
    for row, text in enumerate(("b", "a", "c")):
        model.setItem(row, 0, QStandardItem(text))
    model.setHorizontalHeaderLabels(["Datum"])
    table = QTableView()
    table.setModel(model)
    table.setSortingEnabled(True)
    table.resize(300, 200)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _points_up(_arrow(table))
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert not _points_up(_arrow(table))

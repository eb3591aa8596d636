"""The navigation on the left: the pages grouped by the user's work, each with its icon.

One row per page, so a row is a page's index in the window's stack; the first page of a
group draws the group's caption above itself (the delegate), and carries it as its
accessible description, so a screen reader says "Geld" when the user arrives in that group.
Ctrl+1 ... Ctrl+9 choose a page from anywhere in the window (MainWindow).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sodesk.ui import icons, style
from sodesk.ui.page_registry import PageSpec, group_title

#: item data: the caption drawn above the first page of a group ("" for the others)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class _GroupedDelegate(QStyledItemDelegate):
    """Draws a page's row, and above the first page of a group its group's caption."""

    def _caption_height(self, option: QStyleOptionViewItem) -> int:
        return int(option.fontMetrics.height() * 2.1)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), int(option.fontMetrics.height() * 2.0)))
        if index.data(GROUP_ROLE):
            size.setHeight(size.height() + self._caption_height(option))
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        caption = index.data(GROUP_ROLE)
        if not caption:
            super().paint(painter, option, index)
            return
        height = self._caption_height(option)
        band = QRect(option.rect)
        band.setHeight(height)
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        painter.setFont(font)
        painter.setPen(style.current().muted)
        painter.drawText(
            band.adjusted(8, 0, -4, -3),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            caption.upper(),
        )
        painter.restore()
        item = QStyleOptionViewItem(option)
        item.rect = option.rect.adjusted(0, height, 0, 0)
        super().paint(painter, item, index)


class Navigation(QListWidget):
    """The list of pages; ``currentRowChanged`` tells which one the user chose."""

    def __init__(self, specs: list[PageSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigation")
        self.setAccessibleName(self.tr("Navigation"))
        self.setAccessibleDescription(
            self.tr("The pages, grouped by work; Ctrl+1 to Ctrl+9 open them directly")
        )
        self.setItemDelegate(_GroupedDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setIconSize(QSize(20, 20))
        self.setSpacing(1)
        previous = None
        for number, spec in enumerate(specs, start=1):
            item = QListWidgetItem(icons.icon(spec.key), spec.title())
            first = spec.group != previous
            previous = spec.group
            group = group_title(spec.group) if spec.group else ""
            item.setData(GROUP_ROLE, group if first else "")
            where = self.tr("Group %1").replace("%1", group) if group else ""
            keys = f"Ctrl+{number}" if number <= 9 else ""
            item.setData(
                Qt.ItemDataRole.AccessibleDescriptionRole, ", ".join(x for x in (where, keys) if x)
            )
            item.setToolTip(keys)
            self.addItem(item)
        self.setFixedWidth(self._width(specs))

    def _width(self, specs: list[PageSpec]) -> int:
        metrics = self.fontMetrics()
        texts = [spec.title() for spec in specs] + [
            group_title(spec.group).upper() for spec in specs if spec.group
        ]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=80)
        return widest + self.iconSize().width() + 48

    def recolour(self, specs: list[PageSpec]) -> None:
        """Paint the icons again in the palette's colours (the system changed its scheme)."""
        for row, spec in enumerate(specs):
            self.item(row).setIcon(icons.icon(spec.key))

"""Help > Sneltoetsen: every key the window answers to, in one table.

The window's own actions (menus) list themselves with their shortcuts, so the table cannot
drift from what the keys do; the keys the pages and the standard controls answer to are
listed below them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sodesk.ui.i18n import QT_TRANSLATE_NOOP


def _key(sequence: QKeySequence.StandardKey) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


_STANDARD = (
    (QKeySequence.StandardKey.Find, QT_TRANSLATE_NOOP("Shortcuts", "Search (Workers, Activities)")),
    (QKeySequence.StandardKey.New, QT_TRANSLATE_NOOP("Shortcuts", "New worker (Workers)")),
    (
        QKeySequence.StandardKey.Save,
        QT_TRANSLATE_NOOP("Shortcuts", "Save the card, the week or the settings"),
    ),
    (
        QKeySequence.StandardKey.Delete,
        QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected worker (asks first)"),
    ),
)
_NAMED = (
    (QT_TRANSLATE_NOOP("Shortcuts", "F5"), QT_TRANSLATE_NOOP("Shortcuts", "Refresh the page")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Esc"),
        QT_TRANSLATE_NOOP("Shortcuts", "Discard the changes of the card"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Next or previous control, in reading order"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Tab, Ctrl+Shift+Tab"),
        QT_TRANSLATE_NOOP("Shortcuts", "Leave a grid you type in (Tab moves between its cells)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Arrow keys"),
        QT_TRANSLATE_NOOP("Shortcuts", "Move in a list, a table or the hours grid"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Enter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open the selected row; in the hours grid: the cell below"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Press the focused button or tick the focused box"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("Shortcuts", "Open a menu or press a button"),
    ),
)


def page_keys() -> list[tuple[str, str]]:
    """The keys pages and controls answer to (key in the user's language, what it does)."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Shortcuts", text)

    return [(_key(sequence), tr(does)) for sequence, does in _STANDARD] + [
        (tr(keys), tr(does)) for keys, does in _NAMED
    ]


def window_keys(window: QWidget) -> list[tuple[str, str]]:
    """The window's actions that have a shortcut, in menu order."""
    rows = []
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.isVisible():
            continue
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        rows.append((keys, text.rstrip("…").strip()))
    return rows


class ShortcutsDialog(QDialog):
    """A read-only table of keys and what they do; Esc or Enter closes it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = window_keys(window) + page_keys()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (keys, does) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(does))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Everything in sodesk can be done with the keyboard."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def rows(self) -> list[tuple[str, str]]:
        return [(self._text(r, 0), self._text(r, 1)) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

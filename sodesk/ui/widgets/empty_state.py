"""A page's "nothing here yet" text with an Import… button, for the empty states that say
"import a file": the user can act on the advice at once.

The page passes whether its user may import (services.imports.may_import: job coaches may
not); without that right the button is not there. The page forwards ``import_requested``
and the main window opens the import dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A word-wrapped text and, for a user who may import, an Import… button under it."""

    import_requested = Signal()

    def __init__(
        self, text: str, *, importable: bool, centred: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # parented at once: a parentless widget made visible flashes up as a window of its
        # own and takes the focus from the main window (pages are built while it shows)
        self.label = QLabel(text, self, wordWrap=True)
        self.button = QPushButton(self.tr("Import…"), self)
        self.button.setToolTip(self.tr("Import a folder of CSV files or an Excel workbook"))
        self.button.setVisible(importable)
        self.button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        where = Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft
        self.label.setAlignment(where)
        if centred:
            layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, where)
        if centred:
            layout.addStretch(1)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        self.label.setText(text)

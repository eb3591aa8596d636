"""A visible note under a page's key figures: which parameters the figures lack.

Why: a result computed without the company's year or past WML's horizon must not look real
where the user looks first. The page says "incomplete" in its tiles or summary; this note,
right under them, says why, in the window's language (in Dutch the report's own messages,
the same as the PDF's box and the JSON's ``incomplete``). It is hidden when the figures are
complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from sodesk.domain.completeness import Gap
from sodesk.ui.finding_texts import gap_text
from sodesk.ui.style import current


class IncompleteNote(QLabel):
    """A red-edged note listing the gaps' messages; hidden when there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incompleteNote")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setStyleSheet(
            f"QLabel#incompleteNote {{ border: 1px solid {current().loss}; "
            f"background: {current().note}; "
            "padding: 4px 6px; }"
        )
        self.lines: list[str] = []
        self.hide()

    def show_gaps(self, gaps: Sequence[Gap]) -> None:
        """Show the messages of ``gaps``, or hide the note when there are none."""
        self.lines = list(dict.fromkeys(gap_text(gap) for gap in gaps))
        if not self.lines:
            self.clear()
            self.hide()
            return
        headline = self.tr("Incomplete: the figures lack parameters and are not complete.")
        items = "<br>".join(f"• {escape(line)}" for line in self.lines)
        self.setText(f'<b style="color: {current().loss}">{escape(headline)}</b><br>{items}')
        self.show()

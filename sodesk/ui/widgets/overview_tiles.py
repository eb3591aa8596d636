"""A key-figure tile of the overview (kerncijfer): a caption, one large figure, a sentence.

The figure and sentence arrive formatted (sodesk.domain.display); a negative figure is shown
in red and keeps its minus sign, so the colour is never the only sign of a loss. Colours and
sizes come from the style sheet (ui/style.py), the same for every tile in either palette.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from sodesk.ui.style import set_tone, tone


class Tile(QFrame):
    """One tile: ``caption`` above, ``value`` large, ``detail`` below (word-wrapped)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        self.caption = QLabel(caption)
        self.caption.setObjectName("tileCaption")
        self.value = QLabel()
        self.value.setObjectName("tileValue")
        self.detail = QLabel(wordWrap=True)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.show_figure("", "")

    def show_figure(self, value: str, detail: str, negative: bool = False) -> None:
        """Show a formatted figure; ``negative`` draws it red (its text keeps the minus)."""
        set_tone(self.value, "loss" if negative else None)
        self.value.setText(value)
        # an amount stays on one line: '€' and its figure never part at the end of a line
        self.detail.setText(detail.replace("€ ", "€\N{NO-BREAK SPACE}"))
        self.setToolTip(detail)
        # a screen reader reads the tile as one piece: caption, figure, sentence
        self.setAccessibleName(f"{self.caption.text()}: {value}")
        self.setAccessibleDescription(detail)

    def detail_text(self) -> str:
        """The sentence as display.euro wrote it (plain spaces)."""
        return self.detail.text().replace("\N{NO-BREAK SPACE}", " ")

    def is_negative(self) -> bool:
        return tone(self.value) == "loss"

"""A key-figure tile of the overview (kerncijfer): a caption, one large figure, a sentence.

The figure and sentence arrive formatted (sodesk.domain.display); a negative figure is shown
in red and keeps its minus sign, so the colour is never the only sign of a loss.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

LOSS_RED = "#b00020"
ACCENT = "#1f4e79"


class Tile(QFrame):
    """One tile: ``caption`` above, ``value`` large, ``detail`` below (word-wrapped)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("font-weight: bold; color: #555;")
        self.value = QLabel()
        self.value.setObjectName("tileValue")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 3)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.show_figure("", "")

    def show_figure(self, value: str, detail: str, negative: bool = False) -> None:
        """Show a formatted figure; ``negative`` draws it red (its text keeps the minus)."""
        colour = LOSS_RED if negative else ACCENT
        self.value.setStyleSheet(f"font-size: 22px; font-weight: bold; color: {colour};")
        self.value.setText(value)
        # an amount stays on one line: '€' and its figure never part at the end of a line
        self.detail.setText(detail.replace("€ ", "€\N{NO-BREAK SPACE}"))
        self.setToolTip(detail)

    def detail_text(self) -> str:
        """The sentence as display.euro wrote it (plain spaces)."""
        return self.detail.text().replace("\N{NO-BREAK SPACE}", " ")

    def is_negative(self) -> bool:
        return LOSS_RED in self.value.styleSheet()

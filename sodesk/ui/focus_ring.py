"""A visible focus for every control: a ring in the highlight colour around the focused one.

Styles draw focus differently per control and per platform (Fusion marks a line edit, but
not a combo box or a table); one ring, drawn by the window over whatever has the keyboard
focus, makes it visible everywhere in the same way, in both palettes (WCAG 2.4.7).
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from shiboken6 import isValid

from sodesk.ui.style import current

#: the ring's width in device-independent pixels
WIDTH = 2


class FocusRing(QWidget):
    """Follows the focus inside ``window``; draws nothing while the focus is elsewhere."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.target: QWidget | None = None
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        app = cast(QApplication, QApplication.instance())  # a window exists: an application does
        app.focusChanged.connect(self._focus_changed)

    def _watch(self, widget: QWidget | None, watch: bool) -> None:
        """Follow ``widget`` and its containers (a splitter moved, a card resized)."""
        while widget is not None and isValid(widget) and widget is not self.window_:
            if watch:
                widget.installEventFilter(self)
            else:
                widget.removeEventFilter(self)
            widget = widget.parentWidget()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._watch(self.target, False)
        self.target = None
        while new is not None and new.focusProxy() is not None:
            new = new.focusProxy()
        # the ring goes around a scroll area, not its viewport; around a spin box, not its
        # inner line edit
        scroll = new.parentWidget() if new is not None else None
        if isinstance(scroll, QAbstractScrollArea) and scroll.viewport() is new:
            new = scroll
        if new is not None and new.parentWidget() is not None and not new.isWindow():
            outer = new.parentWidget()
            if type(outer).__name__ in ("QDateEdit", "QSpinBox", "QDoubleSpinBox", "QComboBox"):
                new = outer
        if new is None or new is self.window_ or not self.window_.isAncestorOf(new):
            self.hide()
            return
        self.target = new
        self._watch(new, True)
        self._follow()

    def _follow(self) -> None:
        target = self.target
        if target is None or not isValid(target) or not target.isVisible():
            self.hide()
            return
        top_left = target.mapTo(self.window_, target.rect().topLeft())
        x, y = top_left.x() - 1, top_left.y() - 1
        self.setGeometry(x, y, target.width() + 2, target.height() + 2)
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.target is not None and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            self._follow()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(current().highlight), WIDTH)
        painter.setPen(pen)
        half = WIDTH / 2
        painter.drawRoundedRect(
            QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3
        )

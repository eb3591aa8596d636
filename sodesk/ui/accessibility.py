"""Names every control of a page for assistive technology, in one place for all pages.

A screen reader announces a control by its accessible name. Qt derives one for buttons
(their text) and for fields that have a buddy label or a label in a QFormLayout row; every
other control (a search box, a combo box beside a free QLabel, a table under a heading) would
be announced only by its role ("bewerkveld"). ``name_controls`` gives each such control the
text that a sighted user reads for it, in this order:

1. the label whose buddy it is, or its QFormLayout label;
2. the placeholder text of a line edit;
3. the nearest label before it in its own layout (the QLabel left of a combo box, the heading
   above a table);
4. its tooltip.

Its description becomes its tooltip when it has none. All these texts come through tr(), so
the names are Dutch in the Dutch window. A control that still has no name is returned, and
tests/ui/test_accessibility.py fails on it; such a control gets an explicit name via tr().
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: the kinds of widget a user operates (and a screen reader must name)
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    QTabBar,
)


def is_control(widget: QWidget) -> bool:
    """A widget the user operates by itself (not a part of another control, not a scroll bar)."""
    if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView | QScrollBar):
        return False
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
        return False
    parent = widget.parentWidget()
    # the line edit inside a spin box or an editable combo box, a calendar's own buttons
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return False
        if type(parent).__name__ == "QCalendarWidget":
            return False
        parent = parent.parentWidget()
    return True


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (what Qt itself derives included)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return widget.accessibleName()
    return interface.text(QAccessible.Text.Name).strip()


def _clean(text: str) -> str:
    """A label's text without mnemonics, rich text or a trailing colon."""
    if "<" in text:  # rich text: the plain words
        from PySide6.QtGui import QTextDocumentFragment

        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def _layout_of(widget: QWidget) -> QLayout | None:
    """The layout that holds ``widget`` (searched in its parent's layouts)."""
    parent = widget.parentWidget()
    if parent is None or parent.layout() is None:
        return None
    stack: list[QLayout] = [parent.layout()]
    while stack:
        layout = stack.pop()
        if layout.indexOf(widget) >= 0:
            return layout
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if child is not None:
                stack.append(child)
    return None


def _label_before(widget: QWidget) -> str:
    """The text of the nearest visible-to-be label before ``widget`` in its own layout."""
    layout = _layout_of(widget)
    if layout is None:
        return ""
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel) and label.text():
            return _clean(label.text())
    index = layout.indexOf(widget)
    if isinstance(layout, QGridLayout):
        row, column, _, _ = layout.getItemPosition(index)
        for col in range(column - 1, -1, -1):
            item = layout.itemAtPosition(row, col)
            found = item.widget() if item is not None else None
            if isinstance(found, QLabel) and found.text():
                return _clean(found.text())
        return ""
    for i in range(index - 1, -1, -1):
        found = layout.itemAt(i).widget()
        if isinstance(found, QLabel) and found.text().strip():
            return _clean(found.text())
        if found is not None and is_control(found):
            return ""  # the label before belongs to another control
    return ""


def _buddy_label(widget: QWidget, labels: list[QLabel]) -> str:
    for label in labels:
        if label.buddy() is widget and label.text():
            return _clean(label.text())
    return ""


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every control under ``root`` a name and a description; return the nameless."""
    labels = root.findChildren(QLabel)
    nameless = []
    for widget in root.findChildren(QWidget):
        if not is_control(widget):
            continue
        if not widget.accessibleDescription() and widget.toolTip():
            widget.setAccessibleDescription(_clean(widget.toolTip()))
        if widget.accessibleName() or accessible_name(widget):
            continue
        name = (
            _buddy_label(widget, labels)
            or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
            or _label_before(widget)
            or _clean(widget.toolTip())
        )
        if name:
            widget.setAccessibleName(name)
        else:
            nameless.append(widget)
    return nameless

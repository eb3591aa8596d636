"""Names every control of a page for assistive technology, in one place for all pages.

A screen reader announces a control by its accessible name. Qt derives one for buttons
(their text) and for fields that have a buddy label or a label in a QFormLayout row; every
other control (a search box, a combo box beside a free QLabel, a table under a heading) would
be announced only by its role ("bewerkveld"). ``name_controls`` gives each such control the
text that a sighted user reads for it, in this order:

1. the label whose buddy it is, or its QFormLayout label;
2. the placeholder text of a line edit;
3. the nearest label before it in its own layout (the QLabel left of a combo box, the heading
   above a table), or the form label of the row its layout sits in;
4. its tooltip;
5. a chart's title; the tab it is on; for a table or list, the title of its page or dialog;
6. for a combo box without a label (a filter), its first choice ("Alle doelgroepen").

Its description is its tooltip, else how a control of its kind is used from the keyboard.
All these texts come through tr(), so they are Dutch in the Dutch window. A control that
still has no name is returned, and tests/ui/test_accessibility.py fails on it; such a
control gets an explicit name via tr().
"""

from __future__ import annotations

from itertools import pairwise
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGraphicsView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from sodesk.ui.i18n import QT_TRANSLATE_NOOP
from sodesk.ui.pages.base import Page

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
    QGraphicsView,  # the charts
)


def is_control(widget: QWidget) -> bool:
    """A widget the user operates by itself (not a part of another control, not a scroll bar)."""
    if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView | QScrollBar):
        return False
    if widget.objectName() == "qt_tableview_cornerbutton":  # selects all; mouse only
        return False
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and not isinstance(widget, QAbstractButton):
        return False
    parent = widget.parentWidget()
    # the line edit inside a spin box or an editable combo box, a calendar's own buttons
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabBar | QLineEdit):
            return False
        if type(parent).__name__ == "QCalendarWidget":
            return False
        parent = parent.parentWidget()
    return True


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (what Qt itself derives included).

    A combo box's own name: Qt on Linux reports its current value as the name (and points to
    its label by a relation); on Windows, where the desks are, the name is what is set.
    """
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip()
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
    text = " ".join(text.split()).rstrip(":").strip()
    return text if any(ch.isalpha() for ch in text) else ""  # not a lone "–" or "◀"


def _layouts_of(widget: QWidget) -> list[QLayout]:
    """The layout that holds ``widget`` and the layouts around it, innermost first."""
    parent = widget.parentWidget()
    around = parent.layout() if parent is not None else None
    if around is None:
        return []
    stack: list[tuple[QLayout, list[QLayout]]] = [(around, [])]
    while stack:
        layout, outer = stack.pop()
        if layout.indexOf(widget) >= 0:
            return [layout, *reversed(outer)]
        for i in range(layout.count()):
            item = layout.itemAt(i)
            child = item.layout() if item is not None else None
            if child is not None:
                stack.append((child, [*outer, layout]))
    return []


def _form_label(layouts: list[QLayout]) -> str:
    """The label of the QFormLayout row that the innermost layout sits in, if any."""
    for inner, outer in pairwise(layouts):
        if isinstance(outer, QFormLayout):
            label = outer.labelForField(inner)
            if isinstance(label, QLabel):
                return _clean(label.text())
    return ""


def _label_before(widget: QWidget) -> str:
    """The text of the nearest label before ``widget`` in its own layout, or its form row's."""
    layouts = _layouts_of(widget)
    if not layouts:
        return ""
    layout = layouts[0]
    if isinstance(layout, QFormLayout):
        label = layout.labelForField(widget)
        if isinstance(label, QLabel) and label.text():
            return _clean(label.text())
    index = layout.indexOf(widget)
    if isinstance(layout, QGridLayout):
        # PySide6's stubs type the position as any object; it is (row, column, spans)
        row, column, _, _ = cast(tuple[int, int, int, int], layout.getItemPosition(index))
        for col in range(column - 1, -1, -1):
            item = layout.itemAtPosition(row, col)
            found = item.widget() if item is not None else None
            if isinstance(found, QLabel) and found.text():
                return _clean(found.text())
        return ""
    for i in range(index - 1, -1, -1):
        item = layout.itemAt(i)
        found = item.widget() if item is not None else None
        if isinstance(found, QLabel) and _clean(found.text()):
            return _clean(found.text())
        if found is not None and is_control(found):
            break  # the label before belongs to another control
    return _form_label(layouts)


def _context_name(widget: QWidget) -> str:
    """A chart's title; else the tab the widget is on; else, for a table or list, its page's
    title (the page's one list is named after the page)."""
    chart = getattr(widget, "chart", None)
    if callable(chart) and chart() is not None and _clean(chart().title()):
        return _clean(chart().title())
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            index = tabs.indexOf(child)
            if index >= 0 and _clean(tabs.tabText(index)):
                return _clean(tabs.tabText(index))
        if isinstance(widget, QAbstractItemView) and isinstance(parent, Page):
            return _clean(parent.title())
        if isinstance(widget, QAbstractItemView) and isinstance(parent, QDialog):
            return _clean(parent.windowTitle())
        child, parent = parent, parent.parentWidget()
    return ""


def _buddy_label(widget: QWidget, labels: list[QLabel]) -> str:
    for label in labels:
        if label.buddy() is widget and label.text():
            return _clean(label.text())
    return ""


#: how each kind of control is used from the keyboard (its description without a tooltip)
_USAGE = {
    "grid": QT_TRANSLATE_NOOP(
        "Accessibility", "Grid: type a value; Tab moves right, Enter down, Ctrl+Tab leaves it"
    ),
    "list": QT_TRANSLATE_NOOP(
        "Accessibility", "List: arrow keys move through the rows, Enter opens the selected row"
    ),
    "choice": QT_TRANSLATE_NOOP(
        "Accessibility", "Choice list: Alt+Down opens the choices, arrow keys choose"
    ),
    "date": QT_TRANSLATE_NOOP(
        "Accessibility", "Date as dd-mm-yyyy: type it, or Up and Down change the part"
    ),
    "number": QT_TRANSLATE_NOOP("Accessibility", "Number: type it, or Up and Down change it"),
    "tabs": QT_TRANSLATE_NOOP("Accessibility", "Tabs: Left and Right choose a tab"),
    "tick": QT_TRANSLATE_NOOP("Accessibility", "Space ticks or unticks"),
    "button": QT_TRANSLATE_NOOP("Accessibility", "Button: Space or Enter presses it"),
    "text": QT_TRANSLATE_NOOP("Accessibility", "Text field: type the text"),
    "chart": QT_TRANSLATE_NOOP(
        "Accessibility", "Chart: the same figures are in the table or text beside it"
    ),
}


def _kind(widget: QWidget) -> str:
    if isinstance(widget, QAbstractItemView):
        return "grid" if is_typed_grid(widget) else "list"
    kinds: tuple[tuple[type | tuple[type, ...], str], ...] = (
        (QComboBox, "choice"),
        (QDateTimeEdit, "date"),
        (QAbstractSpinBox, "number"),
        (QTabBar, "tabs"),
        ((QCheckBox, QRadioButton), "tick"),
        (QAbstractButton, "button"),
        ((QLineEdit, QTextEdit, QPlainTextEdit), "text"),
        (QGraphicsView, "chart"),
    )
    return next((kind for classes, kind in kinds if isinstance(widget, classes)), "")


def usage(widget: QWidget) -> str:
    """How a control of this kind is used from the keyboard: the description of a control
    that has no tooltip of its own."""
    kind = _kind(widget)
    return QCoreApplication.translate("Accessibility", _USAGE[kind]) if kind else ""


def name_controls(root: QWidget) -> list[QWidget]:
    """Give every control under ``root`` a name and a description; return the nameless.

    Tab also goes on from every read-only table (``_tab_leaves``).
    """
    labels = root.findChildren(QLabel)
    nameless = []
    for widget in root.findChildren(QWidget):
        if not is_control(widget):
            continue
        if isinstance(widget, QAbstractItemView):
            _tab_leaves(widget)
        if not widget.accessibleDescription():
            widget.setAccessibleDescription(_clean(widget.toolTip()) or usage(widget))
        if widget.accessibleName() or (
            # on Linux Qt reports a combo box's value as its name; Windows reports none
            not isinstance(widget, QComboBox) and accessible_name(widget)
        ):
            continue
        name = (
            _buddy_label(widget, labels)
            or (widget.placeholderText() if isinstance(widget, QLineEdit) else "")
            or _label_before(widget)
            or _clean(widget.toolTip())
            or _context_name(widget)
            # a filter without a label: its first choice says what it filters ("Alle
            # doelgroepen")
            or (_clean(widget.itemText(0)) if isinstance(widget, QComboBox) else "")
        )
        if name:
            widget.setAccessibleName(name)
        else:
            nameless.append(widget)
    return nameless


def is_typed_grid(view: QAbstractItemView) -> bool:
    """A table the user types into (the hours grid): Tab moves from cell to cell there."""
    model = view.model()
    if model is None or view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
        return False
    try:
        columns = model.columnCount()
    except TypeError:  # a list model hides columnCount: one column
        columns = 1
    rows = min(model.rowCount(), 3)
    return any(
        model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
        for row in range(rows)
        for column in range(columns)
    )


class _CtrlTabLeaves(QObject):
    """Ctrl+Tab and Ctrl+Shift+Tab leave a grid in which Tab moves between cells."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QAbstractItemView):
            return False
        key = event.key()
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if not control or key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        backwards = key == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        watched.setTabKeyNavigation(False)
        try:
            (watched.focusPreviousChild if backwards else watched.focusNextChild)()
        finally:
            watched.setTabKeyNavigation(True)
        return True


def _tab_leaves(view: QAbstractItemView) -> None:
    """Tab goes on from a read-only table (Qt's default keeps it inside, moving from cell to
    cell, which traps a keyboard user); a grid typed into keeps Tab for its cells and is left
    with Ctrl+Tab."""
    if is_typed_grid(view):
        if view.property("ctrlTabLeaves") is None:
            leaves = _CtrlTabLeaves(view)
            view.installEventFilter(leaves)
            view.setProperty("ctrlTabLeaves", True)
    elif view.model() is not None and view.model().rowCount():
        view.setTabKeyNavigation(False)

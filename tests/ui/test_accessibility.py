"""Every page can be used with a screen reader and with the keyboard alone.

Walked on the demo company in Dutch, page by page, as assistive technology sees it
(QAccessible), and as a keyboard user moves (Tab, from the navigation through the page).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sodesk.services.workspace import Workspace
from sodesk.ui.accessibility import accessible_name, is_control, is_typed_grid
from sodesk.ui.i18n import TRANSLATIONS
from sodesk.ui.main_window import MainWindow
from sodesk.ui.pages.base import Page
from sodesk.ui.screenshots import wait_until_loaded
from sodesk.ui.style import current


@pytest.fixture
def window(
    dutch_app: QApplication, qtbot: QtBot, demo_workspace: Workspace
) -> Iterator[MainWindow]:
    window = MainWindow(demo_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    yield window


def _visit(window: MainWindow, page: Page) -> None:
    window.show_page(page.key)
    wait_until_loaded(page)
    QCoreApplication.processEvents()


def _english_only() -> set[str]:
    """English source strings whose Dutch is different: never a name in the Dutch window."""
    english = set()
    for message in ET.parse(TRANSLATIONS / "sodesk_nl.ts").getroot().iter("message"):
        source, dutch = message.findtext("source") or "", message.findtext("translation") or ""
        if source != dutch and len(source) > 3:
            english.add(source.replace("&", "").rstrip("…:").strip())
    return english


def _shown_controls(page: QWidget) -> list[QWidget]:
    return [w for w in page.findChildren(QWidget) if is_control(w) and w.isVisible()]


def test_every_control_of_every_page_has_a_dutch_name_and_description(window: MainWindow) -> None:
    english = _english_only()
    nameless: list[str] = []
    untranslated: list[str] = []
    seen = 0
    for page in window.pages:
        _visit(window, page)
        for widget in [w for w in page.findChildren(QWidget) if is_control(w)]:
            interface = QAccessible.queryAccessibleInterface(widget)
            assert interface is not None and interface.isValid()
            name = accessible_name(widget)
            description = interface.text(QAccessible.Text.Description).strip()
            if isinstance(widget, QTabBar):  # Qt reads each tab as a child, the bar's own
                description = widget.accessibleDescription()  # description from the widget
            seen += 1
            where = f"{page.key}: {type(widget).__name__} {widget.objectName()!r}"
            if not name or not description:
                nameless.append(f"{where} name {name!r} description {description!r}")
            for text in (name, description):
                if text.rstrip("…:.").strip() in english:
                    untranslated.append(f"{where} {text!r}")
    assert seen > 150  # the walk reached the pages' controls, hidden tabs included
    assert nameless == []
    assert untranslated == []


def test_the_window_chrome_is_named_too(window: MainWindow) -> None:
    chrome = [window.navigation, window.period_bar.combo, window.period_bar.start]
    chrome.append(window.period_bar.end)
    assert [accessible_name(w) for w in chrome] == [
        "Navigatie",
        "Periode",
        "Begin van de periode",
        "Einde van de periode",
    ]
    descriptions = [
        window.navigation.item(r).data(Qt.ItemDataRole.AccessibleDescriptionRole)
        for r in range(window.navigation.count())
    ]
    assert descriptions[0] == "Groep Dagelijks werk, Ctrl+1"
    assert descriptions[4] == "Groep Geld, Ctrl+5"
    assert descriptions[8] == "Groep Beheer, Ctrl+9"


def test_tables_are_read_with_their_column_headers(window: MainWindow) -> None:
    """A screen reader announces a cell with its column's header: every column of every
    table shown has a header text, and the table is exposed as a table."""
    checked = 0
    for page in window.pages:
        _visit(window, page)
        for view in page.findChildren(QAbstractItemView):
            model = view.model()
            if not is_control(view) or not view.isVisible() or model is None:
                continue
            interface = QAccessible.queryAccessibleInterface(view)
            if interface.role() != QAccessible.Role.Table:
                continue
            checked += 1
            header = view.horizontalHeader()  # type: ignore[attr-defined]
            assert not header.isHidden(), page.key
            columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
            texts = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
            assert all(str(t or "").strip() for t in texts), (page.key, texts)
            # the column headers come first among the table's children, with their texts
            children = [interface.child(i) for i in range(min(interface.childCount(), 40))]
            announced = [
                c.text(QAccessible.Text.Name)
                for c in children
                if c is not None and c.role() == QAccessible.Role.ColumnHeader
            ]
            assert [str(t) for t in texts] == [
                announced[c] for c in columns if c < len(announced)
            ], page.key
    assert checked >= 8


def _area(widget: QWidget, page: QWidget) -> QRect:
    top_left = widget.mapTo(page, widget.rect().topLeft())
    return QRect(top_left, widget.size())


def _control(widget: QWidget | None) -> QWidget | None:
    """The control a focus widget is part of (the date edit of its inner line edit)."""
    while widget is not None and not is_control(widget):
        widget = widget.parentWidget()
    return widget


def _tab_through(window: MainWindow, page: Page) -> list[QWidget]:
    """The controls of ``page`` in the order Tab reaches them, from the navigation on."""
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    QCoreApplication.processEvents()
    order: list[QWidget] = []
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None
        grid = _control(focused)
        if isinstance(grid, QAbstractItemView) and grid.tabKeyNavigation():
            assert is_typed_grid(grid), f"{page.key}: Tab is kept in {accessible_name(grid)}"
            QTest.keyClick(grid, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        else:
            focused.focusNextChild()
        QCoreApplication.processEvents()
        control = _control(QApplication.focusWidget())
        if control is None or not page.isAncestorOf(control):
            if order:
                return order  # left the page: the period bar or the navigation comes next
            continue
        if order and control is order[-1]:
            continue
        assert control not in order, f"{page.key}: Tab comes back to {accessible_name(control)}"
        order.append(control)
    raise AssertionError(f"{page.key}: Tab never leaves the page")


def _reading_order_problem(a: QRect, b: QRect) -> str:
    """Reading order, from control a to the next control b: in one row, left to right; in
    one column, top to bottom. (From a list on the left to a card on the right, the card's
    top may lie above the list's bottom: different rows and columns, no rule.)"""
    same_row = a.top() <= b.center().y() <= a.bottom() or b.top() <= a.center().y() <= b.bottom()
    same_column = a.left() < b.right() and b.left() < a.right()
    if same_row and b.left() < a.left():
        return "goes left in a row"
    if not same_row and same_column and b.top() < a.top():
        return "goes up in a column"
    return ""


def test_tab_reaches_every_control_of_every_page_in_reading_order(window: MainWindow) -> None:
    problems: list[str] = []
    for page in window.pages:
        _visit(window, page)
        order = _tab_through(window, page)
        reachable = [
            w
            for w in _shown_controls(page)
            if w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        missing = [accessible_name(w) for w in reachable if w not in order]
        assert missing == [], f"{page.key}: Tab never reaches {missing}"
        for a, b in pairwise(order):
            problem = _reading_order_problem(_area(a, page), _area(b, page))
            if problem:
                problems.append(
                    f"{page.key}: {accessible_name(a)!r} -> {accessible_name(b)!r} {problem}"
                )
    assert problems == []


def test_the_focus_is_visible(window: MainWindow, qtbot: QtBot) -> None:
    """A focused field and a focused button look different from unfocused ones."""
    page = window.show_page("workers")
    wait_until_loaded(page)
    for kind in (QLineEdit, QPushButton, QComboBox, QTabBar):
        widget = next(w for w in _shown_controls(page) if isinstance(w, kind) and w.isEnabled())
        around = _area(widget, window).adjusted(-3, -3, 3, 3)
        window.navigation.setFocus()
        QCoreApplication.processEvents()
        before = window.grab(around).toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=2_000)
        QCoreApplication.processEvents()
        after = window.grab(around).toImage()
        assert before != after, kind.__name__
        # the ring is in the highlight colour, on the control's edge
        edge = {after.pixelColor(x, 2).name() for x in range(4, after.width() - 4)}
        assert current().highlight in edge, kind.__name__


def test_every_page_opens_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    for row in range(len(window.specs)):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == row
        assert window.navigation.currentRow() == row
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.hasFocus()


def test_the_shortcuts_are_listed_under_help(window: MainWindow, qtbot: QtBot) -> None:
    help_menu = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu()
    titles = [a.text() for a in help_menu.actions()]
    assert titles == ["&Sneltoetsen…"]
    help_menu.actions()[0].trigger()
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2_000)
    rows = dict(dialog.rows())
    assert rows["Ctrl+1"] == "Overzicht" and rows["Ctrl+9"] == "Instellingen"
    assert rows["Ctrl+I"] == "Importeren"
    assert rows["F5"] == "De pagina vernieuwen"
    assert rows["Ctrl+S"] == "De kaart, de week of de instellingen opslaan"
    # every key the window's menus answer to is in the list
    for action in window.findChildren(type(window.quit_action)):
        if not action.shortcut().isEmpty() and action.isVisible():
            listed = ", ".join(k.toString() for k in action.shortcuts())
            assert listed in rows, action.text()
    dialog.close()


def test_the_dialogs_name_their_controls(window: MainWindow) -> None:
    """The import dialog (its two result tables too) and the sign-in dialog."""
    from sodesk.ui.login import LoginDialog

    dialog = window.open_import()
    assert dialog is not None
    login = LoginDialog(window.workspace, window)
    for root in (dialog, login):
        controls = [w for w in root.findChildren(QWidget) if is_control(w)]
        assert len(controls) >= 4
        assert [type(w).__name__ for w in controls if not accessible_name(w)] == []
    dialog.reject()
    login.reject()

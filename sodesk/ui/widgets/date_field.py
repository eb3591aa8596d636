"""A date field that is one stop in the Tab order and never takes a duration for a date.

Qt's QDateEdit moves Tab through its day, month and year before the next field, so a
coach who tabs from Datum and types "0:45" one field early changes the day. Here Tab
leaves the field at once (the calendar popup, the arrow keys and typing a date still work),
and a character no date has (":" or ",") hands what was typed to the next field, with the
date as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

#: characters that belong to a duration or a number, never to a date typed as dd-mm-jjjj
NOT_A_DATE = frozenset(":,.")


class OneStopDateEdit(QDateEdit):
    """A dd-MM-yyyy date edit with a calendar popup that Tab passes in one step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self._on_entry = QDate()
        self._typed = ""

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._on_entry = self.date()
        self._typed = ""
        super().focusInEvent(event)
        self.setSelectedSection(QDateEdit.Section.DaySection)

    def focusNextPrevChild(self, next: bool) -> bool:
        """The next widget, not the next section: the field is one Tab stop."""
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in NOT_A_DATE:
            self._hand_over(self._typed + text)
            return
        if text.isdigit():
            self._typed += text
        elif event.key() not in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt):
            self._typed = ""
        super().keyPressEvent(event)

    def _hand_over(self, typed: str) -> None:
        """Put the date back as it was on entry and give the typing to the next field."""
        if self._on_entry.isValid():
            self.setDate(self._on_entry)
        QWidget.focusNextPrevChild(self, True)
        follower = self.window().focusWidget()
        if isinstance(follower, QLineEdit) and follower is not self.lineEdit():
            follower.setText(typed)
            follower.textEdited.emit(typed)

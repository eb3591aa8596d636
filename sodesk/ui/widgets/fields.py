"""Small input helpers shared by the pages: a message beside a field, validators, dates, a
dialog's Save and Cancel, a row of buttons, and a line of text the user can copy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from sodesk.services.guidance import parse_duration
from sodesk.ui.style import set_tone

_ALLOWED = set("0123456789:.,")


class FieldMessage(QLabel):
    """A red message under or beside one input field; empty and hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_tone(self, "loss")
        self.setVisible(False)

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        self.setToolTip(text)

    def clear_message(self) -> None:
        self.say("")


def save_and_cancel(
    dialog: QDialog, save: str, cancel: str, on_save: Callable[[], object]
) -> tuple[QDialogButtonBox, QPushButton]:
    """A dialog's Save (worded ``save``, calling ``on_save``) and Cancel (rejects) buttons;
    the caller translates both words in its own context and places the box."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setText(save)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save_button


def button_row(left: Sequence[QWidget] = (), right: Sequence[QWidget] = ()) -> QHBoxLayout:
    """A row of buttons: ``left`` from the left edge, ``right`` against the right edge."""
    row = QHBoxLayout()
    for widget in left:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


def selectable_label(object_name: str = "") -> QLabel:
    """A wrapping line of text the user can select and copy (a status, a result, a rule)."""
    label = QLabel()
    if object_name:
        label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def qdate(day: dt.date) -> QDate:
    """A date for a QDateEdit."""
    return QDate(day.year, day.month, day.day)


def date_field() -> QDateEdit:
    """A date as the forms take it: typed as dd-mm-yyyy, or picked from a calendar."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    return edit


def pydate(day: QDate) -> dt.date:
    """The date of a QDateEdit (PySide6 types ``QDate.toPython()`` as any object)."""
    return dt.date(day.year(), day.month(), day.day())


class ReadsAsValidator(QValidator):
    """Refuses characters outside ``allowed`` as they are typed; text that ``read`` does not
    take yet (it raises ValueError) is Intermediate, text it takes is Acceptable.

    ``read`` is the function the save uses, so the field and the save never disagree. A
    refused character is told (``refused``, for the field's message), never dropped without
    a word.
    """

    #: the sentence that says which characters were refused
    refused = Signal(str)

    def __init__(
        self, allowed: Iterable[str], read: Callable[[str], object], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._allowed = frozenset(allowed)
        self._read = read

    def validate(self, text: str, pos: int) -> object:
        if not set(text) <= self._allowed:
            wrong = "".join(dict.fromkeys(c for c in text if c not in self._allowed))
            self.refused.emit(
                QCoreApplication.translate(
                    "ReadsAsValidator",
                    "'%1' cannot be typed here: type a number, with a comma or a point.",
                ).replace("%1", wrong)
            )
            return QValidator.State.Invalid, text, pos
        try:
            self._read(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


class DurationValidator(QValidator):
    """Accepts "0:30", "1:15", "0,5" and "0.5"; anything half-typed is Intermediate.

    The message for a value that will not do comes from :func:`message` (the services'
    parse_duration), so the page can show it beside the field.
    """

    def validate(self, text: str, pos: int) -> object:
        if not text:
            return QValidator.State.Intermediate, text, pos
        if not set(text) <= _ALLOWED:
            return QValidator.State.Invalid, text, pos
        try:
            hours = parse_duration(text)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        if hours <= 0 or hours > 24:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    @staticmethod
    def message(text: str) -> str:
        """Why ``text`` is no duration (empty when it is one), in the window's language."""
        if not text.strip():
            return QCoreApplication.translate(
                "DurationValidator", "Duration is required: type e.g. 0:30 or 0,5."
            )
        try:
            hours = parse_duration(text)
        except ValueError:
            return QCoreApplication.translate(
                "DurationValidator", "'%1' is not a duration: type e.g. 0:30, 1:15, 0,5 or 0.5."
            ).replace("%1", text)
        if hours <= 0 or hours > 24:
            return QCoreApplication.translate(
                "DurationValidator", "Duration must lie between 0 and 24 hours ('%1')."
            ).replace("%1", text)
        return ""

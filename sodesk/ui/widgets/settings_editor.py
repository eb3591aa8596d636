"""The editor of one dated parameter row, and the question for the reason of a change.

The form is built from the parameter's :class:`~sodesk.ui.widgets.settings_kinds.FormField`
list. Save checks the values (the services' builders: Dutch decimal comma accepted, a bad
value refused with a message beside its field), then asks why (reden, for the audit log),
then writes the row in one transaction. A row's key (date, year) cannot change in an edit:
add a row instead.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sodesk.services import parameters as svc
from sodesk.services.database import Sessions
from sodesk.services.errors import InputRejected
from sodesk.services.users import SignedIn
from sodesk.ui.labels import label
from sodesk.ui.widgets.field_errors import clear_rejection, show_rejection
from sodesk.ui.widgets.fields import FieldMessage, qdate, save_and_cancel
from sodesk.ui.widgets.settings_form import FormField, ParameterKind, translated


def ask_reason(parent: QWidget | None) -> str | None:
    """Ask why (QInputDialog, object name "reasonDialog"); None when the user cancels."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("reasonDialog")
    dialog.setWindowTitle(QCoreApplication.translate("SettingsPage", "Reason for the change"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "SettingsPage", "Why this change? The reason is kept in the audit log."
        )
    )
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.resize(460, dialog.sizeHint().height())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text if accepted else None


class ParameterDialog(QDialog):
    """Add (``entry`` None) or change one row of a dated parameter."""

    def __init__(
        self,
        kind: ParameterKind,
        sessions: Sessions,
        entry: Any | None,
        existing: list[Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parameterDialog")
        self.kind = kind
        self.sessions = sessions
        #: the signed-in user the save is checked for
        self.who: SignedIn | None = None
        self.adding = entry is None
        self.saved: svc.Entry | None = None
        #: asks for the reason; a test may drive the real dialog or replace this
        self.ask_reason = ask_reason
        title = translated(kind.title)
        self.setWindowTitle(
            self.tr("New row: %1").replace("%1", title)
            if self.adding
            else self.tr("Change: %1").replace("%1", title)
        )
        values = kind.initial(entry) if entry is not None else (kind.suggest or dict)(existing)
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self._build(values)

    def _build(self, values: dict[str, Any]) -> None:
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        grid.setColumnMinimumWidth(2, 220)
        for row, spec in enumerate(self.kind.form):
            widget = self._input(spec, values.get(spec.key))
            if not self.adding and spec.key in self.kind.keys:
                widget.setEnabled(False)
            caption = QLabel(translated(spec.caption))
            caption.setBuddy(widget)
            message = FieldMessage()
            grid.addWidget(caption, row, 0)
            grid.addWidget(widget, row, 1)
            grid.addWidget(message, row, 2)
            self.inputs[spec.key] = widget
            self.messages[spec.key] = message
        layout.addLayout(grid)
        self.general = FieldMessage()
        layout.addWidget(self.general)
        buttons, self.save_button = save_and_cancel(
            self, self.tr("Save…"), self.tr("Cancel"), self.submit
        )
        layout.addWidget(buttons)

    def _input(self, spec: FormField, value: Any) -> QWidget:
        if spec.kind == "date":
            date = QDateEdit()
            date.setCalendarPopup(True)
            date.setDisplayFormat("dd-MM-yyyy")
            day = value if isinstance(value, dt.date) else dt.date.today()
            date.setDate(qdate(day))
            return date
        if spec.kind in ("year", "int"):
            spin = QSpinBox()
            spin.setRange(spec.low, spec.high)
            spin.setValue(int(value if value is not None else spec.low))
            return spin
        if spec.kind == "choice":
            combo = QComboBox()
            for choice, caption in spec.choices:
                shown = (
                    label(choice)
                    if isinstance(choice, Enum) and not caption
                    else translated(caption)
                )
                combo.addItem(shown, choice)
            if value is not None and combo.findData(value) < 0:  # a value no choice names
                combo.addItem(str(value), value)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if spec.kind == "check":
            check = QCheckBox()
            check.setChecked(bool(value))
            return check
        line = QLineEdit("" if value is None else str(value))
        line.setMinimumWidth(320)
        line.textEdited.connect(lambda _t, key=spec.key: self.messages[key].clear_message())
        return line

    def values(self) -> dict[str, Any]:
        """What is in the form now, as the kind's builder takes it."""
        result: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QDateEdit):
                result[key] = widget.date().toPython()
            elif isinstance(widget, QSpinBox):
                result[key] = widget.value()
            elif isinstance(widget, QComboBox):  # the choice itself: Qt turns enums into str
                spec = next(f for f in self.kind.form if f.key == key)
                data = widget.currentData()
                result[key] = next((c for c, _ in spec.choices if c == data), data)
            elif isinstance(widget, QCheckBox):
                result[key] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                result[key] = widget.text()
        return result

    def _say(self, error: InputRejected) -> None:
        show_rejection(error, self.messages, self.general, self.inputs)

    def submit(self) -> None:
        """Check, ask the reason, save; stays open with a message when something is wrong."""
        clear_rejection({**self.messages, "": self.general}, self.inputs)
        try:
            entry = self.kind.build(self.values())
        except InputRejected as error:
            self._say(error)
            return
        reason = self.ask_reason(self)
        if reason is None:
            return
        try:
            svc.save_entry(self.sessions, entry, reason, adding=self.adding, who=self.who)
        except InputRejected as error:
            self._say(error)
            return
        self.saved = entry
        self.accept()

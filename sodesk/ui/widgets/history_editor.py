"""The view of a history editor (sodesk.ui.presenters.history): the dated rows above, the
buttons New / Correct… / Delete…, the form, its messages and Save.

The presenter keeps the form and decides; this view lays it out, hands every edit to the
presenter and shows its verdict: the service's message beside the field it names (else under
the form), Save on only when the form may be saved. Delete asks first; a correction that must
carry a reason asks for it. ``saved`` tells the page to compute its figures again; the fresh
history then arrives through ``show`` and the view says the figures are up to date.

A subclass makes the form's fields (:meth:`_form`), puts a form into them (:meth:`_put`),
reads them (:meth:`_read`) and names its texts (:meth:`_texts`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sodesk.domain import display
from sodesk.services.users import SignedIn
from sodesk.ui.input_texts import input_text
from sodesk.ui.models.records import RecordTableModel
from sodesk.ui.presenters.history import GENERAL, NO_HISTORY, HistoryEditor, Verdict
from sodesk.ui.style import set_tone
from sodesk.ui.widgets.fields import FieldMessage
from sodesk.ui.widgets.history_table import history_table
from sodesk.ui.widgets.questions import ask_to_delete

#: one row of the form: the presenter's field name, its caption, its input (or a row of them)
FormRow = tuple[str, QLabel, QWidget | QLayout]


@dataclass(frozen=True, slots=True)
class PanelTexts:
    """The words of one history: the new-row mode and button, the correction's, and the
    sentence for a line without a history."""

    new: str
    save_new: str
    correct_from: str  # "%1": the row's first day
    save_correction: str
    no_history: str
    delete_title: str
    delete_question: str  # "%1": the row as its ``describe()`` names it


def _say_saved(message: FieldMessage, text: str) -> None:
    set_tone(message, None)
    message.say(text)


class HistoryPanel(QWidget):
    """Table, buttons, form and Save over a :class:`HistoryEditor`."""

    #: the activity code whose history was saved
    saved = Signal(str)

    #: the object name of the question before a row is deleted
    delete_question_name = "deleteRowQuestion"

    def __init__(
        self,
        editor: HistoryEditor[Any, Any, Any],
        model: RecordTableModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.model = model
        model.setParent(self)
        #: confirm a deletion; a test drives the real dialog
        self.confirm_delete: Callable[[QWidget, Any], bool] = self._ask_to_delete
        #: ask the reason of a correction (None: cancelled); set where a save needs one
        self.ask_reason: Callable[[QWidget], str | None] = lambda _parent: None
        self.texts = self._texts()
        self.messages: dict[str, FieldMessage] = {}
        self._build()

    @property
    def who(self) -> SignedIn | None:
        """The signed-in user the saves are checked for (the activity card sets it)."""
        return self.editor.who

    @who.setter
    def who(self, who: SignedIn | None) -> None:
        self.editor.who = who

    # -- to fill in ------------------------------------------------------------------------
    def _texts(self) -> PanelTexts:
        raise NotImplementedError

    def _form(self) -> Sequence[FormRow]:
        """Make the form's inputs; their edits call :meth:`_edited`."""
        raise NotImplementedError

    def _put(self, form: Any) -> None:
        """Show ``form`` in the inputs (their signals are blocked meanwhile)."""
        raise NotImplementedError

    def _read(self) -> dict[str, Any]:
        """The inputs as the presenter's form fields."""
        raise NotImplementedError

    def _inputs(self) -> Sequence[QWidget]:
        """The inputs a line without a history disables."""
        raise NotImplementedError

    def _describe(self, verdict: Verdict) -> None:
        """Say what a save would do beside the general message (nothing, here)."""
        set_tone(self.messages[GENERAL], "loss")

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.table = history_table(self.model)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.new_button = QPushButton(self.texts.new)
        self.correct_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Correct…"))
        self.delete_button = QPushButton(QCoreApplication.translate("HistoryPanel", "Delete…"))
        for button in (self.new_button, self.correct_button, self.delete_button):
            actions.addWidget(button)
        layout.addLayout(actions)
        self.mode = QLabel(wordWrap=True)
        self.mode.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.mode)
        layout.addLayout(self._grid(self._form()))
        self._below_form(layout)
        self.messages[GENERAL] = FieldMessage()
        layout.addWidget(self.messages[GENERAL])
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        layout.addWidget(self.save_button)
        self.new_button.clicked.connect(self.new_row)
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.save_button.clicked.connect(self.save)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def _grid(self, rows: Sequence[FormRow]) -> QGridLayout:
        """Caption and input on a line, the field's message under them."""
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for index, (key, caption, field) in enumerate(rows):
            self.messages[key] = FieldMessage()
            grid.addWidget(caption, index * 2, 0)
            if isinstance(field, QWidget):
                caption.setBuddy(field)
                grid.addWidget(field, index * 2, 1)
            else:
                grid.addLayout(field, index * 2, 1)
            grid.addWidget(self.messages[key], index * 2 + 1, 0, 1, 2)
        return grid

    def _below_form(self, layout: QBoxLayout) -> None:
        """Room for inputs under the grid (none here)."""

    # -- showing ---------------------------------------------------------------------------
    def show_history(self, history: Any) -> None:
        """Show a history (None: a line without one) with a new form."""
        just_saved = self.editor.show(history)
        self._shown(just_saved)

    def _shown(self, just_saved: bool) -> None:
        self.model.set_rows(list(self.editor.rows()))
        for widget in (self.new_button, *self._inputs()):
            widget.setEnabled(self.editor.history is not None)
        self._selection_changed()  # the reset cleared the selection
        self.new_row()
        if just_saved:
            _say_saved(
                self.messages[GENERAL],
                QCoreApplication.translate("HistoryPanel", "Saved; the figures are up to date."),
            )

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def new_row(self) -> None:
        """The form for a new row."""
        self._fill(self.editor.new())
        self.mode.setText(self.texts.new)
        self.save_button.setText(self.texts.save_new)

    def correct_selected(self) -> None:
        """Load the selected row into the form."""
        row = self.selected()
        if row is None:
            return
        self._fill(self.editor.correct(row))
        first_day = display.date_nl(self.editor.first_day(row))
        self.mode.setText(self.texts.correct_from.replace("%1", first_day))
        self.save_button.setText(self.texts.save_correction)

    def _fill(self, verdict: Verdict) -> None:
        inputs = self._inputs()
        for widget in inputs:
            widget.blockSignals(True)
        self._put(self.editor.form)
        for widget in inputs:
            widget.blockSignals(False)
        self._show(verdict)

    # -- checking as typed -----------------------------------------------------------------
    def _edited(self) -> None:
        self._show(self.editor.edit(**self._read()))

    def check(self) -> bool:
        """Show what is wrong beside its field; True when the form can be saved."""
        return self._show(self.editor.check())

    def _show(self, verdict: Verdict) -> bool:
        for message in self.messages.values():
            message.clear_message()
        self._describe(verdict)
        if verdict.field == NO_HISTORY:
            self.messages[GENERAL].say(self.texts.no_history)
        elif verdict.message:
            self.messages.get(verdict.field, self.messages[GENERAL]).say(_said(verdict))
        self.save_button.setEnabled(verdict.ok)
        return verdict.ok

    def _refused(self, verdict: Verdict) -> bool:
        set_tone(self.messages[GENERAL], "loss")
        self.messages.get(verdict.field, self.messages[GENERAL]).say(_said(verdict))
        return False

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> bool:
        """Check again and save in one transaction; False when refused or cancelled."""
        if not self.check():
            return False
        reason = None
        if self.editor.needs_reason():
            reason = self.ask_reason(self)
            if reason is None:
                return False
        verdict = self.editor.save(reason)
        return self._done() if verdict.ok else self._refused(verdict)

    def delete_selected(self) -> bool:
        """Ask first, then delete the selected row; False when refused or not confirmed."""
        row = self.selected()
        if row is None or self.editor.history is None or not self.confirm_delete(self, row):
            return False
        verdict = self.editor.delete(row)
        return self._done() if verdict.ok else self._refused(verdict)

    def _ask_to_delete(self, parent: QWidget, row: Any) -> bool:
        """Ask before ``row`` is deleted (QMessageBox, :attr:`delete_question_name`)."""
        return ask_to_delete(
            parent,
            self.delete_question_name,
            self.texts.delete_title,
            self.texts.delete_question.replace("%1", row.describe()),
            QCoreApplication.translate("HistoryPanel", "Delete"),
            QCoreApplication.translate("HistoryPanel", "Cancel"),
        )

    def _done(self) -> bool:
        for widget in (self.save_button, self.new_button, self.correct_button, self.delete_button):
            widget.setEnabled(False)  # until the fresh history (and its versions) arrives
        _say_saved(
            self.messages[GENERAL],
            QCoreApplication.translate(
                "HistoryPanel", "Saved. The figures are being calculated again…"
            ),
        )
        assert self.editor.history is not None
        self.saved.emit(self.editor.history.code)
        return True


def _said(verdict: Verdict) -> str:
    """A verdict's message in the window's language (its refusal's finding worded again)."""
    return input_text(verdict.finding) if verdict.finding is not None else verdict.message

"""A refusal is shown beside the widget of each finding's field, in one place for every form."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from sodesk.domain.validation import Finding
from sodesk.services.errors import InputRejected
from sodesk.ui.widgets.field_errors import clear_rejection, show_rejection
from sodesk.ui.widgets.fields import FieldMessage


def _form(qtbot: QtBot) -> tuple[QWidget, dict[str, FieldMessage], dict[str, QLineEdit]]:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    messages = {key: FieldMessage() for key in ("price", "unit", "general")}
    inputs = {key: QLineEdit() for key in ("price", "unit")}
    for key, line in inputs.items():
        layout.addWidget(line)
        layout.addWidget(messages[key])
    layout.addWidget(messages["general"])
    form.show()
    qtbot.waitExposed(form)
    return form, messages, inputs


def test_each_finding_beside_its_field_the_first_focused(qapp: QApplication, qtbot: QtBot) -> None:
    _shown, messages, inputs = _form(qtbot)
    error = InputRejected(
        [
            Finding("input.refused", "Eenheid is verplicht.", "unit"),
            Finding("input.refused", "Tweede over de eenheid.", "unit"),
            Finding("input.refused", "Deze regel bestaat niet meer.", "rate"),
        ]
    )
    first = show_rejection(error, messages, messages["general"], inputs)
    assert first is messages["unit"]
    # one message per field, the first kept; a field the form lacks goes to the general one
    assert messages["unit"].text() == "Eenheid is verplicht."
    assert messages["unit"].isVisible() and not messages["price"].isVisible()
    assert messages["general"].text() == "Deze regel bestaat niet meer."
    assert inputs["unit"].property("refused") is True
    assert inputs["unit"].accessibleDescription() == "Eenheid is verplicht."
    assert not inputs["price"].property("refused")
    qtbot.waitUntil(inputs["unit"].hasFocus)

    clear_rejection(messages, inputs)
    assert not any(m.isVisible() for m in messages.values())
    assert inputs["unit"].property("refused") is False
    assert inputs["unit"].accessibleDescription() == ""

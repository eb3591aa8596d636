"""A refusal shown on the form: each finding beside the widget of its field, in one place.

Why: every editor receives the same :class:`~sodesk.services.errors.InputRejected`, whose
findings name a field ("price", "bsn", "duration"); this module is the one mapping from a
field to the message under its widget and to the widget itself. The widget is marked
(property ``refused``; its accessible description carries the message, so a screen reader says
it) and the first one gets the focus; a field the form does not show falls back to the form's
general message.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from sodesk.services.errors import InputRejected
from sodesk.ui.input_texts import input_text
from sodesk.ui.widgets.fields import FieldMessage


def show_rejection(
    error: InputRejected,
    messages: Mapping[str, FieldMessage],
    general: FieldMessage,
    inputs: Mapping[str, QWidget] | None = None,
    *,
    focus: bool = True,
) -> FieldMessage:
    """Say each finding beside its field in the window's language (one per field, the first
    kept) and mark its widget; returns the message of the first finding."""
    said: dict[FieldMessage, str] = {}
    first: FieldMessage | None = None
    for finding in error.findings:
        text = input_text(finding)
        target = messages.get(finding.field or "", general)
        said.setdefault(target, text)
        first = first or target
        widget = (inputs or {}).get(finding.field or "")
        if widget is not None and not widget.property("refused"):
            widget.setProperty("refused", True)
            widget.setAccessibleDescription(text)
            if focus and target is first:
                widget.setFocus()
    for target, message in said.items():
        target.say(message)
    assert first is not None  # an InputRejected has at least one finding
    return first


def clear_rejection(
    messages: Mapping[str, FieldMessage], inputs: Mapping[str, QWidget] | None = None
) -> None:
    """Every message of the form empty and no widget marked."""
    for message in messages.values():
        message.clear_message()
    for widget in (inputs or {}).values():
        if widget.property("refused"):
            widget.setProperty("refused", False)
            widget.setAccessibleDescription("")

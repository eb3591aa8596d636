"""The question before something is deleted: one look and one behaviour for every page.

The caller translates the texts in its own context (a translation context must be a literal
where the text is, or lupdate does not find it); this module only builds and asks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_delete(
    parent: QWidget,
    object_name: str,
    title: str,
    text: str,
    delete: str,
    cancel: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> bool:
    """True when the user chose ``delete``; Cancel is the default button (Enter keeps)."""
    box = QMessageBox(parent)
    box.setObjectName(object_name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(delete, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(cancel, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    answer = box.clickedButton() is yes
    box.deleteLater()
    return answer

"""Qt's own dialogs speak Dutch in the Dutch window (Qt's catalogue plus sodesk's gaps)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel


def _texts(dialog: QFileDialog) -> set[str]:
    return {w.text() for w in dialog.findChildren(QLabel)} | {
        w.text() for w in dialog.findChildren(QAbstractButton) if w.text()
    }


def test_the_file_dialog_shows_dutch_labels_and_buttons(dutch_app: QApplication) -> None:
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Kies", "", "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        texts = _texts(dialog)
        assert {"&Zoeken in:", "Bestands&naam:", "Bestanden van &type:"} <= texts
        english = {"&Look in:", "Files of &type:", "File &name:", "&Open", "&Save", "Cancel"}
        assert texts & english == set()
        dialog.deleteLater()

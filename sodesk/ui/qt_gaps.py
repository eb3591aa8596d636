"""Qt's own strings that Qt's shipped Dutch (qtbase_nl.qm) does not translate.

Qt 6 renamed two labels of its file dialog ("&Look in:", "Files of &type:") and the Dutch
catalogue still carries only the old spellings, so a Dutch window would show them in English.
Listed here in Qt's own context, they are collected into sodesk_nl.ts like every string of
sodesk; sodesk's translator is installed after Qt's and is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

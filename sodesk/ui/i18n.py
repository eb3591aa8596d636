"""Chooses the language and installs Qt's and sodesk's translations (Dutch first).

English is the source language of every string; resources/translations/sodesk_nl.qm
carries the Dutch. A Dutch system, or one without a language set (C/POSIX), gets Dutch;
the choice in the settings overrides it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("nl", "en")


def preferred_language() -> str:
    chosen = QSettings().value("language")
    if chosen in LANGUAGES:
        return str(chosen)
    system = QLocale.system()
    if system.language() in (QLocale.Language.Dutch, QLocale.Language.C):
        return "nl"
    return "en"


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; keep the returned list alive."""
    installed: list[QTranslator] = []
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt_base = QTranslator(app)
        if qt_base.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_base)
            installed.append(qt_base)
        ours = QTranslator(app)
        if not ours.load(str(TRANSLATIONS / "sodesk_nl.qm")):
            raise FileNotFoundError(TRANSLATIONS / "sodesk_nl.qm")
        app.installTranslator(ours)
        installed.append(ours)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return installed


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it unchanged.

    Qt's own is typed as returning any object; this one returns text, so the type checker
    follows the string into the widgets. pyside6-lupdate finds the call by its name.
    """
    return source

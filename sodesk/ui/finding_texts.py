"""Sentences the domain gives as codes and values, worded in the window's language.

Why: the domain returns what a sentence says (:class:`~sodesk.domain.rate_advice.BreakEven`),
not the words; the window says it through Qt's translation files, so a user who chose English
reads English, and the Dutch translation in ``sodesk_nl.ts`` is word for word the reports'
Dutch (``reports/finding_texts.py``). Numbers and amounts stay Dutch, as everywhere on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sodesk.domain import display
from sodesk.domain.rate_advice import BreakEven
from sodesk.ui.labels import label


def break_even_text(advice: BreakEven | None) -> str:
    """In English "At € 7,85 per hour this activity covers its costs; now € 6,20.", in Dutch
    SCREENS.md's sentence; empty without a break-even rate."""
    if advice is None:
        return ""
    return (
        QCoreApplication.translate(
            "FindingTexts", "At %1 %2 this activity covers its costs; now %3."
        )
        .replace("%1", display.rate(advice.rate))
        .replace("%2", label(advice.unit))
        .replace("%3", display.rate(advice.current))
    )

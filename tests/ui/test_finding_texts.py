"""The domain's break-even sentence is worded at the edge: English in an English window, in a
Dutch window word for word the reports' Dutch."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from sodesk.domain.enums import RateUnit
from sodesk.domain.rate_advice import BreakEven
from sodesk.reports import finding_texts as report_texts
from sodesk.ui import finding_texts as window_texts
from sodesk.ui.i18n import TRANSLATIONS

ADVICE = BreakEven(Decimal("7.85"), RateUnit.HOUR, Decimal("6.20"))
PIECES = BreakEven(Decimal("0.0125"), RateUnit.PIECE, None)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    """The window without the Dutch translators another test may have installed."""
    installed = list(getattr(qapp, "_sodesk_translators", []))
    for translator in installed:
        qapp.removeTranslator(translator)
    yield qapp
    for translator in installed:
        qapp.installTranslator(translator)


@pytest.fixture
def dutch(english: QApplication, tmp_path: Path) -> Iterator[QApplication]:
    """The window in Dutch, from a .qm built now out of the .ts file in the repository."""
    qm = tmp_path / "sodesk_nl.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = TRANSLATIONS / "sodesk_nl.ts"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator(english)
    assert translator.load(str(qm))
    english.installTranslator(translator)
    yield english
    english.removeTranslator(translator)


def test_the_reports_say_the_sentence_of_screens_md() -> None:
    assert report_texts.break_even_text(ADVICE) == (
        "Bij € 7,85 per uur is deze activiteit kostendekkend; nu € 6,20."
    )
    assert report_texts.break_even_text(PIECES) == (
        "Bij € 0,0125 per stuk is deze activiteit kostendekkend; nu –."
    )
    assert report_texts.break_even_text(None) == ""


def test_an_english_window_reads_english(english: QApplication) -> None:
    assert window_texts.break_even_text(ADVICE) == (
        "At € 7,85 per hour this activity covers its costs; now € 6,20."
    )
    assert window_texts.break_even_text(PIECES) == (
        "At € 0,0125 per piece this activity covers its costs; now –."
    )
    assert window_texts.break_even_text(None) == ""


def test_a_dutch_window_reads_the_reports_dutch(dutch: QApplication) -> None:
    for advice in (ADVICE, PIECES):
        assert window_texts.break_even_text(advice) == report_texts.break_even_text(advice)

"""The domain's sentences are worded at the edge (the break-even sentence, the missing
parameters): English in an English window, in a Dutch window word for word the reports' Dutch."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from sodesk.domain.completeness import Gap, pension_age_gap, period_gaps
from sodesk.domain.dated import DatedSeries
from sodesk.domain.enums import LksRegime, RateUnit, WorkType
from sodesk.domain.period import Period
from sodesk.domain.rate_advice import BreakEven
from sodesk.reports import finding_texts as report_texts
from sodesk.ui import finding_texts as window_texts
from sodesk.ui.i18n import TRANSLATIONS
from tests.domain.factories import municipality, reference_parameters
from tests.domain.test_completeness import Q1_2026, _use

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


def _gaps() -> list[Gap]:
    """Every kind of missing parameter, and each minimum-wage and LKS case."""
    bare = replace(
        reference_parameters(company={}), overhead={}, minimum_wage=DatedSeries(), lks=DatedSeries()
    )
    lindenhout = replace(municipality(LksRegime.FIXED, None, years=range(0)), name="Lindenhout")
    gaps = period_gaps(Q1_2026, bare, [lindenhout], _use(Q1_2026, lindenhout.code))
    params = reference_parameters()
    late = Period(date(2028, 1, 1), date(2028, 1, 31))
    gaps += period_gaps(late, params, [municipality(years=range(2019, 2029))], _use(late))
    early = Period(date(2000, 1, 1), date(2000, 1, 31))
    gaps += period_gaps(early, params, [municipality(years=range(2000, 2027))], _use(early))
    return gaps + pension_age_gap(2026, 2035, 2030)


def test_an_english_window_reads_the_missing_parameters_in_english(english: QApplication) -> None:
    gaps = _gaps()
    kinds = [g.parameter for g in gaps]
    assert len(set(kinds)) == 7 and kinds.count("minimum_wage") == 3
    said = [window_texts.gap_text(gap) for gap in gaps]
    assert said[0] == (
        "Company parameters 2026 are missing (employer's charges, hourly cost of guidance): wage "
        "costs and guidance costs of 01-01-2026 to 31-03-2026 are not counted."
    )
    assert "Overhead rate 2026 for Sheltered inside is missing" in said[1]
    assert said[2].startswith("Municipality Lindenhout (0363): guidance allowance per place and")
    assert "Minimum wage from 01-07-2026 not entered; 14,71 used." in said
    assert said[-1] == "State pension age from 2031 not known; that of 2030 used."
    dutch_words = ("niet", "ontbreken", "Gemeente", "gebruikt", " t/m ", " en ")
    assert not [text for text in said if any(word in text for word in dutch_words)]
    assert WorkType.SHELTERED_INSIDE.label not in said[1]


def test_a_dutch_window_reads_the_reports_missing_parameters(dutch: QApplication) -> None:
    for gap in _gaps():
        assert window_texts.gap_text(gap) == report_texts.gap_text(gap)


def _outlook_findings() -> list:  # type: ignore[type-arg]
    from sodesk.domain.enums import TargetGroup
    from sodesk.domain.workforce import OutlookPerson, PensionAge, workforce_outlook

    ages = {2024: PensionAge(67, 0), 2028: PensionAge(67, 3)}
    w = WorkType.GROUP_SECONDMENT
    people = [
        OutlookPerson(w, TargetGroup.WSW, date(1990, 1, 1), Decimal(36)),
        OutlookPerson(w, TargetGroup.WSW, date(1991, 1, 1), Decimal(36)),
    ]
    _years, findings = workforce_outlook(people, 2029, 3, ages, critical_mass={w: 3})
    kinds = {f.code for f in findings}
    assert {"outlook.below_critical_mass", "outlook.pension_age_assumed"} <= kinds
    return findings


def test_an_english_window_reads_the_outlook_findings_in_english(english: QApplication) -> None:
    texts = [window_texts.finding_text(f) for f in _outlook_findings()]
    assert "State pension age after 2028 not known: 67 years and 3 months assumed." in texts
    assert "Group secondment: 2 workers on 01-01-2029, below the critical mass of 3." in texts
    assert window_texts.key_2028_assumption().startswith("Distribution key 2028: assumed")


def test_a_dutch_window_reads_the_outlook_findings_as_the_reports_word_them(
    dutch: QApplication,
) -> None:
    from sodesk.reports.finding_texts import finding_text

    for finding in _outlook_findings():
        assert window_texts.finding_text(finding) == finding_text(finding)
    from sodesk.domain.scenarios import KEY_2028_ASSUMPTION

    assert window_texts.key_2028_assumption() == KEY_2028_ASSUMPTION
